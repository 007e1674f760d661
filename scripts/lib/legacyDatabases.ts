// Provinces served by their own legacy system (LEGACY_PROVINCES, issue 12): for each, a database legacy_NN in the
// legacy system's shape (subgraphs/legacy-hanoi/migrations), loaded at every start from the seeded national
// database of the same province, so that both implementations answer from the same records.
import { loadFromNationalSeed } from '../../subgraphs/legacy-hanoi/load/fromNationalSeed.ts';
import { migrateLegacy } from '../../subgraphs/legacy-hanoi/src/migrate.ts';
import { createPool, ensureDatabase, type Pool } from '../../subgraphs/shared/db.ts';
import type { PreparedDatabases } from './databases.ts';

/**
 * `databases` with `legacy` set: one loaded legacy database per code, at `urlFor(code)`; its close() ends their
 * pools too. The national databases stay as they are (the loader reads them; the legacy system then serves).
 */
export async function addLegacyDatabases(
  databases: PreparedDatabases,
  codes: readonly string[],
  urlFor: (code: string) => string,
): Promise<PreparedDatabases> {
  const legacy = new Map<string, Pool>();
  try {
    for (const code of codes) {
      const national = databases.provinces.get(code);
      if (!national) throw new Error(`legacy province ${code} is not among the provinces being started`);
      await ensureDatabase(urlFor(code));
      const pool = createPool(urlFor(code), { applicationName: `legacy${code}` });
      legacy.set(code, pool);
      await migrateLegacy(pool);
      await loadFromNationalSeed(national, pool);
    }
  } catch (error) {
    await Promise.all([...legacy.values()].map((p) => p.end()));
    throw error;
  }
  return {
    ...databases,
    legacy,
    close: async () => {
      await Promise.all([databases.close(), ...[...legacy.values()].map((p) => p.end())]);
    },
  };
}
