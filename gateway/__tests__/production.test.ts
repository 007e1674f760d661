// Production mode hides the gateway's internals (stack traces, its own and a subgraph's; query plans) but keeps
// what analysts need (introspection for GraphiQL). Each assertion is checked in development mode too, so the
// test fails if the thing it looks for could never appear.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { RunningGateway } from '../src/createGateway.ts';
import { NATIONAL_QUERY, postQuery, startScenario, startTestGateway, type Scenario } from './support/scenario.ts';

const BAD_PERIOD = '{ province(code: "01") { report(period: "2026-13") { memberCount } } }';
const PLAN_HEADER = { 'apollo-query-plan-experimental': '1' };

describe('production mode', () => {
  let scenario: Scenario;
  let development: RunningGateway;
  let production: RunningGateway;
  beforeAll(async () => {
    scenario = await startScenario();
    development = await startTestGateway(scenario, { subgraphTimeoutMs: 1500, production: false });
    production = await startTestGateway(scenario, { subgraphTimeoutMs: 1500, production: true });
  });
  afterAll(async () => {
    await development?.stop();
    await production?.stop();
    await scenario?.stop();
  });

  it("hides the subgraph's stack trace on an error it sends (development shows it)", async () => {
    const dev = await postQuery(development.url, BAD_PERIOD);
    assert.ok(Array.isArray(dev.body.errors?.[0]?.extensions?.stacktrace), 'development passes the stack trace on');
    const prod = await postQuery(production.url, BAD_PERIOD);
    assert.equal(prod.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(prod.body.errors?.[0]?.extensions?.province, '01');
    assert.equal(prod.body.errors?.[0]?.extensions?.stacktrace, undefined);
  });

  it("hides the gateway's own stack traces on subgraph failures and parse errors", async () => {
    const dev = await postQuery(development.url, NATIONAL_QUERY);
    assert.ok(dev.body.errors?.every((e) => Array.isArray(e.extensions?.stacktrace)));
    const prod = await postQuery(production.url, NATIONAL_QUERY);
    assert.equal(prod.body.errors?.length, 4);
    for (const error of prod.body.errors ?? []) {
      assert.equal(error.extensions?.stacktrace, undefined, error.message);
      assert.ok(error.extensions?.province, 'still tagged');
    }
    const parse = await postQuery(production.url, '{ provinces {');
    assert.equal(parse.status, 400);
    assert.equal(parse.body.errors?.[0]?.extensions?.stacktrace, undefined);
    assert.doesNotMatch(JSON.stringify(parse.body), /node_modules|\.ts:\d+/);
  });

  it('does not expose query plans (development does, on request)', async () => {
    const dev = await postQuery(development.url, NATIONAL_QUERY, PLAN_HEADER);
    assert.ok(dev.body.extensions?.__queryPlanExperimental, 'development returns the plan');
    const prod = await postQuery(production.url, NATIONAL_QUERY, PLAN_HEADER);
    assert.equal(prod.body.extensions?.__queryPlanExperimental, undefined);
    assert.doesNotMatch(JSON.stringify(prod.body), /QueryPlan|_entities/);
  });

  it('still allows introspection, for analysts in GraphiQL', async () => {
    const { status, body } = await postQuery(production.url, '{ __schema { queryType { name } } }');
    assert.equal(status, 200);
    assert.deepEqual(body.data, { __schema: { queryType: { name: 'Query' } } });
  });
});
