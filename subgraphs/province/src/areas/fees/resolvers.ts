// Process 7, party fees: the statement, arrears, rates and report figures, and the types they return.
// The writes are in feeMutations.ts.
import { isUuid, checkFirst, decodeCursor, encodeCursor } from '../../../../shared/pagination.ts';
import { FieldErrors } from '../../../../shared/validation.ts';
import type {
  FeeBasisEntryResolvers, FeeMonthResolvers, FeePaymentResolvers, FeeReportResolvers, MemberResolvers,
  Province01Resolvers, ProvinceReportResolvers,
} from '../../generated/resolvers.ts';
import { ROUNDING_BASE } from '../../../../shared/disclosureControl.ts';
import { canSeeMember, discloseAmount, discloseCount, forbidden, requireMemberScope, roundsCounts, scopeArgs } from '../../core/access.ts';
import type { ProvinceContext } from '../../context.ts';
import { arrears, feeMonthsOfMember } from './db.ts';
import type { FeeMonthFigures, FeeReportParent } from './rows.ts';
import { loadExisting } from '../../core/loaders.ts';
import { scheduleFor } from './rules.ts';
import { addMonths, isMonth, monthsBetween } from '../../core/yearMonth.ts';

/** A statement covers at most two years: enough for a year's removal rule and its context, bounded in cost. */
const MAX_STATEMENT_MONTHS = 24;

export const feeProvinceFields: Pick<Province01Resolvers, 'feeStatement' | 'feeArrears' | 'feeRates'> = {
  async feeStatement(_, { memberId, from, to }, ctx) {
    // a member reads their own statement; secretaries and officers those of the members in their scope
    requireMemberScope(ctx, 'feeStatement');
    const errors = new FieldErrors();
    errors.check(isUuid(memberId), 'memberId', `must be a member id (UUID); got ${JSON.stringify(memberId)}`);
    const fromOk = errors.check(isMonth(from), 'from', `must be a month YYYY-MM; got ${JSON.stringify(from)}`);
    const toOk = errors.check(isMonth(to), 'to', `must be a month YYYY-MM; got ${JSON.stringify(to)}`);
    if (fromOk && toOk) {
      const span = monthsBetween(from, to) + 1;
      errors.check(span >= 1 && span <= MAX_STATEMENT_MONTHS, 'to', `must be from "from" to ${MAX_STATEMENT_MONTHS} months after it; got ${from}..${to}`);
    }
    errors.throwIfAny();
    const member = await ctx.loaders.member.load(memberId);
    if (!member) return null;
    if (!(await canSeeMember(ctx, member))) throw forbidden(`member ${memberId} is outside your scope (${ctx.actor.role})`);
    const months = await feeMonthsOfMember(ctx.db.sql, ctx.rules.fees, memberId, from, to);
    return {
      member,
      from,
      to,
      months,
      totalDueVnd: months.reduce((s, m) => s + (m.due_vnd ?? 0), 0),
      totalPaidVnd: months.reduce((s, m) => s + (m.paid_vnd ?? 0), 0),
      unpaidMonths: months.filter((m) => monthStatus(m) === 'UNPAID').length,
    };
  },

  async feeArrears(_, args, ctx) {
    // a list of people: for cell secretaries (their cell), commune officers (their commune) and province officers
    const scope = scopeArgs(requireMemberScope(ctx, 'feeArrears', 'cell'));
    const { thresholdMonths, windowMonths } = ctx.rules.fees.arrears;
    const errors = new FieldErrors();
    errors.check(isMonth(args.asOf), 'asOf', `must be a month YYYY-MM; got ${JSON.stringify(args.asOf)}`);
    const minMonths = args.minMonths ?? thresholdMonths;
    errors.check(Number.isInteger(minMonths) && minMonths >= 1 && minMonths <= windowMonths, 'minMonths',
      `must be from 1 to the window of ${windowMonths} months; got ${minMonths}`);
    errors.throwIfAny();
    const first = checkFirst(args.first);
    const after = decodeCursor(args.after);
    const fromMonth = addMonths(args.asOf, 1 - windowMonths);
    const { rows, total } = await arrears(ctx.db.sql, ctx.rules.fees, fromMonth, args.asOf, minMonths, scope, after, first + 1);
    const nodes = await Promise.all(
      rows.slice(0, first).map(async (r) => ({
        cursor: encodeCursor(r.member_id),
        node: {
          member: await loadExisting(ctx.loaders.member, r.member_id, 'member'),
          unpaidMonths: r.unpaid_months,
          amountOwedVnd: r.owed_vnd,
        },
      })),
    );
    return {
      fromMonth,
      toMonth: args.asOf,
      minMonths,
      totalCount: total,
      edges: nodes,
      pageInfo: { hasNextPage: rows.length > first, endCursor: nodes.at(-1)?.cursor ?? null },
    };
  },

  feeRates(_, { month }, ctx) {
    const errors = new FieldErrors();
    errors.check(isMonth(month), 'month', `must be a month YYYY-MM; got ${JSON.stringify(month)}`);
    errors.throwIfAny();
    const s = scheduleFor(ctx.rules.fees, month);
    if (!s) return null;
    return {
      effectiveFrom: s.fromMonth,
      effectiveUntil: s.untilMonth,
      source: s.source,
      socialInsurancePercent: s.socialInsuranceBp / 100,
      pensionPercent: s.pensionBp / 100,
      otherPercent: s.otherBp / 100,
      studentMonthlyVnd: s.studentMonthlyVnd,
      exemptPartyAgeYears: s.exemptPartyAgeYears,
      reductionPercents: ctx.rules.fees.reductionPercents,
      maxReductionMonths: ctx.rules.fees.maxReductionMonths,
    };
  },
};

