// The container entries, each started as its own process with the environment a container gets (NODE_ENV=
// production, keys through *_FILE secrets as docker-compose.yml passes them, its own database): the Centre, two
// provinces, the gateway in front and the carrier between them. They answer over HTTP, the carrier carries a
// transfer between the two province processes, and SIGTERM stops each with exit 0. A bad value stops an entry
// with exit 2 and a message naming the variable, before it listens.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import pg from 'pg';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER } from '../auth/config.ts';
import type { Principal } from '../auth/principal.ts';
import { createTokenSigner, readSigningKey, type TokenSigner } from '../auth/signer.ts';
import { writeDeploymentKeys } from '../scripts/deploy/keys.ts';
import { carryTransfer } from '../scripts/deploy/smoke.ts';
import { createTestDatabase, dropTestDatabase } from './support/database.ts';
import { freePort, accepts } from './support/processes.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRIES = {
  central: 'subgraphs/central/src/index.ts',
  province: 'subgraphs/province/src/index.ts',
  gateway: 'gateway/src/index.ts',
  carrier: 'carrier/src/index.ts',
} as const;
const CODES = ['01', '79'];

interface EntryProcess {
  name: string;
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startEntry(name: string, entry: string, env: Record<string, string>): EntryProcess {
  // Only what a container has: no TEST_DATABASE_URL, no development defaults from the test run.
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, entry)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c));
  child.stderr!.on('data', (c: Buffer) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { name, child, output: () => output, exited };
}

