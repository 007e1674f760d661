// The gateway's speed-ups must never trade away whose answer is whose: identical subgraph requests in flight are
// merged only for the same token; a cached answer is served only to the reader (subject and scope) it was
// computed for, says when it was computed, and expires; the warm-up plans the dashboard's operations at start
// without asking any subgraph.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { parse, type OperationDefinitionNode } from 'graphql';
import { pino } from 'pino';
import type { Principal } from '../../auth/principal.ts';
import { CENTRAL_SUBGRAPH, provinceSubgraphName } from '../../schema/provinces.ts';
import { createGateway, type GatewayOptions, type RunningGateway } from '../src/createGateway.ts';
import { readsOnlySnapshots } from '../src/plugins/useResponseCache.ts';
import { operationsOfSource } from '../src/warmPlans.ts';
import { testToken, testVerifier } from './support/testAuth.ts';
import { composeTestSupergraph } from './support/testSupergraph.ts';
import { startCentral, startProvince, type TestServer } from './support/testSubgraphs.ts';

const CODES = ['01', '79'] as const;
/** Long enough for two requests sent together to overlap at the province on a busy machine. */
const REPORT_DELAY_MS = 400;
const QUERY = '{ province(code: "01") { code report(period: "2026-10") { memberCount } } }';

interface Stack {
  supergraphSdl: string;
  province01: TestServer;
  stop(): Promise<void>;
}

async function startStack(): Promise<Stack> {
  const central = await startCentral(CODES);
  const province01 = await startProvince('01', { reportDelayMs: REPORT_DELAY_MS });
  const province79 = await startProvince('79');
  const urls = new Map([
    [CENTRAL_SUBGRAPH, central.url],
    [provinceSubgraphName('01'), province01.url],
    [provinceSubgraphName('79'), province79.url],
  ]);
  return {
    supergraphSdl: composeTestSupergraph(CODES, urls),
    province01,
    stop: async () => {
      await Promise.all([central.stop(), province01.stop(), province79.stop()]);
    },
  };
}

const startGateway = (stack: Stack, options: Partial<GatewayOptions> = {}) =>
  createGateway({ port: 0, supergraphSdl: stack.supergraphSdl, logger: pino({ level: 'silent' }), verifier: testVerifier, ...options });

interface Answer {
  data?: { province?: { report?: { memberCount: number } | null } };
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: { cache?: { computedAt: string; ageMs: number; maxAgeMs: number } };
}

async function ask(gateway: RunningGateway, token: string, query = QUERY): Promise<Answer> {
  const res = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as Answer;
}

const ANALYST: Principal = { role: 'CENTRAL_ANALYST' };

describe('identical subgraph requests in flight', () => {
  let stack: Stack;
  let gateway: RunningGateway;
  beforeAll(async () => {
    stack = await startStack();
    gateway = await startGateway(stack);
    await ask(gateway, await testToken(ANALYST)); // plans the query: the timing below is a warm one
  });
  afterAll(async () => {
    await gateway?.stop();
    await stack?.stop();
  });

  it('are merged into one when they carry the same token', async () => {
    const token = await testToken(ANALYST);
    const before = stack.province01.requestIds.length;
    const answers = await Promise.all([ask(gateway, token), ask(gateway, token)]);
    for (const a of answers) assert.equal(a.data?.province?.report?.memberCount, 1007, JSON.stringify(a));
    assert.equal(stack.province01.requestIds.length - before, 1, 'one request reached province 01 for the two queries');
  });

  it('are never merged across two tokens, even for the same reader', async () => {
    const [a, b] = [await testToken(ANALYST, { subject: 'analyst-a' }), await testToken(ANALYST, { subject: 'analyst-a' })];
    assert.notEqual(a, b);
    const before = stack.province01.requestIds.length;
    await Promise.all([ask(gateway, a), ask(gateway, b)]);
    assert.equal(stack.province01.requestIds.length - before, 2, 'each token reached province 01 itself');
  });

  it('are never merged across two provinces’ officers', async () => {
    const [hn, hcm] = await Promise.all([
      testToken({ role: 'PROVINCE_OFFICER', province: '01' }),
      testToken({ role: 'PROVINCE_OFFICER', province: '79' }),
    ]);
    const before = stack.province01.requestIds.length;
    await Promise.all([ask(gateway, hn), ask(gateway, hcm)]);
    assert.equal(stack.province01.requestIds.length - before, 2);
  });
});

