// Stand-alone central subgraph. Env: DATABASE_URL, PORT (default 4100), HOST, LOG_LEVEL, NODE_ENV, and AUTH_JWKS_FILE
// or AUTH_JWKS_URL, AUTH_ISSUER, AUTH_AUDIENCE (auth/config.ts).
import { fileURLToPath } from 'node:url';
import { loadAuthConfig } from '../../../auth/config.ts';
import { createTokenVerifier } from '../../../auth/verifier.ts';
import { CENTRAL_PORT } from '../../../schema/ports.ts';
import { createPool, migrate } from '../../shared/db.ts';
import { loadEntryConfig, runEntry } from '../../shared/entry.ts';
import { createLogger } from '../../shared/logger.ts';
import { startCentralSubgraph } from './server.ts';

await runEntry(async () => {
  const config = loadEntryConfig(process.env, CENTRAL_PORT);
  const verifier = createTokenVerifier(loadAuthConfig(process.env));
  const logger = createLogger(config.logLevel, { subgraph: 'central' });
  const pool = createPool(config.databaseUrl, { max: 10, applicationName: 'central' });
  await migrate(pool, fileURLToPath(new URL('../migrations', import.meta.url)));
  const server = await startCentralSubgraph({ pool, logger, production: config.production, verifier }, config);
  logger.info({ url: server.url }, 'central subgraph listening');
  return { server, close: () => pool.end() };
});
