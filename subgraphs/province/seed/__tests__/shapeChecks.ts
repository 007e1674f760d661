// The shape a seeded province must have, stated in SQL apart from the generator's code: each rule counts the
// rows that break it. Shared by the seed tests; other tests may use it on their own seeded databases.
// Meetings here are the held ones (started_at set): other areas' seeders add meetings only scheduled.
import assert from 'node:assert/strict';
import type { Pool, PoolClient } from '../../../shared/db.ts';

/** A pool, or a client inside a transaction (to check deliberately broken data, then roll back). */
type Queryable = Pick<Pool | PoolClient, 'query'>;

export interface ShapeOptions {
  code: string;
  asOf: string;
  /** Name the root organisation must have, e.g. "Đảng bộ Nghệ An". */
  rootName: string;
}

/** Rules that no row may break: each query returns the number of offending rows ($1 asOf, $2 code, $3 root name). */
const RULES: Record<string, string> = {
  'one TINH root, every other org has a parent of the right level': `
    SELECT count(*) FROM party_org o LEFT JOIN party_org p ON p.id = o.parent_id
     WHERE NOT CASE o.level
       WHEN 'TINH' THEN o.parent_id IS NULL
       WHEN 'XA' THEN p.level = 'TINH'
       WHEN 'DANG_BO_CO_SO' THEN p.level = 'XA'
       WHEN 'CHI_BO_CO_SO' THEN p.level = 'XA'
       WHEN 'CHI_BO' THEN p.level = 'DANG_BO_CO_SO'
       ELSE false END`,
  'exactly one root, named after the province': `
    SELECT abs(1 - count(*)) + count(*) FILTER (WHERE name <> $3) FROM party_org WHERE level = 'TINH'`,
  'commune orgs named xã/phường with a unique 5-digit code': `
    SELECT (SELECT count(*) FROM party_org
             WHERE level = 'XA' AND (name !~ '^Đảng bộ (xã|phường) \\S' OR commune_code !~ '^[0-9]{5}$'))
         + (SELECT count(*) - count(DISTINCT commune_code) FROM party_org WHERE level = 'XA')`,
  'orgs under a commune carry its code; the root none': `
    WITH RECURSIVE under_commune AS (
      SELECT id, commune_code AS code FROM party_org WHERE level = 'XA'
      UNION ALL
      SELECT o.id, u.code FROM party_org o JOIN under_commune u ON o.parent_id = u.id
    )
    SELECT (SELECT count(*) FROM party_org o JOIN under_commune u ON u.id = o.id
             WHERE o.commune_code IS DISTINCT FROM u.code)
         + (SELECT count(*) FROM party_org WHERE level = 'TINH' AND commune_code IS NOT NULL)
         + (SELECT count(*) FROM party_org WHERE level <> 'TINH') - (SELECT count(*) FROM under_commune)`,
  'grassroots committees have at least two cells': `
    SELECT count(*) FROM party_org d WHERE d.level = 'DANG_BO_CO_SO'
       AND (SELECT count(*) FROM party_org c WHERE c.parent_id = d.id) < 2`,
  'members belong to cells only': `
    SELECT count(*) FROM member m JOIN party_org c ON c.id = m.cell_id WHERE c.level NOT IN ('CHI_BO', 'CHI_BO_CO_SO')`,
  'every active cell has 3 to 60 members, at least 3 of them not left; an inactive cell none not left': `
    SELECT (SELECT count(*) FROM party_org c
             WHERE c.level IN ('CHI_BO', 'CHI_BO_CO_SO') AND NOT c.active
               AND EXISTS (SELECT 1 FROM member m WHERE m.cell_id = c.id AND m.left_on IS NULL))
         + count(*) FROM party_org c
     WHERE c.level IN ('CHI_BO', 'CHI_BO_CO_SO') AND c.active
       AND NOT ((SELECT count(*) FROM member m WHERE m.cell_id = c.id) BETWEEN 3 AND 60
            AND (SELECT count(*) FROM member m WHERE m.cell_id = c.id AND m.left_on IS NULL) >= 3)`,
  'citizen ids: 12 digits, birthplace 0+code, century/sex digit and birth year': `
    SELECT count(*) FROM member m
     WHERE m.citizen_id !~ '^[0-9]{12}$'
        OR substr(m.citizen_id, 1, 3) <> '0' || $2
        OR substr(m.citizen_id, 4, 1)::int <> (CASE WHEN extract(year FROM m.birth_date) >= 2000 THEN 2 ELSE 0 END)
                                             + (CASE m.sex WHEN 'NU' THEN 1 ELSE 0 END)
        OR substr(m.citizen_id, 5, 2) <> to_char(m.birth_date, 'YY')`,
  'citizen ids unique in the province (left members included)': `
    SELECT count(*) - count(DISTINCT citizen_id) FROM member`,
  'aged 18 to 95 at asOf, admitted aged 18 to 60, not in the future': `
    SELECT count(*) FROM member
     WHERE extract(year FROM age($1::date, birth_date)) NOT BETWEEN 18 AND 95
        OR extract(year FROM age(admission_decision_date, birth_date)) NOT BETWEEN 18 AND 60
        OR admission_decision_date > $1::date`,
  'admitted less than 12 months before asOf means DU_BI': `
    SELECT count(*) FROM member
     WHERE admission_decision_date + interval '12 months' > $1::date AND status <> 'DU_BI'`,
  'official 12 months (+ at most 120 days) after admission, while still a member, not after asOf': `
    SELECT count(*) FROM member
     WHERE status = 'CHINH_THUC'
       AND (official_date < admission_decision_date + interval '12 months'
         OR official_date > admission_decision_date + interval '12 months' + interval '120 days'
         OR official_date > $1::date OR official_date >= left_on)`,
  'probationary past 12 months only while the resolution is at most 120 days late': `
    SELECT count(*) FROM member
     WHERE status = 'DU_BI'
       AND admission_decision_date + interval '12 months' + interval '120 days' <= least(left_on - 1, $1::date)`,
  'joined on or after admission, by asOf; left within the last 24 months, after joining': `
    SELECT count(*) FROM member
     WHERE joined_on < admission_decision_date OR joined_on > $1::date
        OR (left_on IS NOT NULL AND (left_on <= joined_on OR left_on > $1::date
            OR left_on <= $1::date - interval '24 months'))`,
  'left members, and only they, are in an exit state; exempt members are official': `
    SELECT count(*) FROM member
     WHERE (left_on IS NOT NULL) <> (state IN ('DECEASED', 'REMOVED', 'EXPELLED', 'RESIGNED'))
        OR state = 'IN_TRANSIT' OR (state = 'EXEMPT' AND status <> 'CHINH_THUC')`,
  'ethnicity 01..54, religion NULL or 01..05, names of two words or more': `
    SELECT count(*) FROM member
     WHERE ethnicity_code !~ '^(0[1-9]|[1-4][0-9]|5[0-4])$'
        OR (religion_code IS NOT NULL AND religion_code !~ '^0[1-5]$')
        OR full_name !~ '^\\S+( \\S+)+$'`,
  'held meetings only in active cells, on days up to asOf, 07:30-19:30 local, 60-150 minutes': `
    SELECT count(*) FROM meeting m JOIN party_org c ON c.id = m.cell_id
     WHERE m.started_at IS NOT NULL AND (NOT c.active OR c.level NOT IN ('CHI_BO', 'CHI_BO_CO_SO')
        OR (m.started_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > $1::date
        OR (m.started_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::time NOT BETWEEN '07:30' AND '19:30'
        OR m.ended_at - m.started_at NOT BETWEEN interval '60 minutes' AND interval '150 minutes'
        OR m.docs_published_at NOT BETWEEN m.started_at - interval '5 days' AND m.started_at)`,
  'one regular meeting a cell-month at most; COMBINED only in quarter-end months': `
    SELECT count(*) FROM (
      SELECT cell_id, date_trunc('month', started_at AT TIME ZONE 'Asia/Ho_Chi_Minh') AS month,
             count(*) FILTER (WHERE type IN ('REGULAR', 'COMBINED')) AS regular,
             count(*) FILTER (WHERE type = 'COMBINED'
                               AND extract(month FROM started_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::int % 3 <> 0) AS misplaced
        FROM meeting WHERE started_at IS NOT NULL GROUP BY 1, 2) per_month
     WHERE regular > 1 OR misplaced > 0`,
  // Exempt on d: an exemption with starts_on <= d < ends_on (open: no end), as the report and the rolls count it.
  'attendance only of members of the cell counted and not exempt on the meeting date': `
    SELECT count(*) FROM attendance a
      JOIN meeting mt ON mt.id = a.meeting_id JOIN member m ON m.id = a.member_id
     WHERE m.cell_id <> mt.cell_id
        OR m.joined_on > (mt.started_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
        OR m.left_on <= (mt.started_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
        OR EXISTS (SELECT 1 FROM member_exemption e WHERE e.member_id = m.id
                      AND e.starts_on <= (mt.started_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
                      AND (e.ends_on IS NULL OR e.ends_on > (mt.started_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date))`,
  'every expected member has an attendance row': `
    SELECT count(*) FROM meeting mt JOIN member m ON m.cell_id = mt.cell_id
     WHERE mt.started_at IS NOT NULL
       AND m.joined_on <= (mt.started_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
       AND (m.left_on IS NULL OR m.left_on > (mt.started_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)
       AND NOT EXISTS (SELECT 1 FROM member_exemption e WHERE e.member_id = m.id
                          AND e.starts_on <= (mt.started_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
                          AND (e.ends_on IS NULL OR e.ends_on > (mt.started_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date))
       AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = mt.id AND a.member_id = m.id)`,
};

