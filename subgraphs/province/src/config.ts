// The province subgraph's configuration: the one module of this subgraph that turns the environment into typed
// options, read and validated once by the entry (index.ts) so that a bad value stops the start with a
// ConfigError naming the variable (or the file) and the value got, never a request. Everything below the entry
// takes these values as options (server.ts -> the request context: ctx.rules, ctx.citizenIdHashKey).
import { loadAuthConfig, type AuthConfig } from '../../../auth/config.ts';
import { ConfigError, readInt, readNumber, readString } from '../../../config/env.ts';
import { findProvince, provinceSubgraphName } from '../../../schema/provinces.ts';
import { defaultSubgraphPort } from '../../../schema/ports.ts';
import { LOCAL_DISCLOSURE_CONTROL_KEY, readDisclosureControlKey } from '../../shared/disclosureControl.ts';
import { loadEntryConfig, type EntryConfig } from '../../shared/entry.ts';

export { LOCAL_DISCLOSURE_CONTROL_KEY };
import { loadAdmissionRules, type AdmissionRules } from './core/admissionRules.ts';
import { loadFeeRules, type FeeRules } from './areas/fees/rules.ts';
import { loadQualityRules, type QualityRules } from './areas/quality/rules.ts';
import { loadCadreRules, type CadreRules } from './areas/cadres/rules.ts';
import { loadMeritCareRules, type MeritCareRules } from './areas/merit-care/rules.ts';
import { readSecret } from '../../../config/secrets.ts';

type Env = Record<string, string | undefined>;

/** The rules the spec leaves to configuration, one entry per area that has some. */
export interface ProvinceRules {
  /** ADMISSION_MIN_AGE_MONTHS, ADMISSION_MAX_AGE_MONTHS, PROBATION_MONTHS, RECOGNITION_GRACE_DAYS. */
  admission: AdmissionRules;
  /** config/fee-rates.json, or the file FEE_RATES_FILE names. */
  fees: FeeRules;
  /** config/quality-rules.json, or the file QUALITY_RULES_FILE names. */
  quality: QualityRules;
  /** config/cadre-rules.json, or the file CADRE_RULES_FILE names: retirement, step raises, check-ups. */
  cadres: CadreRules;
  /** config/merit-care-rules.json, or the file MERIT_CARE_RULES_FILE names: the occasions' days (Tết per year), the due window. */
  meritCare: MeritCareRules;
}

/** Every setting a province subgraph's behaviour depends on (as opposed to where it listens or what it seeds). */
export interface ProvinceSettings {
  rules: ProvinceRules;
  /**
   * Key of the salted hash (HMAC-SHA256) of citizen IDs for the national check (CITIZEN_ID_HASH_KEY). Every
   * province must use the same key and the Centre must never hold it (spec §4: a raw CCCD never leaves the
   * province; a hash made without a secret is reversible over 10^12 candidates).
   */
  citizenIdHashKey: string;
  /**
   * Secret of the rounding of the counts an aggregate-only reader sees (DISCLOSURE_CONTROL_KEY,
   * docs/disclosure-control.md). The same in every province and at the Centre, so that a figure read in either
   * place is rounded the same way; whoever holds it can tell which way each count was rounded.
   */
  disclosureControlKey: string;
}

/** For local runs and tests only: a deployment sets CITIZEN_ID_HASH_KEY, the same in every province. */
export const LOCAL_CITIZEN_ID_HASH_KEY = 'local-development-citizen-id-hash-key';

export function loadProvinceRules(env: Env): ProvinceRules {
  return { admission: loadAdmissionRules(env), fees: loadFeeRules(env), quality: loadQualityRules(env), cadres: loadCadreRules(env), meritCare: loadMeritCareRules(env) };
}

export function readCitizenIdHashKey(env: Env): string {
  return readSecret(env, 'CITIZEN_ID_HASH_KEY', {
    development: LOCAL_CITIZEN_ID_HASH_KEY,
    minLength: 16,
    holder: 'one random key of at least 32 bytes, the same in all 34 provinces, which the Centre must never hold: README "Secrets"',
  });
}

export function loadProvinceSettings(env: Env): ProvinceSettings {
  return { rules: loadProvinceRules(env), citizenIdHashKey: readCitizenIdHashKey(env), disclosureControlKey: readDisclosureControlKey(env) };
}

let defaults: ProvinceSettings | undefined;
/**
 * The spec's values, as with every variable unset (the rules files as shipped in config/, the admission
 * defaults, the local hash key): what a server or seeder given no settings uses. Read once, on first use.
 */
export function defaultProvinceSettings(): ProvinceSettings {
  return (defaults ??= loadProvinceSettings({}));
}

/** What the stand-alone entry (one container per province) needs. */
export interface ProvinceEntryConfig extends ProvinceSettings {
  /** PROVINCE_CODE: one of the 34 codes in schema/provinces.json. */
  code: string;
  /** DATABASE_URL, PORT (default 4100 + code), HOST, LOG_LEVEL, NODE_ENV. */
  entry: EntryConfig;
  /** SEED_SCALE: seed demo data at this scale when the database is empty; null (unset) = never seed. */
  seedScale: number | null;
  /** SEED: the demo data's PRNG seed. Default 1. */
  seed: number;
  /** AUTH_JWKS_FILE or AUTH_JWKS_URL, AUTH_ISSUER, AUTH_AUDIENCE (auth/config.ts). */
  auth: AuthConfig;
}

export function loadProvinceEntryConfig(env: Env): ProvinceEntryConfig {
  const code = env.PROVINCE_CODE ?? '';
  if (!findProvince(code)) throw new ConfigError(`PROVINCE_CODE must be one of the 34 codes in schema/provinces.json; got "${code}"`);
  return {
    code,
    entry: loadEntryConfig(env, defaultSubgraphPort(provinceSubgraphName(code))),
    seedScale: readString(env, 'SEED_SCALE') === undefined ? null : readNumber(env, 'SEED_SCALE', 0.01, { min: 0.0001, max: 1 }),
    seed: readInt(env, 'SEED', 1, { min: 0, max: 2 ** 31 - 1 }),
    auth: loadAuthConfig(env),
    ...loadProvinceSettings(env),
  };
}
