// Preparing empty tables for a bulk load inside the caller's transaction, and restoring them after.
//
// Why indexes and foreign keys are dropped and rebuilt: COPY into indexed tables checks every foreign key row
// by row (two lookups per attendance row) and inserts random UUIDs into B-trees one at a time. Rebuilding after
// the load sorts once and validates each foreign key with one join. The definitions are read from the catalog,
// so whatever the migrations declare comes back exactly, and the transaction restores them on any failure.
import type { PoolClient } from '../../shared/db.ts';

/** The province database already has rows in a seeded table: seeding adds to nothing. */
export class DatabaseNotEmptyError extends Error {
  constructor(readonly table: string) {
    super(`Cannot seed: table ${table} already holds data. Seeding only fills an empty province database; ` +
      'drop and re-create the database (then migrate) to seed it again.');
    this.name = 'DatabaseNotEmptyError';
  }
}

export class MigrationsMissingError extends Error {
  constructor(readonly table: string) {
    super(`Cannot seed: table ${table} does not exist. Apply the province migrations first.`);
    this.name = 'MigrationsMissingError';
  }
}

export interface LockedTables {
  /** COPY ... FREEZE can be used (the tables were truncated in this transaction). */
  freeze: boolean;
  /**
   * The other tables that reference the locked ones, at any depth (the areas' tables: cards, fees ...), when
   * they are empty too: the areas' seeders fill them, so their indexes and keys can be deferred as well.
   */
  referencing: string[];
}

/**
 * Locks `tables` against other sessions until the transaction ends and checks that they are empty.
 * Returns whether COPY ... FREEZE can be used: it needs the tables truncated in this transaction, which is
 * done when every table referencing them (other areas' tables) is empty too and none refuses TRUNCATE.
 * Frozen rows are all-visible at once, so index-only scans need no VACUUM after the seed. Truncated in this
 * transaction, a table is also written without WAL when the server runs with wal_level = minimal (the embedded
 * one does): its files are synced once at commit instead.
 */
export async function lockEmptyTables(client: PoolClient, tables: readonly string[]): Promise<LockedTables> {
  const { rows: missing } = await client.query<{ name: string }>(
    'SELECT name FROM unnest($1::text[]) AS name WHERE to_regclass(name) IS NULL',
    [tables],
  );
  if (missing.length > 0) throw new MigrationsMissingError(missing[0].name);
  await client.query(`LOCK TABLE ${tables.join(', ')} IN ACCESS EXCLUSIVE MODE`);
  const nonEmpty = await firstNonEmpty(client, tables);
  if (nonEmpty) throw new DatabaseNotEmptyError(nonEmpty);

  // TRUNCATE must name every table that references a truncated one, at any depth (cards -> members -> ...).
  const { rows: referencing } = await client.query<{ name: string }>(
    `WITH RECURSIVE referencing (id) AS (
       SELECT unnest($1::regclass[])::oid
       UNION
       SELECT c.conrelid FROM pg_constraint c JOIN referencing r ON c.confrelid = r.id WHERE c.contype = 'f'
     )
     SELECT id::regclass::text AS name FROM referencing WHERE NOT id = ANY($1::regclass[]::oid[]) ORDER BY 1`,
    [tables],
  );
  const others = referencing.map((r) => r.name);
  if (await firstNonEmpty(client, others)) return { freeze: false, referencing: [] };
  const truncated = [...tables, ...others];
  // A table may refuse TRUNCATE by trigger (an append-only log, say): then load without FREEZE instead.
  const { rows: guarded } = await client.query(
    'SELECT 1 FROM pg_trigger WHERE tgrelid = ANY($1::regclass[]) AND (tgtype & 32) <> 0 LIMIT 1', // 32: ON TRUNCATE
    [truncated],
  );
  if (guarded.length > 0) return { freeze: false, referencing: others };
  await client.query(`TRUNCATE ${truncated.join(', ')}`);
  return { freeze: true, referencing: others };
}

/** The first of `tables` holding a row, in one round trip. Names come from code and the catalog, not users. */
async function firstNonEmpty(client: PoolClient, tables: readonly string[]): Promise<string | undefined> {
  if (tables.length === 0) return undefined;
  const probes = tables.map((t, i) => `(SELECT EXISTS (SELECT 1 FROM ${t})) AS t${i}`).join(', ');
  const { rows } = await client.query<Record<string, boolean>>(`SELECT ${probes}`);
  return tables.find((_, i) => rows[0][`t${i}`]);
}

interface Definition {
  table: string;
  /** ALTER TABLE ... DROP CONSTRAINT or DROP INDEX. */
  drop: string;
  /** ALTER TABLE ... ADD CONSTRAINT or CREATE INDEX. */
  create: string;
}

/** Foreign keys declared on `tables` (they are checked again when re-added). */
async function foreignKeys(client: PoolClient, tables: readonly string[]): Promise<Definition[]> {
  const { rows } = await client.query<{ tbl: string; name: string; def: string }>(
    `SELECT conrelid::regclass::text AS tbl, quote_ident(conname) AS name, pg_get_constraintdef(oid) AS def
       FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY($1::regclass[]) ORDER BY conrelid, conname`,
    [tables],
  );
  return rows.map((r) => ({
    table: r.tbl,
    drop: `ALTER TABLE ${r.tbl} DROP CONSTRAINT ${r.name}`,
    create: `ALTER TABLE ${r.tbl} ADD CONSTRAINT ${r.name} ${r.def}`,
  }));
}

