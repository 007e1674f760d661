// The lint configuration itself (eslint.config.js): a violation of each boundary, planted at a realistic path,
// is reported with the expected rule id, and the same code where it is allowed reports nothing.
// The configuration comes from createLintConfig, the function eslint.config.js builds its default export with,
// so ESLint loads no config file here (no dynamic import for a test runner to intercept). The rules that need
// type information are off (they build the whole TypeScript program, ~20 s); `npm run lint` runs them.
// The planted imports point at files that exist both before and after the move to core/ and areas/ (server.ts,
// context.ts, logger.ts, generated/): a boundary rule only sees an import it can resolve.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import { createLintConfig } from '../eslint.config.js';

const root = new URL('..', import.meta.url).pathname;

type Lint = (path: string, code: string) => Promise<string[]>;

/** Lints `code` as if it were the file at `path` (relative to `cwd`): the rule ids reported, sorted. */
function linter(cwd: string, options: ESLint.Options): Lint {
  const eslint = new ESLint({ cwd, ...options });
  return async (path, code) => {
    const [result] = await eslint.lintText(code, { filePath: join(cwd, path) });
    // A message without a rule id is a parse error or "file ignored": the case is wrong, not the rule.
    for (const m of result.messages) assert.ok(m.ruleId, `${path}: ${m.message}`);
    return result.messages.map((m) => m.ruleId!).sort();
  };
}

/** The repository's configuration, as `npm run lint` runs it, less the type-aware rules. */
const lint = linter(root, { overrideConfigFile: true, overrideConfig: createLintConfig({ root, typeChecked: false }) });

const PG = "import pg from 'pg';\nexport const pool = new pg.Pool();\n";
const COPY = "import { from } from 'pg-copy-streams';\nexport const copy = from('COPY member FROM STDIN');\n";
const GRAPHQL = "import { GraphQLError } from 'graphql';\nexport const error = new GraphQLError('no');\n";
const APOLLO = "import { ApolloServer } from '@apollo/server';\nexport const Server = ApolloServer;\n";
const GQL = "import gql from 'graphql-tag';\nexport const doc = gql`{ a }`;\n";

describe('resolvers never import pg', () => {
  for (const path of [
    'subgraphs/province/src/resolvers/planted.ts',
    'subgraphs/province/src/areas/fees/resolvers.ts',
    'subgraphs/province/src/areas/fees/resolvers/planted.ts',
    'subgraphs/province/src/areas/fees/feeMutations.ts',
    'subgraphs/central/src/resolvers/planted.ts',
  ]) {
    it(path, async () => {
      assert.deepEqual(await lint(path, PG), ['no-restricted-imports']);
      assert.deepEqual(await lint(path, COPY), ['no-restricted-imports']);
    });
  }
  it('a db module may', async () => {
    assert.deepEqual(await lint('subgraphs/province/src/db/planted.ts', PG), []);
    assert.deepEqual(await lint('subgraphs/province/src/areas/fees/db.ts', COPY), []);
  });
});

describe('SQL modules never import GraphQL, Apollo or generated types', () => {
  for (const [path, generated] of [
    ['subgraphs/province/src/db/planted.ts', '../generated/resolvers.ts'],
    ['subgraphs/province/src/areas/fees/db.ts', '../../generated/resolvers.ts'],
    ['subgraphs/province/src/areas/fees/db/planted.ts', '../../../generated/resolvers.ts'],
    ['subgraphs/central/src/db/planted.ts', '../generated/resolvers.ts'],
  ]) {
    it(path, async () => {
      for (const code of [GRAPHQL, APOLLO, GQL]) assert.deepEqual(await lint(path, code), ['no-restricted-imports']);
      const code = `import type { Resolvers } from '${generated}';\nexport type R = Resolvers;\n`;
      assert.deepEqual(await lint(path, code), ['import-x/no-restricted-paths']);
    });
  }
  it('a resolver may', async () => {
    assert.deepEqual(await lint('subgraphs/province/src/resolvers/planted.ts', GRAPHQL), []);
    const code = "import type { Resolvers } from '../generated/resolvers.ts';\nexport type R = Resolvers;\n";
    assert.deepEqual(await lint('subgraphs/province/src/resolvers/planted.ts', code), []);
  });
});