type FeeMonthStatus = 'PAID' | 'UNPAID' | 'EXEMPT' | 'NO_BASIS';

function monthStatus(m: { due_vnd: number | null; paid_vnd: number | null }): FeeMonthStatus {
  if (m.due_vnd === null) return 'NO_BASIS';
  if (m.due_vnd === 0) return 'EXEMPT';
  return (m.paid_vnd ?? 0) >= m.due_vnd ? 'PAID' : 'UNPAID';
}

export const feeMonthResolvers: FeeMonthResolvers = {
  province: (m, _a, ctx) => m.province_code ?? ctx.province.code,
  baseAmountVnd: (m) => m.base_amount_vnd,
  reductionPercent: (m) => m.reduction_pct,
  partyAgeExempt: (m) => m.party_age_exempt,
  amountDueVnd: (m) => m.due_vnd,
  paidVnd: (m) => m.paid_vnd,
  paidOn: (m) => m.paid_on,
  status: (m) => monthStatus(m),
};

export const feeBasisEntryResolvers: FeeBasisEntryResolvers = {
  effectiveMonth: (b) => b.effective_month,
  baseAmountVnd: (b) => b.base_amount_vnd,
  reductionPercent: (b) => b.reduction_pct,
  reductionMonths: (b) => b.reduction_months,
  exemptionReason: (b) => b.exemption_reason,
  recordedAt: (b) => b.recorded_at,
};

export const feePaymentResolvers: FeePaymentResolvers = {
  member: (p, _a, ctx) => loadExisting(ctx.loaders.member, p.member_id, 'member'),
  amountVnd: (p) => p.amount_vnd,
  amountDueVnd: (p) => p.amount_due_vnd,
  paidOn: (p) => p.paid_on,
  receiptNo: (p) => p.receipt_no,
  recordedAt: (p) => p.recorded_at,
};

export const feeReportField: Pick<ProvinceReportResolvers, 'fees'> = {
  fees: (r) => ({ period: r.period, summary: r.summary }),
};

/**
 * The month's figures from the report summary (migration 050: fee_summary_segment and the payments' effects),
 * the same numbers the recount over every member-month gave (test/reportSummaries.test.ts).
 */
function figures(parent: FeeReportParent): FeeMonthFigures {
  const s = parent.summary;
  return {
    members_due: s.get('fees.due_members'),
    members_without_basis: s.get('fees.without_basis'),
    members_paid: s.get('fees.paid_members'),
    due_vnd: s.get('fees.due_vnd'),
    collected_vnd: s.get('fees.collected_vnd'),
    covered_vnd: s.get('fees.covered_vnd'),
  };
}

/**
 * For readers whose counts are rounded, the amounts of a few payers would show what those few earn: they are
 * withheld when the PUBLISHED membersDue is 5 or less (a rule on the true count would say, by its nulls, that the
 * count is small; a rule on the published one tells nothing the reader does not already see).
 */
const fewPayers = (ctx: ProvinceContext, f: FeeMonthFigures) =>
  roundsCounts(ctx) && discloseCount(ctx, 'fees.membersDue', f.members_due) <= ROUNDING_BASE;

export const feeReportResolvers: FeeReportResolvers = {
  membersDue: (p, _a, ctx) => discloseCount(ctx, 'fees.membersDue', figures(p).members_due),
  membersPaid: (p, _a, ctx) => discloseCount(ctx, 'fees.membersPaid', figures(p).members_paid),
  membersWithoutBasis: (p, _a, ctx) => discloseCount(ctx, 'fees.membersWithoutBasis', figures(p).members_without_basis),
  // amounts rounded for analysts like counts (to 1,000,000 VND), and the rate made of the rounded amounts
  amountDueVnd: (p, _a, ctx) => {
    const f = figures(p);
    return fewPayers(ctx, f) ? null : discloseAmount(ctx, 'fees.dueVnd', f.due_vnd);
  },
  amountCollectedVnd: (p, _a, ctx) => {
    const f = figures(p);
    return fewPayers(ctx, f) ? null : discloseAmount(ctx, 'fees.collectedVnd', f.collected_vnd);
  },
  collectionRate: (p, _a, ctx) => {
    const f = figures(p);
    if (fewPayers(ctx, f)) return null;
    const due = discloseAmount(ctx, 'fees.dueVnd', f.due_vnd);
    return due === 0 ? null : Math.min(1, discloseAmount(ctx, 'fees.coveredVnd', f.covered_vnd) / due);
  },
  // members with unpaid dues in >= thresholdMonths of the windowMonths ending with the period (fee_summary_arrears)
  membersInArrears: (p, _a, ctx) => discloseCount(ctx, 'fees.membersInArrears', p.summary.get('fees.arrears')),
};

export const memberFeeResolvers: Pick<MemberResolvers, 'feeBases'> = {
  feeBases: (m, _a, ctx) => ctx.loaders.feeBases.load(m.id),
};
