// The real `npm start`, as a new user runs it: in a fresh folder (the repository's tracked files and nothing
// else, no .data), started through npm itself. It gets ready, every URL it prints answers, Ctrl-C (SIGINT to
// the terminal's process group) on the first start and SIGTERM to npm on the second leave no process behind and
// the ports free; a bad configuration value stops it at once naming the variable. Stopping during the first
// start's seeding is test/startSignals.test.ts.
import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { freePort, accepts, processesMentioning } from './support/processes.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The ports `npm start` always uses: the gateway, the Centre, the first and last province. */
const FIXED_PORTS = [4000, 4100, 4101, 4196];

interface Started {
  child: ChildProcess;
  output: () => string;
  /** The exit code, or the signal that ended it. */
  exited: Promise<number | string>;
}

/** Kills what is left of the process group (nothing, when the test passed). */
function killGroup(started: Started) {
  try {
    process.kill(-started.child.pid!, 'SIGKILL');
  } catch {
    // already gone
  }
}

function npmStart(cwd: string, env: Record<string, string>): Started {
  // detached: its own process group, as a terminal gives it, so Ctrl-C can go to the whole group.
  const child = spawn('npm', ['start'], { cwd, env: { ...process.env, NODE_ENV: 'development', ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c));
  child.stderr!.on('data', (c: Buffer) => (output += c));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  return { child, output: () => output, exited };
}

async function ready(started: Started, seconds = 240): Promise<string> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (started.output().includes('Ctrl-C stops everything')) return started.output();
    if (started.child.exitCode !== null) throw new Error(`npm start exited with ${started.child.exitCode}:\n${started.output()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`npm start not ready within ${seconds} s:\n${started.output()}`);
}

describe('npm start in a fresh folder', () => {
  let folder: string;
  let pgPort: number;
  beforeAll(async () => {
    for (const port of FIXED_PORTS) assert.equal(await accepts(port), false, `port ${port} is in use: stop the other \`npm start\` first`);
    folder = mkdtempSync(join(tmpdir(), 'fresh-start-'));
    for (const file of execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean)) {
      mkdirSync(join(folder, dirname(file)), { recursive: true });
      cpSync(join(ROOT, file), join(folder, file));
    }
    // The install a new user's `npm ci` makes (the newcomer script runs that one for real).
    symlinkSync(join(ROOT, 'node_modules'), join(folder, 'node_modules'));
    pgPort = await freePort();
  });
  afterAll(() => {
    for (const line of processesMentioning(folder)) process.kill(Number(line.split(' ')[0]), 'SIGKILL');
    rmSync(folder, { recursive: true, force: true });
  });

  /** Every http URL it printed answers: GraphQL with the printed token, the rest to a plain GET. */
  async function everyPrintedUrlAnswers(output: string) {
    const token = /#token=([\w.-]+)/.exec(output)?.[1];
    assert.ok(token, `a token link is printed:\n${output}`);
    const urls = [...new Set([...output.matchAll(/http:\/\/(?:127\.0\.0\.1|localhost):\d+\/[\w/-]*/g)].map((m) => m[0]))];
    assert.ok(urls.some((u) => u.endsWith('/graphiql')) && urls.some((u) => u.endsWith('/graphql')), urls.join(' '));
    for (const url of urls) {
      if (url.endsWith('/graphql')) {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: '{ provinces { code name } }' }),
        });
        const body = (await response.json()) as { data?: { provinces: unknown[] }; errors?: unknown };
        assert.equal(body.data?.provinces.length, 34, `${url}: ${JSON.stringify(body.errors)}`);
      } else {
        const response = await fetch(url);
        assert.ok(response.ok, `${url} answered ${response.status}`);
      }
    }
    return urls.length;
  }

  async function stops(started: Started, send: () => void, signal: string) {
    send();
    const code = await Promise.race([started.exited, new Promise((r) => setTimeout(() => r('still running after 60 s'), 60_000))]);
    // npm itself ends by the signal it forwarded (as a shell shows Ctrl-C: 130); what matters is what it ran.
    assert.ok(code === 0 || code === signal, `exit ${code}:\n${started.output().slice(-2000)}`);
    for (let i = 0; i < 600 && processesMentioning(folder).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(new RegExp(`${signal}: stopping[^]*stopped\\.`).test(started.output()), `not stopped cleanly:\n${started.output().slice(-1500)}`);
    assert.deepEqual(processesMentioning(folder), [], 'no process left running from the folder');
    for (const port of [...FIXED_PORTS, pgPort]) assert.equal(await accepts(port), false, `port ${port} still open`);
  }

  it('first start: seeds, gets ready, every printed URL answers, Ctrl-C leaves nothing running', async () => {
    const started = npmStart(folder, { EMBEDDED_PG_PORT: String(pgPort), SEED_SCALE: '0.0005' });
    try {
      const output = await ready(started);
      assert.match(output, /Seeding empty databases/);
      assert.ok((await everyPrintedUrlAnswers(output)) >= 5);
      await stops(started, () => process.kill(-started.child.pid!, 'SIGINT'), 'SIGINT');
    } finally {
      killGroup(started);
    }
  }, 300_000);

  it('second start on the same folder: ready without seeding again; SIGTERM to npm leaves nothing running', async () => {
    const started = npmStart(folder, { EMBEDDED_PG_PORT: String(pgPort), SEED_SCALE: '0.0005' });
    try {
      const output = await ready(started);
      assert.doesNotMatch(output, /Seeding empty databases/);
      await everyPrintedUrlAnswers(output);
      await stops(started, () => started.child.kill('SIGTERM'), 'SIGTERM');
    } finally {
      killGroup(started);
    }
  }, 300_000);

  for (const [variable, value] of [['SEED_SCALE', 'lots'], ['EMBEDDED_PG_PORT', '80'], ['DATABASE_URL_TEMPLATE', 'postgres://u@h/db']] as const) {
    it(`a bad ${variable} stops it at once, naming the variable, with nothing started`, async () => {
      const started = npmStart(folder, { EMBEDDED_PG_PORT: String(pgPort), [variable]: value });
      const code = await Promise.race([started.exited, new Promise((r) => setTimeout(() => r('still running after 30 s'), 30_000))]);
      killGroup(started);
      assert.notEqual(code, 0, started.output());
      assert.match(started.output(), new RegExp(`Configuration error: ${variable}`));
      assert.equal(await accepts(pgPort), false, 'no PostgreSQL started');
      assert.deepEqual(processesMentioning(folder), []);
    });
  }
});
