// An independent recount of every summary-backed figure of report(period), from the raw rows (member, meeting,
// attendance, exemptions, exits, candidates, fee bases and payments), written for the tests and sharing no code
// with the summaries (migration 050) or the areas' SQL: plain counting SQL, and the fee arithmetic in
// TypeScript from the rules as the README states them. test/reportSummaries.test.ts compares the two.
import type pg from 'pg';

export interface RecountRules {
  /** Rate schedules in month order: from YYYY-MM, basis points, student VND, exemption age. */
  feeSchedules: readonly { fromMonth: string; socialInsuranceBp: number; pensionBp: number; otherBp: number; studentMonthlyVnd: number; exemptPartyAgeYears: number }[];
  arrears: { thresholdMonths: number; windowMonths: number };
  probationMonths: number;
  recognitionGraceDays: number;
}

type Queryable = Pick<pg.Pool, 'query'>;

const pad = (n: number) => String(n).padStart(2, '0');
const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthOf = (i: number) => `${Math.floor(i / 12)}-${pad((i % 12) + 1)}`;
const lastDay = (month: string) => `${month}-${pad(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate())}`;

/** date + n months, clamped to the end of a shorter month (31 January + 1 = 28/29 February). */
function plusMonths(date: string, n: number): string {
  const i = monthIndex(date.slice(0, 7)) + n;
  const month = monthOf(i);
  const day = Math.min(Number(date.slice(8, 10)), Number(lastDay(month).slice(8, 10)));
  return `${month}-${pad(day)}`;
}
function plusDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
/** Completed years from `from` to `to` (PostgreSQL's age(), the admission report's age band). */
function completedYears(from: string, to: string): number {
  let years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  if (to.slice(5) < from.slice(5)) years--;
  return years;
}
const ageBand = (age: number) =>
  age < 30 ? 'U30' : age <= 40 ? 'A30_40' : age <= 50 ? 'A41_50' : age <= 60 ? 'A51_60' : age <= 70 ? 'A61_70' : 'O70';

const one = async (db: Queryable, sql: string, params: unknown[]): Promise<number> => Number((await db.query(sql, params)).rows[0].n);

/**
 * Every summary figure of `period` (YYYY-MM), by the names the summary uses (core/reportSummaries.ts): the
 * figures with value 0 are left out, as the summary leaves them out.
 */
