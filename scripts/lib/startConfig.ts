// Configuration of `npm start`, read once from the environment and validated (see README "Configuration").
import { ConfigError, LOG_LEVELS, readEnum, readInt, readNumber, readString, readUrl, type LogLevel } from '../../config/env.ts';
import { isIsoDate } from '../../subgraphs/shared/scalars.ts';
import { todayInVietnam } from '../../subgraphs/shared/period.ts';
import { loadCentralSettings, type CentralSettings } from '../../subgraphs/central/src/config.ts';
import { loadProvinceSettings, type ProvinceSettings } from '../../subgraphs/province/src/config.ts';
import { findProvince } from '../../schema/provinces.ts';

export interface StartConfig {
  /** PostgreSQL URL with `{code}` for the database: the 2-digit province code, or "central". Unset = embedded. */
  databaseUrlTemplate?: string;
  /** Port of the embedded PostgreSQL server. */
  embeddedPgPort: number;
  /** Folder of the embedded cluster (git-ignored, reused on the next start). */
  dataDir: string;
  seedScale: number;
  seed: number;
  /** The "today" of the demo data (YYYY-MM-DD): meetings are made for the 12 months up to it. */
  seedAsOf: string;
  logLevel: LogLevel;
  production: boolean;
  /** Every province's rules and citizen-ID hash key, as a province entry reads them (ADMISSION_*, FEE_RATES_FILE …). */
  province: ProvinceSettings;
  /** The Centre's settings, as its entry reads them (REPORT_DEADLINE_DAYS). */
  central: CentralSettings;
  /**
   * LEGACY_PROVINCES: provinces served by their own legacy system (subgraphs/legacy-hanoi) instead of ours, on the
   * same port, from a database legacy_NN loaded from the seeded province_NN at each start. Default none.
   */
  legacyProvinces: string[];
}

// One definition for the whole project (subgraphs/shared/period.ts); re-exported for this module's users.
export { todayInVietnam };

/** Read once by `npm start` and `npm run seed`: a bad value stops them naming the variable (or file) and the value. */
export function loadStartConfig(env: Record<string, string | undefined>, projectRoot: string): StartConfig {
  const databaseUrlTemplate = readUrl(env, 'DATABASE_URL_TEMPLATE', ['postgres:', 'postgresql:']);
  if (databaseUrlTemplate && !databaseUrlTemplate.includes('{code}')) {
    throw new ConfigError(
      `DATABASE_URL_TEMPLATE must contain {code} (replaced by a province code or "central"); got "${databaseUrlTemplate}"`,
    );
  }
  const seedAsOf = readString(env, 'SEED_AS_OF', todayInVietnam());
  if (!isIsoDate(seedAsOf)) throw new ConfigError(`SEED_AS_OF must be a date YYYY-MM-DD; got "${seedAsOf}"`);
  return {
    databaseUrlTemplate,
    embeddedPgPort: readInt(env, 'EMBEDDED_PG_PORT', 54320, { min: 1024, max: 65535 }),
    dataDir: readString(env, 'DATA_DIR', `${projectRoot}/.data/postgres`),
    // 0.005 (~28,000 members, Hà Nội 2,500): the first start, seeding every process, stays well under a minute on
    // 2 cores (0.01 took 44-57 s, too close).
    seedScale: readNumber(env, 'SEED_SCALE', 0.005, { min: 0.0001, max: 1 }),
    seed: readInt(env, 'SEED', 1, { min: 0, max: 2 ** 31 - 1 }),
    seedAsOf,
    logLevel: readEnum(env, 'LOG_LEVEL', 'warn', LOG_LEVELS),
    production: env.NODE_ENV === 'production',
    province: loadProvinceSettings(env),
    central: loadCentralSettings(env),
    legacyProvinces: readLegacyProvinces(env),
  };
}

/** LEGACY_PROVINCES="01" or "01,79": known 2-digit codes, each once. */
function readLegacyProvinces(env: Record<string, string | undefined>): string[] {
  const raw = readString(env, 'LEGACY_PROVINCES');
  if (raw === undefined) return [];
  const codes = raw.split(',').map((c) => c.trim());
  for (const code of codes) {
    if (!/^\d{2}$/.test(code) || !findProvince(code)) {
      throw new ConfigError(`LEGACY_PROVINCES must be a comma-separated list of province codes (schema/provinces.json), e.g. "01"; got "${raw}" ("${code}" is not one)`);
    }
  }
  if (new Set(codes).size !== codes.length) throw new ConfigError(`LEGACY_PROVINCES names a province twice; got "${raw}"`);
  return codes;
}
