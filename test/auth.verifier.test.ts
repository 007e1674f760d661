// The token verifier on its own (no database): what it accepts and refuses, key rotation through a JWKS file
// and a JWKS URL, the claims that make a principal, and the start-up configuration.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from '@jest/globals';
import { importJWK, SignJWT } from 'jose';
import { loadAuthConfig } from '../auth/config.ts';
import { ensureLocalKeys, rotateLocalKeys } from '../auth/localKeys.ts';
import { createTokenSigner, generateSigningKey, jwksOf, type SigningKey } from '../auth/signer.ts';
import { AuthenticationError, bearerToken, createTokenVerifier } from '../auth/verifier.ts';
import { ConfigError } from '../config/env.ts';

const ISS = 'urn:test:iss';
const AUD = 'urn:test:aud';
const signerOf = (key: SigningKey) => createTokenSigner({ key: key.privateJwk, issuer: ISS, audience: AUD });
const OFFICER = { role: 'PROVINCE_OFFICER', province: '79' } as const;

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof AuthenticationError, String(error));
    return error.reason;
  }
  assert.fail('the token was accepted');
}

describe('token verifier', () => {
  it('accepts a token signed by a key of the set, for the issuer and audience, and returns its principal', async () => {
    const key = await generateSigningKey('k1');
    const verifier = createTokenVerifier({ jwks: { set: jwksOf(key) }, issuer: ISS, audience: AUD });
    const token = await signerOf(key).mint(OFFICER, { subject: 'nguyen.van.a' });
    const verified = await verifier.verify(token);
    assert.deepEqual(verified.principal, OFFICER);
    assert.equal(verified.subject, 'nguyen.van.a');
    assert.equal(verified.token, token);
  });

  it('refuses forged, expired, wrong-audience, wrong-issuer, unsigned and HMAC tokens, each with its reason', async () => {
    const key = await generateSigningKey('k1');
    const verifier = createTokenVerifier({ jwks: { set: jwksOf(key) }, issuer: ISS, audience: AUD, clockToleranceSeconds: 0 });
    const signer = signerOf(key);
    // Same kid, another private key: what a forger who read the JWKS would try.
    const forger = signerOf(await generateSigningKey('k1'));
    const now = Math.floor(Date.now() / 1000);
    const header = (h: object) => Buffer.from(JSON.stringify(h)).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ ...OFFICER, sub: 'x', iss: ISS, aud: AUD, exp: now + 600 })).toString('base64url');
    const cases: [string, Promise<string>, RegExp][] = [
      ['forged', forger.mint(OFFICER), /signature is not valid/],
      ['expired', signer.mint(OFFICER, { issuedAt: now - 7200, ttlSeconds: 3600 }), /expired/],
      ['wrong audience', signer.mint(OFFICER, { audience: 'urn:other-api' }), /audience/],
      ['wrong issuer', signer.mint(OFFICER, { issuer: 'urn:evil' }), /issuer/],
      ['alg none', Promise.resolve(`${header({ alg: 'none', kid: 'k1' })}.${payload}.`), /malformed|algorithm/],
      [
        'HS256 with a guessable secret',
        new SignJWT({ ...OFFICER }).setProtectedHeader({ alg: 'HS256', kid: 'k1' }).setIssuer(ISS).setAudience(AUD)
          .setSubject('x').setExpirationTime(now + 600).sign(new TextEncoder().encode('secret')),
        /algorithm/,
      ],
      ['unknown kid', signerOf(await generateSigningKey('k9')).mint(OFFICER), /key this service does not know/],
      ['garbage', Promise.resolve('aaa.bbb.ccc'), /malformed/],
    ];
    for (const [name, token, reason] of cases) {
      assert.match(await refusal(verifier.verify(await token)), reason, name);
    }
  });

  it('refuses claims that do not make a principal: unknown role, missing or malformed scope', async () => {
    const key = await generateSigningKey('k1');
    const verifier = createTokenVerifier({ jwks: { set: jwksOf(key) }, issuer: ISS, audience: AUD });
    const privateKey = await importJWK(key.privateJwk, 'ES256');
    const mint = (claims: Record<string, unknown>) =>
      new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: 'k1' }).setIssuer(ISS).setAudience(AUD).setSubject('x')
        .setExpirationTime('10m').sign(privateKey);
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ role: 'ADMIN' }, /unknown role "ADMIN"/],
      [{}, /unknown role undefined/],
      [{ role: 'PROVINCE_OFFICER' }, /"province" claim/],
      [{ role: 'PROVINCE_OFFICER', province: '7' }, /"province" claim/],
      [{ role: 'COMMUNE_OFFICER', province: '79', commune: '2673' }, /"commune" claim/],
      [{ role: 'CELL_SECRETARY', province: '79', cell: "1' OR '1'='1" }, /"cell" claim/],
      [{ role: 'MEMBER', province: '79' }, /"member" claim/],
      [{ role: 'SYSTEM' }, /"province" claim/],
    ];
    for (const [claims, reason] of cases) {
      assert.match(await refusal(verifier.verify(await mint(claims))), reason, JSON.stringify(claims));
    }
  });

  it('reads the bearer token from the Authorization header, and nothing else', () => {
    assert.equal(bearerToken('Bearer a.b.c'), 'a.b.c');
    assert.equal(bearerToken('bearer a-1.b_2.c'), 'a-1.b_2.c');
    for (const header of [undefined, '', 'a.b.c', 'Basic dXNlcjpwdw==', 'Bearer', 'Bearer a.b', 'Bearer a.b.c d']) {
      assert.throws(() => bearerToken(header), AuthenticationError, String(header));
    }
  });
});

