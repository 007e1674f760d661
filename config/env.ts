// Readers for environment variables, shared by every entry point (scripts/, gateway/, subgraphs/).
// Each tells "unset" (use the default) from "invalid" (fail fast, naming the variable and the value).

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

const value = (env: Env, name: string): string | undefined => {
  const v = env[name];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
};

export function readString(env: Env, name: string, fallback: string): string;
export function readString(env: Env, name: string): string | undefined;
export function readString(env: Env, name: string, fallback?: string): string | undefined {
  return value(env, name) ?? fallback;
}

export function readInt(env: Env, name: string, fallback: number, { min, max }: { min: number; max: number }): number {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}; got "${raw}"`);
  }
  return n;
}

export function readNumber(env: Env, name: string, fallback: number, { min, max }: { min: number; max: number }): number {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be a number from ${min} to ${max}; got "${raw}"`);
  }
  return n;
}

export function readEnum<T extends string>(env: Env, name: string, fallback: T, allowed: readonly T[]): T {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}; got "${raw}"`);
  }
  return raw as T;
}

/** A URL with one of the given protocols; `{code}` placeholders are allowed and checked with a sample value. */
export function readUrl(env: Env, name: string, protocols: readonly string[]): string | undefined {
  const raw = value(env, name);
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw.replaceAll('{code}', '01'));
  } catch {
    throw new ConfigError(`${name} must be a URL (${protocols.join(' or ')}); got "${raw}"`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(`${name} must use ${protocols.join(' or ')}; got "${raw}"`);
  }
  return raw;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
