// seedProvince against real PostgreSQL: determinism, the shape of the data checked with SQL written apart from
// the generator, and the refusal to seed twice. `npm test -- seed`.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { findProvince } from '../../../../schema/provinces.ts';
import { createTestDatabase, dropTestDatabase } from '../../../../test/support/database.ts';
import { createPool, migrate, type Pool } from '../../../shared/db.ts';
import { isSeeded, seedProvince, type SeedOptions, type SeedSummary } from '../seedProvince.ts';
import { checkShape, checkShares } from './shapeChecks.ts';

const MIGRATIONS = fileURLToPath(new URL('../../migrations', import.meta.url));
// Nghệ An at 1%: ~2,000 members, a Thái minority, and an asOf in mid-month (a partial last month).
const OPTIONS: SeedOptions = { code: '40', scale: 0.01, seed: 20260315, asOf: '2026-03-15' };

const pools = new Map<string, Pool>();
async function freshDatabase(name: string): Promise<Pool> {
  const pool = createPool(await createTestDatabase(name), { max: 2 });
  pools.set(name, pool);
  await migrate(pool, MIGRATIONS);
  return pool;
}

/** md5 of each seeded table's rows in a fixed order: equal digests mean byte-identical contents. */
async function tableDigests(pool: Pool): Promise<Record<string, string>> {
  const { rows } = await pool.query<Record<string, string>>(`SELECT
    (SELECT md5(string_agg(t::text, E'\\n' ORDER BY t.id)) FROM party_org t) AS party_org,
    (SELECT md5(string_agg(t::text, E'\\n' ORDER BY t.id)) FROM member t) AS member,
    (SELECT md5(string_agg(t::text, E'\\n' ORDER BY t.id)) FROM meeting t) AS meeting,
    (SELECT md5(string_agg(t::text, E'\\n' ORDER BY t.meeting_id, t.member_id)) FROM attendance t) AS attendance`);
  return rows[0];
}

async function countRows(pool: Pool): Promise<SeedSummary> {
  const { rows } = await pool.query<SeedSummary>(`SELECT
    (SELECT count(*) FROM party_org)::int AS orgs,
    (SELECT count(*) FROM party_org WHERE level IN ('CHI_BO', 'CHI_BO_CO_SO'))::int AS cells,
    (SELECT count(*) FROM member)::int AS members,
    (SELECT count(*) FROM meeting WHERE started_at IS NOT NULL)::int AS meetings,
    (SELECT count(*) FROM attendance)::int AS attendance`);
  return rows[0];
}

/** Index and constraint definitions of the seeded tables: the seed drops and rebuilds them. */
async function schemaObjects(pool: Pool): Promise<string[]> {
  const { rows } = await pool.query<{ def: string }>(`
    SELECT indexdef AS def FROM pg_indexes WHERE tablename IN ('party_org', 'member', 'meeting', 'attendance')
    UNION ALL
    SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
     WHERE conrelid IN ('party_org'::regclass, 'member'::regclass, 'meeting'::regclass, 'attendance'::regclass)
    ORDER BY 1`);
  return rows.map((r) => r.def);
}

afterAll(async () => {
  for (const [name, pool] of pools) {
    await pool.end();
    await dropTestDatabase(name);
  }
});