describe('the response cache', () => {
  let stack: Stack;
  let gateway: RunningGateway;
  let clock = 1_800_000_000_000;
  const LIVE_MS = 5000;
  beforeAll(async () => {
    stack = await startStack();
    gateway = await startGateway(stack, { responseCache: { liveMs: LIVE_MS, submittedMs: 60_000, now: () => clock } });
  });
  afterAll(async () => {
    await gateway?.stop();
    await stack?.stop();
  });

  it('serves a reader its own answer again, saying when it was computed', async () => {
    const token = await testToken(ANALYST, { subject: 'analyst-cache' });
    const before = stack.province01.requestIds.length;
    const first = await ask(gateway, token);
    assert.deepEqual(first.extensions?.cache, { computedAt: new Date(clock).toISOString(), ageMs: 0, maxAgeMs: LIVE_MS });
    clock += 1200;
    const second = await ask(gateway, await testToken(ANALYST, { subject: 'analyst-cache' }));
    assert.deepEqual(second.data, first.data);
    assert.deepEqual(second.extensions?.cache, { computedAt: first.extensions!.cache!.computedAt, ageMs: 1200, maxAgeMs: LIVE_MS });
    assert.equal(stack.province01.requestIds.length - before, 1, 'the second answer came from the cache');
  });

  it("never serves one reader's or one scope's answer to another", async () => {
    const readers: Principal[] = [
      { role: 'PROVINCE_OFFICER', province: '01' },
      { role: 'PROVINCE_OFFICER', province: '79' },
      { role: 'COMMUNE_OFFICER', province: '01', commune: '00001' },
      { role: 'CENTRAL_ANALYST' },
    ];
    const before = stack.province01.requestIds.length;
    const computedAt = new Set<string>();
    for (const [i, reader] of readers.entries()) {
      clock += 10;
      const answer = await ask(gateway, await testToken(reader, { subject: `reader-${i}` }));
      assert.equal(answer.extensions?.cache?.ageMs, 0, `${JSON.stringify(reader)} got another reader's answer`);
      computedAt.add(answer.extensions!.cache!.computedAt);
    }
    // The same scope under another subject is another reader too (each person's reads are audited as theirs).
    clock += 10;
    const other = await ask(gateway, await testToken(readers[0]!, { subject: 'reader-0-colleague' }));
    assert.equal(other.extensions?.cache?.ageMs, 0);
    assert.equal(stack.province01.requestIds.length - before, readers.length + 1, 'every reader was answered by the province');
    assert.equal(computedAt.size, readers.length);
  });

  it('asks the provinces again once an answer is older than its freshness', async () => {
    const token = await testToken(ANALYST, { subject: 'analyst-expiry' });
    const before = stack.province01.requestIds.length;
    await ask(gateway, token);
    clock += LIVE_MS + 1;
    const later = await ask(gateway, token);
    assert.equal(later.extensions?.cache?.ageMs, 0);
    assert.equal(stack.province01.requestIds.length - before, 2);
  });

  it('never keeps an answer with errors', async () => {
    const token = await testToken(ANALYST, { subject: 'analyst-errors' });
    const bad = '{ province(code: "01") { report(period: "2026-13") { memberCount } } }';
    const before = stack.province01.requestIds.length;
    const first = await ask(gateway, token, bad);
    assert.equal(first.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(first.extensions?.cache, undefined);
    await ask(gateway, token, bad);
    assert.equal(stack.province01.requestIds.length - before, 2);
  });

  it('gives answers read only from submitted reports the longer freshness, and live figures the short one', () => {
    const op = (query: string) => {
      const document = parse(query);
      return readsOnlySnapshots(document.definitions[0] as OperationDefinitionNode, document);
    };
    assert.equal(op('{ provinces { code name submittedReport(period: "2026-10") { revision figures { memberCount } } } }'), true);
    assert.equal(op('{ provinces { code submittedReport(period: "2026-10") { differsFromLive } } }'), false);
    assert.equal(op('{ provinces { code submittedReport(period: "2026-10") { revision } report(period: "2026-10") { memberCount } } }'), false);
    assert.equal(op('{ provinces { code name } }'), false, 'no snapshot read at all: live');
    assert.equal(op('{ nationalReport(period: "2026-10") { submitted } }'), false);
  });
});

describe('the query plan warm-up', () => {
  let stack: Stack;
  let gateway: RunningGateway;
  const lines: Array<{ msg: string; operation?: string; level: number }> = [];
  beforeAll(async () => {
    stack = await startStack();
    const sink = new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    gateway = await startGateway(stack, { logger: pino({ level: 'debug' }, sink) });
  });
  afterAll(async () => {
    await gateway?.stop();
    await stack?.stop();
  });

  it("plans the dashboard's operations at start without asking any subgraph", () => {
    const warmed = lines.filter((l) => l.msg === 'query plan warmed').map((l) => l.operation).sort();
    assert.deepEqual(warmed, ['NationalDashboard', 'NationalMemberCount', 'NationalReport']);
    assert.deepEqual(lines.filter((l) => l.level >= 40).map((l) => l.msg), [], 'no warning while warming');
    assert.equal(stack.province01.requestIds.length, 0, 'the warm-up asked province 01');
  });

  it('cuts each operation out of its file as the text a client sends', () => {
    const source = '# comment\nquery A { provinces { code } }\n\nquery B($p: String!) {\n  provinces { report(period: $p) { memberCount } }\n}\nmutation C { x }\n';
    assert.deepEqual(operationsOfSource(source), [
      { name: 'A', query: 'query A { provinces { code } }' },
      { name: 'B', query: 'query B($p: String!) {\n  provinces { report(period: $p) { memberCount } }\n}' },
    ]);
  });
});