describe('the gateway imports no subgraph or carrier code', () => {
  const cases: Array<[string, string]> = [
    ['gateway/src/planted.ts', '../../subgraphs/province/src/server.ts'],
    ['gateway/src/planted.ts', '../../subgraphs/shared/logger.ts'],
    ['gateway/src/plugins/planted.ts', '../../../subgraphs/central/src/server.ts'],
    ['gateway/src/planted.ts', '../../carrier/src/Carrier.ts'],
    ['gateway/__tests__/planted.test.ts', '../../subgraphs/province/src/server.ts'],
  ];
  for (const [path, target] of cases) {
    it(`${path} -> ${target}`, async () => {
      const code = `import * as m from '${target}';\nexport default m;\n`;
      assert.deepEqual(await lint(path, code), ['import-x/no-restricted-paths']);
    });
  }
  it('it may import schema/, auth/ and config/', async () => {
    const code =
      "import * as p from '../../schema/provinces.ts';\nimport * as v from '../../auth/verifier.ts';\nimport * as e from '../../config/env.ts';\nexport default [p, v, e];\n";
    assert.deepEqual(await lint('gateway/src/planted.ts', code), []);
  });
  // Else the gateway would import subgraph code through them.
  for (const [path, target] of [
    ['schema/planted.ts', '../subgraphs/shared/logger.ts'],
    ['auth/planted.ts', '../subgraphs/province/src/context.ts'],
    ['config/planted.ts', '../gateway/src/index.ts'],
    ['auth/planted.ts', '../carrier/src/Carrier.ts'],
  ]) {
    it(`nor do schema/, auth/ and config/: ${path} -> ${target}`, async () => {
      const code = `import * as m from '${target}';\nexport default m;\n`;
      assert.deepEqual(await lint(path, code), ['import-x/no-restricted-paths']);
    });
  }
});

describe('central and province never import each other; shared imports neither', () => {
  const cases: Array<[string, string]> = [
    ['subgraphs/central/src/planted.ts', '../../province/src/server.ts'],
    ['subgraphs/central/src/resolvers/planted.ts', '../../../province/src/context.ts'],
    ['subgraphs/province/src/planted.ts', '../../central/src/server.ts'],
    ['subgraphs/province/src/areas/fees/planted.ts', '../../../../central/src/context.ts'],
    ['subgraphs/shared/planted.ts', '../province/src/context.ts'],
    ['subgraphs/shared/planted.ts', '../central/src/context.ts'],
  ];
  for (const [path, target] of cases) {
    it(`${path} -> ${target}`, async () => {
      // A dynamic import is an import too.
      for (const code of [`import * as m from '${target}';\nexport default m;\n`, `export const m = await import('${target}');\n`]) {
        assert.deepEqual(await lint(path, code), ['import-x/no-restricted-paths']);
      }
    });
  }
  it('both may import subgraphs/shared and schema/', async () => {
    const code = "import * as e from '../../shared/logger.ts';\nimport * as p from '../../../schema/provinces.ts';\nexport default [e, p];\n";
    assert.deepEqual(await lint('subgraphs/central/src/planted.ts', code), []);
    assert.deepEqual(await lint('subgraphs/province/src/planted.ts', code), []);
  });
});

describe('process.env only at the edge', () => {
  const reads: Array<[string, string]> = [
    ["export const key = process.env.CITIZEN_ID_HASH_KEY ?? '';\n", 'no-restricted-properties'],
    ["export const key = process.env['CITIZEN_ID_HASH_KEY'];\n", 'no-restricted-properties'],
    ["process.env.LOG_LEVEL = 'silent';\n", 'no-restricted-properties'],
    ['const { env } = process;\nexport const key = env.KEY;\n', 'no-restricted-properties'],
    ["import { env } from 'node:process';\nexport const key = env.KEY;\n", 'no-restricted-syntax'],
    ['export const key = globalThis.process.env.KEY;\n', 'no-restricted-syntax'],
  ];
  for (const path of [
    'subgraphs/province/src/rules/planted.ts',
    'subgraphs/province/src/areas/fees/rules.ts',
    'subgraphs/province/src/areas/fees/index.ts',
    'subgraphs/province/src/server.ts',
    'subgraphs/central/src/rules/planted.ts',
    'subgraphs/shared/planted.ts',
    'gateway/src/createGateway.ts',
    'carrier/src/Carrier.ts',
  ]) {
    it(`reported in ${path}`, async () => {
      for (const [code, rule] of reads) assert.deepEqual(await lint(path, code), [rule], code);
    });
  }
  for (const path of [
    'subgraphs/province/src/index.ts',
    'subgraphs/province/src/config.ts',
    'subgraphs/province/src/areas/fees/config.ts',
    'gateway/src/config.ts',
    'carrier/src/index.ts',
    'config/env.ts',
    'auth/config.ts',
    'codegen.ts',
    'jest.config.ts',
    'scripts/planted.ts',
    'gateway/bench/planted.ts',
    'subgraphs/province/seed/benchmarkSeed.ts',
    'test/planted.test.ts',
    'test/support/planted.ts',
    'gateway/__tests__/support/planted.ts',
    'subgraphs/province/src/areas/fees/__tests__/planted.test.ts',
  ]) {
    it(`allowed in ${path}`, async () => {
      for (const [code] of reads) assert.deepEqual(await lint(path, code), [], code);
    });
  }
});

