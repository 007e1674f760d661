// PostgreSQL access shared by the subgraphs: pools, transactions and versioned SQL migrations.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;

// Dates stay strings ("2026-10-31"): a JS Date would shift them by the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
// bigint counts fit in a JS number at our sizes (a province has well under 2^53 rows).
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

/**
 * Told of every statement a pool's connections run, as it starts: returns what to call when it ends (with its
 * error, if it failed). The subgraph's SQL time histogram and SQL spans (subgraphs/shared/observeSql.ts).
 */
export type QueryObserver = (sql: string) => (error?: unknown) => void;

const observers = new WeakMap<pg.Pool, QueryObserver>();

/** Observes every statement `pool` runs from now on, on any of its connections (one observer per pool). */
export function observeQueries(pool: Pool, observer: QueryObserver): void {
  observers.set(pool, observer);
}

export interface PoolOptions {
  /** Connections per pool. Default 4: 35 pools share one server in the default run (max_connections 300). */
  max?: number;
  /** Name shown in pg_stat_activity, e.g. "province79". */
  applicationName?: string;
}

/** A pool whose sessions use Vietnam's time zone, so months start at local midnight, and stop work nobody awaits. */
export function createPool(connectionString: string, { max = 4, applicationName }: PoolOptions = {}): Pool {
  const pool = new pg.Pool({
    connectionString,
    max,
    idleTimeoutMillis: 30_000,
    application_name: applicationName,
    // client_connection_check_interval: a statement whose connection is gone (a request abandoned, its cancel
    // request lost: boundedClient.ts) is ended by the server within a second instead of running to its end.
    options: '-c timezone=Asia/Ho_Chi_Minh -c client_connection_check_interval=1000',
  });
  // An idle client losing its connection (server restart) must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  // Every connection, as the pool opens it: so that pool.query, a checked-out client and a transaction are all seen.
  pool.on('connect', (client) => observeClient(pool, client));
  return pool;
}

type QueryArgs = unknown[];

/**
 * Wraps the client's query() to tell the pool's observer (when it has one) when each statement starts and ends,
 * whichever of pg's forms it is called in: a promise, a callback (pool.query's), or a submittable (COPY streams,
 * timed to the moment they are submitted only).
 */
function observeClient(pool: Pool, client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: QueryArgs) => unknown;
  const observed = (...args: QueryArgs): unknown => {
    const observer = observers.get(pool);
    if (!observer) return query(...args);
    const first = args[0];
    const text = typeof first === 'string' ? first : typeof (first as { text?: unknown })?.text === 'string' ? (first as { text: string }).text : '';
    const done = observer(text);
    const callbackAt = args.findIndex((a) => typeof a === 'function');
    if (callbackAt >= 0) {
      const callback = args[callbackAt] as (error: unknown, result: unknown) => void;
      args[callbackAt] = (error: unknown, result: unknown) => {
        done(error ?? undefined);
        callback(error, result);
      };
      return query(...args);
    }
    const result = query(...args);
    if (result instanceof Promise) result.then(() => done(), done);
    else done();
    return result;
  };
  (client as unknown as { query: typeof observed }).query = observed;
}

export async function withTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    return await inTransaction(client, work);
  } finally {
    client.release();
  }
}

/** BEGIN, `work`, COMMIT on a connection already checked out; ROLLBACK when `work` throws. */
export async function inTransaction<C extends { query(sql: string): Promise<unknown> }, T>(client: C, work: (client: C) => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    // Refused when the request was abandoned (boundedClient.ts): its connection is then destroyed, which rolls back.
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/**
 * Applies the `NNN_name.sql` files of `dir` not yet recorded in schema_migration, each in its own
 * transaction, in name order. An advisory lock keeps two processes from migrating one database at once.
 * Returns the names applied.
 */
export async function migrate(pool: Pool, dir: string): Promise<string[]> {
  const files = readdirSync(dir).filter((f) => /^\d{3}_.+\.sql$/.test(f)).sort();
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(7234001)');
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migration (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ name: string }>('SELECT name FROM schema_migration');
    const done = new Set(rows.map((r) => r.name));
    const applied: string[] = [];
    for (const file of files.filter((f) => !done.has(f))) {
      await client.query('BEGIN');
      try {
        await client.query(readFileSync(join(dir, file), 'utf8'));
        await client.query('INSERT INTO schema_migration (name) VALUES ($1)', [file]);
        await client.query('COMMIT');
        applied.push(file);
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`Migration ${file} failed: ${(error as Error).message}`);
      }
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock(7234001)').catch(() => {});
    client.release();
  }
}

/** Creates the database named in `url` on its server when it does not exist (connecting to `postgres`). */
export async function ensureDatabase(url: string): Promise<boolean> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
    return true;
  } finally {
    await client.end();
  }
}
