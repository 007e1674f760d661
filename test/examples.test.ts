// Every example operation (examples/*.graphql) is valid against the committed supergraph's API schema, so what
// an analyst pastes into GraphiQL works.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from '@jest/globals';
import { Supergraph } from '@apollo/federation-internals';
import { Kind, parse, validate } from 'graphql';

const supergraph = readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8');
const api = Supergraph.build(supergraph).apiSchema().toGraphQLJSSchema();
const dir = new URL('../examples/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort();

describe('example operations', () => {
  it('exist', () => assert.ok(files.length > 0));
  for (const file of files) {
    it(`${file} is valid against the supergraph`, () => {
      const doc = parse(readFileSync(new URL(file, dir), 'utf8'));
      const operations = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      assert.ok(operations.length > 0, 'at least one operation');
      assert.ok(operations.every((o) => o.name), 'every operation is named (GraphiQL lists them by name)');
      assert.deepEqual(validate(api, doc).map((e) => e.message), []);
    });
  }
});
