// The query limits remember each parsed operation's cost (plugins/useQueryLimits.ts) by the values of the
// variables that can change it (plugins/costVariables.ts): a remembered cost must never let through what the
// estimate would refuse, nor variables that do not fit the operation.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { parse } from 'graphql';
import { pino } from 'pino';
import { CENTRAL_SUBGRAPH, provinceSubgraphName } from '../../schema/provinces.ts';
import { createGateway, type RunningGateway } from '../src/createGateway.ts';
import { costVariables, costVariablesKey } from '../src/plugins/costVariables.ts';
import { testToken, testVerifier } from './support/testAuth.ts';
import { composeTestSupergraph } from './support/testSupergraph.ts';
import { startCentral, startProvince, type TestServer } from './support/testSubgraphs.ts';

describe('the variables that can change the cost', () => {
  it('are those in `first`, `codes` and directive arguments, in fragments too', () => {
    const doc = parse(`query Q($n: Int = 5, $p: String!, $c: [String!], $s: Boolean!, $after: String, $one: String) {
      provinces(codes: $c) { members(first: $n, after: $after) { edges { node { id } } } report(period: $p) @skip(if: $s) { memberCount } }
      ...F
    }
    fragment F on Query { p: provinces(codes: ["01", $one]) { code } }`);
    assert.deepEqual(costVariables(doc), ['c', 'n', 'one', 's']);
  });

  it('key an omitted variable apart from a null one', () => {
    assert.notEqual(costVariablesKey(['n'], {}), costVariablesKey(['n'], { n: null }));
    assert.notEqual(costVariablesKey(['n'], { n: 5 }), costVariablesKey(['n'], { n: 500 }));
    assert.equal(costVariablesKey(['n'], { n: 5, period: '2026-10' }), costVariablesKey(['n'], { n: 5, period: '2026-11' }));
  });
});

describe('a remembered cost', () => {
  const codes = ['01', '79'];
  let servers: TestServer[];
  let gateway: RunningGateway;
  let token: string;
  beforeAll(async () => {
    servers = [await startCentral(codes), ...(await Promise.all(codes.map((c) => startProvince(c))))];
    const urls = new Map([[CENTRAL_SUBGRAPH, servers[0]!.url], ...codes.map((c, i) => [provinceSubgraphName(c), servers[i + 1]!.url] as const)]);
    gateway = await createGateway({ port: 0, supergraphSdl: composeTestSupergraph(codes, urls), logger: pino({ level: 'silent' }), verifier: testVerifier });
    token = await testToken({ role: 'CENTRAL_ANALYST' });
  });
  afterAll(async () => {
    await gateway?.stop();
    await Promise.all((servers ?? []).map((s) => s.stop()));
  });

  const ask = async (variables: Record<string, unknown>) => {
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'query($n: Int, $p: String!) { provinces { code members(first: $n) { edges { node { id } } } report(period: $p) { memberCount } } }', variables }),
    });
    return { status: res.status, body: (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] } };
  };
  const limitCodes = (body: { errors?: { extensions?: { code?: string } }[] }) =>
    (body.errors ?? []).map((e) => e.extensions?.code).filter((c) => c === 'QUERY_TOO_COSTLY' || c === 'BAD_USER_INPUT');

  it('is the estimate of the same cost variables only: another `first` is estimated again', async () => {
    assert.deepEqual(limitCodes((await ask({ n: 5, p: '2026-10' })).body), []);
    assert.deepEqual(limitCodes((await ask({ n: 5, p: '2026-11' })).body), []);
    const big = await ask({ n: 500, p: '2026-10' });
    assert.equal(big.status, 400);
    assert.deepEqual(limitCodes(big.body), ['QUERY_TOO_COSTLY']);
    // Refused again from the cache, and the small one still passes.
    assert.deepEqual(limitCodes((await ask({ n: 500, p: '2026-12' })).body), ['QUERY_TOO_COSTLY']);
    assert.deepEqual(limitCodes((await ask({ n: 5, p: '2026-12' })).body), []);
  });

  it('never lets through variables that do not fit the operation', async () => {
    assert.deepEqual(limitCodes((await ask({ n: 5, p: '2026-10' })).body), []);
    const bad = await ask({ n: 5, p: 7 });
    assert.equal(bad.status, 400);
    assert.deepEqual(limitCodes(bad.body), ['BAD_USER_INPUT']);
    assert.match(bad.body.errors![0]!.message, /\$p/);
  });
});