/** Shares that must fall in a range: [sql returning one number, min, max]. Wide enough for ~2,000 members. */
const SHARES: Record<string, [string, number, number]> = {
  women: [`SELECT avg((sex = 'NU')::int) FROM member`, 0.26, 0.46],
  'exempt members': [`SELECT avg((state = 'EXEMPT')::int) FROM member`, 0.01, 0.06],
  'members who left in 24 months': [`SELECT avg((left_on IS NOT NULL)::int) FROM member`, 0.003, 0.035],
  'probationary members': [`SELECT avg((status = 'DU_BI')::int) FROM member WHERE left_on IS NULL`, 0.01, 0.08],
  'joined later than admitted (transfers in)': [`SELECT avg((joined_on > admission_decision_date)::int) FROM member`, 0.005, 0.07],
  'inactive cells': [`SELECT avg((NOT active)::int) FROM party_org WHERE level IN ('CHI_BO', 'CHI_BO_CO_SO')`, 0, 0.1],
  present: [`SELECT avg((presence = 'PRESENT')::int) FROM attendance`, 0.83, 0.93],
  excused: [`SELECT avg((presence = 'EXCUSED')::int) FROM attendance`, 0.05, 0.12],
  unexcused: [`SELECT avg((presence = 'UNEXCUSED')::int) FROM attendance`, 0.02, 0.06],
  'active cell-months without a meeting': [`
    SELECT 1 - (SELECT count(DISTINCT (cell_id, date_trunc('month', started_at AT TIME ZONE 'Asia/Ho_Chi_Minh')))
                FROM meeting WHERE started_at IS NOT NULL)::float
             / (12 * (SELECT count(*) FROM party_org WHERE active AND level IN ('CHI_BO', 'CHI_BO_CO_SO')))`, 0.01, 0.12],
};

