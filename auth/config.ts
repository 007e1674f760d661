// Authentication settings from the environment, validated at start-up like the rest (config/env.ts): the
// gateway's and every subgraph's entry read them with loadAuthConfig.
import { existsSync } from 'node:fs';
import { ConfigError, readInt, readString, readUrl } from '../config/env.ts';
import { refusePrivateJwks } from '../config/secrets.ts';
import type { JwksSource, TokenVerifierOptions } from './verifier.ts';

type Env = Record<string, string | undefined>;

/** Issuer and audience of the local tokens (`npm start`, `npm run token`); a deployment sets its own. */
export const DEFAULT_ISSUER = 'urn:party-federation:local';
export const DEFAULT_AUDIENCE = 'urn:party-federation:api';

export interface AuthConfig extends TokenVerifierOptions {
  jwks: JwksSource;
}

/**
 * AUTH_JWKS_FILE (a JWKS JSON file, re-read when it changes) or AUTH_JWKS_URL (fetched and cached; refetched for
 * an unknown kid): exactly one is required. AUTH_ISSUER, AUTH_AUDIENCE: the expected `iss` and `aud`.
 * AUTH_CLOCK_TOLERANCE_S: seconds of clock skew accepted (default 30).
 */
export function loadAuthConfig(env: Env): AuthConfig {
  const file = readString(env, 'AUTH_JWKS_FILE');
  const url = readUrl(env, 'AUTH_JWKS_URL', ['http:', 'https:']);
  if (file && url) throw new ConfigError(`set AUTH_JWKS_FILE or AUTH_JWKS_URL, not both; got "${file}" and "${url}"`);
  if (!file && !url) {
    throw new ConfigError('AUTH_JWKS_FILE or AUTH_JWKS_URL is required: the public keys that tokens are verified with (README "Access")');
  }
  if (file && !existsSync(file)) throw new ConfigError(`AUTH_JWKS_FILE must be an existing JWKS file; got "${file}"`);
  if (file) refusePrivateJwks('AUTH_JWKS_FILE', file);
  return {
    jwks: file ? { file } : { url: url! },
    issuer: readString(env, 'AUTH_ISSUER', DEFAULT_ISSUER),
    audience: readString(env, 'AUTH_AUDIENCE', DEFAULT_AUDIENCE),
    clockToleranceSeconds: readInt(env, 'AUTH_CLOCK_TOLERANCE_S', 30, { min: 0, max: 600 }),
  };
}
