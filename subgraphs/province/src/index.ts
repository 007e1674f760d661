// Stand-alone province subgraph (one container per province). Env: PROVINCE_CODE, DATABASE_URL, PORT
// (default 4100 + code), HOST, SEED_SCALE (seed demo data when the database is empty), SEED, LOG_LEVEL, NODE_ENV,
// AUTH_JWKS_FILE or AUTH_JWKS_URL, AUTH_ISSUER, AUTH_AUDIENCE (auth/config.ts), and the rules the spec leaves to
// configuration: ADMISSION_MIN_AGE_MONTHS, ADMISSION_MAX_AGE_MONTHS, PROBATION_MONTHS, RECOGNITION_GRACE_DAYS,
// FEE_RATES_FILE, QUALITY_RULES_FILE, CITIZEN_ID_HASH_KEY, DISCLOSURE_CONTROL_KEY. All read and validated once, by config.ts, here.
import { fileURLToPath } from 'node:url';
import { createTokenVerifier } from '../../../auth/verifier.ts';
import { provinceSubgraphName } from '../../../schema/provinces.ts';
import { createPool, migrate } from '../../shared/db.ts';
import { todayInVietnam } from '../../shared/period.ts';
import { runEntry } from '../../shared/entry.ts';
import { createLogger } from '../../shared/logger.ts';
import { isSeeded, seedProvince } from '../seed/seedProvince.ts';
import { loadProvinceEntryConfig } from './config.ts';
import { startProvinceSubgraph } from './server.ts';
import { loadTracingConfig } from '../../../observability/config.ts';
import { startTracing } from '../../../observability/tracing.ts';

await runEntry(async () => {
  const config = loadProvinceEntryConfig(process.env);
  const { code, entry, rules, citizenIdHashKey, disclosureControlKey } = config;
  // OTEL_TRACES_EXPORTER=otlp and OTEL_EXPORTER_OTLP_ENDPOINT (README "Traces"); off by default.
  const tracing = startTracing(loadTracingConfig(process.env, provinceSubgraphName(code)));
  const verifier = createTokenVerifier(config.auth);
  const logger = createLogger(entry.logLevel, { province: code });
  const pool = createPool(entry.databaseUrl, { max: 10, applicationName: provinceSubgraphName(code) });
  await migrate(pool, fileURLToPath(new URL('../migrations', import.meta.url)));
  if (config.seedScale !== null && !(await isSeeded(pool))) {
    const summary = await seedProvince(pool, { code, scale: config.seedScale, seed: config.seed, asOf: todayInVietnam(), rules });
    logger.info({ summary }, 'seeded demo data');
  }
  const server = await startProvinceSubgraph(
    { code, pool, logger, production: entry.production, verifier, rules, citizenIdHashKey, disclosureControlKey },
    entry,
  );
  logger.info({ url: server.url }, 'province subgraph listening');
  return { server, close: async () => (await pool.end(), await tracing?.stop()) };
});
