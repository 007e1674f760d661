// Process 7, party fees: setting a member's basis and recording a payment. Each validates its whole input first
// (one BAD_USER_INPUT naming every field), then re-checks what depends on stored rows inside one transaction
// with the member row locked (two writes for one member queue), and writes one audit row.
import { isUuid } from '../../../../shared/pagination.ts';
import { FieldErrors } from '../../../../shared/validation.ts';
import type { ProvinceMutationsResolvers, SetFeeBasisInput, RecordFeePaymentInput } from '../../generated/resolvers.ts';
import { canSeeMember, forbidden, requireMemberScope } from '../../core/access.ts';
import type { ProvinceContext } from '../../context.ts';
import { writeAudit } from '../../core/audit.ts';
import { lockMember } from '../../core/lookups.ts';
import type { MemberRow } from '../../core/rows.ts';
import { eligibleOn } from '../../core/partyAge.ts';
import { dueForMonth, insertPayment, interruptionDays, lockPayment, upsertBasis } from './db.ts';
import { scheduleFor, type FeeRules } from './rules.ts';
import { addMonths, isMonth, lastDayOf, monthsBetween, todayInVietnam } from '../../core/yearMonth.ts';

const MAX_VND = 1_000_000_000;
const WITH_AMOUNT = new Set(['SOCIAL_INSURANCE', 'PENSION', 'OTHER']);
const isVnd = (v: number) => Number.isInteger(v) && v >= 1 && v <= MAX_VND;

function validateBasis(input: SetFeeBasisInput, errors: FieldErrors, today: string, rules: FeeRules) {
  errors.check(isUuid(input.memberId), 'input.memberId', `must be a member id (UUID); got ${JSON.stringify(input.memberId)}`);
  const latest = addMonths(today.slice(0, 7), 12);
  errors.check(isMonth(input.effectiveMonth) && input.effectiveMonth <= latest, 'input.effectiveMonth',
    `must be a month YYYY-MM from 2000-01 to ${latest}; got ${JSON.stringify(input.effectiveMonth)}`);
  const amount = input.baseAmountVnd;
  if (WITH_AMOUNT.has(input.basis)) {
    errors.check(amount != null && isVnd(amount), 'input.baseAmountVnd',
      `is required for ${input.basis}: whole VND from 1 to ${MAX_VND.toLocaleString('en')}; got ${amount}`);
  } else {
    errors.check(amount == null, 'input.baseAmountVnd', `must not be given for ${input.basis}`);
  }
  const reduction = input.reductionPercent ?? 0;
  const months = input.reductionMonths ?? 0;
  if (reduction !== 0) {
    const allowed = rules.reductionPercents;
    errors.check(allowed.includes(reduction), 'input.reductionPercent', `must be 0 or one of ${allowed.join(', ')}; got ${reduction}`);
    errors.check(input.basis !== 'EXEMPT', 'input.reductionPercent', 'must be 0 for an EXEMPT basis');
    errors.check(Number.isInteger(months) && months >= 1 && months <= rules.maxReductionMonths, 'input.reductionMonths',
      `must be 1 to ${rules.maxReductionMonths} months with a reduction; got ${input.reductionMonths ?? 'nothing'}`);
  } else {
    errors.check(months === 0, 'input.reductionMonths', 'must not be given without a reduction');
  }
  if (input.basis === 'EXEMPT') {
    errors.check(input.exemptionReason != null, 'input.exemptionReason', 'is required for an EXEMPT basis');
  } else {
    errors.check(input.exemptionReason == null, 'input.exemptionReason', 'must only be given with an EXEMPT basis');
  }
  if (input.note != null) {
    const note = input.note.trim();
    errors.check(note.length >= 1 && note.length <= 500, 'input.note', 'must be 1 to 500 characters');
  }
}

function validatePayment(input: RecordFeePaymentInput, errors: FieldErrors, today: string) {
  errors.check(isUuid(input.memberId), 'input.memberId', `must be a member id (UUID); got ${JSON.stringify(input.memberId)}`);
  errors.check(isVnd(input.amountVnd), 'input.amountVnd', `must be whole VND from 1 to ${MAX_VND.toLocaleString('en')}; got ${input.amountVnd}`);
  const paidOnOk = errors.check(input.paidOn <= today && input.paidOn >= '2000-01-01', 'input.paidOn',
    `must be a date from 2000-01-01 to today (${today}); got ${input.paidOn}`);
  if (errors.check(isMonth(input.month), 'input.month', `must be a month YYYY-MM; got ${JSON.stringify(input.month)}`) && paidOnOk) {
    // paying ahead (a year at once) is common; further ahead is almost surely a typing mistake
    errors.check(monthsBetween(input.paidOn.slice(0, 7), input.month) <= 12, 'input.month',
      `must be at most 12 months after paidOn (${input.paidOn}); got ${input.month}`);
  }
  if (input.receiptNo != null) {
    const r = input.receiptNo.trim();
    errors.check(r.length >= 1 && r.length <= 50, 'input.receiptNo', 'must be 1 to 50 characters');
  }
}

/**
 * Fees are kept by the cell (the secretary collects cash and records the bases), so a cell secretary writes for
 * the members of their cell, a commune officer for their commune's, a province officer for anyone's.
 */
function requireFeeWriter(ctx: ProvinceContext, what: string) {
  return requireMemberScope(ctx, what, 'cell');
}

