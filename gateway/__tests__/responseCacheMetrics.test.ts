// The response cache's lookups at /metrics: a repeated query by the same reader is one miss, then a hit.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { RunningGateway } from '../src/createGateway.ts';
import { scrape } from '../../test/support/prometheus.ts';
import { NATIONAL_QUERY, postQuery, startScenario, startTestGateway, type Scenario } from './support/scenario.ts';

describe('response cache metrics', () => {
  let scenario: Scenario;
  let gateway: RunningGateway;
  beforeAll(async () => {
    scenario = await startScenario({ healthy: true });
    gateway = await startTestGateway(scenario, { responseCache: { liveMs: 60_000, submittedMs: 60_000 } });
  });
  afterAll(async () => {
    await gateway?.stop();
    await scenario?.stop();
  });

  it('counts a miss, then a hit', async () => {
    const before = await scrape(`${gateway.origin}/metrics`);
    for (let i = 0; i < 2; i++) assert.equal((await postQuery(gateway.url, NATIONAL_QUERY)).body.errors, undefined);
    const after = await scrape(`${gateway.origin}/metrics`);
    const grew = (result: string) => after.value('gateway_response_cache_total', { result }) - before.value('gateway_response_cache_total', { result });
    assert.equal(grew('miss'), 1);
    assert.equal(grew('hit'), 1);
  });
});