export async function recountReport(db: Queryable, period: string, rules: RecountRules): Promise<Map<string, number>> {
  const L = lastDay(period);
  const counted = `joined_on <= $1::date AND (left_on IS NULL OR left_on > $1::date)`;
  const inMonth = (column: string) => `to_char(${column} AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') = $1`;
  const figures = new Map<string, number>();
  const put = (name: string, n: number) => {
    if (n !== 0) figures.set(name, (figures.get(name) ?? 0) + n);
  };
  put('members', await one(db, `SELECT count(*) AS n FROM member WHERE ${counted}`, [L]));
  put('official', await one(db, `SELECT count(*) AS n FROM member WHERE ${counted} AND official_date <= $1::date`, [L]));
  put('male', await one(db, `SELECT count(*) AS n FROM member WHERE ${counted} AND sex = 'NAM'`, [L]));
  put('female', await one(db, `SELECT count(*) AS n FROM member WHERE ${counted} AND sex = 'NU'`, [L]));
  put('cells', await one(db, `SELECT count(*) AS n FROM party_org WHERE active AND level IN ('CHI_BO', 'CHI_BO_CO_SO')`, []));
  put('meetings_held', await one(db, `SELECT count(*) AS n FROM meeting WHERE ${inMonth('started_at')}`, [period]));
  put('regular_cells', await one(db,
    `SELECT count(DISTINCT m.cell_id) AS n FROM meeting m JOIN party_org o ON o.id = m.cell_id
      WHERE o.active AND o.level IN ('CHI_BO', 'CHI_BO_CO_SO') AND m.type IN ('REGULAR', 'COMBINED') AND ${inMonth('m.started_at')}`, [period]));
  put('expected', await one(db, `SELECT count(*) AS n FROM attendance a JOIN meeting m ON m.id = a.meeting_id WHERE ${inMonth('m.started_at')}`, [period]));
  put('present', await one(db,
    `SELECT count(*) AS n FROM attendance a JOIN meeting m ON m.id = a.meeting_id WHERE a.presence = 'PRESENT' AND ${inMonth('m.started_at')}`, [period]));
  put('exempt', await one(db,
    `SELECT count(*) AS n FROM member_exemption e JOIN member m ON m.id = e.member_id
      WHERE e.starts_on <= $1::date AND (e.ends_on IS NULL OR e.ends_on > $1::date) AND m.joined_on <= $1::date AND (m.left_on IS NULL OR m.left_on > $1::date)`, [L]));
  for (const r of (await db.query(`SELECT type::text, count(*)::int AS n FROM member_exit WHERE to_char(exited_on, 'YYYY-MM') = $1 GROUP BY type`, [period])).rows) {
    put(`exits.${r.type}`, r.n);
  }
  put('admission.pending', await one(db,
    `SELECT count(*) AS n FROM candidate WHERE registered_on <= $1::date AND NOT (state = 'ADMITTED' AND decision_date <= $1::date)`, [L]));

  const members = (await db.query(
    `SELECT id, sex::text, to_char(birth_date, 'YYYY-MM-DD') AS birth, to_char(admission_decision_date, 'YYYY-MM-DD') AS adm,
            to_char(joined_on, 'YYYY-MM-DD') AS joined, to_char(left_on, 'YYYY-MM-DD') AS left_on,
            to_char(official_date, 'YYYY-MM-DD') AS official, coalesce(ethnicity_code, '') AS eth FROM member`,
  )).rows as { id: string; sex: string; birth: string; adm: string; joined: string; left_on: string | null; official: string | null; eth: string }[];
  for (const m of members) {
    if (m.joined === m.adm && m.adm.slice(0, 7) === period) {
      put(`admission.sex.${m.sex}`, 1);
      put(`admission.age.${ageBand(completedYears(m.birth, m.adm))}`, 1);
      put(`admission.eth.${m.eth}`, 1);
    }
    const isCounted = m.joined <= L && (m.left_on === null || m.left_on > L);
    const probationEnded = plusDays(plusMonths(m.adm, rules.probationMonths), rules.recognitionGraceDays) < L;
    if (isCounted && (m.official === null || m.official > L) && probationEnded) put('admission.overdue', 1);
  }
  for (const [name, n] of await recountFees(db, members, period, rules)) put(name, n);
  return figures;
}

