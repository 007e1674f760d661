// Reads a rules file (subgraphs/province/config/*.json, or the file an environment variable names). The entry calls
// it once at start-up (src/config.ts), so a bad file stops the start with a ConfigError naming the file and the
// entry at fault. `env` is the entry's environment, passed in: this module never reads the environment itself.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigError, readString } from '../../../../config/env.ts';

/** `envVar` overrides the default file `config/<defaultName>`; returns the parsed JSON and where it came from. */
export function readRulesFile(envVar: string, defaultName: string, env: Record<string, string | undefined>) {
  const path = readString(env, envVar) ?? fileURLToPath(new URL(`../../config/${defaultName}`, import.meta.url));
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`${envVar}: cannot read ${path} (${(error as Error).message})`);
  }
  try {
    return { json: JSON.parse(text) as unknown, origin: path };
  } catch (error) {
    throw new ConfigError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Collects problems of a rules object and throws them together, so one edit fixes the file. */
export class RulesChecker {
  private readonly problems: string[] = [];
  constructor(private readonly origin: string) {}

  check(ok: boolean, path: string, problem: string): boolean {
    if (!ok) this.problems.push(`${path} ${problem}`);
    return ok;
  }

  int(value: unknown, path: string, min: number, max: number): number {
    this.check(Number.isInteger(value) && (value as number) >= min && (value as number) <= max, path,
      `must be an integer from ${min} to ${max}; got ${JSON.stringify(value)}`);
    return value as number;
  }

  throwIfAny(): void {
    if (this.problems.length) throw new ConfigError(`${this.origin}: ${this.problems.join('; ')}`);
  }
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
