// Signs tokens: for local use (`npm run token`, `npm start`), the tests, and server-to-server callers (a
// province's transfer carrier or report push: mintServiceToken). In a real deployment people's tokens come from
// the Party's identity provider; only its public keys (the JWKS) are configured in the gateway and subgraphs.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JSONWebKeySet, type JWK } from 'jose';
import { claimsOf, defaultSubject, type Principal } from './principal.ts';

/** A private signing key as a JWK with its `kid` and `alg`, as written by generateSigningKey. */
export interface SigningKey {
  privateJwk: JWK & { kid: string; alg: string };
  publicJwk: JWK & { kid: string; alg: string };
}

/** A fresh ES256 key pair; `kid` names it in the JWKS (rotation: publish the new key beside the old). */
export async function generateSigningKey(kid = `dev-${new Date().toISOString().slice(0, 10)}-${randomUUID().slice(0, 8)}`): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const meta = { kid, alg: 'ES256', use: 'sig' };
  return {
    privateJwk: { ...(await exportJWK(privateKey)), ...meta },
    publicJwk: { ...(await exportJWK(publicKey)), ...meta },
  };
}

export const jwksOf = (...keys: SigningKey[]): JSONWebKeySet => ({ keys: keys.map((k) => k.publicJwk) });

export interface TokenSignerOptions {
  key: SigningKey['privateJwk'];
  issuer: string;
  audience: string;
}

export interface MintOptions {
  /** Default: defaultSubject(principal), e.g. "PROVINCE_OFFICER:79". */
  subject?: string;
  /** Lifetime in seconds. Default 3600. */
  ttlSeconds?: number;
  /** Override the signer's audience (tests: a token for the wrong audience). */
  audience?: string;
  /** Override the signer's issuer (tests). */
  issuer?: string;
  /** Issue time, seconds since the epoch (tests: an expired token). Default now. */
  issuedAt?: number;
}

export interface TokenSigner {
  mint(principal: Principal, options?: MintOptions): Promise<string>;
}

export function createTokenSigner(options: TokenSignerOptions): TokenSigner {
  const keyPromise = importJWK(options.key, options.key.alg);
  return {
    async mint(principal, mint = {}) {
      const iat = mint.issuedAt ?? Math.floor(Date.now() / 1000);
      return new SignJWT({ ...claimsOf(principal) })
        .setProtectedHeader({ alg: options.key.alg, kid: options.key.kid, typ: 'JWT' })
        .setIssuer(mint.issuer ?? options.issuer)
        .setAudience(mint.audience ?? options.audience)
        .setSubject(mint.subject ?? defaultSubject(principal))
        .setIssuedAt(iat)
        .setExpirationTime(iat + (mint.ttlSeconds ?? 3600))
        .setJti(randomUUID())
        .sign(await keyPromise);
    },
  };
}

/** Reads a private JWK written by generateSigningKey (AUTH_SIGNING_KEY_FILE). */
export function readSigningKey(file: string): SigningKey['privateJwk'] {
  const jwk = JSON.parse(readFileSync(file, 'utf8')) as SigningKey['privateJwk'];
  if (!jwk.d || !jwk.kid || !jwk.alg) throw new Error(`${file} is not a private JWK with kid and alg`);
  return jwk;
}

/** Lifetime of a service token: long enough for one delivery or push with retries, short if it leaks. */
export const SERVICE_TOKEN_TTL_SECONDS = 300;

/**
 * A short-lived token for province `province`'s own software (role SYSTEM): what the transfer carrier and the
 * report push send to another province's subgraph or the Centre.
 */
export function mintServiceToken(signer: TokenSigner, province: string, service = 'system'): Promise<string> {
  return signer.mint({ role: 'SYSTEM', province }, { subject: `${service}:province${province}`, ttlSeconds: SERVICE_TOKEN_TTL_SECONDS });
}
