// Party fees (process 7): bases, payments, and what each member owes month by month. The amount owed is computed
// here, in SQL, from the basis in force that month and the rate schedule of that month (passed in from the
// configuration), so the statement, the arrears list, the report and the demo seed share one formula.
//
// Rounding (README "Party fees"): amount = base × rate × (100 − reduction)% rounded half up to whole VND, in one
// step and in integers: 150,050 đ at 1% is 1,500.5 → 1,501 đ; 150,049 đ → 1,500 đ.
import type { FeeRules } from './rules.ts';
import { scopeCondition, type ScopeArgs, type Sql } from '../../core/sql.ts';
import { addMonths } from '../../core/yearMonth.ts';
import type { FeeBasisRow, FeeMonthRow, FeePaymentRow } from './rows.ts';


/** The rate schedules as the JSON the SQL reads (jsonb_to_recordset). */
export function ratesParam(rules: FeeRules): string {
  return JSON.stringify(
    rules.schedules.map((s) => ({
      from_month: `${s.fromMonth}-01`,
      until_month: `${s.untilMonth ?? '9999-12'}-01`,
      si_bp: s.socialInsuranceBp,
      pension_bp: s.pensionBp,
      other_bp: s.otherBp,
      student_vnd: s.studentMonthlyVnd,
      exempt_years: s.exemptPartyAgeYears,
    })),
  );
}

/**
 * CTEs ending in `fee_month`: one row per member and month in [$2, $3] (first days) in which the province
 * counts the member on the month's last day, with the basis in force, the amount due (null without a basis or a
 * rate) and what was paid. $1 = ratesParam, $4 = member ids or null for all. Callers append their SELECT.
 */
export const FEE_MONTH_CTE = `
WITH months AS MATERIALIZED (
  -- the months asked for, each with its rate schedule (null before the first); per-month values are computed here
  -- once, so the member-month rows below only compare and multiply
  SELECT g::date AS month, (g + interval '1 month' - interval '1 day')::date AS last_day,
         r.from_month IS NOT NULL AS has_rate, r.si_bp, r.pension_bp, r.other_bp, r.student_vnd, r.exempt_years
    FROM generate_series($2::date, $3::date, interval '1 month') g
    LEFT JOIN jsonb_to_recordset($1::jsonb) AS r(from_month date, until_month date, si_bp bigint, pension_bp bigint,
      other_bp bigint, student_vnd bigint, exempt_years int) ON g::date BETWEEN r.from_month AND r.until_month
), member_month AS (
  SELECT m.id AS member_id, m.cell_id, m.admission_decision_date, coalesce(gap.days, 0) AS days_out, mo.*
    FROM member m JOIN months mo ON m.joined_on <= mo.last_day AND (m.left_on IS NULL OR m.left_on > mo.last_day)
    -- days out of the Party (member_interruption): party age counts without them, here as everywhere
    LEFT JOIN (SELECT i.member_id, sum(i.to_on - i.from_on)::int AS days FROM member_interruption i
                WHERE $4::uuid[] IS NULL OR i.member_id = ANY($4::uuid[]) GROUP BY i.member_id) gap ON gap.member_id = m.id
   WHERE $4::uuid[] IS NULL OR m.id = ANY($4::uuid[])
), basis_span AS (
  SELECT b.member_id, b.effective_month, b.basis, b.base_amount_vnd, b.reduction_pct::bigint AS reduction_pct,
         (b.effective_month + make_interval(months => b.reduction_months::int))::date AS reduction_ends,
         lead(b.effective_month) OVER (PARTITION BY b.member_id ORDER BY b.effective_month) AS next_month
    FROM fee_basis_entry b
   WHERE ($4::uuid[] IS NULL OR b.member_id = ANY($4::uuid[])) AND b.effective_month <= $3::date
), in_force AS (
  SELECT mm.member_id, mm.cell_id, mm.month, mm.has_rate, mm.student_vnd, b.basis, b.base_amount_vnd,
         CASE WHEN mm.month < b.reduction_ends THEN b.reduction_pct ELSE 0 END AS reduction_pct,
         -- party age reaches the exemption age by the month's end: admission + N years + days out of the Party on
         -- or before its last day (areas/badges/rules.ts eligibleOn; 29 February + N years is 28 February)
         coalesce((mm.admission_decision_date + make_interval(years => mm.exempt_years))::date + mm.days_out <= mm.last_day, false) AS party_age_exempt,
         CASE b.basis WHEN 'SOCIAL_INSURANCE' THEN mm.si_bp WHEN 'PENSION' THEN mm.pension_bp WHEN 'OTHER' THEN mm.other_bp END AS bp
    FROM member_month mm
    LEFT JOIN basis_span b ON b.member_id = mm.member_id AND b.effective_month <= mm.month
                          AND (b.next_month IS NULL OR mm.month < b.next_month)
), fee_month_here AS MATERIALIZED (
  -- materialised so that the amount is computed once per row, not again in every filter that reads it
  SELECT f.member_id, f.cell_id, f.month, f.basis, f.base_amount_vnd, f.reduction_pct, f.party_age_exempt,
         CASE WHEN f.basis IS NULL OR NOT f.has_rate THEN NULL
              WHEN f.basis = 'EXEMPT' OR f.party_age_exempt THEN 0
              WHEN f.basis = 'STUDENT' THEN (2 * f.student_vnd * (100 - f.reduction_pct) + 100) / 200
              ELSE (2 * f.base_amount_vnd * f.bp * (100 - f.reduction_pct) + 1000000) / 2000000
         END AS due_vnd,
         p.amount_vnd AS paid_vnd, p.channel, p.paid_on
    FROM in_force f
    -- the month range repeated on p's own column so that only the window's payments are read (fee_payment_month_idx)
    LEFT JOIN fee_payment p ON p.member_id = f.member_id AND p.month = f.month AND p.month BETWEEN $2::date AND $3::date
                           -- and on its own member column: without it, the payments of every member in the window
                           -- are hashed to answer a few thousand (the arrears list's candidates)
                           AND ($4::uuid[] IS NULL OR p.member_id = ANY($4::uuid[]))
), fee_month AS (
  -- this province's months (province_code NULL), then the months a transfer brought from where the member was
  -- counted before (migration 053), unless this province counts the member that month itself
  SELECT h.*, NULL::char(2) AS province_code FROM fee_month_here h
  UNION ALL
  SELECT e.member_id, m.cell_id, e.month, e.basis, NULL::bigint, 0::bigint, false, e.due_vnd, e.paid_vnd, e.channel, e.paid_on, e.province_code
    FROM fee_month_elsewhere e JOIN member m ON m.id = e.member_id
   WHERE e.month BETWEEN $2::date AND $3::date AND ($4::uuid[] IS NULL OR e.member_id = ANY($4::uuid[]))
     -- counted here that month: member_month's condition, read from the member row already joined rather than
     -- searched for among the province's member-months (BENCHMARKS.md "Issue 13's reads at full scale")
     AND NOT (m.joined_on <= (e.month + interval '1 month' - interval '1 day')::date
              AND (m.left_on IS NULL OR m.left_on > (e.month + interval '1 month' - interval '1 day')::date))
)`;

