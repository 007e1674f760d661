// /metrics at the gateway and at each subgraph, read with a Prometheus text-format parser, over the real
// federation (real PostgreSQL, real HTTP; the subgraphs in one process, as `npm start` runs them).
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { findProvince } from '../schema/provinces.ts';
import { startTestFederation, type TestFederation } from './support/federation.ts';
import { scrape } from './support/prometheus.ts';

const ANALYST = { role: 'CENTRAL_ANALYST' } as const;
const NATIONAL = '{ provinces(codes: ["01", "79"]) { code report(period: "2026-10") { memberCount } } }';

describe('metrics', () => {
  let fed: TestFederation;
  const metricsOf = (name: string) => fed.federation.subgraphs.get(name)!.url.replace(/\/graphql$/, '/metrics');
  const gatewayMetrics = () => `${fed.federation.gateway.origin}/metrics`;
  beforeAll(async () => {
    fed = await startTestFederation({ prefix: 'metrics', provinces: [findProvince('01')!, findProvince('79')!], subgraphTimeoutMs: 2000 });
  });
  afterAll(async () => {
    await fed?.stop();
  });

  it('the gateway counts requests, their time, each subgraph fetch and the plan cache', async () => {
    const before = await scrape(gatewayMetrics());
    for (let i = 0; i < 3; i++) assert.equal((await fed.query(NATIONAL, undefined, ANALYST)).body.errors, undefined);
    const after = await scrape(gatewayMetrics());
    const grew = (name: string, labels?: Record<string, string>) => after.value(name, labels) - before.value(name, labels);
    assert.equal(grew('gateway_graphql_request_duration_seconds', { operation: 'query' }), 3);
    assert.equal(grew('gateway_subgraph_request_duration_seconds', { subgraph: 'province79' }), 3);
    assert.equal(grew('gateway_subgraph_request_duration_seconds', { subgraph: 'central' }), 3);
    // a query new to this gateway: planned the first time, found in the cache the next two
    assert.equal(grew('gateway_query_plan_cache_total', { result: 'miss' }), 1);
    assert.equal(grew('gateway_query_plan_cache_total', { result: 'hit' }), 2);
    // the subgraph label is bounded by the supergraph: only the subgraphs a plan can call
    for (const labels of after.labelSets('gateway_subgraph_request_duration_seconds')) assert.match(labels.subgraph!, /^(central|province\d\d)$/);
    assert.ok(after.names.has('process_cpu_seconds_total'), "Node's process metrics");
  });

  it('the gateway counts a province that is down by subgraph and code, and the errors clients got', async () => {
    const before = await scrape(gatewayMetrics());
    fed.proxies.get('province79')!.down = true;
    try {
      const { body } = await fed.query(NATIONAL, undefined, ANALYST);
      assert.deepEqual(body.errors?.map((e) => e.extensions?.code), ['SUBGRAPH_UNAVAILABLE']);
    } finally {
      fed.proxies.get('province79')!.down = false;
    }
    const after = await scrape(gatewayMetrics());
    const grew = (name: string, labels: Record<string, string>) => after.value(name, labels) - before.value(name, labels);
    assert.equal(grew('gateway_subgraph_errors_total', { subgraph: 'province79', code: 'SUBGRAPH_UNAVAILABLE' }), 1);
    assert.equal(grew('gateway_subgraph_errors_total', { subgraph: 'province01' }), 0);
    assert.equal(grew('gateway_graphql_errors_total', { code: 'SUBGRAPH_UNAVAILABLE' }), 1);
  });

  it("each subgraph's /metrics shows its own SQL time and pool, though all run in one process", async () => {
    const before01 = await scrape(metricsOf('province01'));
    const before79 = await scrape(metricsOf('province79'));
    const { body } = await fed.query('{ province(code: "01") { report(period: "2026-10") { memberCount } } }', undefined, ANALYST);
    assert.equal(body.errors, undefined);
    const after01 = await scrape(metricsOf('province01'));
    const after79 = await scrape(metricsOf('province79'));
    assert.ok(after01.value('subgraph_sql_duration_seconds', { subgraph: 'province01', outcome: 'ok' }) > before01.value('subgraph_sql_duration_seconds', { outcome: 'ok' }));
    assert.equal(after79.value('subgraph_sql_duration_seconds'), before79.value('subgraph_sql_duration_seconds'), "province 79's SQL count moved with province 01's query");
    assert.deepEqual(new Set(after01.labelSets('subgraph_sql_duration_seconds').map((l) => l.subgraph)), new Set(['province01']));
    assert.equal(after01.value('subgraph_graphql_request_duration_seconds', { operation: 'query' }) - before01.value('subgraph_graphql_request_duration_seconds', { operation: 'query' }), 1);
    for (const gauge of ['subgraph_db_pool_connections', 'subgraph_db_pool_idle_connections', 'subgraph_db_pool_waiting_requests']) {
      assert.ok(after01.names.has(gauge), gauge);
    }
    // the pool opened connections for the query, and none is taken between requests
    assert.ok(after01.value('subgraph_db_pool_connections') >= 1);
    assert.equal(after01.value('subgraph_db_pool_idle_connections'), after01.value('subgraph_db_pool_connections'));
    assert.equal(after01.value('subgraph_db_pool_waiting_requests'), 0);
    const central = await scrape(metricsOf('central'));
    assert.ok(central.value('subgraph_sql_duration_seconds', { subgraph: 'central' }) > 0);
  });

  it('needs no token and shows no figure of members', async () => {
    const text = await (await fetch(gatewayMetrics())).text();
    const province = await (await fetch(metricsOf('province01'))).text();
    // what the national query answered: none of the report's figures is a sample value or a label
    const { body } = await fed.query('{ province(code: "01") { report(period: "2026-10") { memberCount officialCount } } }');
    const { memberCount, officialCount } = body.data.province.report;
    for (const figure of [memberCount, officialCount]) {
      for (const exposition of [text, province]) {
        assert.doesNotMatch(exposition, new RegExp(`(^|[{,])[a-z_]+="${figure}"`, 'm'), 'a label carries a figure');
      }
    }
    assert.doesNotMatch(text + province, /memberCount|member_count|citizen|reqId|operationName/);
  });
});
