// What the stand-alone subgraph entries (one container each) share: config from the environment and a clean stop.
import { ConfigError, LOG_LEVELS, readEnum, readInt, readString, readUrl, type LogLevel } from '../../config/env.ts';
import type { RunningServer } from './subgraphServer.ts';

export interface EntryConfig {
  databaseUrl: string;
  port: number;
  host: string;
  logLevel: LogLevel;
  production: boolean;
}

export function loadEntryConfig(env: Record<string, string | undefined>, defaultPort: number): EntryConfig {
  const databaseUrl = readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  if (!databaseUrl) throw new ConfigError('DATABASE_URL is required (postgres://user:password@host:5432/database)');
  return {
    databaseUrl,
    port: readInt(env, 'PORT', defaultPort, { min: 0, max: 65535 }),
    host: readString(env, 'HOST', '127.0.0.1'),
    logLevel: readEnum(env, 'LOG_LEVEL', 'info', LOG_LEVELS),
    production: env.NODE_ENV === 'production',
  };
}

/** Runs `main`; prints a ConfigError as one line and exits 2; stops the server on SIGINT/SIGTERM. */
export async function runEntry(main: () => Promise<{ server: RunningServer; close: () => Promise<void> }>): Promise<void> {
  try {
    const { server, close } = await main();
    const stop = async () => {
      await server.stop();
      await close();
      process.exit(0);
    };
    process.on('SIGINT', () => void stop());
    process.on('SIGTERM', () => void stop());
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}\n`);
      process.exit(2);
    }
    // Before it serves, the usual failure is its database (down, wrong password, wrong name): one line that
    // says so (not a stack), and exit 1 for the orchestrator to retry.
    const { code, message } = error as NodeJS.ErrnoException;
    process.stderr.write(`Start failed: ${message}${code ? ` (${code})` : ''}\n`);
    process.exit(1);
  }
}