/** Unpaid: something is due and the payment (if any) does not cover it. */
export const UNPAID = `(fm.due_vnd > 0 AND coalesce(fm.paid_vnd, 0) < fm.due_vnd)`;

const monthDate = (month: string) => `${month}-01`;

/**
 * Month by month, for one member, the months in [from, to] in which the province counts them, and the months a
 * transfer brought from the provinces that counted them before (`province_code` set).
 */
export function feeMonthsOfMember(sql: Sql, rules: FeeRules, memberId: string, from: string, to: string): Promise<FeeMonthRow[]> {
  return sql.rows(
    `${FEE_MONTH_CTE}
     SELECT to_char(fm.month, 'YYYY-MM') AS month, fm.basis, fm.base_amount_vnd::int, fm.reduction_pct::int,
            fm.party_age_exempt, fm.due_vnd::int, fm.paid_vnd::int, fm.channel, to_char(fm.paid_on, 'YYYY-MM-DD') AS paid_on,
            fm.province_code::text
       FROM fee_month fm ORDER BY fm.month`,
    [ratesParam(rules), monthDate(from), monthDate(to), [memberId]],
  );
}

/** The amount due from one member for one month (null: not counted that month, or no basis/rate). */
export async function dueForMonth(sql: Sql, rules: FeeRules, memberId: string, month: string) {
  const rows = await feeMonthsOfMember(sql, rules, memberId, month, month);
  return rows[0] ?? null;
}

export interface ArrearsRow {
  member_id: string;
  unpaid_months: string[];
  owed_vnd: number;
}

