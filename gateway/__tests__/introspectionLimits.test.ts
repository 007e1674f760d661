// Introspection is limited like any other field (issue 10, finding 3): its aliases count and the whole schema is
// asked for at most once (plugins/useQueryLimits.ts); its recursions are graphql-js's to refuse; the standard
// introspection query still passes (GraphiQL sends it). Before, 230 aliases of __schema made a 39 MB answer and
// 1,500 __typename aliases passed.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { getIntrospectionQuery } from 'graphql';
import { pino } from 'pino';
import { CENTRAL_SUBGRAPH, provinceSubgraphName } from '../../schema/provinces.ts';
import { createGateway, type RunningGateway } from '../src/createGateway.ts';
import { testToken, testVerifier } from './support/testAuth.ts';
import { composeTestSupergraph } from './support/testSupergraph.ts';
import { startCentral, startProvince, type TestServer } from './support/testSubgraphs.ts';

describe('introspection under the query limits', () => {
  const codes = ['01'];
  let servers: TestServer[];
  let gateway: RunningGateway;
  let token: string;
  beforeAll(async () => {
    servers = [await startCentral(codes), await startProvince('01')];
    const urls = new Map([[CENTRAL_SUBGRAPH, servers[0]!.url], [provinceSubgraphName('01'), servers[1]!.url]]);
    gateway = await createGateway({ port: 0, supergraphSdl: composeTestSupergraph(codes, urls), logger: pino({ level: 'silent' }), verifier: testVerifier });
    token = await testToken({ role: 'CENTRAL_ANALYST' });
  });
  afterAll(async () => {
    await gateway?.stop();
    await Promise.all((servers ?? []).map((s) => s.stop()));
  });

  const ask = async (query: string) => {
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    const text = await res.text();
    return { status: res.status, bytes: text.length, body: JSON.parse(text) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
  };
  const codesOf = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => (body.errors ?? []).map((e) => e.extensions?.code);

  it('lets the standard introspection query through, with every option GraphiQL uses', async () => {
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
    const { status, body } = await ask(query);
    assert.equal(status, 200, JSON.stringify(body.errors));
    assert.ok(body.data.__schema.types.length > 20);
  });

  it('counts aliases of __schema: 230 of them are refused before anything is answered', async () => {
    const query = `{ ${Array.from({ length: 230 }, (_, i) => `s${i}: __schema { queryType { name } }`).join(' ')} }`;
    const { status, body, bytes } = await ask(query);
    assert.equal(status, 400);
    assert.deepEqual(codesOf(body), ['TOO_MANY_ALIASES']);
    assert.equal(body.errors![0]!.extensions!.aliases, 230);
    assert.ok(bytes < 2000, `an answer of ${bytes} bytes`);
  });

  it('counts aliases of __typename: 1,500 of them are refused', async () => {
    const { status, body } = await ask(`{ ${Array.from({ length: 1500 }, (_, i) => `t${i}: __typename`).join(' ')} }`);
    assert.equal(status, 400);
    assert.deepEqual(codesOf(body), ['TOO_MANY_ALIASES']);
  });

  it('answers the whole schema once per operation, fragments included', async () => {
    const twice = await ask('{ a: __schema { queryType { name } } ...S } fragment S on Query { __schema { mutationType { name } } }');
    assert.equal(twice.status, 400);
    assert.deepEqual(codesOf(twice.body), ['QUERY_TOO_COSTLY']);
    assert.equal(twice.body.errors![0]!.extensions!.schemas, 2);
    const once = await ask('{ __schema { queryType { name } } __typename }');
    assert.equal(once.status, 200, JSON.stringify(once.body.errors));
  });

  it("refuses introspection that recurses through types (graphql-js's MaxIntrospectionDepthRule)", async () => {
    const level = (inner: string) => `fields { name type { ofType { ${inner} } } }`;
    const refused = await ask(`{ __type(name: "Query") { ${level(level('fields { name }'))} } }`);
    assert.equal(refused.status, 400);
    assert.deepEqual(codesOf(refused.body), ['GRAPHQL_VALIDATION_FAILED']);
    assert.match(refused.body.errors![0]!.message, /introspection depth/);
    const allowed = await ask(`{ __type(name: "Query") { ${level('fields { name }')} } }`);
    assert.equal(allowed.status, 200, JSON.stringify(allowed.body.errors));
  });
});
