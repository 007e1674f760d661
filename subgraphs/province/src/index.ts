// Stand-alone province subgraph (one container per province). Env: PROVINCE_CODE, DATABASE_URL, PORT
// (default 4100 + code), HOST, SEED_SCALE (seed demo data when the database is empty), SEED, LOG_LEVEL, NODE_ENV,
// AUTH_JWKS_FILE or AUTH_JWKS_URL, AUTH_ISSUER, AUTH_AUDIENCE (auth/config.ts).
import { fileURLToPath } from 'node:url';
import { loadAuthConfig } from '../../../auth/config.ts';
import { createTokenVerifier } from '../../../auth/verifier.ts';
import { ConfigError, readInt, readNumber } from '../../../config/env.ts';
import { findProvince, provinceSubgraphName } from '../../../schema/provinces.ts';
import { defaultSubgraphPort } from '../../../schema/ports.ts';
import { createPool, migrate } from '../../shared/db.ts';
import { todayInVietnam } from '../../shared/period.ts';
import { loadEntryConfig, runEntry } from '../../shared/entry.ts';
import { createLogger } from '../../shared/logger.ts';
import { isSeeded, seedProvince } from '../seed/seedProvince.ts';
import { startProvinceSubgraph } from './server.ts';

await runEntry(async () => {
  const code = process.env.PROVINCE_CODE ?? '';
  if (!findProvince(code)) throw new ConfigError(`PROVINCE_CODE must be one of the 34 codes in schema/provinces.json; got "${code}"`);
  const config = loadEntryConfig(process.env, defaultSubgraphPort(provinceSubgraphName(code)));
  const seedScale = process.env.SEED_SCALE ? readNumber(process.env, 'SEED_SCALE', 0.01, { min: 0.0001, max: 1 }) : null;
  const verifier = createTokenVerifier(loadAuthConfig(process.env));
  const seed = readInt(process.env, 'SEED', 1, { min: 0, max: 2 ** 31 - 1 });
  const logger = createLogger(config.logLevel, { province: code });
  const pool = createPool(config.databaseUrl, { max: 10, applicationName: provinceSubgraphName(code) });
  await migrate(pool, fileURLToPath(new URL('../migrations', import.meta.url)));
  if (seedScale !== null && !(await isSeeded(pool))) {
    const summary = await seedProvince(pool, { code, scale: seedScale, seed, asOf: todayInVietnam() });
    logger.info({ summary }, 'seeded demo data');
  }
  const server = await startProvinceSubgraph({ code, pool, logger, production: config.production, verifier }, config);
  logger.info({ url: server.url }, 'province subgraph listening');
  return { server, close: () => pool.end() };
});
