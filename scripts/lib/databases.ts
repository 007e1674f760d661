// Prepares the 35 databases: creates each when missing, applies its migrations, seeds empty provinces.
import { fileURLToPath } from 'node:url';
import { provinces, type ProvinceInfo } from '../../schema/provinces.ts';
import { createPool, ensureDatabase, migrate, type Pool } from '../../subgraphs/shared/db.ts';
import { isSeeded, seedProvince, type SeedOptions, type SeedSummary } from '../../subgraphs/province/seed/seedProvince.ts';

export const PROVINCE_MIGRATIONS = fileURLToPath(new URL('../../subgraphs/province/migrations', import.meta.url));
export const CENTRAL_MIGRATIONS = fileURLToPath(new URL('../../subgraphs/central/migrations', import.meta.url));

/** Database URL for "central" or a 2-digit province code. */
export type DatabaseUrlFor = (codeOrCentral: string) => string;

export interface PrepareOptions {
  urlFor: DatabaseUrlFor;
  /** Which provinces to run (default all 34). */
  provinces?: readonly ProvinceInfo[];
  /** How empty provinces are seeded; `rules` as the province subgraphs are configured (default: the spec's). */
  seed: Pick<SeedOptions, 'scale' | 'seed' | 'asOf' | 'rules'>;
  /** Seed this many provinces at once (default 2: the generator and PostgreSQL each keep a core busy). */
  concurrency?: number;
  /** Told when a province starts seeding, as it goes (progress: [done, total] in its own units), and when done. */
  onSeed?: (event: { code: string; phase: 'start' | 'progress' | 'done'; summary?: SeedSummary; progress?: [number, number] }) => void;
}

export interface PreparedDatabases {
  central: Pool;
  provinces: Map<string, Pool>;
  /**
   * Provinces served by their own legacy system instead of ours (LEGACY_PROVINCES; legacyDatabases.ts): its
   * database by province code. Their national database stays in `provinces`: the legacy one is loaded from it.
   */
  legacy?: Map<string, Pool>;
  /** Ends every pool. */
  close(): Promise<void>;
}

export async function prepareDatabases(options: PrepareOptions): Promise<PreparedDatabases> {
  const list = options.provinces ?? provinces;
  const pools = new Map<string, Pool>();
  const central = await openMigrated(options.urlFor('central'), CENTRAL_MIGRATIONS, 'central');
  try {
    await runLimited(list, 4, async (p) => {
      pools.set(p.code, await openMigrated(options.urlFor(p.code), PROVINCE_MIGRATIONS, `province${p.code}`));
    });
    const empty: ProvinceInfo[] = [];
    for (const p of list) if (!(await isSeeded(pools.get(p.code)!))) empty.push(p);
    // Largest first: Hà Nội (9% of the nation) started last would run alone at the end, on one core.
    empty.sort((a, b) => b.approxMembers - a.approxMembers || a.code.localeCompare(b.code));
    await runLimited(empty, options.concurrency ?? 2, async (p) => {
      options.onSeed?.({ code: p.code, phase: 'start' });
      const summary = await seedProvince(pools.get(p.code)!, {
        code: p.code,
        ...options.seed,
        onProgress: (done, total) => options.onSeed?.({ code: p.code, phase: 'progress', progress: [done, total] }),
      });
      options.onSeed?.({ code: p.code, phase: 'done', summary });
    });
    // Write the seeded pages out now, while starting, rather than in PostgreSQL's shutdown checkpoint: on a busy
    // machine that checkpoint kept the first Ctrl-C after seeding waiting over 30 s (measured). Only an
    // optimisation: a server user without the pg_checkpoint role cannot, and the shutdown then does it.
    if (empty.length > 0) await central.query('CHECKPOINT').catch(() => undefined);
  } catch (error) {
    await Promise.all([central.end(), ...[...pools.values()].map((p) => p.end())]);
    throw error;
  }
  const ordered = new Map(list.map((p) => [p.code, pools.get(p.code)!]));
  return {
    central,
    provinces: ordered,
    close: async () => {
      await Promise.all([central.end(), ...[...ordered.values()].map((p) => p.end())]);
    },
  };
}

async function openMigrated(url: string, migrations: string, name: string): Promise<Pool> {
  await ensureDatabase(url);
  const pool = createPool(url, { applicationName: name });
  try {
    await migrate(pool, migrations);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return pool;
}

/** Runs `work` over `items`, at most `limit` at a time; the first failure rejects after running work settles. */
async function runLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const errors: unknown[] = [];
  const worker = async () => {
    while (next < items.length && errors.length === 0) {
      const item = items[next++];
      try {
        await work(item);
      } catch (error) {
        errors.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (errors.length) throw errors[0];
}