// Area zones are computed from the folders under areas/ when the config loads, so these cases run against a
// small tree of their own, with an area ("newArea") that no list names.
let fixtureRoot = '';
let lintArea: Lint;
describe('an area never imports another area', () => {
  beforeAll(() => {
    fixtureRoot = mkdtempSync(join(tmpdir(), 'lint-areas-'));
    for (const file of [
      'subgraphs/province/src/areas/index.ts',
      'subgraphs/province/src/areas/fees/index.ts',
      'subgraphs/province/src/areas/fees/db.ts',
      'subgraphs/province/src/areas/quality/index.ts',
      'subgraphs/province/src/areas/quality/db/quality.ts',
      'subgraphs/province/src/areas/newArea/index.ts',
      'subgraphs/province/src/core/sql.ts',
      'subgraphs/province/src/context.ts',
      'subgraphs/shared/db.ts',
    ]) {
      mkdirSync(dirname(join(fixtureRoot, file)), { recursive: true });
      writeFileSync(join(fixtureRoot, file), 'export {};\n');
    }
    lintArea = linter(fixtureRoot, { overrideConfigFile: true, overrideConfig: createLintConfig({ root: fixtureRoot, typeChecked: false }) });
  });
  afterAll(() => rmSync(fixtureRoot, { recursive: true, force: true }));

  const cases: Array<[string, string, string[]]> = [
    ['subgraphs/province/src/areas/fees/resolvers.ts', '../quality/index.ts', ['import-x/no-restricted-paths']],
    ['subgraphs/province/src/areas/fees/resolvers/planted.ts', '../../quality/db/quality.ts', ['import-x/no-restricted-paths']],
    ['subgraphs/province/src/areas/newArea/rules.ts', '../fees/db.ts', ['import-x/no-restricted-paths']],
    ['subgraphs/province/src/areas/quality/index.ts', '../newArea/index.ts', ['import-x/no-restricted-paths']],
    // The AREAS list is for the registration points; an area importing it would import every other area.
    ['subgraphs/province/src/areas/fees/index.ts', '../index.ts', ['import-x/no-restricted-paths']],
    // Its own folder, core/, the context and subgraphs/shared are allowed.
    ['subgraphs/province/src/areas/fees/resolvers.ts', './db.ts', []],
    ['subgraphs/province/src/areas/fees/resolvers/planted.ts', '../db.ts', []],
    ['subgraphs/province/src/areas/fees/resolvers.ts', '../../core/sql.ts', []],
    ['subgraphs/province/src/areas/fees/resolvers.ts', '../../context.ts', []],
    ['subgraphs/province/src/areas/fees/resolvers.ts', '../../../../shared/db.ts', []],
    // The registration points read every area.
    ['subgraphs/province/src/areas/index.ts', './fees/index.ts', []],
    ['subgraphs/province/src/core/loaders.ts', '../areas/index.ts', []],
  ];
  for (const [path, target, expected] of cases) {
    it(`${path} -> ${target}`, async () => {
      const code = `import * as m from '${target}';\nexport default m;\n`;
      assert.deepEqual(await lintArea(path, code), expected);
    });
  }
});

describe('the dashboard page is browser code', () => {
  const path = 'gateway/dashboard/src/planted.ts';
  it('imports no Node built-in', async () => {
    assert.deepEqual(await lint(path, "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n"), ['no-restricted-imports']);
  });
  it('imports no server code', async () => {
    assert.deepEqual(await lint(path, "import { loadGatewayConfig } from '../../src/config.ts';\nexport const load = loadGatewayConfig;\n"), ['import-x/no-restricted-paths']);
  });
  it('imports its generated operations', async () => {
    assert.deepEqual(await lint(path, "import { DashboardNationalDocument } from '../generated/graphql.ts';\nexport const doc = DashboardNationalDocument;\n"), []);
  });
});

describe("Hà Nội's legacy system imports nothing of the national implementation", () => {
  const path = 'subgraphs/legacy-hanoi/src/planted.ts';
  for (const target of [
    '../../province/src/server.ts',
    '../../shared/errors.ts',
    '../../../auth/verifier.ts',
    '../../../config/env.ts',
    '../../../scripts/lib/databases.ts',
    '../../../observability/config.ts',
    '../../../schema/errorCodes.ts',
  ]) {
    it(target, async () => {
      assert.deepEqual(await lint(path, `import * as m from '${target}';\nexport default m;\n`), ['import-x/no-restricted-paths']);
    });
  }
  it('its own folder and npm packages it may', async () => {
    assert.deepEqual(await lint(path, "import { SEX } from './codes.ts';\nimport { jwtVerify } from 'jose';\nexport default [SEX, jwtVerify];\n"), []);
  });
});
