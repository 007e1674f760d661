// One signing key per test process for the gateway's tests: the gateways they start verify tokens against its
// public key, and postQuery sends a token it signed (README "Access"). Generated here, never read from disk.
import { createTokenSigner, generateSigningKey, jwksOf, type MintOptions } from '../../../auth/signer.ts';
import type { Principal } from '../../../auth/principal.ts';
import { createTokenVerifier, type TokenVerifier } from '../../../auth/verifier.ts';

const ISSUER = 'urn:party-federation:gateway-test';
const AUDIENCE = 'urn:party-federation:gateway-test-api';

const key = await generateSigningKey('gateway-test');
const signer = createTokenSigner({ key: key.privateJwk, issuer: ISSUER, audience: AUDIENCE });

export const testVerifier: TokenVerifier = createTokenVerifier({ jwks: { set: jwksOf(key) }, issuer: ISSUER, audience: AUDIENCE });

/** A token the test gateways accept; an analyst's unless said otherwise. */
export const testToken = (as: Principal = { role: 'CENTRAL_ANALYST' }, options?: MintOptions): Promise<string> =>
  signer.mint(as, options);

/** `{ authorization: 'Bearer …' }` for fetch. */
export const authHeader = async (as?: Principal): Promise<{ authorization: string }> => ({
  authorization: `Bearer ${await testToken(as)}`,
});
