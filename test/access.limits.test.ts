// Query limits at the gateway (README "Access"): the analyst's legitimate national query passes; abusive ones
// (too deep, too many aliases, too many tokens, too costly) are refused with a clear error before any subgraph
// is called (the fault proxies count every request); introspection and GraphiQL can be turned off.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import {
  buildASTSchema, getIntrospectionQuery, getNamedType, isLeafType, isObjectType, parse, type GraphQLObjectType,
} from 'graphql';
import { pino } from 'pino';
import { createTokenVerifier } from '../auth/verifier.ts';
import { createGateway } from '../gateway/src/createGateway.ts';
import { loadExposureConfig } from '../gateway/src/limitsConfig.ts';
import { DEFAULT_QUERY_LIMITS } from '../gateway/src/plugins/useQueryLimits.ts';
import { SUPERGRAPH_FILE } from '../scripts/lib/federation.ts';
import { findProvince } from '../schema/provinces.ts';
import { startTestFederation, type GraphQLBody, type TestFederation } from './support/federation.ts';

const ANALYST = { role: 'CENTRAL_ANALYST' } as const;
const OFFICER = { role: 'PROVINCE_OFFICER', province: '01' } as const;

/** Every field of ProvinceReport that takes no required argument, objects one level down: read from the supergraph. */
function everyReportField(): string {
  const schema = buildASTSchema(parse(readFileSync(SUPERGRAPH_FILE, 'utf8')), { assumeValidSDL: true });
  const selection = (type: GraphQLObjectType, depth: number): string =>
    Object.values(type.getFields())
      .filter((f) => !f.args.some((a) => a.type.toString().endsWith('!') && a.defaultValue === undefined))
      // lists of transfer ids: the national check's, refused to analysts (they would count transfers exactly)
      .filter((f) => !['transfersOutPending', 'transfersInUnconfirmed'].includes(f.name))
      .map((f) => {
        const named = getNamedType(f.type);
        if (isLeafType(named)) return f.name;
        if (isObjectType(named) && depth < 2) return `${f.name} { ${selection(named, depth + 1)} }`;
        return '';
      })
      .filter(Boolean)
      .join(' ');
  return selection(schema.getType('ProvinceReport') as GraphQLObjectType, 1);
}

