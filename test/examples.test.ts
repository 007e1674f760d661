// Every example operation (examples/*.graphql) is valid against the committed supergraph's API schema, so what
// GraphiQL opens as its ready tabs works; and so is every operation of the national dashboard
// (gateway/dashboard/operations/*.graphql, whose typed documents codegen makes).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from '@jest/globals';
import { Supergraph } from '@apollo/federation-internals';
import { Kind, parse, validate } from 'graphql';

const supergraph = readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8');
const api = Supergraph.build(supergraph).apiSchema().toGraphQLJSSchema();

const FOLDERS = {
  'example operations': new URL('../examples/', import.meta.url),
  'the dashboard’s operations': new URL('../gateway/dashboard/operations/', import.meta.url),
};

for (const [title, dir] of Object.entries(FOLDERS)) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort();
  describe(title, () => {
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
}

describe('the examples in GraphiQL', () => {
  // GraphiQL gives every example the token's province through $code (or $from/$to): an operation that names a
  // province itself would answer another province's token with FORBIDDEN.
  it('name no province in a query, other than as a variable’s default', () => {
    const dir = FOLDERS['example operations'];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.graphql'))) {
      const text = readFileSync(new URL(file, dir), 'utf8');
      assert.doesNotMatch(text, /province\(code: "\d\d"\)/, `${file}: use province(code: $code) with a default`);
      assert.doesNotMatch(text, /\.\.\. on Province\d\d/, `${file}: the Province interface has every province field`);
    }
  });
});
