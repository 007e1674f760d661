// Generated files are committed (schema/supergraph.graphql, the typed resolvers): each must equal what its
// generator produces from the current sources, or the gateway and the type checker work from a stale schema.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { composeSupergraph, SUPERGRAPH_PATH } from '../schema/compose.ts';
import { describeStale, findStaleGeneratedFiles } from '../scripts/codegenCheck.ts';

test('schema/supergraph.graphql equals a fresh composition', () => {
  const committed = readFileSync(SUPERGRAPH_PATH, 'utf8');
  // Compared by equality, not by assert.equal on the 120 kB strings: a diff of that size buries the remedy.
  assert.ok(committed === composeSupergraph(), 'schema/supergraph.graphql is stale: run `npm run compose` and commit it');
});

test('committed codegen output equals a fresh codegen run', async () => {
  const stale = await findStaleGeneratedFiles();
  assert.deepEqual(stale, [], describeStale(stale));
});
