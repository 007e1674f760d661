// The keys of a container deployment, written as the files docker-compose.yml mounts as secrets
// (SECRETS in scripts/generateCompose.ts): a fresh ES256 key pair (the public JWKS for every service, the private
// key for the carrier's SYSTEM tokens) and the two shared secret keys. Files that exist are kept: a new
// citizen-ID hash key would orphan every stored hash, so replacing one is a decision, not a side effect.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSigningKey, jwksOf } from '../../auth/signer.ts';
import type { SECRETS } from '../generateCompose.ts';

type SecretName = (typeof SECRETS)[number];

/** Writes the missing secret files into `dir`; returns the names written. */
export async function writeDeploymentKeys(dir: string): Promise<SecretName[]> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = (name: SecretName) => join(dir, name);
  const written: SecretName[] = [];
  // 0644 inside a 0700 folder: the containers' unprivileged user reads its bind-mounted copy; no other host
  // user can reach the folder.
  const write = (name: SecretName, text: string) => {
    writeFileSync(path(name), text, { mode: 0o644 });
    written.push(name);
  };
  // The pair goes together: a JWKS without its private half (or the reverse) would make tokens nobody verifies.
  if (!existsSync(path('jwks')) || !existsSync(path('carrier-signing-key'))) {
    const key = await generateSigningKey(`deploy-${new Date().toISOString().slice(0, 10)}-${randomBytes(4).toString('hex')}`);
    write('jwks', `${JSON.stringify(jwksOf(key), null, 2)}\n`);
    write('carrier-signing-key', `${JSON.stringify(key.privateJwk, null, 2)}\n`);
  }
  for (const name of ['citizen-id-hash-key', 'disclosure-control-key'] as const) {
    if (!existsSync(path(name))) write(name, randomBytes(32).toString('base64url'));
  }
  return written;
}
