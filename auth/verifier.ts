// Verifies a bearer token (a JWT) with jose: signature against the configured JWKS (a file or a URL, keys
// chosen by `kid`, so keys can be rotated by publishing the new one beside the old), expiry, issuer, audience,
// then the national claims (principal.ts). The gateway and every subgraph use the same verifier.
import { readFile, stat } from 'node:fs/promises';
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import { InvalidClaimsError, principalFromClaims, type Principal } from './principal.ts';

/** Signature algorithms accepted: asymmetric only, so a verifier never holds a secret that could sign. */
export const ALGORITHMS = ['ES256', 'EdDSA'];

/** Where the public keys are: a JWKS file (re-read when it changes), a URL (cached, refetched for an unknown kid), or in memory. */
export type JwksSource = { file: string } | { url: string } | { set: JSONWebKeySet };

export interface TokenVerifierOptions {
  jwks: JwksSource;
  /** Expected `iss`. */
  issuer: string;
  /** Expected `aud` (the token must name it). */
  audience: string;
  /** Seconds of clock difference tolerated on exp/nbf/iat. Default 30: servers' clocks drift a little. */
  clockToleranceSeconds?: number;
  /**
   * JWKS file: how often (ms) its modification time is checked, so a rotated key is picked up without a restart.
   * Default 5000. A token whose `kid` is not in the set forces a check at once.
   */
  fileCheckIntervalMs?: number;
  /**
   * JWKS URL: the least time (ms) between two fetches caused by an unknown kid. Default 30000 (jose's): a flood of
   * tokens with made-up kids must not become a flood of requests to the identity provider.
   */
  urlCooldownMs?: number;
  /**
   * How long (ms) a verified token is remembered, so that the same token is not verified again. Default 60000.
   * A national query carries one token to 35 subgraphs: in one process (npm start) that is 35 ES256 verifications
   * (0.24 ms CPU each, measured) for the same answer. Never beyond the token's own expiry; failures are not kept.
   */
  cacheTtlMs?: number;
  /** Most tokens remembered at once (oldest forgotten first). Default 1000. */
  cacheSize?: number;
}

/** What a verified token says: who, until when, and the token itself (forwarded to subgraphs as is). */
export interface VerifiedToken {
  principal: Principal;
  /** `sub`: the person or service (recorded in audit rows). */
  subject: string;
  expiresAt: Date;
  token: string;
}

/**
 * The request is not authenticated. `reason` is safe to show the caller (it names what is wrong with the token,
 * never a key or an internal address).
 */
export class AuthenticationError extends Error {
  override name = 'AuthenticationError';
  constructor(readonly reason: string, options?: { cause?: unknown }) {
    super(`Not authenticated: ${reason}`, options);
  }
}

export interface TokenVerifier {
  verify(token: string): Promise<VerifiedToken>;
}

/** The token of an `Authorization: Bearer <token>` header; AuthenticationError when absent or malformed. */
export function bearerToken(header: string | undefined | null): string {
  if (!header) throw new AuthenticationError('no token: send "Authorization: Bearer <token>" (README "Access": npm run token)');
  const match = /^Bearer\s+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)\s*$/i.exec(header);
  if (!match) throw new AuthenticationError('the Authorization header is not "Bearer <JWT>"');
  return match[1]!;
}

