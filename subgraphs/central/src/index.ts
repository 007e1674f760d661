// Stand-alone central subgraph. Env: DATABASE_URL, PORT (default 4100), HOST, LOG_LEVEL, NODE_ENV, AUTH_JWKS_FILE
// or AUTH_JWKS_URL, AUTH_ISSUER, AUTH_AUDIENCE (auth/config.ts), REPORT_DEADLINE_DAYS, DISCLOSURE_CONTROL_KEY. All read and validated once,
// by config.ts, here.
import { fileURLToPath } from 'node:url';
import { createTokenVerifier } from '../../../auth/verifier.ts';
import { createPool, migrate } from '../../shared/db.ts';
import { runEntry } from '../../shared/entry.ts';
import { createLogger } from '../../shared/logger.ts';
import { loadCentralEntryConfig } from './config.ts';
import { startCentralSubgraph } from './server.ts';
import { loadTracingConfig } from '../../../observability/config.ts';
import { startTracing } from '../../../observability/tracing.ts';

await runEntry(async () => {
  const config = loadCentralEntryConfig(process.env);
  const { entry } = config;
  // OTEL_TRACES_EXPORTER=otlp and OTEL_EXPORTER_OTLP_ENDPOINT (README "Traces"); off by default.
  const tracing = startTracing(loadTracingConfig(process.env, 'central'));
  const verifier = createTokenVerifier(config.auth);
  const logger = createLogger(entry.logLevel, { subgraph: 'central' });
  const pool = createPool(entry.databaseUrl, { max: 10, applicationName: 'central' });
  await migrate(pool, fileURLToPath(new URL('../migrations', import.meta.url)));
  const server = await startCentralSubgraph(
    { pool, logger, production: entry.production, verifier, reportDeadlineDays: config.reportDeadlineDays, disclosureControlKey: config.disclosureControlKey },
    entry,
  );
  logger.info({ url: server.url }, 'central subgraph listening');
  return { server, close: async () => (await pool.end(), await tracing?.stop()) };
});