export async function checkShape(pool: Queryable, { code, asOf, rootName }: ShapeOptions): Promise<void> {
  const broken: string[] = [];
  for (const [rule, sql] of Object.entries(RULES)) {
    // Every rule gets all three parameters; the outer WHERE types those a rule does not use.
    const { rows } = await pool.query<{ count: number }>(
      `SELECT (${sql}) AS count WHERE $1::date IS NOT NULL AND $2::text IS NOT NULL AND $3::text IS NOT NULL`,
      [asOf, code, rootName],
    );
    if (rows[0].count > 0) broken.push(`${rule}: ${rows[0].count} rows`);
  }
  assert.deepEqual(broken, [], 'rules broken');

  const { rows: months } = await pool.query<{ month: string }>(
    `SELECT DISTINCT to_char(started_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS month FROM meeting
      WHERE started_at IS NOT NULL ORDER BY 1`,
  );
  const { rows: expectedMonths } = await pool.query<{ month: string }>(
    `SELECT to_char(m, 'YYYY-MM') AS month
       FROM generate_series(date_trunc('month', $1::date) - interval '11 months', date_trunc('month', $1::date), interval '1 month') m`,
    [asOf],
  );
  assert.deepEqual(months, expectedMonths, 'months with held meetings = the 12 months ending with asOf');
}

/** Checks the distributions; needs a province of some size (a few thousand members) to be meaningful. */
export async function checkShares(pool: Queryable): Promise<void> {
  const outside: string[] = [];
  for (const [name, [sql, min, max]] of Object.entries(SHARES)) {
    const { rows } = await pool.query<{ share: number }>(`SELECT (${sql})::float AS share`);
    const share = rows[0].share;
    if (!(share >= min && share <= max)) outside.push(`${name}: ${share.toFixed(4)} not in [${min}, ${max}]`);
  }
  assert.deepEqual(outside, [], 'shares outside their range');
}
