// An independent recount of every summary-backed figure of report(period), from the raw rows (member, meeting,
// attendance, exemptions, exits, candidates, fee bases and payments, cards, badges, directives, transfers),
// written for the tests and sharing no code with the summaries (migrations 050, 051) or the areas' SQL: plain
// counting SQL, and the fee, badge and streak arithmetic in TypeScript from the rules as the README states them.
// test/reportSummaries.test.ts compares the two.
import type pg from 'pg';

export interface RecountRules {
  /** Rate schedules in month order: from YYYY-MM, basis points, student VND, exemption age. */
  feeSchedules: readonly { fromMonth: string; socialInsuranceBp: number; pensionBp: number; otherBp: number; studentMonthlyVnd: number; exemptPartyAgeYears: number }[];
  arrears: { thresholdMonths: number; windowMonths: number };
  probationMonths: number;
  recognitionGraceDays: number;
  /** The handbook's thresholds (areas/handbook/rules.ts): minutes, percent, documents' lead, excused in a row. */
  handbook: { minMinutes: number; minCombinedMinutes: number; lowAttendancePercent: number; docsLeadMinutes: number; maxExcusedInARow: number };
  /** Days after a transfer letter within which it must be received. */
  transferDueDays: number;
  /** Today in Viet Nam: overdue transfers are counted on the period's last day or today, whichever is earlier. */
  today: string;
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
  for (const [name, n] of await recountAreas(db, members, period, rules)) put(name, n);
  return figures;
}

/** The ceremonies: month and day (3/2, 19/5, 2/9, 7/11). */
const CEREMONIES: Record<string, string> = { '02': 'FEB3', '05': 'MAY19', '09': 'SEP2', '11': 'NOV7' };
const CEREMONY_DAYS = ['02-03', '05-19', '09-02', '11-07'];
const BADGE_MILESTONES = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90];