/**
 * Indexes of `tables`, with the primary-key/unique constraints they back. An index that a foreign key of a
 * table outside the set depends on stays: dropping it would need that other table's constraint dropped too.
 */
async function indexes(client: PoolClient, tables: readonly string[]): Promise<Definition[]> {
  const { rows } = await client.query<{ tbl: string; index_name: string; index_def: string; con_name: string | null; con_def: string | null }>(
    `SELECT i.indrelid::regclass::text AS tbl, i.indexrelid::regclass::text AS index_name,
            pg_get_indexdef(i.indexrelid) AS index_def,
            quote_ident(c.conname) AS con_name, pg_get_constraintdef(c.oid) AS con_def
       FROM pg_index i
       LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u', 'x')
      WHERE i.indrelid = ANY($1::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint f
                         WHERE f.contype = 'f' AND f.conindid = i.indexrelid AND NOT f.conrelid = ANY($1::regclass[]))
      ORDER BY i.indrelid, i.indexrelid`,
    [tables],
  );
  return rows.map((r) =>
    r.con_name && r.con_def
      ? { table: r.tbl, drop: `ALTER TABLE ${r.tbl} DROP CONSTRAINT ${r.con_name}`, create: `ALTER TABLE ${r.tbl} ADD CONSTRAINT ${r.con_name} ${r.con_def}` }
      : { table: r.tbl, drop: `DROP INDEX ${r.index_name}`, create: r.index_def },
  );
}

/** Told after each index or foreign key is rebuilt: its table, and how many rebuilds that table has. */
export type RebuildListener = (table: string, statementsOnTable: number) => void;

export interface DeferredIndexes {
  /**
   * Rebuilds the indexes of `tables` (unique and primary keys among them: a duplicate fails the seed here),
   * then the foreign keys declared on them, each validated with one join: the tables they reference must be
   * restored already or in the same call. Each table is restored once; restoring it again does nothing.
   */
  restore(tables: readonly string[]): Promise<void>;
  /** Restores every table not restored yet. */
  restoreAll(): Promise<void>;
}

/**
 * Drops the indexes and foreign keys of `tables` for a bulk load, inside the caller's transaction (which brings
 * them back on any failure). The caller restores them, in stages when a later step of the load needs some
 * indexes back first (the areas' seeders read the members through theirs).
 */
export async function deferIndexes(
  client: PoolClient, tables: readonly string[], onRebuilt: RebuildListener = () => {},
): Promise<DeferredIndexes> {
  const keys = await foreignKeys(client, tables);
  // Drops go in one round trip per kind: small provinces run ~15 of them and they take no time on the server.
  if (keys.length) await client.query(keys.map((k) => k.drop).join(';\n'));
  const indexDefinitions = await indexes(client, tables);
  if (indexDefinitions.length) await client.query(indexDefinitions.map((i) => i.drop).join(';\n'));
  const pending = new Set(tables);

  const restore = async (which: readonly string[]) => {
    const now = which.filter((t) => pending.has(t));
    now.forEach((t) => pending.delete(t));
    // One at a time: on large provinces they take longer than the load, and progress is reported.
    const rebuilds = [...indexDefinitions, ...keys].filter((d) => now.includes(d.table));
    for (const { table, create } of rebuilds) {
      await client.query(create);
      onRebuilt(table, rebuilds.filter((r) => r.table === table).length);
    }
  };
  return { restore, restoreAll: () => restore([...pending]) };
}

/**
 * Runs `load` with the indexes and foreign keys of `tables` dropped, then rebuilds them: unique and primary
 * keys first (a duplicate fails the seed here), then the foreign keys. Call inside a transaction.
 */
export async function withIndexesDeferred<T>(
  client: PoolClient, tables: readonly string[], load: () => Promise<T>, onRebuilt: RebuildListener = () => {},
): Promise<T> {
  const deferred = await deferIndexes(client, tables, onRebuilt);
  const result = await load();
  await deferred.restoreAll();
  return result;
}

/**
 * Disables the user triggers of `tables` (not the foreign keys' internal ones) for a bulk load; returns the
 * function that enables them again. A trigger that keeps derived rows up to date (a summary) would otherwise
 * fire once per loaded row: the seed rebuilds such rows once, after the load (seedProvince's post-load step).
 */
export async function disableUserTriggers(client: PoolClient, tables: readonly string[]): Promise<() => Promise<void>> {
  const { rows } = await client.query<{ tbl: string }>(
    `SELECT DISTINCT tgrelid::regclass::text AS tbl FROM pg_trigger
      WHERE NOT tgisinternal AND tgenabled = 'O' AND tgrelid = ANY($1::regclass[]) ORDER BY 1`,
    [tables],
  );
  const names = rows.map((r) => r.tbl);
  if (names.length) await client.query(names.map((t) => `ALTER TABLE ${t} DISABLE TRIGGER USER`).join(';\n'));
  return async () => {
    if (names.length) await client.query(names.map((t) => `ALTER TABLE ${t} ENABLE TRIGGER USER`).join(';\n'));
  };
}