async function healthy(entry: EntryProcess, port: number, seconds = 100): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  let exitCode: number | null | undefined;
  void entry.exited.then((c) => (exitCode = c));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`${entry.name} exited with ${exitCode}:\n${entry.output()}`);
    const ok = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${entry.name} not healthy on ${port} within ${seconds} s:\n${entry.output()}`);
}

describe('container entries as their own processes', () => {
  const keysDir = mkdtempSync(join(tmpdir(), 'entries-keys-'));
  const running: EntryProcess[] = [];
  const databases = ['entries_central', ...CODES.map((c) => `entries_province_${c}`)];
  const urls = new Map<string, string>();
  let signer: TokenSigner;
  let gatewayPort: number;
  let ports: { central: number; province: (code: string) => number };
  let template: string;
  const secrets = () => ({
    AUTH_JWKS_FILE: join(keysDir, 'jwks'),
    CITIZEN_ID_HASH_KEY_FILE: join(keysDir, 'citizen-id-hash-key'),
    DISCLOSURE_CONTROL_KEY_FILE: join(keysDir, 'disclosure-control-key'),
  });

  async function ask<T>(principal: Principal, query: string, variables: Record<string, unknown> = {}) {
    const response = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await signer.mint(principal)}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  }

  beforeAll(async () => {
    await writeDeploymentKeys(keysDir);
    signer = createTokenSigner({ key: readSigningKey(join(keysDir, 'carrier-signing-key')), issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE });
    for (const name of databases) urls.set(name, await createTestDatabase(name));
    // The gateway and the carrier find a province by SUBGRAPH_URL_TEMPLATE, so the ports follow the code: a
    // free thousand (P100 for the Centre, P1NN for province NN).
    // Below Linux's ephemeral range (32768+), where the other test files' servers listen, and all 97 ports free:
    // the gateway sends the provinces that do not run here to the same thousand.
    let prefix = 0;
    for (let tries = 0; tries < 20 && !prefix; tries++) {
      const p = 10 + Math.floor(Math.random() * 22);
      const candidates = Array.from({ length: 97 }, (_, i) => p * 1000 + 100 + i);
      if ((await Promise.all(candidates.map(accepts))).every((busy) => !busy)) prefix = p;
    }
    assert.ok(prefix, 'no free range of ports');
    ports = { central: prefix * 1000 + 100, province: (code) => prefix * 1000 + 100 + Number(code) };
    template = `http://127.0.0.1:${prefix}1{code}/graphql`;
    gatewayPort = await freePort();

    const central = startEntry('central', ENTRIES.central, {
      ...secrets(), DATABASE_URL: urls.get('entries_central')!, PORT: String(ports.central),
    });
    const provinces = CODES.map((code) =>
      startEntry(`province ${code}`, ENTRIES.province, {
        ...secrets(), PROVINCE_CODE: code, DATABASE_URL: urls.get(`entries_province_${code}`)!, PORT: String(ports.province(code)), SEED_SCALE: '0.0005',
      }),
    );
    running.push(central, ...provinces);
    await Promise.all([healthy(central, ports.central), ...provinces.map((p, i) => healthy(p, ports.province(CODES[i])))]);
    const gateway = startEntry('gateway', ENTRIES.gateway, {
      AUTH_JWKS_FILE: secrets().AUTH_JWKS_FILE, SUBGRAPH_URL_TEMPLATE: template, CENTRAL_URL: `http://127.0.0.1:${ports.central}/graphql`,
      // A subgraph's first answers, cold, on a machine busy with other test files, can take seconds; the ones
      // that do not run are refused at once.
      GATEWAY_PORT: String(gatewayPort), SUBGRAPH_TIMEOUT_MS: '20000',
    });
    running.push(gateway);
    await healthy(gateway, gatewayPort);
    const carrier = startEntry('carrier', ENTRIES.carrier, {
      CARRIER_SIGNING_KEY_FILE: join(keysDir, 'carrier-signing-key'), SUBGRAPH_URL_TEMPLATE: template,
      CENTRAL_URL: `http://127.0.0.1:${ports.central}/graphql`, GATEWAY_URL: `http://127.0.0.1:${gatewayPort}/graphql`,
      CARRIER_PROVINCES: CODES.join(','), CARRIER_INTERVAL_MS: '200', NATIONAL_CHECK_INTERVAL_MS: '0',
    });
    running.push(carrier);
    // Its signal handlers are set in the same tick as this line: a SIGTERM before it would end it unhandled.
    const deadline = Date.now() + 90_000;
    while (!carrier.output().includes('carrier: reading') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    assert.ok(carrier.output().includes('carrier: reading'), `the carrier did not start:\n${carrier.output()}`);
  }, 240_000);

  afterAll(async () => {
    for (const entry of running) entry.child.kill('SIGKILL');
    for (const name of databases) await dropTestDatabase(name);
    rmSync(keysDir, { recursive: true, force: true });
  });

  it('the gateway entry answers for the provinces that run and names the ones that do not', async () => {
    type National = { provinces: Array<{ code: string; report: { memberCount: number } | null }> };
    const period = new Date().toISOString().slice(0, 7);
    const answer = await ask<National>({ role: 'CENTRAL_ANALYST' }, `query($p: String!) { provinces { code report(period: $p) { memberCount } } }`, { p: period });
    assert.equal(answer.data?.provinces.length, 34, `the Centre entry lists the 34 provinces: ${JSON.stringify(answer.errors)}`);
    const answered = answer.data!.provinces.filter((p) => p.report !== null).map((p) => p.code);
    assert.deepEqual(answered.sort(), CODES);
    // Each running province's figure against its own database, counted here from the rows (members not yet
    // left), then rounded as an analyst's figure is: a multiple of 5 within 4 of the true count.
    for (const code of CODES) {
      const client = new pg.Client(urls.get(`entries_province_${code}`));
      await client.connect();
      const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM member WHERE left_on IS NULL AND joined_on <= now()');
      await client.end();
      const published = answer.data!.provinces.find((p) => p.code === code)!.report!.memberCount;
      assert.ok(published % 5 === 0 && Math.abs(published - rows[0].n) <= 4, `province ${code}: ${published} for ${rows[0].n} members`);
    }
    const unavailable = (answer.errors ?? []).map((e) => String(e.extensions?.serviceName ?? ''));
    for (const code of ['04', '96']) assert.ok(unavailable.includes(`province${code}`), `province ${code} named unavailable: ${unavailable.join(', ')}`);
  });

  it('the carrier entry carries a transfer between the two province entries', async () => {
    const carried = await carryTransfer({ gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`, signer }, '01', '79', 60).catch((error: Error) => {
      throw new Error(`${error.message}\n${running.find((e) => e.name === 'carrier')!.output()}`);
    });
    const memberId = carried.memberId;
    // The member is held by 79 now: read from 79's own database, not through the API.
    const client = new pg.Client(urls.get('entries_province_79'));
    await client.connect();
    const { rows } = await client.query('SELECT count(*)::int AS n FROM member WHERE id = $1 AND left_on IS NULL', [memberId]);
    await client.end();
    assert.equal(rows[0].n, 1);
  });

  it('SIGTERM stops every entry with exit 0 and frees its port', async () => {
    for (const entry of [...running].reverse()) {
      entry.child.kill('SIGTERM');
      const code = await Promise.race([entry.exited, new Promise((r) => setTimeout(() => r('still running after 20 s'), 20_000))]);
      assert.equal(code, 0, `${entry.name}: ${code}\n${entry.output()}`);
    }
    for (const port of [gatewayPort, ports.central, ...CODES.map(ports.province)]) assert.equal(await accepts(port), false, `port ${port} still open`);
  });
});

describe('container entries refuse a bad configuration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entries-bad-'));
  const jwks = join(dir, 'jwks');
  beforeAll(async () => {
    await writeDeploymentKeys(dir);
    writeFileSync(join(dir, 'short-key'), 'short\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const db = 'postgres://postgres:postgres@127.0.0.1:1/none';
  const cases: Array<[string, keyof typeof ENTRIES, Record<string, string>, RegExp]> = [
    ['a province code that is no province', 'province', { PROVINCE_CODE: '99', DATABASE_URL: db, AUTH_JWKS_FILE: jwks }, /PROVINCE_CODE/],
    ['no citizen-ID hash key in production', 'province', { PROVINCE_CODE: '01', DATABASE_URL: db, AUTH_JWKS_FILE: jwks, DISCLOSURE_CONTROL_KEY_FILE: join(dir, 'disclosure-control-key') }, /CITIZEN_ID_HASH_KEY/],
    ['a key file that does not exist', 'province', { PROVINCE_CODE: '01', DATABASE_URL: db, AUTH_JWKS_FILE: jwks, CITIZEN_ID_HASH_KEY_FILE: join(dir, 'missing'), DISCLOSURE_CONTROL_KEY_FILE: join(dir, 'disclosure-control-key') }, /CITIZEN_ID_HASH_KEY_FILE/],
    ['a key too short', 'central', { DATABASE_URL: db, AUTH_JWKS_FILE: jwks, DISCLOSURE_CONTROL_KEY_FILE: join(dir, 'short-key') }, /DISCLOSURE_CONTROL_KEY/],
    ['a database URL that is not PostgreSQL', 'central', { DATABASE_URL: 'mysql://x/y', AUTH_JWKS_FILE: jwks }, /DATABASE_URL/],
    ['a JWKS with a private key', 'central', { DATABASE_URL: db, AUTH_JWKS_FILE: join(dir, 'carrier-signing-key'), DISCLOSURE_CONTROL_KEY_FILE: join(dir, 'disclosure-control-key') }, /AUTH_JWKS_FILE/],
    ['a timeout that is not a number', 'gateway', { SUBGRAPH_TIMEOUT_MS: 'soon', AUTH_JWKS_FILE: jwks }, /SUBGRAPH_TIMEOUT_MS/],
    ['no signing key and no tokens', 'carrier', {}, /CARRIER_SIGNING_KEY_FILE/],
  ];
  it('central: a database that does not answer → exit 1 with one line that says so', async () => {
    const started = startEntry('central', ENTRIES.central, { DATABASE_URL: db, AUTH_JWKS_FILE: jwks, DISCLOSURE_CONTROL_KEY_FILE: join(dir, 'disclosure-control-key') });
    const code = await Promise.race([started.exited, new Promise((r) => setTimeout(() => r('still running after 30 s'), 30_000))]);
    if (code !== 1) started.child.kill('SIGKILL');
    assert.equal(code, 1, started.output());
    assert.match(started.output(), /^Start failed: .*ECONNREFUSED/m);
    assert.doesNotMatch(started.output(), /\n\s+at /, started.output());
  });

  for (const [what, entry, env, variable] of cases) {
    it(`${entry}: ${what} → exit 2 naming ${variable.source}`, async () => {
      const started = startEntry(entry, ENTRIES[entry], env);
      const code = await Promise.race([started.exited, new Promise((r) => setTimeout(() => r('still running after 30 s'), 30_000))]);
      if (code !== 2) started.child.kill('SIGKILL');
      assert.equal(code, 2, `${entry} exit: ${code}\n${started.output()}`);
      assert.match(started.output(), variable);
      // One readable line, not a stack.
      assert.doesNotMatch(started.output(), /\n\s+at /, started.output());
    });
  }
});
