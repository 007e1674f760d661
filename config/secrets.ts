// Secrets from the environment, in one place (README "Secrets"). In development (NODE_ENV other than
// "production": `npm start`, the tests) a secret left unset falls back to a development value that anyone with the
// source knows. A deployment (NODE_ENV=production, which every Dockerfile and the compose file set) must bring its
// own: a missing secret, or one equal to a development value, stops the process with a message naming the variable
// and who holds the real one, before it serves anything. A citizen-ID hash made with a public key is reversible
// by trying a million candidates in under a second (issue 10, finding 2).
import { readFileSync } from 'node:fs';
import { ConfigError, readString } from './env.ts';

type Env = Record<string, string | undefined>;

export const isProduction = (env: Env): boolean => env.NODE_ENV === 'production';

export interface SecretSpec {
  /** The value used in development when the variable is unset; refused in production. */
  development: string;
  minLength: number;
  /** Who issues and holds the real value: said in the error, so an operator knows whom to ask. */
  holder: string;
}

/**
 * The value of `name`, or the contents of the file named by `${name}_FILE` (a container secret mounted at
 * /run/secrets/, so the value is in no environment listing); a trailing newline is not part of it.
 */
function readSecretValue(env: Env, name: string): string | undefined {
  const value = readString(env, name);
  const file = readString(env, `${name}_FILE`);
  if (value !== undefined && file !== undefined) throw new ConfigError(`set ${name} or ${name}_FILE, not both`);
  if (file === undefined) return value;
  try {
    return readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  } catch (error) {
    throw new ConfigError(`${name}_FILE must name a readable file; ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** A secret string: its development value outside production; in production, required and not that value. */
export function readSecret(env: Env, name: string, spec: SecretSpec): string {
  const value = readSecretValue(env, name);
  if (value === undefined) {
    if (!isProduction(env)) return spec.development;
    throw new ConfigError(`${name} is required when NODE_ENV=production (${spec.holder}); the development value is public`);
  }
  if (value.length < spec.minLength) throw new ConfigError(`${name} must be at least ${spec.minLength} characters; got ${value.length}`);
  if (isProduction(env) && value === spec.development) {
    throw new ConfigError(`${name} is the public development value; NODE_ENV=production needs the real one (${spec.holder})`);
  }
  return value;
}

/** A JWKS publishes public keys only: one that holds a private key ("d") gives every reader the power to sign. */
export function refusePrivateJwks(name: string, file: string): void {
  let jwks: { keys?: { d?: unknown; kid?: unknown }[] };
  try {
    jwks = JSON.parse(readFileSync(file, 'utf8')) as typeof jwks;
  } catch (error) {
    throw new ConfigError(`${name} must be a JWKS JSON file; ${file}: ${(error as Error).message}`);
  }
  // A lone key (the signing key's file given by mistake) is not a set: refused here, not at the first token.
  if (!jwks || !Array.isArray(jwks.keys)) {
    const lone = jwks && typeof jwks === 'object' && 'd' in jwks ? ', and it holds a private key' : '';
    throw new ConfigError(`${name} must be a JWKS ({"keys": [...]}); ${file} is a single key${lone}`);
  }
  const secret = jwks.keys.find((k) => k && typeof k === 'object' && 'd' in k);
  if (secret) throw new ConfigError(`${name} holds a private key (kid ${JSON.stringify(secret.kid ?? null)}); a JWKS must list public keys only`);
}
