// `npm start` stopped by SIGTERM or SIGINT during its first start's seeding (the longest part of it, before any
// server listens): the embedded PostgreSQL it started stops too and nothing is left running (issue 10, suite).
// The real entry (scripts/start.ts) runs as a child process, on a fresh data folder and a free port.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from '@jest/globals';
import { freePort, accepts, processesMentioning } from './support/processes.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('npm start stopped during its first seeding', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal}: stops the embedded PostgreSQL too, leaving no process and a free port`, async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'start-signal-'));
      const port = await freePort();
      const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/start.ts')], {
        cwd: ROOT,
        env: { ...process.env, DATA_DIR: join(dataDir, 'pg'), EMBEDDED_PG_PORT: String(port), SEED_SCALE: '0.002', LOG_LEVEL: 'silent', NODE_ENV: 'development' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      try {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no seeding within 90 s:\n${output}`)), 90_000);
          const listen = (chunk: Buffer) => {
            output += chunk.toString();
            if (output.includes('Seeding empty databases')) {
              clearTimeout(timer);
              resolve();
            }
          };
          child.stdout!.on('data', listen);
          child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
          child.once('exit', () => reject(new Error(`npm start exited before seeding:\n${output}`)));
        });
        assert.equal(await accepts(port), true, 'PostgreSQL is up while seeding');
        assert.ok(processesMentioning(dataDir).length > 0, 'a postgres process runs on the data folder');
        child.kill(signal);
        const code = await Promise.race([exited, new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 40_000))]);
        assert.notEqual(code, 'hung', `npm start did not exit within 40 s of ${signal}:\n${output}`);
        assert.match(output, new RegExp(`${signal}: stopping`));
        // The postmaster removes its pid file last, when it has stopped.
        for (let i = 0; i < 50 && processesMentioning(dataDir).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
        assert.deepEqual(processesMentioning(dataDir), [], `no process left on the data folder; npm start said:\n${output.slice(-3000)}`);
        assert.equal(existsSync(join(dataDir, 'pg', 'postmaster.pid')), false, 'PostgreSQL shut down cleanly');
        assert.equal(await accepts(port), false, 'the port is free');
      } finally {
        if (child.exitCode === null) child.kill('SIGKILL');
        for (const line of processesMentioning(dataDir)) process.kill(Number(line.split(' ')[0]), 'SIGKILL');
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  }
});
