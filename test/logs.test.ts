// The logs of a real request: the gateway's entries and every subgraph's carry the same request id (the
// client's when well formed), and an error is logged as { name, message, code }, not as its every property.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { createLogger } from '../observability/logger.ts';
import { findProvince } from '../schema/provinces.ts';
import { startTestFederation, type TestFederation } from './support/federation.ts';

interface Entry {
  level: number;
  msg: string;
  reqId?: string;
  subgraph?: string;
  err?: Record<string, unknown>;
  [key: string]: unknown;
}

const NATIONAL = { query: '{ provinces(codes: ["01", "79"]) { code report(period: "2026-10") { memberCount } } }' };
const TIMEOUT_MS = 800;

describe('logs', () => {
  let fed: TestFederation;
  const lines: Entry[] = [];
  const memory = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line) lines.push(JSON.parse(line) as Entry);
      done();
    },
  });
  const analyst = async () => ({ authorization: `Bearer ${await fed.mint({ role: 'CENTRAL_ANALYST' })}` });
  /** Entries with this id, once the subgraphs' entries (written when their responses close) are in. */
  const entriesOf = async (reqId: string, expected: (entries: Entry[]) => boolean) => {
    for (let i = 0; i < 50 && !expected(lines.filter((e) => e.reqId === reqId)); i++) await new Promise((r) => setTimeout(r, 20));
    return lines.filter((e) => e.reqId === reqId);
  };
  beforeAll(async () => {
    fed = await startTestFederation({
      prefix: 'logs',
      provinces: [findProvince('01')!, findProvince('79')!],
      subgraphTimeoutMs: TIMEOUT_MS,
      logger: createLogger('info', {}, memory),
    });
  });
  afterAll(async () => {
    await fed?.stop();
  });

  it("finds the client's request id in the gateway's entry and in every subgraph's", async () => {
    const { body } = await fed.raw(NATIONAL, { ...(await analyst()), 'x-request-id': 'dashboard-7f3a' });
    assert.equal(body.errors, undefined);
    const entries = await entriesOf('dashboard-7f3a', (es) => new Set(es.map((e) => e.subgraph)).size === 4);
    const gateway = entries.find((e) => e.subgraph === undefined && e.msg === 'request');
    assert.equal(gateway?.path, '/graphql');
    assert.equal(gateway?.status, 200);
    for (const subgraph of ['central', 'province01', 'province79']) {
      const entry = entries.find((e) => e.subgraph === subgraph && e.msg === 'request');
      assert.ok(entry, `no entry of ${subgraph} with the request id; entries: ${JSON.stringify(entries)}`);
      assert.equal(entry.status, 200);
      assert.equal(typeof entry.ms, 'number');
    }
  });

  it('makes up an id for a client whose id is not well formed, and uses it everywhere', async () => {
    const before = lines.length;
    await fed.raw(NATIONAL, { ...(await analyst()), 'x-request-id': 'two words' });
    await new Promise((r) => setTimeout(r, 300));
    const ids = new Set(lines.slice(before).map((e) => e.reqId).filter((id) => id !== undefined));
    assert.equal(ids.size, 1, JSON.stringify([...ids]));
    const [id] = ids;
    assert.match(id!, /^[0-9a-f-]{36}$/);
    assert.ok(lines.slice(before).some((e) => e.reqId === id && e.subgraph === 'province79'));
  });

  it("logs a province's timeout readably: name, message and code, no stack, no constants", async () => {
    fed.proxies.get('province79')!.delayMs = TIMEOUT_MS + 500;
    try {
      const { body } = await fed.raw(NATIONAL, { ...(await analyst()), 'x-request-id': 'slow-79' });
      assert.equal(body.errors?.[0]?.extensions?.code, 'SUBGRAPH_TIMEOUT');
    } finally {
      fed.proxies.get('province79')!.delayMs = 0;
    }
    const warning = (await entriesOf('slow-79', (es) => es.some((e) => e.code === 'SUBGRAPH_TIMEOUT'))).find((e) => e.code === 'SUBGRAPH_TIMEOUT');
    assert.ok(warning, 'no entry for the timeout');
    assert.equal(warning.province, '79');
    assert.deepEqual(Object.keys(warning.err ?? {}).sort(), ['message', 'name']);
    assert.deepEqual(warning.err, { name: 'TimeoutError', message: `no answer within ${TIMEOUT_MS} ms` });
    assert.ok(JSON.stringify(warning).length < 600, `a ${JSON.stringify(warning).length}-character entry: ${JSON.stringify(warning)}`);
  });
});
