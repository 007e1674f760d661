// Authentication end to end: the gateway refuses requests without a valid token before any subgraph is called;
// every subgraph verifies the forwarded token itself, so one reached directly answers nothing without it; the
// verified subject is who audit rows name.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { createTokenSigner, generateSigningKey } from '../auth/signer.ts';
import { findProvince } from '../schema/provinces.ts';
import { startTestFederation, TEST_AUDIENCE, TEST_ISSUER, type GraphQLBody, type TestFederation } from './support/federation.ts';

const OFFICER_01 = { role: 'PROVINCE_OFFICER', province: '01' } as const;

/** One UNAUTHENTICATED error, no data, no stack trace. */
function assertUnauthenticated(status: number, body: GraphQLBody, reason: RegExp, what: string): void {
  assert.equal(status, 401, `${what}: HTTP ${status} ${JSON.stringify(body)}`);
  assert.equal(body.data, undefined, what);
  assert.equal(body.errors?.length, 1, what);
  assert.equal(body.errors![0]!.extensions?.code, 'UNAUTHENTICATED', what);
  assert.match(body.errors![0]!.message, reason, what);
  assert.doesNotMatch(JSON.stringify(body), /stacktrace|\.ts:\d+/, what);
}

describe('authentication', () => {
  let fed: TestFederation;
  beforeAll(async () => {
    fed = await startTestFederation({ prefix: 'auth', provinces: [findProvince('01')!, findProvince('79')!] });
  });
  afterAll(async () => {
    await fed?.stop();
  });
  const resetCounters = () => {
    for (const proxy of fed.proxies.values()) proxy.requests = 0;
  };
  const subgraphCalls = () => [...fed.proxies.values()].reduce((n, p) => n + p.requests, 0);
  const QUERY = { query: '{ province(code: "01") { code report(period: "2026-10") { memberCount } } }' };

  it('refuses missing, malformed, forged, expired, future-issued, wrong-audience and wrong-issuer tokens before calling any subgraph', async () => {
    const forger = createTokenSigner({ key: (await generateSigningKey('test-key-1')).privateJwk, issuer: TEST_ISSUER, audience: TEST_AUDIENCE });
    const now = Math.floor(Date.now() / 1000);
    const cases: [string, Record<string, string>, RegExp][] = [
      ['no token', {}, /no token/],
      ['not a bearer token', { authorization: 'Basic YWRtaW46YWRtaW4=' }, /not "Bearer <JWT>"/],
      ['forged (same kid, other key)', { authorization: `Bearer ${await forger.mint(OFFICER_01)}` }, /signature is not valid/],
      ['expired', { authorization: `Bearer ${await fed.mint(OFFICER_01, { issuedAt: now - 7200, ttlSeconds: 3600 })}` }, /expired/],
      ['issued a day in the future', { authorization: `Bearer ${await fed.mint(OFFICER_01, { issuedAt: now + 86_400, ttlSeconds: 3600 })}` }, /issued in the future/],
      ['wrong audience', { authorization: `Bearer ${await fed.mint(OFFICER_01, { audience: 'urn:another-api' })}` }, /audience/],
      ['wrong issuer', { authorization: `Bearer ${await fed.mint(OFFICER_01, { issuer: 'urn:someone-else' })}` }, /issuer/],
    ];
    for (const [what, headers, reason] of cases) {
      resetCounters();
      const { status, body } = await fed.raw(QUERY, headers);
      assertUnauthenticated(status, body, reason, what);
      assert.equal(subgraphCalls(), 0, `${what}: no subgraph was called`);
    }
  });

  it('answers a valid token, and keeps /health and /ready open without one', async () => {
    const { status, body } = await fed.query(QUERY.query, {}, OFFICER_01);
    assert.equal(status, 200);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.equal(typeof body.data.province.report.memberCount, 'number');
    const origin = fed.federation.gateway.origin;
    assert.equal((await fetch(`${origin}/health`)).status, 200);
    const ready = (await (await fetch(`${origin}/ready`)).json()) as { ready: boolean; subgraphs: Record<string, string> };
    assert.equal(ready.ready, true);
    // Subgraphs refuse the probe's token-less request with UNAUTHENTICATED: that proves them up.
    assert.deepEqual(ready.subgraphs.province01, 'up');
    assert.deepEqual(ready.subgraphs.central, 'up');
  });

  it('has every subgraph verify the token itself: reached directly without a valid one, it answers nothing', async () => {
    const forger = createTokenSigner({ key: (await generateSigningKey('test-key-1')).privateJwk, issuer: TEST_ISSUER, audience: TEST_AUDIENCE });
    const requests = [
      { query: '{ _service { sdl } }' },
      { query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Province01 { members(first: 5) { edges { node { citizenId } } } } } }', variables: { r: [{ __typename: 'Province01', code: '01' }] } },
      { query: 'mutation { province01 { correctMember(input: { memberId: "00000000-0000-4000-8000-000000000000", reason: "xyz", fullName: "A" }) { member { id } } } }' },
    ];
    for (const name of ['province01', 'central']) {
      const url = fed.federation.subgraphs.get(name)!.url;
      for (const request of requests) {
        const none = await fed.raw(request, {}, url);
        assertUnauthenticated(none.status, none.body, /no token/, `${name} without a token`);
        const forged = await fed.raw(request, { authorization: `Bearer ${await forger.mint(OFFICER_01)}` }, url);
        assertUnauthenticated(forged.status, forged.body, /signature/, `${name} with a forged token`);
      }
      const valid = await fed.raw({ query: '{ _service { sdl } }' }, { authorization: `Bearer ${await fed.mint(OFFICER_01)}` }, url);
      assert.equal(valid.status, 200, name);
      assert.match(valid.body.data._service.sdl, /type Query/, name);
    }
  });

  it("answers _entities for a type the subgraph does not serve (another province's) with BAD_USER_INPUT naming it", async () => {
    const auth = { authorization: `Bearer ${await fed.mint(OFFICER_01)}` };
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }';
    for (const [name, typename, serves] of [
      ['province01', 'Province79', /serves Province01; got "Province79"/],
      ['central', 'Nope', /serves Province, Province01, .*Province79.*; got "Nope"/],
    ] as const) {
      const url = fed.federation.subgraphs.get(name)!.url;
      const { body } = await fed.raw({ query, variables: { r: [{ __typename: 'Province01', code: '01' }, { __typename: typename, code: '79' }] } }, auth, url);
      assert.equal(body.errors?.length, 1, `${name}: ${JSON.stringify(body)}`);
      assert.equal(body.errors![0]!.extensions?.code, 'BAD_USER_INPUT', `${name}: ${JSON.stringify(body.errors)}`);
      assert.equal(body.errors![0]!.extensions?.field, 'representations[1].__typename');
      assert.match(body.errors![0]!.message, serves);
    }
  });

  it('writes nothing for a refused write, and names the verified subject and role in the audit row of an accepted one', async () => {
    const db = fed.databases.provinces.get('01')!;
    const { rows } = await db.query('SELECT id FROM member WHERE left_on IS NULL ORDER BY id LIMIT 1');
    const mutation = {
      query: `mutation($id: ID!) { province01 { correctMember(input: { memberId: $id, reason: "Giấy khai sinh", fullName: "Trần Thị Auth" }) { correction { version actor } } } }`,
      variables: { id: rows[0].id },
    };
    const count = async () => (await db.query('SELECT (SELECT count(*) FROM audit_log) + (SELECT count(*) FROM member_correction) AS n')).rows[0].n;
    const before = await count();
    const refused = await fed.raw(mutation, { authorization: `Bearer ${await fed.mint(OFFICER_01, { audience: 'urn:x' })}` });
    assertUnauthenticated(refused.status, refused.body, /audience/, 'refused write');
    assert.equal(await count(), before, 'nothing written');

    const token = await fed.mint(OFFICER_01, { subject: 'can.bo.tinh.01@hanoi' });
    const accepted = await fed.raw(mutation, { authorization: `Bearer ${token}` });
    assert.equal(accepted.body.errors, undefined, JSON.stringify(accepted.body.errors));
    assert.equal(accepted.body.data.province01.correctMember.correction.actor, 'can.bo.tinh.01@hanoi');
    const audit = (await db.query(`SELECT actor, role FROM audit_log WHERE operation = 'correctMember' ORDER BY id DESC LIMIT 1`)).rows[0];
    assert.deepEqual(audit, { actor: 'can.bo.tinh.01@hanoi', role: 'PROVINCE_OFFICER' });
  });

  it('accepts a short-lived service token (SYSTEM) for server-to-server callers', async () => {
    const token = await fed.serviceToken('79', 'transfer-carrier');
    const url = fed.federation.subgraphs.get('province01')!.url;
    const { status, body } = await fed.raw({ query: '{ _service { sdl } }' }, { authorization: `Bearer ${token}` }, url);
    assert.equal(status, 200, JSON.stringify(body));
    const [, payload] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    assert.deepEqual([claims.role, claims.province, claims.sub], ['SYSTEM', '79', 'transfer-carrier:province79']);
    assert.ok(claims.exp - claims.iat <= 300, 'lives at most 5 minutes');
  });
});
