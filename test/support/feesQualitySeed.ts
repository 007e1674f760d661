// Party fees and quality ratings in the test databases: their seeders are registered in AREA_SEEDERS, which
// seedProvince does not call yet; until it does, the fees and quality tests run them here (once: a no-op when
// the hook has already filled the tables).
import type pg from 'pg';
import { AREA_SEEDERS } from '../../subgraphs/province/seed/areas/index.ts';
import { TEST_AS_OF } from './federation.ts';

export async function seedIfHookMissing(pool: pg.Pool, code = '01'): Promise<void> {
  const { rows } = await pool.query('SELECT (SELECT count(*) FROM fee_basis_entry)::int + (SELECT count(*) FROM quality_rating)::int AS n');
  if (rows[0].n > 0) return;
  const client = await pool.connect();
  try {
    for (const seeder of AREA_SEEDERS.filter((s) => ['party fees', 'quality ratings'].includes(s.name))) {
      // the seed, scale and asOf startTestFederation uses by default
      await seeder.run(client, { code, asOf: TEST_AS_OF, seed: 7, scale: 0.0005 });
    }
  } finally {
    client.release();
  }
}