/**
 * Members with unpaid dues in at least `minMonths` of the months [from, to], within `scope` (their cell in the
 * month asked for); keyset page by member id.
 *
 * Computing every member-month of the window took 26 s for Hà Nội's 500,000 members (BENCHMARKS.md "Fee arrears
 * at full scale"), so the exact computation runs only over candidates found in the report summaries, which are
 * kept on write (migration 050): a member can owe in this province only in a month a due segment with nothing
 * paid covers, and can be in arrears by the configured rule only if fee_summary_arrears says so. Months a
 * transfer brought (fee_month_elsewhere) are not in the summaries, so the members who have any are candidates too.
 */
export async function arrears(
  sql: Sql, rules: FeeRules, from: string, to: string, minMonths: number, scope: ScopeArgs, after: string | null, limit: number,
  /** 'every member': the exact computation over all members in scope, the reference the benchmark compares with. */
  candidatesFrom: 'summaries' | 'every member' = 'summaries',
): Promise<{ rows: ArrearsRow[]; total: number }> {
  const candidates = await arrearsCandidates(sql, rules, from, to, minMonths, scope, candidatesFrom);
  const params: unknown[] = [ratesParam(rules), monthDate(from), monthDate(to), candidates, minMonths, limit];
  const page = after === null ? '' : `AND o.member_id > $${params.push(after)}::uuid`;
  // the page and the total from one computation (keysetPage would run the CTEs twice)
  const [{ total, rows }] = await sql.rows<{ total: number; rows: ArrearsRow[] }>(
    `${FEE_MONTH_CTE}, owing AS MATERIALIZED (
       SELECT fm.member_id, array_agg(to_char(fm.month, 'YYYY-MM') ORDER BY fm.month) AS unpaid_months,
              sum(fm.due_vnd - coalesce(fm.paid_vnd, 0))::int AS owed_vnd
         FROM fee_month fm WHERE ${UNPAID} GROUP BY fm.member_id HAVING count(*) >= $5
     )
     SELECT (SELECT count(*)::int FROM owing) AS total,
            coalesce((SELECT json_agg(p ORDER BY p.member_id) FROM (
              SELECT o.member_id, o.unpaid_months, o.owed_vnd FROM owing o WHERE true ${page} ORDER BY o.member_id LIMIT $6) p), '[]') AS rows`,
    params,
  );
  return { rows, total };
}

/**
 * The members within `scope` who may owe in at least `minMonths` of [from, to] (a superset of the answer, never
 * missing one): by the configured rule's window and threshold or above, those fee_summary_arrears puts in arrears
 * at `to`; otherwise those with a due segment in the window that its payments do not cover month for month; and,
 * either way, those with months a transfer brought into the window.
 */
async function arrearsCandidates(
  sql: Sql, rules: FeeRules, from: string, to: string, minMonths: number, scope: ScopeArgs, candidatesFrom: 'summaries' | 'every member',
): Promise<string[]> {
  const params: unknown[] = [monthDate(from), monthDate(to)];
  const inScope = scopeCondition(scope, 'm.cell_id', params);
  if (candidatesFrom === 'every member') {
    const all = await sql.rows<{ id: string }>(`SELECT m.id FROM member m WHERE $1::date <= $2::date${inScope}`, params);
    return all.map((r) => r.id);
  }
  const { thresholdMonths, windowMonths } = rules.arrears;
  const byRule = minMonths >= thresholdMonths && addMonths(from, windowMonths - 1) === to;
  const here = byRule
    ? `SELECT a.member_id FROM fee_summary_arrears a JOIN member m ON m.id = a.member_id
        WHERE a.from_month <= $2::date AND (a.until_month IS NULL OR a.until_month > $2::date)${inScope}`
    : `SELECT s.member_id FROM fee_summary_segment s JOIN member m ON m.id = s.member_id
         CROSS JOIN LATERAL (SELECT greatest(s.from_month, $1::date) AS a,
                                    least(coalesce((s.until_month - interval '1 month')::date, $2::date), $2::date) AS b) w
        WHERE s.due_vnd > 0 AND s.from_month <= $2::date AND (s.until_month IS NULL OR s.until_month > $1::date)${inScope}
          AND (SELECT count(*) FROM fee_payment p
                WHERE p.member_id = s.member_id AND p.month BETWEEN w.a AND w.b AND p.amount_vnd >= s.due_vnd)
              < (extract(year FROM w.b) - extract(year FROM w.a)) * 12 + extract(month FROM w.b) - extract(month FROM w.a) + 1`;
  const rows = await sql.rows<{ member_id: string }>(
    `${here}
     UNION
     SELECT e.member_id FROM fee_month_elsewhere e JOIN member m ON m.id = e.member_id
      WHERE e.month BETWEEN $1::date AND $2::date${inScope}`,
    params,
  );
  return rows.map((r) => r.member_id);
}

