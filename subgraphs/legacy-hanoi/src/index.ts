// The adapter as one process (one container): reads its configuration (config.ts), applies the legacy database's
// migrations, serves the standard. A bad variable stops it with one line naming it (exit 2); a database that
// cannot be reached, with one line saying so (exit 1, for the orchestrator to retry).
import pg from 'pg';
import pino from 'pino';
import { LegacyConfigError, loadLegacyConfig } from './config.ts';
import { migrateLegacy } from './migrate.ts';
// (startLegacyProvince, for tests and npm start, is server.ts's: importing this file starts a server)
import { startLegacyProvince } from './server.ts';

try {
  const config = loadLegacyConfig(process.env);
  const logger = pino({ level: config.logLevel }).child({ province: config.code, system: 'legacy-hanoi' });
  const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 10, application_name: `legacy${config.code}` });
  pool.on('error', () => {}); // an idle connection lost (a database restart): the pool replaces it
  await migrateLegacy(pool);
  const server = await startLegacyProvince({
    code: config.code, pool, auth: config.auth, disclosureControlKey: config.disclosureControlKey,
    port: config.port, host: config.host, logger, production: config.production,
  });
  logger.info({ url: server.url }, 'legacy province system listening');
  const stop = async () => {
    await server.stop();
    await pool.end();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
} catch (error) {
  if (error instanceof LegacyConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`);
    process.exit(2);
  }
  const { code, message } = error as NodeJS.ErrnoException;
  process.stderr.write(`Start failed: ${message}${code ? ` (${code})` : ''}\n`);
  process.exit(1);
}
