// The demo data obeys the system's own rules: checked on freshly seeded provinces with SQL written apart from
// the seed (each query counts violations, which must be 0), plus sizes proportional to the national figures.
// `npm test -- seedInvariants`.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { findProvince } from '../../../../schema/provinces.ts';
import { createTestDatabase, dropTestDatabase } from '../../../../test/support/database.ts';
import { createPool, migrate, type Pool, type PoolClient } from '../../../shared/db.ts';
import { seedProvince, type SeedSummary } from '../seedProvince.ts';
import { checkStoredMembers } from '../../src/core/storedRecordCheck.ts';

const MIGRATIONS = fileURLToPath(new URL('../../migrations', import.meta.url));
// Hà Nội and Hồ Chí Minh City at 0.2%: ~1,000 and ~730 members. asOf late in a month, so that asOf's own month
// has meetings and exemptions granted in it split that month's rolls.
const SCALE = 0.002;
const AS_OF = '2026-11-20';
const SEED = 7;
const CODES = ['01', '79'] as const;

const TZ = `'Asia/Ho_Chi_Minh'`;
const DAY = `(mt.started_at AT TIME ZONE ${TZ})::date`;

/** The roll a HELD meeting must have: the cell's members counted on its day and not exempt on it. */
const EXPECTED_ROLLS = `
  SELECT mt.id AS meeting_id, m.id AS member_id
    FROM meeting mt JOIN member m ON m.cell_id = mt.cell_id
   WHERE mt.status = 'HELD'
     AND m.joined_on <= ${DAY} AND (m.left_on IS NULL OR ${DAY} < m.left_on)
     AND NOT EXISTS (SELECT 1 FROM member_exemption e
                      WHERE e.member_id = m.id AND e.starts_on <= ${DAY} AND (e.ends_on IS NULL OR ${DAY} < e.ends_on))`;

/** Each rule returns the number of rows that break it ($1: asOf). */
const INVARIANTS: Record<string, string> = {
  'a held meeting has an attendance row for every member expected on its day': `
    SELECT count(*) FROM (${EXPECTED_ROLLS} EXCEPT SELECT meeting_id, member_id FROM attendance) missing`,
  'a held meeting has attendance rows for expected members only (exempt on that day: not on the roll)': `
    SELECT count(*) FROM (SELECT meeting_id, member_id FROM attendance EXCEPT ${EXPECTED_ROLLS}) extra`,
  'attendance only at held meetings': `
    SELECT count(*) FROM attendance a JOIN meeting mt ON mt.id = a.meeting_id WHERE mt.status <> 'HELD'`,
  // asOf is "today" (npm start seeds as of today): a meeting held later on asOf's day would be in the future.
  'no meeting held in the future: every held meeting ends before asOf begins': `
    SELECT count(*) FROM meeting
     WHERE status = 'HELD' AND (started_at IS NULL OR ended_at >= ($1::date)::timestamp AT TIME ZONE ${TZ})`,
  'planned meetings (scheduled, cancelled) are not in the past': `
    SELECT count(*) FROM meeting
     WHERE status <> 'HELD' AND scheduled_at < ($1::date)::timestamp AT TIME ZONE ${TZ}`,
  'no live member sits in an inactive cell': `
    SELECT count(*) FROM member m JOIN party_org c ON c.id = m.cell_id
     WHERE NOT c.active AND m.joined_on <= $1::date AND (m.left_on IS NULL OR m.left_on > $1::date)`,
  'meetings only in active cells': `
    SELECT count(*) FROM meeting mt JOIN party_org c ON c.id = mt.cell_id WHERE NOT c.active`,
  'state EXEMPT exactly when an exemption is open on asOf': `
    SELECT count(*) FROM member m
     WHERE (m.state = 'EXEMPT') <> EXISTS (
             SELECT 1 FROM member_exemption e
              WHERE e.member_id = m.id AND e.starts_on <= $1::date AND (e.ends_on IS NULL OR e.ends_on > $1::date))`,
  'exemptions lie within the member\u2019s time here': `
    SELECT count(*) FROM member_exemption e JOIN member m ON m.id = e.member_id
     WHERE e.starts_on < m.joined_on OR e.starts_on > $1::date OR (m.left_on IS NOT NULL AND coalesce(e.ends_on, $1::date + 1) > m.left_on)`,
};

type Queryable = Pick<Pool | PoolClient, 'query'>;

async function violations(db: Queryable): Promise<Record<string, number>> {
  const found: Record<string, number> = {};
  for (const [rule, sql] of Object.entries(INVARIANTS)) {
    const { rows } = await db.query<{ n: number }>(`SELECT (${sql})::int AS n WHERE $1::date IS NOT NULL`, [AS_OF]);
    found[rule] = rows[0].n;
  }
  return found;
}

const pools = new Map<string, Pool>();
const summaries = new Map<string, SeedSummary>();

beforeAll(async () => {
  for (const code of CODES) {
    const name = `seed_invariants_${code}`;
    const pool = createPool(await createTestDatabase(name), { max: 2 });
    pools.set(code, pool);
    await migrate(pool, MIGRATIONS);
    summaries.set(code, await seedProvince(pool, { code, scale: SCALE, seed: SEED, asOf: AS_OF }));
  }
});

afterAll(async () => {
  for (const [code, pool] of pools) {
    await pool.end();
    await dropTestDatabase(`seed_invariants_${code}`);
  }
});