/** Cards, badges, the handbook, directives and transfers (migration 051's figures). */
async function recountAreas(
  db: Queryable, members: readonly { id: string; adm: string; joined: string; left_on: string | null; official: string | null }[],
  period: string, rules: RecountRules,
): Promise<Map<string, number>> {
  const L = lastDay(period);
  const figures = new Map<string, number>();
  const add = (name: string, n = 1) => figures.set(name, (figures.get(name) ?? 0) + n);
  const local = (column: string) => `to_char(${column} AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD')`;
  const rows = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows;

  // cards: issued / reissued in the month; official members counted on L holding no card valid on L
  for (const c of await rows(`SELECT replaces_id IS NULL AS first FROM party_card WHERE to_char(issued_on, 'YYYY-MM') = $1`, [period])) {
    add(c.first ? 'cards.issued' : 'cards.reissued');
  }
  const validOnL = new Set((await rows(
    `SELECT DISTINCT member_id FROM party_card WHERE issued_on <= $1::date AND (ended_on IS NULL OR ended_on > $1::date)`, [L],
  )).map((r) => r.member_id));
  for (const m of members) {
    if (m.joined <= L && (m.left_on === null || m.left_on > L) && m.official !== null && m.official <= L && !validOnL.has(m.id)) add('cards.without');
  }

  // badges: a ceremony month counts members whose eligibility day falls after the previous ceremony and on or
  // before this one, counted on its day, per milestone; and the awards decided for this ceremony
  const ceremony = CEREMONIES[period.slice(5, 7)];
  if (ceremony) {
    const year = Number(period.slice(0, 4));
    const day = `${period}-${CEREMONY_DAYS.find((d) => d.startsWith(period.slice(5, 7)))!.slice(3)}`;
    const i = CEREMONY_DAYS.findIndex((d) => d.startsWith(period.slice(5, 7)));
    const previous = i === 0 ? `${year - 1}-${CEREMONY_DAYS[3]}` : `${year}-${CEREMONY_DAYS[i - 1]}`;
    const daysOut = new Map((await rows('SELECT member_id, sum(to_on - from_on)::int AS days FROM member_interruption GROUP BY member_id'))
      .map((r) => [r.member_id, r.days]));
    for (const m of members) {
      if (!(m.joined <= day && (m.left_on === null || m.left_on > day))) continue;
      for (const n of BADGE_MILESTONES) {
        const eligible = plusDays(plusMonths(m.adm, 12 * n), daysOut.get(m.id) ?? 0);
        if (eligible > previous && eligible <= day) add(`badges.due.${n}`);
      }
    }
    for (const b of await rows('SELECT milestone FROM badge_award WHERE year = $1 AND ceremony = $2', [year, ceremony])) add(`badges.awarded.${b.milestone}`);
  }

  // handbook: the month's held meetings with their rolls, and the meetings planned for it and not held
  const h = rules.handbook;
  for (const m of await rows(
    `SELECT m.type::text, extract(epoch FROM m.ended_at - m.started_at)::float8 / 60 AS minutes,
            extract(epoch FROM m.started_at - m.docs_published_at)::float8 / 60 AS lead,
            (SELECT count(*)::int FROM attendance a WHERE a.meeting_id = m.id) AS rolled,
            (SELECT count(*)::int FROM attendance a WHERE a.meeting_id = m.id AND a.presence = 'PRESENT') AS present
       FROM meeting m WHERE m.status = 'HELD' AND to_char(m.started_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') = $1`, [period])) {
    const short = m.minutes < (m.type === 'COMBINED' ? h.minCombinedMinutes : h.minMinutes);
    const low = m.rolled > 0 && m.present / m.rolled <= h.lowAttendancePercent / 100;
    const late = m.lead === null || m.lead < h.docsLeadMinutes;
    if (short) add('handbook.short');
    if (low) add('handbook.low_attendance');
    if (late) add('handbook.late_documents');
    if (short || low || late) add('handbook.flagged');
  }
  for (const m of await rows(
    `SELECT status::text FROM meeting WHERE started_at IS NULL AND to_char(scheduled_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') = $1`, [period])) {
    add(m.status === 'SCHEDULED' ? 'handbook.scheduled' : 'handbook.cancelled');
  }
  // excused in a row: each member's presences at the regular and combined held meetings of the year up to L, in
  // the order they were held; a run of EXCUSED longer than the limit counts the member once
  const run = new Map<string, { now: number; max: number }>();
  for (const a of await rows(
    `SELECT a.member_id, a.presence::text FROM attendance a JOIN meeting m ON m.id = a.meeting_id
      WHERE m.status = 'HELD' AND m.type IN ('REGULAR', 'COMBINED')
        AND ${local('m.started_at')} BETWEEN $1 AND $2
      ORDER BY a.member_id, m.started_at, m.id`, [`${period.slice(0, 4)}-01-01`, L])) {
    const r = run.get(a.member_id) ?? { now: 0, max: 0 };
    r.now = a.presence === 'EXCUSED' ? r.now + 1 : 0;
    r.max = Math.max(r.max, r.now);
    run.set(a.member_id, r);
  }
  for (const r of run.values()) if (r.max > h.maxExcusedInARow) add('handbook.excused_in_a_row');

  // directives: by the local day of publication, feedback, answer
  for (const d of await rows(`SELECT ${local('published_at')} AS day FROM directive`)) if (d.day.slice(0, 7) === period) add('directives.published');
  for (const f of await rows(`SELECT ${local('created_at')} AS created, ${local('answered_at')} AS answered FROM directive_feedback`)) {
    if (f.created.slice(0, 7) === period) add('directives.feedback_received');
    if (f.answered?.slice(0, 7) === period) add('directives.feedback_answered');
    if (f.created <= L && (f.answered === null || f.answered > L)) add('directives.open_feedback');
  }

  // transfers: official ones received in the month; transfers out overdue on min(L, today): past the due days and
  // without a decision by then (open now, received later, or cancelled/rejected and settled later)
  const D = L < rules.today ? L : rules.today;
  for (const t of await rows(
    `SELECT direction::text, kind::text, state::text, to_char(issued_on, 'YYYY-MM-DD') AS issued, to_char(received_on, 'YYYY-MM-DD') AS received,
            ${local('settled_at')} AS settled FROM transfer`)) {
    if (t.kind === 'OFFICIAL' && t.state === 'RECEIVED' && t.received.slice(0, 7) === period) add(t.direction === 'IN' ? 'transfers.in' : 'transfers.out');
    if (t.direction !== 'OUT' || !(plusDays(t.issued, rules.transferDueDays) < D)) continue;
    const undecided = t.state === 'ISSUED' || t.state === 'CANCEL_REQUESTED' ? true
      : t.state === 'RECEIVED' ? t.received > D : t.settled !== null && t.settled > D;
    if (undecided) add('transfers.overdue_out');
  }
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
     SELECT figure, sum(n)::float8 AS n FROM report_count WHERE month = $1::date GROUP BY figure HAVING sum(n) <> 0
     UNION ALL
     SELECT figure, sum(n)::float8 AS n FROM report_day_delta WHERE day <= least($2::date, current_date) GROUP BY figure HAVING sum(n) <> 0`,
    [`${period}-01`, lastDay(period)],
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
    report_day_delta: await q(`SELECT figure, day::text, sum(n)::text AS n FROM report_day_delta GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY 1, 2`),
    meeting_flag_summary: await q(`SELECT meeting_id, month::text, figures FROM meeting_flag_summary ORDER BY 1`),
    excused_streak_summary: await q(`SELECT member_id, year, reached_on::text FROM excused_streak_summary ORDER BY 1, 2`),
  };
}