/** Days the member was out of the Party (member_interruption): what party age leaves out. */
export async function interruptionDays(sql: Sql, memberId: string): Promise<number> {
  const [row] = await sql.rows<{ days: number }>(
    'SELECT coalesce(sum(to_on - from_on), 0)::int AS days FROM member_interruption WHERE member_id = $1::uuid',
    [memberId],
  );
  return row.days;
}

// ---- bases ----

export function basesOfMembers(sql: Sql, memberIds: readonly string[]): Promise<FeeBasisRow[]> {
  return sql.rows(
    `SELECT member_id, to_char(effective_month, 'YYYY-MM') AS effective_month, basis, base_amount_vnd::int, reduction_pct,
            reduction_months, exemption_reason, note, recorded_at, actor
       FROM fee_basis_entry WHERE member_id = ANY($1::uuid[]) ORDER BY member_id, effective_month DESC`,
    [memberIds],
  );
}

export interface BasisInput {
  memberId: string;
  effectiveMonth: string;
  basis: FeeBasisRow['basis'];
  baseAmountVnd: number | null;
  reductionPercent: number;
  reductionMonths: number;
  exemptionReason: FeeBasisRow['exemption_reason'];
  note: string | null;
}

/** Inserts or replaces the basis for (member, month); returns the new row and the replaced one (locked first). */
export async function upsertBasis(tx: Sql, input: BasisInput, actor: string): Promise<{ row: FeeBasisRow; replaced: FeeBasisRow | null }> {
  const cols = `member_id, to_char(effective_month, 'YYYY-MM') AS effective_month, basis, base_amount_vnd::int, reduction_pct,
                reduction_months, exemption_reason, note, recorded_at, actor`;
  const [replaced] = await tx.rows<FeeBasisRow>(
    `SELECT ${cols} FROM fee_basis_entry WHERE member_id = $1::uuid AND effective_month = $2::date FOR UPDATE`,
    [input.memberId, monthDate(input.effectiveMonth)],
  );
  const [row] = await tx.rows<FeeBasisRow>(
    `INSERT INTO fee_basis_entry (member_id, effective_month, basis, base_amount_vnd, reduction_pct, reduction_months,
                                  exemption_reason, note, actor)
     VALUES ($1::uuid, $2::date, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (member_id, effective_month) DO UPDATE SET basis = EXCLUDED.basis, base_amount_vnd = EXCLUDED.base_amount_vnd,
       reduction_pct = EXCLUDED.reduction_pct, reduction_months = EXCLUDED.reduction_months,
       exemption_reason = EXCLUDED.exemption_reason, note = EXCLUDED.note, actor = EXCLUDED.actor, recorded_at = now()
     RETURNING ${cols}`,
    [input.memberId, monthDate(input.effectiveMonth), input.basis, input.baseAmountVnd, input.reductionPercent,
      input.reductionMonths, input.exemptionReason, input.note, actor],
  );
  return { row, replaced: replaced ?? null };
}

// ---- payments ----

const PAYMENT_COLUMNS = `member_id, to_char(month, 'YYYY-MM') AS month, amount_vnd::int, amount_due_vnd::int, basis, channel,
  to_char(paid_on, 'YYYY-MM-DD') AS paid_on, receipt_no, recorded_at, actor`;

export async function lockPayment(tx: Sql, memberId: string, month: string): Promise<FeePaymentRow | null> {
  const rows = await tx.rows<FeePaymentRow>(
    `SELECT ${PAYMENT_COLUMNS} FROM fee_payment WHERE member_id = $1::uuid AND month = $2::date FOR UPDATE`,
    [memberId, monthDate(month)],
  );
  return rows[0] ?? null;
}

export async function insertPayment(
  tx: Sql,
  p: { memberId: string; month: string; amountVnd: number; dueVnd: number; basis: string; channel: string; paidOn: string; receiptNo: string | null },
  actor: string,
): Promise<FeePaymentRow> {
  const [row] = await tx.rows<FeePaymentRow>(
    `INSERT INTO fee_payment (member_id, month, amount_vnd, amount_due_vnd, basis, channel, paid_on, receipt_no, actor)
     VALUES ($1::uuid, $2::date, $3, $4, $5, $6, $7::date, $8, $9) RETURNING ${PAYMENT_COLUMNS}`,
    [p.memberId, monthDate(p.month), p.amountVnd, p.dueVnd, p.basis, p.channel, p.paidOn, p.receiptNo, actor],
  );
  return row;
}
