// Authentication for `npm start` and `npm run token`: the local key pair under .data/auth/ (created once,
// git-ignored), unless AUTH_JWKS_FILE or AUTH_JWKS_URL point at a real provider's keys.
import { fileURLToPath } from 'node:url';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, loadAuthConfig, type AuthConfig } from '../../auth/config.ts';
import { ensureLocalKeys } from '../../auth/localKeys.ts';
import { createTokenSigner, type TokenSigner } from '../../auth/signer.ts';

export const LOCAL_KEYS_DIR = fileURLToPath(new URL('../../.data/auth', import.meta.url));

export interface LocalAuth {
  config: AuthConfig;
  /** Signs with the local key; null when the verifiers use someone else's keys (AUTH_JWKS_FILE/URL set). */
  signer: TokenSigner | null;
  jwksFile: string | null;
}

export async function loadLocalAuth(env: Record<string, string | undefined>): Promise<LocalAuth> {
  if (env.AUTH_JWKS_FILE?.trim() || env.AUTH_JWKS_URL?.trim()) {
    return { config: loadAuthConfig(env), signer: null, jwksFile: null };
  }
  const keys = await ensureLocalKeys(LOCAL_KEYS_DIR);
  const config = loadAuthConfig({ ...env, AUTH_JWKS_FILE: keys.jwksFile });
  const signer = createTokenSigner({ key: keys.key, issuer: config.issuer, audience: config.audience });
  return { config, signer, jwksFile: keys.jwksFile };
}

export { DEFAULT_AUDIENCE, DEFAULT_ISSUER };