describe('query limits at the gateway', () => {
  let fed: TestFederation;
  beforeAll(async () => {
    fed = await startTestFederation({ prefix: 'limits', provinces: [findProvince('01')!, findProvince('79')!] });
  });
  afterAll(async () => {
    await fed?.stop();
  });
  const resetCounters = () => {
    for (const proxy of fed.proxies.values()) proxy.requests = 0;
  };
  const subgraphCalls = () => [...fed.proxies.values()].reduce((n, p) => n + p.requests, 0);

  it("passes the analyst's national query with every report field, at well under the cost limit", async () => {
    const fields = everyReportField();
    assert.ok(fields.split(' ').length > 40, `every figure of every area: ${fields}`);
    resetCounters();
    const { status, body } = await fed.query(`{ provinces { code name report(period: "2026-10") { ${fields} } } }`, {}, ANALYST);
    assert.equal(status, 200);
    // Only 2 of the 34 provinces run in this test: the others are unavailable, none refused by a limit.
    assert.ok(!body.errors?.some((e) => String(e.extensions?.code).startsWith('QUERY_')), JSON.stringify(body.errors?.[0]));
    for (const code of ['01', '79']) {
      const p = body.data.provinces.find((x: { code: string }) => x.code === code);
      assert.equal(typeof p.report.memberCount, 'number', `province ${code}: ${JSON.stringify(body.errors?.filter((e) => e.extensions?.province === code))}`);
    }
    assert.equal(fed.proxies.get('province01')!.requests, 1);
  });

  const refusals: [string, () => string, string, RegExp][] = [
    [
      'a query nested deeper than the limit',
      () => `{ province(code: "01") { rootOrganisation { ${'children { '.repeat(DEFAULT_QUERY_LIMITS.maxDepth)} id ${'} '.repeat(DEFAULT_QUERY_LIMITS.maxDepth)} } } }`,
      'QUERY_TOO_DEEP',
      /nests 15 levels deep; the limit is 12/,
    ],
    [
      'depth hidden in fragments',
      () => `{ province(code: "01") { rootOrganisation { ...A } } }
        fragment A on PartyOrg { children { ...B } } fragment B on PartyOrg { children { ...C } }
        fragment C on PartyOrg { children { children { children { children { children { children { children { children { children { id } } } } } } } } } }`,
      'QUERY_TOO_DEEP',
      /levels deep; the limit is 12/,
    ],
    [
      'more aliases than the limit',
      () => `{ ${Array.from({ length: DEFAULT_QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: province(code: "01") { code }`).join(' ')} }`,
      'TOO_MANY_ALIASES',
      /31 aliases; the limit is 30/,
    ],
    [
      'a page of 500 members from every province',
      () => `{ provinces { members(first: 500) { edges { node { id fullName citizenId cell { name parent { name } } } } } } }`,
      'QUERY_TOO_COSTLY',
      /estimated cost is \d+; the limit is 50000/,
    ],
  ];
  for (const [what, query, code, message] of refusals) {
    it(`refuses ${what} with ${code}, before calling any subgraph`, async () => {
      resetCounters();
      const { status, body } = await fed.query(query(), {}, ANALYST);
      assert.equal(status, 400, JSON.stringify(body));
      assert.equal(body.data, undefined);
      assert.equal(body.errors?.length, 1);
      assert.equal(body.errors![0]!.extensions?.code, code);
      assert.match(body.errors![0]!.message, message);
      assert.equal(subgraphCalls(), 0, 'no subgraph was called');
    });
  }

  it('refuses a document of more tokens than the limit before parsing it further', async () => {
    resetCounters();
    const query = `{ provinces { ${'code '.repeat(DEFAULT_QUERY_LIMITS.maxTokens)} } }`;
    const { status, body } = await fed.query(query, {}, ANALYST);
    assert.equal(status, 400);
    assert.equal(body.errors?.[0]?.extensions?.code, 'GRAPHQL_PARSE_FAILED');
    assert.match(body.errors![0]!.message, /more tha[nt] 5000 tokens/);
    assert.equal(subgraphCalls(), 0);
  });

  it("counts variables into the cost: first: $n is the client's number", async () => {
    resetCounters();
    const query = `query($n: Int) { provinces { members(first: $n) { edges { node { id fullName } } } } }`;
    const big = await fed.query(query, { n: 500 }, OFFICER);
    assert.equal(big.body.errors?.[0]?.extensions?.code, 'QUERY_TOO_COSTLY');
    assert.equal(subgraphCalls(), 0);
    const small = await fed.query(query, { n: 5 }, OFFICER);
    assert.ok(!small.body.errors?.some((e) => String(e.extensions?.code).startsWith('QUERY_')), JSON.stringify(small.body.errors?.[0]));
  });

  it('refuses at the gateway a write to a province the token cannot write to, before calling any subgraph', async () => {
    const correct = `province01 { correctMember(input: { memberId: "00000000-0000-4000-8000-000000000000", reason: "xyz", fullName: "A" }) { member { id } } }`;
    const write = `mutation { ${correct} }`;
    // The same write hidden in an inline fragment, a named fragment, and a fragment inside a fragment (issue 10,
    // finding 4: the fragment forms used to reach the subgraph).
    const disguised = [
      `mutation { ... on Mutation { ${correct} } }`,
      `mutation { ...W } fragment W on Mutation { ${correct} }`,
      `mutation { ... on Mutation { ...W } } fragment W on Mutation { ... { ${correct} } }`,
    ];
    for (const [as, message] of [
      [{ role: 'PROVINCE_OFFICER', province: '79' }, /PROVINCE_OFFICER of province 79\) cannot write to province 01/],
      [ANALYST, /CENTRAL_ANALYST\) cannot write to province 01/],
    ] as const) {
      for (const operation of [write, ...disguised]) {
        resetCounters();
        const { status, body } = await fed.query(operation, {}, as);
        assert.equal(status, 403, `${operation}: ${JSON.stringify(body)}`);
        assert.equal(body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
        assert.match(body.errors![0]!.message, message);
        assert.equal(subgraphCalls(), 0, `no subgraph was called for ${operation}`);
      }
    }
    // The province's own officer passes the gateway; the subgraph answers (here: no such member).
    resetCounters();
    const own = await fed.query(write, {}, OFFICER);
    assert.equal(own.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(own.body.errors));
    assert.equal(fed.proxies.get('province01')!.requests, 1);
  });

  it('does not echo a 4 MB input value back: error messages are cut to 1,000 characters', async () => {
    const huge = 'x'.repeat(4 * 1024 * 1024);
    const { body } = await fed.query('query($p: String!) { provinces { report(period: $p) { memberCount } } }', { p: 1 }, ANALYST);
    assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', 'a wrongly typed variable, for comparison');
    const { status, body: cut } = await fed.query('query($n: Int) { provinces { members(first: $n) { totalCount } } }', { n: huge }, OFFICER);
    assert.equal(status, 400);
    assert.equal(cut.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.ok(JSON.stringify(cut).length < 5000, `answer of ${JSON.stringify(cut).length} characters: ${JSON.stringify(cut, (_k, v) => (typeof v === 'string' ? v.slice(0, 200) : v))}`);
    assert.match(cut.errors![0]!.message, /^Variable "\$n" got invalid value "x{100}.*… \(\d+ more characters cut\)$/s);
  });

  it("lets GraphiQL's introspection query through (introspection costs nothing)", async () => {
    const { status, body } = await fed.query(getIntrospectionQuery(), {}, OFFICER);
    assert.equal(status, 200, JSON.stringify(body.errors));
    assert.ok(body.data.__schema.types.length > 100);
  });

  it('turns introspection, GraphiQL and the dashboard off when configured so, and reads the limits from the environment', async () => {
    const exposure = loadExposureConfig({ GATEWAY_INTROSPECTION: 'false', GATEWAY_GRAPHIQL: 'false', GATEWAY_DASHBOARD: 'false', GATEWAY_MAX_DEPTH: '2' });
    assert.deepEqual(exposure, { queryLimits: { ...DEFAULT_QUERY_LIMITS, maxDepth: 2 }, introspection: false, graphiql: false, dashboard: false });
    assert.throws(() => loadExposureConfig({ GATEWAY_INTROSPECTION: 'no' }), /GATEWAY_INTROSPECTION must be one of true, false; got "no"/);
    assert.throws(() => loadExposureConfig({ GATEWAY_MAX_COST: '0' }), /GATEWAY_MAX_COST must be an integer from 1/);
    const gateway = await createGateway({
      port: 0,
      supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
      logger: pino({ level: 'silent' }),
      verifier: createTokenVerifier(fed.auth),
      ...exposure,
    });
    try {
      const token = await fed.mint(ANALYST);
      const post = async (query: string): Promise<GraphQLBody> =>
        (await fed.raw({ query }, { authorization: `Bearer ${token}` }, gateway.url)).body;
      const introspection = await post('{ __schema { queryType { name } } }');
      assert.equal(introspection.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
      assert.match(introspection.errors![0]!.message, /introspection/i);
      assert.equal((await post('{ provinces { report(period: "2026-10") { memberCount } } }')).errors?.[0]?.extensions?.code, 'QUERY_TOO_DEEP');
      // No field names suggested either (issue 10, finding 8); with introspection on they are (GraphiQL's help).
      const typo = '{ provinces { nam } }';
      const hidden = await post(typo);
      assert.equal(hidden.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
      assert.doesNotMatch(hidden.errors![0]!.message, /Did you mean|"name"/);
      assert.match((await fed.query(typo, {}, ANALYST)).body.errors![0]!.message, /Did you mean/);
      assert.equal((await fetch(`${gateway.origin}/graphiql`)).status, 404);
      assert.equal((await fetch(`${gateway.origin}/dashboard`)).status, 404);
      assert.equal((await fetch(`${gateway.origin}/assets/dashboard.js`)).status, 404);
      // CSRF prevention stays on whatever the exposure: a simple GET without a preflight header is refused.
      const get = await fetch(`${gateway.url}?query=${encodeURIComponent('{ provinces { code } }')}`, { headers: { authorization: `Bearer ${token}` } });
      assert.equal(get.status, 400);
      assert.match(await get.text(), /CSRF/i);
    } finally {
      await gateway.stop();
    }
  });
});