async function recountFees(
  db: Queryable, members: readonly { id: string; adm: string; joined: string; left_on: string | null }[], period: string, rules: RecountRules,
): Promise<Map<string, number>> {
  const window = rules.arrears.windowMonths;
  const first = monthOf(monthIndex(period) - window + 1);
  const bases = new Map<string, { month: string; basis: string; base: number | null; pct: number; months: number }[]>();
  for (const b of (await db.query(
    `SELECT member_id, to_char(effective_month, 'YYYY-MM') AS month, basis::text, base_amount_vnd::float8 AS base, reduction_pct AS pct, reduction_months AS months
       FROM fee_basis_entry ORDER BY member_id, effective_month`,
  )).rows) {
    if (!bases.has(b.member_id)) bases.set(b.member_id, []);
    bases.get(b.member_id)!.push(b);
  }
  const paid = new Map<string, number>();
  for (const p of (await db.query(
    `SELECT member_id, to_char(month, 'YYYY-MM') AS month, amount_vnd::float8 AS amount FROM fee_payment WHERE month BETWEEN $1::date AND $2::date`,
    [`${first}-01`, `${period}-01`],
  )).rows) paid.set(`${p.member_id} ${p.month}`, p.amount);
  const daysOut = new Map<string, number>();
  for (const r of (await db.query('SELECT member_id, sum(to_on - from_on)::int AS days FROM member_interruption GROUP BY member_id')).rows) {
    daysOut.set(r.member_id, r.days);
  }
  const f = { due: 0, without: 0, paid: 0, dueVnd: 0, collected: 0, covered: 0, arrears: 0 };
  for (const m of members) {
    let unpaid = 0;
    for (let i = monthIndex(first); i <= monthIndex(period); i++) {
      const month = monthOf(i);
      const L = lastDay(month);
      if (!(m.joined <= L && (m.left_on === null || m.left_on > L))) continue;
      const schedule = [...rules.feeSchedules].reverse().find((s) => s.fromMonth <= month);
      const basis = [...(bases.get(m.id) ?? [])].reverse().find((b) => b.month <= month);
      let due: number | null = null;
      if (schedule && basis) {
        const exempt = plusDays(plusMonths(m.adm, 12 * schedule.exemptPartyAgeYears), daysOut.get(m.id) ?? 0) <= L;
        const pct = monthIndex(month) < monthIndex(basis.month) + basis.months ? basis.pct : 0;
        const bp = { SOCIAL_INSURANCE: schedule.socialInsuranceBp, PENSION: schedule.pensionBp, OTHER: schedule.otherBp }[basis.basis] ?? 0;
        // whole VND, half up: base × rate × (100 − reduction)%
        if (basis.basis === 'EXEMPT' || exempt) due = 0;
        else if (basis.basis === 'STUDENT') due = Math.floor((schedule.studentMonthlyVnd * (100 - pct) + 50) / 100);
        else due = Math.floor((basis.base! * bp * (100 - pct) + 500_000) / 1_000_000);
      }
      const amount = paid.get(`${m.id} ${month}`);
      const isUnpaid = due !== null && due > 0 && (amount ?? 0) < due;
      if (isUnpaid) unpaid++;
      if (month !== period) continue;
      if (due === null) f.without++;
      if (due !== null && due > 0) {
        f.due++;
        f.dueVnd += due;
        if (!isUnpaid) f.paid++;
      }
      f.collected += amount ?? 0;
      f.covered += due === null ? (amount ?? 0) : Math.min(amount ?? 0, due);
    }
    if (unpaid >= rules.arrears.thresholdMonths) f.arrears++;
  }
  return new Map([
    ['fees.due_members', f.due], ['fees.without_basis', f.without], ['fees.paid_members', f.paid], ['fees.due_vnd', f.dueVnd],
    ['fees.collected_vnd', f.collected], ['fees.covered_vnd', f.covered], ['fees.arrears', f.arrears],
  ]);
}

/** The summary as the subgraph reads it (the same query as core/reportSummaries.ts loadReportSummary), zeros left out. */
export async function summaryFigures(db: Queryable, period: string): Promise<Map<string, number>> {
  const { rows } = await db.query(
    `SELECT figure, sum(n)::float8 AS n FROM report_delta WHERE month <= $1::date GROUP BY figure HAVING sum(n) <> 0
     UNION ALL
     SELECT figure, sum(n)::float8 AS n FROM report_count WHERE month = $1::date GROUP BY figure HAVING sum(n) <> 0`,
    [`${period}-01`],
  );
  return new Map(rows.map((r) => [r.figure, r.n]));
}

/** The report's summary rows, folded, in a canonical order: to compare incremental upkeep with a rebuild. */
export async function summaryTables(db: Queryable): Promise<Record<string, unknown[]>> {
  const q = async (sql: string) => (await db.query(sql)).rows;
  return {
    report_delta: await q(`SELECT figure, month::text, sum(n)::text AS n FROM report_delta GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY 1, 2`),
    report_count: await q(`SELECT figure, month::text, sum(n)::text AS n FROM report_count GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY 1, 2`),
    meeting_summary: await q(`SELECT meeting_id, month::text, cell_id, regular, rolled, present FROM meeting_summary ORDER BY 1`),
    cell_month_regular: await q(`SELECT cell_id, month::text, n FROM cell_month_regular WHERE n <> 0 ORDER BY 1, 2`),
    fee_summary_segment: await q(`SELECT member_id, from_month::text, until_month::text, due_vnd::text FROM fee_summary_segment ORDER BY 1, 2`),
    fee_summary_arrears: await q(`SELECT member_id, from_month::text, until_month::text FROM fee_summary_arrears ORDER BY 1, 2`),
  };
}