export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const getKey = keyResolver(options);
  const ttlMs = options.cacheTtlMs ?? 60_000;
  const size = options.cacheSize ?? 1000;
  const cache = new Map<string, { until: number; verified: Promise<VerifiedToken> }>();
  const verifyUncached = async (token: string): Promise<VerifiedToken> => {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, getKey, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ALGORITHMS,
        clockTolerance: options.clockToleranceSeconds ?? 30, // seconds
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      throw new AuthenticationError(describe(error), { cause: error });
    }
    // jose checks `iat` only with maxTokenAge, and a lifetime cap is the issuer's to set: a token issued in the
    // future (a day ahead was accepted, issue 10) is refused here, with the same tolerance as exp and nbf.
    const tolerance = options.clockToleranceSeconds ?? 30;
    if (typeof payload.iat === 'number' && payload.iat > Date.now() / 1000 + tolerance) {
      throw new AuthenticationError('the token was issued in the future (its iat is ahead of this server\'s clock)');
    }
    try {
      return {
        principal: principalFromClaims(payload),
        subject: payload.sub!,
        expiresAt: new Date(payload.exp! * 1000),
        token,
      };
    } catch (error) {
      if (error instanceof InvalidClaimsError) throw new AuthenticationError(error.message, { cause: error });
      throw error;
    }
  };
  return {
    verify(token) {
      const now = Date.now();
      const hit = cache.get(token);
      if (hit && hit.until > now) return hit.verified;
      cache.delete(token);
      // The promise is kept, so 35 concurrent requests with one token share one verification.
      const verified = verifyUncached(token);
      const entry = { until: now + ttlMs, verified };
      cache.set(token, entry);
      if (cache.size > size) cache.delete(cache.keys().next().value!);
      verified.then(
        (v) => {
          entry.until = Math.min(entry.until, v.expiresAt.getTime());
        },
        () => {
          if (cache.get(token) === entry) cache.delete(token);
        },
      );
      return verified;
    },
  };
}

/** Why jose refused the token, in words for the caller. */
function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'the token is not for this audience';
    if (error.claim === 'iss') return 'the token is not from the expected issuer';
    if (error.claim === 'nbf') return 'the token is not valid yet';
    return `the token's "${error.claim}" claim is missing or invalid`;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the token signature is not valid';
  if (error instanceof errors.JWKSNoMatchingKey) return 'the token is signed with a key this service does not know';
  if (error instanceof errors.JOSEAlgNotAllowed) return `the token's algorithm is not accepted (${ALGORITHMS.join(', ')} only)`;
  if (error instanceof errors.JWKSTimeout) return 'the key set could not be fetched in time; try again';
  if (error instanceof errors.JOSEError) return 'the token is malformed';
  return 'the token could not be verified';
}

function keyResolver(options: TokenVerifierOptions): JWTVerifyGetKey {
  const { jwks } = options;
  if ('set' in jwks) return createLocalJWKSet(jwks.set);
  // jose caches the remote set and refetches it (at most every urlCooldownMs) when a token names an unknown kid:
  // that is rotation by URL.
  if ('url' in jwks) {
    return createRemoteJWKSet(new URL(jwks.url), { cooldownDuration: options.urlCooldownMs ?? 30_000, cacheMaxAge: 10 * 60_000 });
  }
  return fileKeyResolver(jwks.file, options.fileCheckIntervalMs ?? 5000);
}

/**
 * A JWKS file, re-read when its modification time changes (checked every `intervalMs`, and at once for an
 * unknown kid): a key is rotated by writing the new set, with the old key kept until its tokens expire.
 */
function fileKeyResolver(file: string, intervalMs: number): JWTVerifyGetKey {
  let current: { mtimeMs: number; getKey: JWTVerifyGetKey } | undefined;
  let checkedAt = 0;
  const refresh = async (force: boolean) => {
    if (!force && current && Date.now() - checkedAt < intervalMs) return current.getKey;
    checkedAt = Date.now();
    const { mtimeMs } = await stat(file);
    if (!current || current.mtimeMs !== mtimeMs) {
      const set = JSON.parse(await readFile(file, 'utf8')) as JSONWebKeySet;
      current = { mtimeMs, getKey: createLocalJWKSet(set) };
    }
    return current.getKey;
  };
  return async (header, token) => {
    try {
      return await (await refresh(false))(header, token);
    } catch (error) {
      if (!(error instanceof errors.JWKSNoMatchingKey)) throw error;
      return (await refresh(true))(header, token);
    }
  };
}
