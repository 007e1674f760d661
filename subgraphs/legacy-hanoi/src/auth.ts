// Token verification, as the national standard requires of every province system (README "Access", "Tokens"):
// a JWT signed ES256 or EdDSA by a key of the configured JWKS (a file or a URL), with `exp`, `sub`, the expected
// issuer and audience, an `iat` not in the future, and the role's scope claims. Anything else is refused (401).
import { readFile, stat } from 'node:fs/promises';
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';

export type Principal =
  | { role: 'CENTRAL_ANALYST' }
  | { role: 'PROVINCE_OFFICER'; province: string }
  | { role: 'COMMUNE_OFFICER'; province: string; commune: string }
  | { role: 'CELL_SECRETARY'; province: string; cell: string }
  | { role: 'MEMBER'; province: string; member: string }
  | { role: 'SYSTEM'; province: string };

export interface LegacyAuthOptions {
  /** Public keys: a JWKS file (re-read when it changes), a JWKS URL, or a set in memory (tests). */
  jwks: { file: string } | { url: string } | { set: JSONWebKeySet };
  issuer: string;
  audience: string;
  /** Clock skew tolerated on exp/nbf/iat, seconds. Default 30. */
  clockToleranceSeconds?: number;
}

export interface Verified {
  principal: Principal;
  subject: string;
}

export class NotAuthenticated extends Error {
  override name = 'NotAuthenticated';
}

const PROVINCE = /^\d{2}$/;
const COMMUNE = /^\d{5}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Returns verify(authorization header) -> the principal, or throws NotAuthenticated with a reason for the caller. */
export function createVerifier(options: LegacyAuthOptions): (header: string | undefined) => Promise<Verified> {
  const getKey = keyResolver(options.jwks);
  const tolerance = options.clockToleranceSeconds ?? 30;
  // a national query sends one token to this subgraph many times a minute: verified once, remembered 60 s
  const cache = new Map<string, { until: number; verified: Verified }>();
  return async (header) => {
    if (!header) throw new NotAuthenticated('no token: send "Authorization: Bearer <token>"');
    const token = /^Bearer\s+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)\s*$/i.exec(header)?.[1];
    if (!token) throw new NotAuthenticated('the Authorization header is not "Bearer <JWT>"');
    const hit = cache.get(token);
    if (hit && hit.until > Date.now()) return hit.verified;
    let payload;
    try {
      ({ payload } = await jwtVerify(token, getKey, {
        issuer: options.issuer, audience: options.audience, algorithms: ['ES256', 'EdDSA'], clockTolerance: tolerance, requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      throw new NotAuthenticated(describe(error));
    }
    if (typeof payload.iat === 'number' && payload.iat > Date.now() / 1000 + tolerance) {
      throw new NotAuthenticated('the token was issued in the future');
    }
    const verified = { principal: principalOf(payload), subject: payload.sub! };
    if (cache.size > 1000) cache.clear();
    cache.set(token, { until: Math.min(Date.now() + 60_000, payload.exp! * 1000), verified });
    return verified;
  };
}

/** The role and its scope; a role without its scope claim makes the token invalid (never a wider scope). */
function principalOf(payload: Record<string, unknown>): Principal {
  const claim = (name: string, shape: RegExp) => {
    const value = payload[name];
    if (typeof value !== 'string' || !shape.test(value)) throw new NotAuthenticated(`a ${String(payload.role)} token needs a "${name}" claim`);
    return value.toLowerCase();
  };
  switch (payload.role) {
    case 'CENTRAL_ANALYST':
      return { role: 'CENTRAL_ANALYST' };
    case 'PROVINCE_OFFICER':
    case 'SYSTEM':
      return { role: payload.role, province: claim('province', PROVINCE) };
    case 'COMMUNE_OFFICER':
      return { role: 'COMMUNE_OFFICER', province: claim('province', PROVINCE), commune: claim('commune', COMMUNE) };
    case 'CELL_SECRETARY':
      return { role: 'CELL_SECRETARY', province: claim('province', PROVINCE), cell: claim('cell', UUID) };
    case 'MEMBER':
      return { role: 'MEMBER', province: claim('province', PROVINCE), member: claim('member', UUID) };
    default:
      throw new NotAuthenticated(`unknown role ${JSON.stringify(payload.role)}`);
  }
}

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `the token's "${error.claim}" claim is missing or invalid`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the token signature is not valid';
  if (error instanceof errors.JWKSNoMatchingKey) return 'the token is signed with a key this service does not know';
  if (error instanceof errors.JOSEAlgNotAllowed) return "the token's algorithm is not accepted (ES256, EdDSA only)";
  return 'the token is malformed or could not be verified';
}

function keyResolver(jwks: LegacyAuthOptions['jwks']): JWTVerifyGetKey {
  if ('set' in jwks) return createLocalJWKSet(jwks.set);
  if ('url' in jwks) return createRemoteJWKSet(new URL(jwks.url), { cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 });
  // a file: re-read when it changes (checked every 5 s, at once for an unknown kid), so keys rotate without a restart
  let current: { mtimeMs: number; getKey: JWTVerifyGetKey } | undefined;
  let checkedAt = 0;
  const refresh = async (force: boolean) => {
    if (current && !force && Date.now() - checkedAt < 5000) return current.getKey;
    checkedAt = Date.now();
    const { mtimeMs } = await stat(jwks.file);
    if (!current || current.mtimeMs !== mtimeMs) current = { mtimeMs, getKey: createLocalJWKSet(JSON.parse(await readFile(jwks.file, 'utf8')) as JSONWebKeySet) };
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
