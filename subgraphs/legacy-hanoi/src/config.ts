// The adapter's configuration, read once from the environment by index.ts. The variable names are the national
// federation's (README "Configuration", "Access", "Secrets"), so one deployment configuration serves this system
// and any other province's: PROVINCE_CODE, DATABASE_URL, PORT, HOST, LOG_LEVEL, NODE_ENV, AUTH_JWKS_FILE or
// AUTH_JWKS_URL, AUTH_ISSUER, AUTH_AUDIENCE, AUTH_CLOCK_TOLERANCE_S, DISCLOSURE_CONTROL_KEY or _FILE.
import { existsSync, readFileSync } from 'node:fs';
import type { LegacyAuthOptions } from './auth.ts';
import { DEVELOPMENT_DISCLOSURE_CONTROL_KEY } from './disclosure.ts';

/** A variable that is set wrong (or missing): the entry prints the message and exits 2. */
export class LegacyConfigError extends Error {
  override name = 'LegacyConfigError';
}

export interface LegacyEntryConfig {
  code: string;
  databaseUrl: string;
  port: number;
  host: string;
  logLevel: string;
  production: boolean;
  auth: LegacyAuthOptions;
  disclosureControlKey: string;
}

type Env = Record<string, string | undefined>;

/** The published list of provinces (data). */
const PROVINCES_FILE = new URL('../../../schema/provinces.json', import.meta.url);

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function loadLegacyConfig(env: Env): LegacyEntryConfig {
  const get = (name: string) => (env[name]?.trim() ? env[name]!.trim() : undefined);
  const int = (name: string, fallback: number, min: number, max: number) => {
    const raw = get(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) throw new LegacyConfigError(`${name} must be an integer from ${min} to ${max}; got "${raw}"`);
    return n;
  };
  const production = env.NODE_ENV === 'production';
  const code = get('PROVINCE_CODE') ?? '01';
  const known = (JSON.parse(readFileSync(PROVINCES_FILE, 'utf8')) as { provinces: { code: string }[] }).provinces.map((p) => p.code);
  if (!known.includes(code)) throw new LegacyConfigError(`PROVINCE_CODE must be a 2-digit province code of schema/provinces.json; got "${code}"`);
  const databaseUrl = get('DATABASE_URL');
  if (!databaseUrl || !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new LegacyConfigError(`DATABASE_URL must be the legacy database's postgres:// URL; got ${databaseUrl ? `"${databaseUrl.replace(/\/\/[^@/]*@/, '//…@')}"` : 'nothing'}`);
  }
  const logLevel = get('LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new LegacyConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${logLevel}"`);
  return {
    code,
    databaseUrl,
    port: int('PORT', 4100 + Number(code), 0, 65535),
    host: get('HOST') ?? '127.0.0.1',
    logLevel,
    production,
    auth: {
      jwks: readJwks(get('AUTH_JWKS_FILE'), get('AUTH_JWKS_URL')),
      issuer: get('AUTH_ISSUER') ?? 'urn:party-federation:local',
      audience: get('AUTH_AUDIENCE') ?? 'urn:party-federation:api',
      clockToleranceSeconds: int('AUTH_CLOCK_TOLERANCE_S', 30, 0, 600),
    },
    disclosureControlKey: readDisclosureKey(get('DISCLOSURE_CONTROL_KEY'), get('DISCLOSURE_CONTROL_KEY_FILE'), production),
  };
}

function readJwks(file: string | undefined, url: string | undefined): LegacyAuthOptions['jwks'] {
  if (file && url) throw new LegacyConfigError(`set AUTH_JWKS_FILE or AUTH_JWKS_URL, not both; got "${file}" and "${url}"`);
  if (url) {
    if (!/^https?:\/\//.test(url)) throw new LegacyConfigError(`AUTH_JWKS_URL must be an http(s) URL; got "${url}"`);
    return { url };
  }
  if (!file) throw new LegacyConfigError('AUTH_JWKS_FILE or AUTH_JWKS_URL is required: the public keys tokens are verified with');
  if (!existsSync(file)) throw new LegacyConfigError(`AUTH_JWKS_FILE must be an existing JWKS file; got "${file}"`);
  let jwks: { keys?: { d?: unknown }[] };
  try {
    jwks = JSON.parse(readFileSync(file, 'utf8')) as typeof jwks;
  } catch (error) {
    throw new LegacyConfigError(`AUTH_JWKS_FILE must be a JWKS JSON file; ${file}: ${(error as Error).message}`);
  }
  if (!Array.isArray(jwks?.keys)) throw new LegacyConfigError(`AUTH_JWKS_FILE must be a JWKS ({"keys": [...]}); got "${file}"`);
  // a JWKS lists public keys: one with a private part would let every reader sign tokens
  if (jwks.keys.some((k) => k && typeof k === 'object' && 'd' in k)) throw new LegacyConfigError(`AUTH_JWKS_FILE holds a private key; a JWKS must list public keys only`);
  return { file };
}

function readDisclosureKey(value: string | undefined, file: string | undefined, production: boolean): string {
  if (value !== undefined && file !== undefined) throw new LegacyConfigError('set DISCLOSURE_CONTROL_KEY or DISCLOSURE_CONTROL_KEY_FILE, not both');
  let key = value;
  if (file !== undefined) {
    try {
      key = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    } catch (error) {
      throw new LegacyConfigError(`DISCLOSURE_CONTROL_KEY_FILE must name a readable file; ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  if (key === undefined) {
    if (!production) return DEVELOPMENT_DISCLOSURE_CONTROL_KEY;
    throw new LegacyConfigError('DISCLOSURE_CONTROL_KEY is required when NODE_ENV=production (the one key of every province and the Centre)');
  }
  if (key.length < 16) throw new LegacyConfigError(`DISCLOSURE_CONTROL_KEY must be at least 16 characters; got ${key.length}`);
  if (production && key === DEVELOPMENT_DISCLOSURE_CONTROL_KEY) {
    throw new LegacyConfigError('DISCLOSURE_CONTROL_KEY is the public development value; NODE_ENV=production needs the real one');
  }
  return key;
}