describe('seedProvince', () => {
  let seeded: Pool;
  let summary: SeedSummary;
  const progress: Array<[number, number]> = [];

  beforeAll(async () => {
    seeded = await freshDatabase('seed_test_a');
    summary = await seedProvince(seeded, { ...OPTIONS, onProgress: (done, total) => progress.push([done, total]) });
  });

  test('writes max(30, round(approxMembers * scale)) members and reports the rows it wrote', async () => {
    const expected = Math.max(30, Math.round(findProvince(OPTIONS.code)!.approxMembers * OPTIONS.scale));
    assert.equal(summary.members, expected);
    assert.deepEqual(summary, await countRows(seeded));
    assert.equal(await isSeeded(seeded), true);
  });

  test('reports progress monotonically, ending with done === total', () => {
    assert.ok(progress.length > 2);
    const total = progress[0][1];
    progress.forEach(([done, t], i) => {
      assert.equal(t, total);
      if (i > 0) assert.ok(done >= progress[i - 1][0], `progress went back at call ${i}`);
    });
    assert.deepEqual(progress.at(-1), [total, total]);
  });

  test('leaves the indexes and constraints of the migrations in place', async () => {
    const reference = await freshDatabase('seed_test_reference');
    assert.deepEqual(await schemaObjects(seeded), await schemaObjects(reference));
  });

  test('writes rows all-visible (COPY FREEZE): the report index is read without heap fetches', async () => {
    const client = await seeded.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL enable_seqscan = off');
      await client.query('SET LOCAL enable_bitmapscan = off');
      const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: { 'Node Type': string; Plans?: unknown[]; 'Heap Fetches'?: number } }] }>(
        `EXPLAIN (ANALYZE, FORMAT JSON) SELECT count(*) FROM member WHERE joined_on <= $1::date AND left_on IS NULL`,
        [OPTIONS.asOf],
      );
      const scan = JSON.stringify(rows[0]['QUERY PLAN']);
      assert.match(scan, /"Node Type":"Index Only Scan"/);
      assert.match(scan, /"Heap Fetches":0\b/);
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
  });

  test('gives byte-identical tables for the same options and different ones for another seed', async () => {
    const twin = await freshDatabase('seed_test_b');
    await seedProvince(twin, OPTIONS);
    const other = await freshDatabase('seed_test_c');
    await seedProvince(other, { ...OPTIONS, seed: OPTIONS.seed + 1 });
    const digests = await tableDigests(seeded);
    assert.deepEqual(await tableDigests(twin), digests);
    const otherDigests = await tableDigests(other);
    for (const table of Object.keys(digests)) assert.notEqual(otherDigests[table], digests[table], table);
  });

  test('has the shape of a real province (checked with independent SQL)', async () => {
    await checkShape(seeded, { ...OPTIONS, rootName: 'Đảng bộ Nghệ An' });
    await checkShares(seeded);
  });

  test('refuses to seed a seeded database and changes nothing', async () => {
    const before = await tableDigests(seeded);
    await assert.rejects(seedProvince(seeded, OPTIONS), /already holds data/);
    assert.deepEqual(await tableDigests(seeded), before);
  });
});

describe('seedProvince edge cases', () => {
  // A leap day as asOf: "12 months before" and ages cross 29 February.
  const tiny = { code: '12', scale: 0.0001, seed: 1, asOf: '2028-02-29', rootName: 'Đảng bộ Lai Châu' };

  test('seeds at least 30 members at a tiny scale, still in valid cells', async () => {
    const pool = await freshDatabase('seed_test_d');
    const summary = await seedProvince(pool, tiny);
    assert.equal(summary.members, 30);
    await checkShape(pool, tiny);
  });

  test('the shape checks catch a broken row', async () => {
    const client = await pools.get('seed_test_d')!.connect();
    const breakages = [
      `UPDATE member SET birth_date = admission_decision_date - interval '17 years'
        WHERE id = (SELECT min(id::text)::uuid FROM member)`,
      `DELETE FROM attendance WHERE ctid = (SELECT min(ctid) FROM attendance)`,
      `UPDATE meeting SET started_at = started_at - interval '1 year' WHERE id = (SELECT min(id::text)::uuid FROM meeting)`,
    ];
    try {
      for (const breakage of breakages) {
        await client.query('BEGIN');
        await client.query(breakage);
        await assert.rejects(checkShape(client, tiny), /rules broken|months with meetings/, breakage);
        await client.query('ROLLBACK');
      }
    } finally {
      client.release();
    }
  });

  test('a failure part-way leaves the database empty, with its schema intact', async () => {
    const pool = await freshDatabase('seed_test_e');
    const schema = await schemaObjects(pool);
    let calls = 0;
    const failing = seedProvince(pool, {
      ...OPTIONS,
      onProgress: () => {
        if (++calls === 3) throw new Error('disk full (simulated)');
      },
    });
    await assert.rejects(failing, /disk full/);
    assert.equal(await isSeeded(pool), false);
    assert.deepEqual(await countRows(pool), { orgs: 0, cells: 0, members: 0, meetings: 0, attendance: 0 });
    assert.deepEqual(await schemaObjects(pool), schema);
  });

  test('rejects invalid options before writing', async () => {
    const pool = await freshDatabase('seed_test_f');
    await assert.rejects(seedProvince(pool, { ...OPTIONS, code: '27' }), /unknown province code "27"/);
    await assert.rejects(seedProvince(pool, { ...OPTIONS, scale: 0 }), /scale/);
    await assert.rejects(seedProvince(pool, { ...OPTIONS, scale: 1.5 }), /scale/);
    await assert.rejects(seedProvince(pool, { ...OPTIONS, asOf: '2026-02-30' }), /asOf/);
    await assert.rejects(seedProvince(pool, { ...OPTIONS, seed: 0.5 }), /seed/);
    assert.equal(await isSeeded(pool), false);
  });
});