async function requireInScope(ctx: ProvinceContext, scope: ReturnType<typeof requireFeeWriter>, member: MemberRow | null, id: string) {
  if (scope.kind !== 'province' && (member === null || !(await canSeeMember(ctx, member)))) {
    throw forbidden(`member ${id} is outside your scope (${ctx.actor.role})`);
  }
}

const counted = (m: { joined_on: string; left_on: string | null }, day: string) => m.joined_on <= day && (m.left_on === null || m.left_on > day);

export const feeMutations: Pick<ProvinceMutationsResolvers, 'setFeeBasis' | 'recordFeePayment'> = {
  async setFeeBasis(_, { input }, ctx) {
    const scope = requireFeeWriter(ctx, 'setFeeBasis');
    const errors = new FieldErrors();
    validateBasis(input, errors, todayInVietnam(), ctx.rules.fees);
    errors.throwIfAny();
    return ctx.db.transaction(async (tx) => {
      const member = await lockMember(tx, input.memberId);
      await requireInScope(ctx, scope, member, input.memberId);
      if (!errors.check(member !== null, 'input.memberId', `no member ${input.memberId} in province ${ctx.province.code}`)) errors.throwIfAny();
      const lastDay = lastDayOf(input.effectiveMonth);
      errors.check(counted(member!, lastDay), 'input.effectiveMonth',
        `the province does not count the member at the end of ${input.effectiveMonth} (joined ${member!.joined_on}${member!.left_on ? `, left ${member!.left_on}` : ''})`);
      if (input.exemptionReason === 'PARTY_AGE_50') {
        // party age as everywhere: without the days out of the Party (the statement's partyAgeExempt agrees)
        const years = scheduleFor(ctx.rules.fees, input.effectiveMonth)?.exemptPartyAgeYears ?? 50;
        const reached = eligibleOn(member!.admission_decision_date, years, await interruptionDays(tx, member!.id));
        errors.check(reached <= lastDay, 'input.exemptionReason', `PARTY_AGE_50 needs ${years} years of party age by ${lastDay}; reached on ${reached}`);
      }
      errors.throwIfAny();
      const { row, replaced } = await upsertBasis(tx, {
        memberId: input.memberId,
        effectiveMonth: input.effectiveMonth,
        basis: input.basis,
        baseAmountVnd: input.baseAmountVnd ?? null,
        reductionPercent: input.reductionPercent ?? 0,
        reductionMonths: input.reductionMonths ?? 0,
        exemptionReason: input.exemptionReason ?? null,
        note: input.note?.trim() ?? null,
      }, ctx.actor.id);
      await writeAudit(tx, {
        actor: ctx.actor,
        operation: 'setFeeBasis',
        memberIds: [member!.id],
        details: { effectiveMonth: row.effective_month, basis: row.basis, baseAmountVnd: row.base_amount_vnd,
          reductionPercent: row.reduction_pct, reductionMonths: row.reduction_months, replaced },
      });
      ctx.loaders.feeBases.clear(member!.id);
      return { member: member!, basis: row, replaced };
    });
  },

  async recordFeePayment(_, { input }, ctx) {
    const scope = requireFeeWriter(ctx, 'recordFeePayment');
    const errors = new FieldErrors();
    validatePayment(input, errors, todayInVietnam());
    errors.throwIfAny();
    const receiptNo = input.receiptNo?.trim() ?? null;
    return ctx.db.transaction(async (tx) => {
      const member = await lockMember(tx, input.memberId);
      await requireInScope(ctx, scope, member, input.memberId);
      if (!errors.check(member !== null, 'input.memberId', `no member ${input.memberId} in province ${ctx.province.code}`)) errors.throwIfAny();
      const existing = await lockPayment(tx, input.memberId, input.month);
      if (existing) {
        const same = existing.amount_vnd === input.amountVnd && existing.channel === input.channel
          && existing.paid_on === input.paidOn && existing.receipt_no === receiptNo;
        // A retry of the same payment (a lost response, a double click) is answered, not refused or doubled.
        if (same) return { payment: existing, replayed: true };
        errors.add('input.month', `is already paid: ${existing.amount_vnd} đ on ${existing.paid_on} by ${existing.channel}`);
        errors.throwIfAny();
      }
      const due = await dueForMonth(tx, ctx.rules.fees, input.memberId, input.month);
      if (!due) {
        errors.add('input.month', `the province does not count the member at the end of ${input.month}`);
      } else if (due.due_vnd === null || due.basis === null) {
        errors.add('input.month', `no fee basis is in force for ${input.month}: set one with setFeeBasis first`);
      } else {
        errors.check(input.amountVnd >= due.due_vnd, 'input.amountVnd', `must be at least the ${due.due_vnd} đ due for ${input.month}; got ${input.amountVnd}`);
      }
      errors.throwIfAny();
      const payment = await insertPayment(tx, {
        memberId: input.memberId, month: input.month, amountVnd: input.amountVnd, dueVnd: due!.due_vnd!, basis: due!.basis!,
        channel: input.channel, paidOn: input.paidOn, receiptNo,
      }, ctx.actor.id);
      await writeAudit(tx, {
        actor: ctx.actor,
        operation: 'recordFeePayment',
        memberIds: [member!.id],
        details: { month: payment.month, amountVnd: payment.amount_vnd, dueVnd: payment.amount_due_vnd, channel: payment.channel, paidOn: payment.paid_on },
      });
      return { payment, replayed: false };
    });
  },
};
