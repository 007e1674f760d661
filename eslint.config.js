// @ts-check
// `npm run lint`: the module boundaries the design relies on (PLAN.md, docs), the rule that only the edge reads
// process.env, and a short list of correctness rules that find real bugs. Style is not linted here.
// test/lint.test.ts plants a violation of each boundary and checks that it is reported with its rule id.
//
// Boundaries are import-x/no-restricted-paths zones (resolved paths: `../x.ts` and `../x/index.ts` both count)
// and core no-restricted-imports (package names). Paths are written against the target layout of
// subgraphs/province/src (core/, areas/<area>/) and also match today's folders (resolvers/, db/).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'eslint/config';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** Files that may read or write process.env: entry points, configuration modules, tests. */
export const ENV_FILES = [
  // entry points
  '**/src/index.ts',
  'scripts/**',
  '**/bench/**',
  'subgraphs/province/seed/benchmarkSeed.ts',
  // configuration modules
  '**/config.ts',
  'config/env.ts',
  'auth/config.ts',
  'codegen.ts',
  '*.config.*',
  // tests
  'test/**',
  '**/__tests__/**',
  '**/*.test.ts',
];

/** Resolver files: no pg, no SQL. */
export const RESOLVER_FILES = [
  'subgraphs/*/src/**/resolvers*.ts',
  'subgraphs/*/src/**/resolvers/**',
  'subgraphs/*/src/**/*Mutations.ts',
];

/** SQL modules: no GraphQL, no Apollo, no generated resolver types. */
export const SQL_FILES = ['subgraphs/*/src/**/db.ts', 'subgraphs/*/src/**/db/**'];

const AREAS_DIR = 'subgraphs/province/src/areas';

/** Hà Nội's legacy system behind its adapter (issue 12): independent of the national implementation. */
const LEGACY_DIR = 'subgraphs/legacy-hanoi';

/** The dashboard page's code (bundled for the browser by gateway/src/http/browserAssets.ts). */
export const DASHBOARD_FILES = 'gateway/dashboard/src/**';

/**
 * The area folders under `root`, read each time the config loads, so that a new area is covered at once.
 * `areas/__tests__/` is not an area: it tests the AREAS list itself, so it reads every area like areas/index.ts.
 * @param {string} root
 */
