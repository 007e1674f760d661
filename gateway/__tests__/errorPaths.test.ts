// A province's error in a national query points at that province's item of the answer: its path, followed
// into `data`, reaches the province's own entry (the list index is its position), and extensions.province names it.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { RunningGateway } from '../src/createGateway.ts';
import { NATIONAL_QUERY, postQuery, startScenario, startTestGateway, type GraphQLResult, type Scenario } from './support/scenario.ts';

type Body = GraphQLResult['body'];

/** Follows `path` from `data`: what the client would find there, or a marker when the path leads nowhere. */
function follow(data: unknown, path: readonly unknown[]): unknown {
  let at: unknown = data;
  for (const step of path) {
    if (at === null || typeof at !== 'object' || !(String(step) in at)) return 'NO SUCH PATH';
    at = (at as Record<string, unknown>)[String(step)];
  }
  return at;
}

/** Each error's path checked against the answer: it ends at a null field of the province the error names. */
function assertPathsPointAtProvinces(body: Body, field: string): void {
  assert.ok(body.errors?.length, 'expected errors');
  for (const error of body.errors!) {
    const province = error.extensions?.province;
    const path = error.path ?? [];
    assert.equal(typeof province, 'string', JSON.stringify(error));
    assert.deepEqual(path.slice(0, 1), ['provinces'], JSON.stringify(error));
    const index = path[1];
    assert.equal(typeof index, 'number', `path ${JSON.stringify(path)} has no list index`);
    const item = follow(body.data, path.slice(0, 2)) as { code?: string };
    assert.equal(item.code, province, `path ${JSON.stringify(path)} leads to province ${item.code}, the error is province ${String(province)}'s`);
    assert.deepEqual(path.slice(2), [field]);
    assert.equal(follow(body.data, path), null);
  }
}

describe('error paths with provinces down', () => {
  let scenario: Scenario;
  let gateway: RunningGateway;
  beforeAll(async () => {
    scenario = await startScenario();
    gateway = await startTestGateway(scenario, { subgraphTimeoutMs: 1000 });
  });
  afterAll(async () => {
    await gateway?.stop();
    await scenario?.stop();
  });

  it("point at each failed province's item of the list, at the field it could not fill", async () => {
    const { body } = await postQuery(gateway.url, NATIONAL_QUERY);
    assert.equal(body.errors?.length, 4);
    assertPathsPointAtProvinces(body, 'report');
    // the positions are the provinces' own: 31, 48, 79, 92 are items 1 to 4 of the Centre's list
    assert.deepEqual(body.errors!.map((e) => [e.extensions?.province, e.path?.[1]]).sort(), [['31', 1], ['48', 2], ['79', 3], ['92', 4]]);
  });

  it('find the province by __typename too, under aliases, when code is not asked for', async () => {
    const { body } = await postQuery(gateway.url, '{ all: provinces { t: __typename r: report(period: "2026-10") { memberCount } } }');
    assert.equal(body.errors?.length, 4);
    for (const error of body.errors!) {
      const item = follow(body.data, error.path!.slice(0, 2)) as { t: string };
      assert.equal(item.t, `Province${String(error.extensions?.province)}`);
      assert.deepEqual(error.path!.slice(2), ['r']);
    }
  });
});

describe('error paths of errors a province sends', () => {
  let scenario: Scenario;
  let gateway: RunningGateway;
  beforeAll(async () => {
    scenario = await startScenario({ healthy: true });
    gateway = await startTestGateway(scenario);
  });
  afterAll(async () => {
    await gateway?.stop();
    await scenario?.stop();
  });

  it("point at the province's item, not at the plan's \"@\" or another province's index", async () => {
    const { body } = await postQuery(gateway.url, '{ provinces { code report(period: "2026-13") { memberCount } } }');
    assert.equal(body.errors?.length, 5, JSON.stringify(body.errors));
    assertPathsPointAtProvinces(body, 'report');
    assert.equal(new Set(body.errors!.map((e) => e.extensions?.province)).size, 5);
  });

  it('leave a path that is right alone (one province asked for)', async () => {
    const { body } = await postQuery(gateway.url, '{ province(code: "79") { code report(period: "2026-13") { memberCount } } }');
    assert.deepEqual(body.errors?.map((e) => e.path), [['province', 'report']]);
  });
});
