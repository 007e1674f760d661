// Once per jest run, after every test file: stops the embedded PostgreSQL of globalSetup.js and removes its folder.
import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const pg = globalThis.__testPostgres;
  if (!pg) return; // TEST_DATABASE_URL was given: not ours to stop
  delete globalThis.__testPostgres;
  try {
    await pg.stop();
  } finally {
    rmSync(pg.tempDir, { recursive: true, force: true });
  }
}