export function areaNames(root) {
  try {
    return readdirSync(join(root, AREAS_DIR), { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== '__tests__')
      .map((e) => e.name)
      .sort();
  } catch (e) {
    if (/** @type {NodeJS.ErrnoException} */ (e).code === 'ENOENT') return [];
    throw e;
  }
}

/**
 * The import-x/no-restricted-paths zones, relative to `root`.
 * @param {string} root
 */
export function boundaryZones(root) {
  return [
    {
      // gateway/bench/ is not the gateway: like scripts/, it starts the whole stack (subgraphs included) to measure it.
      target: ['gateway/src', 'gateway/__tests__'],
      from: ['subgraphs', 'carrier'],
      message: 'The gateway reaches the subgraphs over HTTP; it imports schema/, auth/, config/ and observability/, never subgraph or carrier code.',
    },
    {
      // What the gateway may import must not bring subgraph code in through the back door.
      target: ['schema', 'auth', 'config', 'observability'],
      from: ['gateway', 'subgraphs', 'carrier'],
      message: 'schema/, auth/, config/ and observability/ are shared by the gateway, the subgraphs and the carrier: they import none of them.',
    },
    {
      // The dashboard page runs in the browser: it reaches the gateway over HTTP (/graphql) like any client.
      target: 'gateway/dashboard/src',
      from: ['gateway/src', 'subgraphs', 'carrier', 'auth', 'config', 'scripts', 'schema'],
      message: 'The dashboard is browser code: it talks to the gateway over /graphql and imports none of the server code.',
    },
    {
      target: 'subgraphs/central',
      from: 'subgraphs/province',
      message: 'Central and province are separate subgraphs: share through subgraphs/shared or schema/.',
    },
    {
      target: 'subgraphs/province',
      from: 'subgraphs/central',
      message: 'Central and province are separate subgraphs: share through subgraphs/shared or schema/.',
    },
    {
      target: 'subgraphs/shared',
      from: ['subgraphs/central', 'subgraphs/province'],
      message: 'subgraphs/shared is what every subgraph needs; it depends on no subgraph.',
    },
    {
      // A province's own system, written against the published standard only (its SDL and JSON files, read as
      // data): a provincial team would not have the national implementation's code (subgraphs/legacy-hanoi/README.md).
      target: LEGACY_DIR,
      from: ['subgraphs', 'auth', 'config', 'scripts', 'observability', 'schema', 'gateway', 'carrier'],
      except: ['./legacy-hanoi'],
      message: 'subgraphs/legacy-hanoi is an independent province system: it imports its own folder and npm packages only, and reads the published standard (schema/standard, schema/provinces.json) as data.',
    },
    {
      target: SQL_FILES,
      from: 'subgraphs/*/src/generated/**',
      message: 'SQL modules return row types; the generated GraphQL types belong to resolvers.',
    },
    // One zone per area: everything under areas/ except the area's own folder (areas/index.ts, the AREAS list,
    // is for the registration points, not for an area).
    ...areaNames(root).map((area) => ({
      target: `${AREAS_DIR}/${area}`,
      from: AREAS_DIR,
      except: [`./${area}`],
      message: `An area imports its own folder, core/ and subgraphs/shared only; move what ${area} needs from another area into core/.`,
    })),
  ];
}

const ENV_MESSAGE =
  'process.env is read only at the edge (entry points, config modules, tests): take the value as an option.';

/**
 * @param {{ root?: string, typeChecked?: boolean }} [options]
 *   root: the repository (default: this folder). typeChecked: run the rules that need type information
 *   (default true; test/lint.test.ts turns them off to stay fast).
 */
export function createLintConfig({ root = import.meta.dirname, typeChecked = true } = {}) {
  return defineConfig(
    {
      ignores: ['**/node_modules/**', '.data/**', '.scratch/**', 'tmp/**', 'coverage/**', '**/generated/**', 'gateway/public/**', 'gateway/bench/hive/node_modules/**'],
    },
    {
      files: ['**/*.ts', '**/*.js'],
      linterOptions: { reportUnusedDisableDirectives: 'error' },
      languageOptions: {
        parser: tseslint.parser,
        parserOptions: typeChecked ? { projectService: true, tsconfigRootDir: root } : {},
      },
      plugins: { '@typescript-eslint': tseslint.plugin, 'import-x': importX },
      settings: {
        'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })],
      },
      rules: {
        // Boundaries.
        'import-x/no-restricted-paths': ['error', { basePath: root, zones: boundaryZones(root) }],
        // Only the edge reads the environment. no-restricted-properties also catches `const { env } = process`.
        'no-restricted-properties': ['error', { object: 'process', property: 'env', message: ENV_MESSAGE }],
        'no-restricted-syntax': [
          'error',
          { selector: "MemberExpression[object.property.name='process'][property.name='env']", message: ENV_MESSAGE },
          {
            selector: "ImportDeclaration[source.value=/^(node:)?process$/] > ImportSpecifier[imported.name='env']",
            message: ENV_MESSAGE,
          },
        ],
        // Correctness: each of these is a bug when it fires, not a matter of taste.
        'no-async-promise-executor': 'error',
        'no-compare-neg-zero': 'error',
        'no-cond-assign': 'error',
        'no-constant-binary-expression': 'error',
        'no-constant-condition': ['error', { checkLoops: false }],
        'no-dupe-else-if': 'error',
        'no-dupe-keys': 'error',
        'no-duplicate-case': 'error',
        'no-empty-pattern': 'error',
        'no-fallthrough': 'error',
        'no-self-assign': 'error',
        'no-self-compare': 'error',
        'no-sparse-arrays': 'error',
        'no-template-curly-in-string': 'error',
        'no-unreachable': 'error',
        'no-unsafe-finally': 'error',
        'no-unsafe-negation': 'error',
        'no-unsafe-optional-chaining': 'error',
        'no-unused-private-class-members': 'error',
        'no-useless-backreference': 'error',
        'use-isnan': 'error',
        'valid-typeof': 'error',
        '@typescript-eslint/no-unused-vars': [
          'error',
          { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
        ],
        '@typescript-eslint/no-non-null-asserted-optional-chain': 'error',
        '@typescript-eslint/no-extra-non-null-assertion': 'error',
        '@typescript-eslint/no-misused-new': 'error',
        '@typescript-eslint/no-unsafe-declaration-merging': 'error',
        '@typescript-eslint/no-duplicate-enum-values': 'error',
      },
    },
    typeChecked
      ? {
          // Need the TypeScript program (most of lint's time): a promise nobody awaits loses its error (an
          // unhandled rejection ends the process), and a switch over a union must handle every member.
          files: ['**/*.ts'],
          rules: {
            '@typescript-eslint/no-floating-promises': [
              'error',
              {
                // node:test's describe/it return promises the runner itself tracks.
                allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] }],
              },
            ],
            '@typescript-eslint/await-thenable': 'error',
            '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
          },
        }
      : {},
    {
      files: [DASHBOARD_FILES],
      rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^node:', message: 'The dashboard runs in the browser: no Node built-ins.' }] }] },
    },
    { files: RESOLVER_FILES, rules: { 'no-restricted-imports': ['error', restrictedImports(['pg', 'pg-copy-streams'], 'Resolvers call the db/ modules; they never talk to PostgreSQL themselves.')] } },
    { files: SQL_FILES, rules: { 'no-restricted-imports': ['error', restrictedImports(['graphql', 'graphql-tag', '@apollo'], 'SQL modules know rows, not GraphQL.')] } },
    {
      files: ENV_FILES,
      rules: { 'no-restricted-properties': 'off', 'no-restricted-syntax': 'off' },
    },
  );
}

/**
 * no-restricted-imports options forbidding packages and their subpaths (`pg`, `pg/lib/x`, `@apollo/server`).
 * A file in both RESOLVER_FILES and SQL_FILES would get only the last list (flat config replaces rule options).
 * @param {string[]} packages
 * @param {string} message
 */
function restrictedImports(packages, message) {
  return {
    patterns: [{ regex: `^(${packages.map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})($|/)`, message }],
  };
}

export default createLintConfig();
