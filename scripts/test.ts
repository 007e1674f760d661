// `npm test`: the whole suite. Starts its own embedded PostgreSQL in a temporary folder (or uses
// TEST_DATABASE_URL, a server URL whose user may create databases), runs every *.test.ts file with Node's
// test runner, then stops the server. Extra arguments filter test files by substring: npm test -- gateway
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { startEmbeddedPostgres } from './lib/embeddedPostgres.ts';

const root = new URL('..', import.meta.url).pathname;
const skip = new Set(['node_modules', '.git', '.data', '.scratch']);

function findTests(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (skip.has(e.name)) return [];
    const path = join(dir, e.name);
    if (e.isDirectory()) return findTests(path);
    return e.name.endsWith('.test.ts') ? [path] : [];
  });
}

const filters = process.argv.slice(2);
const files = findTests(root)
  .map((f) => relative(root, f))
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
  .sort();
if (files.length === 0) {
  console.error(`no test files match ${filters.join(' ')}`);
  process.exit(1);
}

let serverUrl = process.env.TEST_DATABASE_URL;
let stopPostgres = async () => {};
let tempDir: string | undefined;
if (!serverUrl) {
  tempDir = mkdtempSync(join(tmpdir(), 'federation-test-pg-'));
  // As root, PostgreSQL runs as the `postgres` OS user, which must be able to enter the folder (mkdtemp makes 0700).
  chmodSync(tempDir, 0o755);
  const port = 55000 + Math.floor(Math.random() * 5000);
  const pg = await startEmbeddedPostgres({ dataDir: join(tempDir, 'data'), port, onNotice: (l) => console.log(l) });
  serverUrl = pg.urlFor('postgres');
  stopPostgres = pg.stop;
  console.log(`test PostgreSQL: embedded, port ${port}`);
}

const child = spawn(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files],
  { cwd: root, stdio: 'inherit', env: { ...process.env, TEST_DATABASE_URL: serverUrl, LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', APOLLO_TELEMETRY_DISABLED: '1' } },
);
const stop = () => child.kill('SIGINT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
const code: number = await new Promise((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
await stopPostgres();
if (tempDir) rmSync(tempDir, { recursive: true, force: true });
process.exit(code);
