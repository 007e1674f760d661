import { fileURLToPath } from 'node:url';
// jest runs the whole suite (`npm test`): every *.test.ts file wherever it lives, as ES modules, TypeScript
// compiled by swc (types are not checked here: `npm run build` does that). The embedded PostgreSQL starts once
// for the run (test/jest/globalSetup.js) and every test file makes its own databases on it.
/** @type {import('jest').Config} */
export default {
  rootDir: '.',
  testMatch: ['<rootDir>/**/*.test.ts'],
  // Not test code, and .data holds PostgreSQL's own files (the haste map would crawl them): never look there.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/\\.data/', '<rootDir>/\\.scratch/', '<rootDir>/\\.git/', '<rootDir>/coverage/'],
  modulePathIgnorePatterns: ['<rootDir>/\\.data/', '<rootDir>/\\.scratch/', '<rootDir>/coverage/'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, sourceMaps: 'inline' }],
  },
  testEnvironment: '<rootDir>/test/jest/environment.js',
  globalSetup: '<rootDir>/test/jest/globalSetup.js',
  globalTeardown: '<rootDir>/test/jest/globalTeardown.js',
  // The machine that runs CI has 2 cores; each worker runs one file at a time (as --test-concurrency=2 did).
  maxWorkers: 2,
  // Per test and per hook (jest applies testTimeout to beforeAll/afterAll too): a hung child process or server
  // fails its test instead of hanging CI. The slowest hook (a federation of several seeded provinces on a busy
  // 2-core machine) takes ~30 s.
  testTimeout: 120_000,
  verbose: true,
  coverageProvider: 'v8',
  collectCoverageFrom: [
    '**/*.ts',
    '!**/node_modules/**',
    '!**/*.test.ts',
    '!**/__tests__/**',
    '!test/**',
    '!**/generated/**',
    '!**/*.d.ts',
    '!.data/**',
    '!.scratch/**',
  ],
  coverageReporters: ['text-summary', fileURLToPath(new URL('./test/jest/coverageByFolder.cjs', import.meta.url)), 'lcov'],
};
