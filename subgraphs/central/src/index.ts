// Stand-alone central subgraph. Env: DATABASE_URL, PORT (default 4100), HOST, LOG_LEVEL, NODE_ENV.
import { fileURLToPath } from 'node:url';
import { CENTRAL_PORT } from '../../../schema/ports.ts';
import { createPool, migrate } from '../../shared/db.ts';
import { loadEntryConfig, runEntry } from '../../shared/entry.ts';
import { createLogger } from '../../shared/logger.ts';
import { startCentralSubgraph } from './server.ts';

await runEntry(async () => {
  const config = loadEntryConfig(process.env, CENTRAL_PORT);
  const logger = createLogger(config.logLevel, { subgraph: 'central' });
  const pool = createPool(config.databaseUrl, { max: 10, applicationName: 'central' });
  await migrate(pool, fileURLToPath(new URL('../migrations', import.meta.url)));
  const server = await startCentralSubgraph({ pool, logger, production: config.production }, config);
  logger.info({ url: server.url }, 'central subgraph listening');
  return { server, close: () => pool.end() };
});
