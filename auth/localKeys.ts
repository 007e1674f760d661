// Local key management for development: `npm start` and `npm run token` share one ES256 key pair kept under
// .data/auth/ (git-ignored), created on first use. The public half is written as a JWKS file that the gateway
// and the subgraphs are configured with (AUTH_JWKS_FILE), exactly as a deployment configures its provider's.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSigningKey, readSigningKey, type SigningKey } from './signer.ts';

export interface LocalKeys {
  /** The private JWK (mode 0600). */
  signingKeyFile: string;
  /** The public JWKS: every key ever generated here that is still listed, so rotation keeps old tokens valid. */
  jwksFile: string;
  key: SigningKey['privateJwk'];
}

/** The local key pair in `dir` (default .data/auth), created once. */
export async function ensureLocalKeys(dir: string): Promise<LocalKeys> {
  const signingKeyFile = join(dir, 'signing-key.json');
  const jwksFile = join(dir, 'jwks.json');
  if (!existsSync(signingKeyFile) || !existsSync(jwksFile)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const key = await generateSigningKey();
    writeFileSync(signingKeyFile, `${JSON.stringify(key.privateJwk, null, 2)}\n`, { mode: 0o600 });
    writeFileSync(jwksFile, `${JSON.stringify({ keys: [key.publicJwk] }, null, 2)}\n`);
  }
  return { signingKeyFile, jwksFile, key: readSigningKey(signingKeyFile) };
}

/**
 * Rotation, locally: a new key becomes the signing key and joins the JWKS; the old public key stays listed so
 * tokens it signed stay valid until they expire (remove it from jwks.json after that).
 */
export async function rotateLocalKeys(dir: string): Promise<LocalKeys> {
  const { jwksFile, signingKeyFile } = await ensureLocalKeys(dir);
  const key = await generateSigningKey();
  const jwks = JSON.parse(readFileSync(jwksFile, 'utf8')) as { keys: unknown[] };
  writeFileSync(jwksFile, `${JSON.stringify({ keys: [key.publicJwk, ...jwks.keys] }, null, 2)}\n`);
  writeFileSync(signingKeyFile, `${JSON.stringify(key.privateJwk, null, 2)}\n`, { mode: 0o600 });
  return { signingKeyFile, jwksFile, key: key.privateJwk };
}