describe('seeded data obeys the rules', () => {
  for (const code of CODES) {
    test(`province ${code}: no violation of any invariant`, async () => {
      const found = await violations(pools.get(code)!);
      assert.deepEqual(found, Object.fromEntries(Object.keys(INVARIANTS).map((rule) => [rule, 0])));
    });
  }

  test('the data exercises the dated rule: exempt members are on the rolls before their exemption, not after', async () => {
    const { rows } = await pools.get('01')!.query<{ before: number; during: number }>(
      `SELECT count(*) FILTER (WHERE ${DAY} < e.starts_on)::int AS before,
              count(*) FILTER (WHERE ${DAY} >= e.starts_on)::int AS during
         FROM member_exemption e JOIN member m ON m.id = e.member_id
         JOIN meeting mt ON mt.cell_id = m.cell_id AND mt.status = 'HELD'
         JOIN attendance a ON a.meeting_id = mt.id AND a.member_id = m.id
        WHERE e.ends_on IS NULL`,
    );
    assert.ok(rows[0].before > 0, 'some member exempt today attended meetings before the exemption began');
    assert.equal(rows[0].during, 0);
  });

  test('the checks catch a broken roll, a future meeting and a member in an inactive cell', async () => {
    const client = await pools.get('01')!.connect();
    const breakages: Array<[string, string]> = [
      ['a held meeting has attendance rows for expected members only (exempt on that day: not on the roll)', `
        INSERT INTO attendance (meeting_id, member_id, presence)
        SELECT mt.id, e.member_id, 'PRESENT' FROM member_exemption e JOIN member m ON m.id = e.member_id
          JOIN meeting mt ON mt.cell_id = m.cell_id AND mt.status = 'HELD' AND ${DAY} >= e.starts_on
         WHERE e.ends_on IS NULL LIMIT 1`],
      ['a held meeting has an attendance row for every member expected on its day',
        `DELETE FROM attendance WHERE ctid = (SELECT min(ctid) FROM attendance)`],
      ['no meeting held in the future: every held meeting ends before asOf begins', `
        UPDATE meeting SET started_at = ($1::date + time '19:30') AT TIME ZONE ${TZ},
                           ended_at = ($1::date + time '21:00') AT TIME ZONE ${TZ}
         WHERE id = (SELECT min(id::text)::uuid FROM meeting WHERE status = 'HELD') AND $1::date IS NOT NULL`],
      ['no live member sits in an inactive cell', `
        UPDATE party_org SET active = false WHERE id = (SELECT min(cell_id::text)::uuid FROM member WHERE left_on IS NULL)`],
    ];
    try {
      for (const [rule, breakage] of breakages) {
        await client.query('BEGIN');
        const params = breakage.includes('$1') ? [AS_OF] : [];
        const { rowCount } = await client.query(breakage, params);
        assert.equal(rowCount, 1, `the breakage changed one row: ${breakage}`);
        assert.ok((await violations(client))[rule] > 0, rule);
        await client.query('ROLLBACK');
      }
    } finally {
      client.release();
    }
  });

  test("every seeded member record passes today's rules for writes; the stored-record check finds rows broken by SQL", async () => {
    for (const code of CODES) {
      const clean = await checkStoredMembers((sql, params) => pools.get(code)!.query(sql, params), AS_OF);
      assert.equal(clean.checked, (await pools.get(code)!.query('SELECT count(*)::int AS n FROM member')).rows[0].n);
      assert.deepEqual([...clean.problems.keys()], [], `province ${code}`);
    }
    // Rows written around the API (as a legacy import would), each breaking one rule; rolled back after.
    const client = await pools.get('01')!.connect();
    try {
      await client.query('BEGIN');
      const ids = (await client.query('SELECT id FROM member ORDER BY id LIMIT 4')).rows.map((r) => r.id as string);
      await client.query(`UPDATE member SET full_name = $2 WHERE id = $1`, [ids[0], `'; DROP TABLE member; --`]);
      await client.query(`UPDATE member SET full_name = $2 WHERE id = $1`, [ids[1], 'Nguyễn\u202EVăn']);
      await client.query(`UPDATE member SET birth_date = '1800-01-01' WHERE id = $1`, [ids[2]]);
      await client.query(`UPDATE member SET birthplace = $2 WHERE id = $1`, [ids[3], 'Hà Nội\u0007']);
      const report = await checkStoredMembers((sql, params) => client.query(sql, params), AS_OF);
      assert.deepEqual(
        Object.fromEntries([...report.problems].map(([rule, p]) => [rule, p.ids])),
        {
          "fullName: must be letters, spaces and the marks ' - . of names": [ids[0], ids[1]],
          'birthDate: must not be before 1900-01-01': [ids[2]],
          'birthplace: holds a control or bidirectional-override character': [ids[3]],
        },
      );
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });

  test('sizes are proportional to the national figures (Hà Nội / Hồ Chí Minh City)', () => {
    const [hn, hcm] = CODES.map((code) => summaries.get(code)!);
    const expected = findProvince('01')!.approxMembers / findProvince('79')!.approxMembers;
    assert.ok(Math.abs(hn.members / hcm.members / expected - 1) < 0.01, `members ${hn.members} / ${hcm.members} vs ${expected}`);
    // Meetings follow cells and attendance follows members: the same ratio, within what cell sizes and habits vary.
    assert.ok(Math.abs(hn.attendance / hcm.attendance / expected - 1) < 0.15, `attendance ${hn.attendance} / ${hcm.attendance}`);
    assert.ok(Math.abs(hn.meetings / hcm.meetings / expected - 1) < 0.2, `meetings ${hn.meetings} / ${hcm.meetings}`);
  });
});
