// A province that is slow, down, behind a failing proxy or answering garbage costs only its own fields: they
// come back null with an error that names the province, and the rest of the national answer arrives on time.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { RunningGateway } from '../src/createGateway.ts';
import { NATIONAL_QUERY, postQuery, SLOW_REPORT_MS, startScenario, startTestGateway, type Scenario } from './support/scenario.ts';

/** Long enough for a healthy province on a loaded test machine, far below SLOW_REPORT_MS. */
const TIMEOUT_MS = 1000;
/** The gateway's own work and loopback HTTP on a 2-core machine busy with other test files (measured ~30 ms
 * idle); TIMEOUT_MS + MARGIN_MS stays well below SLOW_REPORT_MS, so waiting for the slow province still fails. */
const MARGIN_MS = 1500;

describe('a national query with failing provinces', () => {
  let scenario: Scenario;
  let gateway: RunningGateway;
  beforeAll(async () => {
    scenario = await startScenario();
    gateway = await startTestGateway(scenario, { subgraphTimeoutMs: TIMEOUT_MS });
    await postQuery(gateway.url, NATIONAL_QUERY); // plans the query and opens connections: the timing below is a warm one
  });
  afterAll(async () => {
    await gateway?.stop();
    await scenario?.stop();
  });

  it('answers the healthy province within the timeout plus a margin, the others null', async () => {
    const started = performance.now();
    const { status, body } = await postQuery(gateway.url, NATIONAL_QUERY);
    const elapsed = performance.now() - started;

    assert.equal(status, 200);
    assert.ok(elapsed < TIMEOUT_MS + MARGIN_MS, `took ${Math.round(elapsed)} ms; the slow province sleeps ${SLOW_REPORT_MS} ms`);
    assert.ok(elapsed >= TIMEOUT_MS - 10, `took ${Math.round(elapsed)} ms: the gateway did not wait for the slow province at all`);
    assert.deepEqual(body.data, {
      provinces: [
        { code: '01', name: 'Thành phố Hà Nội', report: { memberCount: 1007 } },
        { code: '31', name: 'Thành phố Hải Phòng', report: null },
        { code: '48', name: 'Thành phố Đà Nẵng', report: null },
        { code: '79', name: 'Thành phố Hồ Chí Minh', report: null },
        { code: '92', name: 'Thành phố Cần Thơ', report: null },
      ],
    });
  });

  it('tags every error with its province and a code saying what happened', async () => {
    const { body } = await postQuery(gateway.url, NATIONAL_QUERY);
    const byProvince = new Map(body.errors?.map((e) => [e.extensions?.province, e]));
    assert.equal(body.errors?.length, 4, JSON.stringify(body.errors));
    assert.equal(byProvince.size, 4, 'one error per failed province, each with extensions.province');

    const slow = byProvince.get('79');
    assert.equal(slow?.extensions?.code, 'SUBGRAPH_TIMEOUT');
    assert.equal(slow?.message, `Province 79 (Thành phố Hồ Chí Minh) did not answer within ${TIMEOUT_MS} ms`);
    assert.equal(slow?.extensions?.subgraph, 'province79');

    const stopped = byProvince.get('48');
    assert.equal(stopped?.extensions?.code, 'SUBGRAPH_UNAVAILABLE');
    assert.match(stopped?.message ?? '', /^Province 48 \(Thành phố Đà Nẵng\) is unavailable \(ECONNREFUSED\)$/);

    const behindProxy = byProvince.get('31');
    assert.equal(behindProxy?.extensions?.code, 'SUBGRAPH_UNAVAILABLE');
    assert.match(behindProxy?.message ?? '', /Province 31 \(Thành phố Hải Phòng\).*HTTP 503/);

    const garbage = byProvince.get('92');
    assert.equal(garbage?.extensions?.code, 'SUBGRAPH_BAD_RESPONSE');
    assert.match(garbage?.message ?? '', /Province 92 \(Thành phố Cần Thơ\)/);
    assert.doesNotMatch(garbage?.message ?? '', /Maintenance|<html>/, 'the body of a bad answer is not echoed to clients');
  });

  it('keeps the code of an error a province sends (BAD_USER_INPUT) and adds the province tag', async () => {
    const { status, body } = await postQuery(gateway.url, '{ province(code: "01") { code report(period: "2026-13") { memberCount } } }');
    assert.equal(status, 200);
    assert.deepEqual(body.data, { province: { code: '01', report: null } });
    assert.equal(body.errors?.length, 1);
    const [error] = body.errors!;
    assert.equal(error?.message, 'period: must be YYYY-MM; got "2026-13"');
    assert.deepEqual(error?.path, ['province', 'report']);
    assert.equal(error?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(error?.extensions?.province, '01');
    assert.equal(error?.extensions?.subgraph, 'province01');
  });

  it("tags the Centre's errors with subgraph central and no province", async () => {
    const { body } = await postQuery(gateway.url, '{ province(code: "99") { code } }');
    assert.deepEqual(body.data, { province: null });
    const [error] = body.errors ?? [];
    assert.equal(error?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(error?.extensions?.subgraph, 'central');
    assert.equal(error?.extensions?.province ?? null, null);
  });

  it('asks only the province named in province(code:), so a healthy one answers even while others are down', async () => {
    const { body } = await postQuery(gateway.url, '{ province(code: "01") { name report(period: "2026-10") { memberCount } } }');
    assert.equal(body.errors, undefined);
    assert.deepEqual(body.data, { province: { name: 'Thành phố Hà Nội', report: { memberCount: 1007 } } });
  });
});

describe('requests to subgraphs', () => {
  let scenario: Scenario;
  let gateway: RunningGateway;
  beforeAll(async () => {
    scenario = await startScenario({ healthy: true });
    gateway = await startTestGateway(scenario, { subgraphTimeoutMs: TIMEOUT_MS });
  });
  afterAll(async () => {
    await gateway?.stop();
    await scenario?.stop();
  });

  it('reuse connections (keep-alive) across national queries', async () => {
    const province = scenario.servers.get('province01')!;
    const before = province.connections();
    for (let i = 0; i < 8; i++) {
      const { body } = await postQuery(gateway.url, NATIONAL_QUERY);
      assert.equal(body.errors, undefined);
    }
    const opened = province.connections() - before;
    assert.ok(opened <= 1, `8 sequential queries opened ${opened} connections to province 01`);
  });

  it("carry the client's request id to every subgraph, and the gateway returns it", async () => {
    const { headers, body } = await postQuery(gateway.url, NATIONAL_QUERY, { 'x-request-id': 'analyst-42' });
    assert.equal(body.errors, undefined);
    assert.equal(headers.get('x-request-id'), 'analyst-42');
    for (const name of ['central', 'province01', 'province79']) {
      assert.equal(scenario.servers.get(name)!.requestIds.at(-1), 'analyst-42', name);
    }
  });

  it('make up a request id when the client sends none, or one that is not sane', async () => {
    const { headers } = await postQuery(gateway.url, NATIONAL_QUERY, { 'x-request-id': 'bad id with spaces' });
    const id = headers.get('x-request-id') ?? '';
    assert.match(id, /^[0-9a-f-]{36}$/);
    assert.equal(scenario.servers.get('province01')!.requestIds.at(-1), id);
  });
});
