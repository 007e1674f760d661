// The central subgraph's configuration: the one module of this subgraph that turns the environment into typed
// options, read and validated once by the entry (index.ts) so that a bad value stops the start with a
// ConfigError naming the variable and the value got. Everything below takes options (server.ts -> context).
import { loadAuthConfig, type AuthConfig } from '../../../auth/config.ts';
import { readInt } from '../../../config/env.ts';
import { CENTRAL_PORT } from '../../../schema/ports.ts';
import { readDisclosureControlKey } from '../../shared/disclosureControl.ts';
import { loadEntryConfig, type EntryConfig } from '../../shared/entry.ts';
import { DEFAULT_REPORT_DEADLINE_DAYS } from './rules/reports.ts';

type Env = Record<string, string | undefined>;

/** Every setting the Centre's behaviour depends on (as opposed to where it listens). */
export interface CentralSettings {
  /** REPORT_DEADLINE_DAYS: days after a period's end a report stays on time, 0 to 60. Default 5 ([D]). */
  reportDeadlineDays: number;
  /**
   * DISCLOSURE_CONTROL_KEY: the secret of the rounding of analysts' counts (docs/disclosure-control.md), the
   * provinces' key, so that a submitted figure publishes here the value it publishes at its province.
   */
  disclosureControlKey: string;
}

export function loadCentralSettings(env: Env): CentralSettings {
  return {
    reportDeadlineDays: readInt(env, 'REPORT_DEADLINE_DAYS', DEFAULT_REPORT_DEADLINE_DAYS, { min: 0, max: 60 }),
    disclosureControlKey: readDisclosureControlKey(env),
  };
}

/** What the stand-alone entry needs. */
export interface CentralEntryConfig extends CentralSettings {
  /** DATABASE_URL, PORT (default 4100), HOST, LOG_LEVEL, NODE_ENV. */
  entry: EntryConfig;
  /** AUTH_JWKS_FILE or AUTH_JWKS_URL, AUTH_ISSUER, AUTH_AUDIENCE (auth/config.ts). */
  auth: AuthConfig;
}

export function loadCentralEntryConfig(env: Env): CentralEntryConfig {
  return { entry: loadEntryConfig(env, CENTRAL_PORT), auth: loadAuthConfig(env), ...loadCentralSettings(env) };
}
