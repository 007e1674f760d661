// The carrier's tokens (README "Access"): a SYSTEM token per province it speaks for, and one for the national
// check. Minted with a signing key file (npm start: the local key), or given as fixed tokens (tests, or a
// deployment whose identity provider issues them). Minted tokens are reused until a minute before they expire.
import { createTokenSigner, mintServiceToken, readSigningKey, SERVICE_TOKEN_TTL_SECONDS, type TokenSigner } from '../../auth/signer.ts';

export interface ServiceTokensOptions {
  /** A private JWK file to mint with (the same key the gateway's and subgraphs' JWKS lists). */
  signingKeyFile?: string;
  issuer: string;
  audience: string;
  /** Fixed tokens by province code, and "check" for the national check. */
  fixed?: Map<string, string>;
}

export interface ServiceTokens {
  /** Headers of a request made on behalf of province `code` (none when no token is configured). */
  headersFor(code: string): Promise<Record<string, string>>;
}

/**
 * "check" is the national check's identity. The roles have no Centre service yet, so it is a CENTRAL_ANALYST
 * token with the subject "system:national-check" (aggregates and salted hashes only, which is what it reads).
 */
export function createServiceTokens(options: ServiceTokensOptions): ServiceTokens {
  const signer: TokenSigner | undefined = options.signingKeyFile
    ? createTokenSigner({ key: readSigningKey(options.signingKeyFile), issuer: options.issuer, audience: options.audience })
    : undefined;
  const cache = new Map<string, { token: string; renewAt: number }>();
  const mint = (code: string): Promise<string> =>
    code === 'check'
      ? signer!.mint({ role: 'CENTRAL_ANALYST' }, { subject: 'system:national-check', ttlSeconds: SERVICE_TOKEN_TTL_SECONDS })
      : mintServiceToken(signer!, code, 'carrier');
  return {
    // Annotated: without it the `{}` below widens the inferred type to `{ authorization?: undefined }`.
    async headersFor(code): Promise<Record<string, string>> {
      const fixed = options.fixed?.get(code);
      if (fixed) return { authorization: `Bearer ${fixed}` };
      if (!signer) return {};
      let entry = cache.get(code);
      if (!entry || Date.now() >= entry.renewAt) {
        entry = { token: await mint(code), renewAt: Date.now() + (SERVICE_TOKEN_TTL_SECONDS - 60) * 1000 };
        cache.set(code, entry);
      }
      return { authorization: `Bearer ${entry.token}` };
    },
  };
}