describe('key rotation', () => {
  it('JWKS file: a key added to the file is used without a restart; the old key keeps working', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jwks-'));
    const first = await ensureLocalKeys(dir);
    const verifier = createTokenVerifier({ jwks: { file: first.jwksFile }, issuer: ISS, audience: AUD, fileCheckIntervalMs: 60_000 });
    const oldToken = await createTokenSigner({ key: first.key, issuer: ISS, audience: AUD }).mint(OFFICER);
    assert.equal((await verifier.verify(oldToken)).principal.role, 'PROVINCE_OFFICER');
    const rotated = await rotateLocalKeys(dir);
    assert.notEqual(rotated.key.kid, first.key.kid);
    // A token naming the new kid makes the verifier re-read the file at once, though the interval is 60 s.
    const newToken = await createTokenSigner({ key: rotated.key, issuer: ISS, audience: AUD }).mint(OFFICER);
    assert.equal((await verifier.verify(newToken)).principal.role, 'PROVINCE_OFFICER');
    assert.equal((await verifier.verify(oldToken)).principal.role, 'PROVINCE_OFFICER');
    // Once the old key is removed from the file, its tokens are refused.
    writeFileSync(rotated.jwksFile, JSON.stringify(jwksOf({ publicJwk: { ...rotated.key, d: undefined } } as unknown as SigningKey)));
    const fresh = createTokenVerifier({ jwks: { file: rotated.jwksFile }, issuer: ISS, audience: AUD });
    assert.match(await refusal(fresh.verify(oldToken)), /key this service does not know/);
  });

  it('JWKS URL: fetched once and cached; a new kid makes it fetch the set again (after the cooldown)', async () => {
    const a = await generateSigningKey('a');
    const b = await generateSigningKey('b');
    let served = jwksOf(a);
    let fetches = 0;
    const server = http.createServer((_req, res) => {
      fetches++;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(served));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
      const verifier = createTokenVerifier({ jwks: { url }, issuer: ISS, audience: AUD, urlCooldownMs: 200 });
      await verifier.verify(await signerOf(a).mint(OFFICER));
      await verifier.verify(await signerOf(a).mint(OFFICER));
      assert.equal(fetches, 1, 'the set is cached');
      served = jwksOf(b, a);
      await new Promise((resolve) => setTimeout(resolve, 250));
      await verifier.verify(await signerOf(b).mint(OFFICER));
      assert.equal(fetches, 2, 'an unknown kid refetched the set');
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('authentication configuration', () => {
  it('remembers a verified token for cacheTtlMs (default 60 s): a key removed from the set stops it only after that', async () => {
    const key = await generateSigningKey('removed');
    const file = join(mkdtempSync(join(tmpdir(), 'jwks-')), 'jwks.json');
    writeFileSync(file, JSON.stringify(jwksOf(key)));
    // The same rule as the default 60 s, at 400 ms so that the test does not wait a minute.
    const verifier = createTokenVerifier({ jwks: { file }, issuer: ISS, audience: AUD, cacheTtlMs: 400, fileCheckIntervalMs: 0 });
    const signer = signerOf(key);
    const cached = await signer.mint(OFFICER);
    assert.deepEqual((await verifier.verify(cached)).principal, OFFICER);
    writeFileSync(file, JSON.stringify({ keys: [] }));
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later); // a new mtime even on a coarse clock
    // A new token signed with the removed key is refused at once; the remembered one still passes (the window).
    assert.match(await refusal(verifier.verify(await signer.mint(OFFICER, { subject: 'other' }))), /key this service does not know/);
    assert.deepEqual((await verifier.verify(cached)).principal, OFFICER);
    await new Promise((resolve) => setTimeout(resolve, 450));
    assert.match(await refusal(verifier.verify(cached)), /key this service does not know/);
  });

  it('never remembers a token past its own expiry', async () => {
    const key = await generateSigningKey('short');
    const verifier = createTokenVerifier({ jwks: { set: jwksOf(key) }, issuer: ISS, audience: AUD, clockToleranceSeconds: 0 });
    const token = await signerOf(key).mint(OFFICER, { ttlSeconds: 1 });
    assert.deepEqual((await verifier.verify(token)).principal, OFFICER);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    assert.match(await refusal(verifier.verify(token)), /expired/);
  });

  it('needs exactly one of AUTH_JWKS_FILE and AUTH_JWKS_URL, and says which value is wrong', async () => {
    const { jwksFile } = await ensureLocalKeys(mkdtempSync(join(tmpdir(), 'jwks-')));
    assert.throws(() => loadAuthConfig({}), (e: Error) => e instanceof ConfigError && /AUTH_JWKS_FILE or AUTH_JWKS_URL is required/.test(e.message));
    assert.throws(() => loadAuthConfig({ AUTH_JWKS_FILE: jwksFile, AUTH_JWKS_URL: 'https://idp/jwks' }), /not both/);
    assert.throws(() => loadAuthConfig({ AUTH_JWKS_FILE: '/nope/jwks.json' }), /AUTH_JWKS_FILE must be an existing JWKS file; got "\/nope\/jwks.json"/);
    assert.throws(() => loadAuthConfig({ AUTH_JWKS_URL: 'ftp://idp/jwks' }), /AUTH_JWKS_URL must use http: or https:/);
    assert.throws(() => loadAuthConfig({ AUTH_JWKS_FILE: jwksFile, AUTH_CLOCK_TOLERANCE_S: '-1' }), /AUTH_CLOCK_TOLERANCE_S/);
    const config = loadAuthConfig({ AUTH_JWKS_URL: 'https://idp.example/jwks.json', AUTH_ISSUER: 'urn:idp', AUTH_AUDIENCE: 'urn:api' });
    assert.deepEqual(config, { jwks: { url: 'https://idp.example/jwks.json' }, issuer: 'urn:idp', audience: 'urn:api', clockToleranceSeconds: 30 });
  });
});
