// Rewards and discipline, the writes: each a committee's decision (commune or province officers). An expulsion
// (KHAI_TRU) also records the member's exit through core/memberExit.ts, with every rule of recordExit, in the same
// transaction: both or neither.
import { FieldErrors } from '../../../../shared/validation.ts';
import { isIsoDate } from '../../../../shared/scalars.ts';
import type { ProvinceMutationsResolvers } from '../../generated/resolvers.ts';
import { requireMemberScope } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { checkDecisionNo, checkMemberId, checkPastDate, lockMemberInScope } from '../../core/eventChecks.ts';
import { applyExit } from '../../core/memberExit.ts';
import { todayInVietnam } from '../../core/months.ts';
import type { MemberRow } from '../../core/rows.ts';
import type { Sql } from '../../core/sql.ts';
import type { ProvinceContext } from '../../context.ts';
import { insertDiscipline, insertReward } from './db.ts';

/** Trimmed text of `min` to `max` characters, or a field error. */
function checkText(errors: FieldErrors, field: string, value: string, min: number, max: number): string {
  const v = value.trim();
  errors.check(v.length >= min && v.length <= max, field, `must be ${min} to ${max} characters`);
  return v;
}

/** The member, locked, counted here on the decision's day, in the writer's scope. */
async function lockDecidedMember(tx: Sql, ctx: ProvinceContext, errors: FieldErrors, memberId: string, decidedOn: string, what: string): Promise<MemberRow> {
  const m = await lockMemberInScope(tx, ctx, requireMemberScope(ctx, what, 'commune'), errors, memberId);
  if (m.left_on !== null) errors.add('input.memberId', `already left the Party organisation here on ${m.left_on} (${m.state})`);
  else if (decidedOn < m.joined_on) errors.add('input.decidedOn', `is before the member joined this province (${m.joined_on})`);
  errors.throwIfAny();
  return m;
}

export const rewardsDisciplineMutations: ProvinceMutationsResolvers = {
  async recordReward(_, { input }, ctx) {
    requireMemberScope(ctx, 'recordReward', 'commune');
    const errors = new FieldErrors();
    checkMemberId(errors, input.memberId);
    checkPastDate(errors, 'input.decidedOn', input.decidedOn, todayInVietnam());
    const title = checkText(errors, 'input.title', input.title, 3, 300);
    const decisionNo = checkDecisionNo(errors, 'input.decisionNo', input.decisionNo);
    const issuedBy = checkText(errors, 'input.issuedBy', input.issuedBy, 3, 200);
    errors.throwIfAny();
    return ctx.db.transaction(async (tx) => {
      const m = await lockDecidedMember(tx, ctx, errors, input.memberId, input.decidedOn, 'recordReward');
      const reward = await insertReward(tx, { memberId: m.id, kind: input.kind, level: input.level, title, decisionNo, decidedOn: input.decidedOn, issuedBy }, ctx.actor.id);
      if (!reward) errors.add('input.decisionNo', `is already recorded for this member (decision ${decisionNo})`);
      errors.throwIfAny();
      await writeAudit(tx, { actor: ctx.actor, operation: 'recordReward', memberIds: [m.id], details: { rewardId: reward!.id, kind: input.kind, level: input.level, decisionNo } });
      ctx.loaders.rewards.clear(m.id);
      return { reward: reward! };
    });
  },

  async recordDiscipline(_, { input }, ctx) {
    requireMemberScope(ctx, 'recordDiscipline', 'commune');
    const errors = new FieldErrors();
    checkMemberId(errors, input.memberId);
    checkPastDate(errors, 'input.decidedOn', input.decidedOn, todayInVietnam());
    const decisionNo = checkDecisionNo(errors, 'input.decisionNo', input.decisionNo);
    const decidedBy = checkText(errors, 'input.decidedBy', input.decidedBy, 3, 200);
    const reason = checkText(errors, 'input.reason', input.reason, 3, 1000);
    const post = input.post == null ? null : input.post.trim();
    if (input.measure === 'CACH_CHUC') {
      errors.check(post !== null && post.length >= 3 && post.length <= 200, 'input.post', 'is the post the member is removed from (CACH_CHUC): 3 to 200 characters');
    } else {
      errors.check(post === null, 'input.post', `is given only for CACH_CHUC; the measure is ${input.measure}`);
    }
    const until = input.inForceUntil ?? null;
    if (until !== null) {
      if (input.measure === 'KHAI_TRU') errors.add('input.inForceUntil', 'is not given for KHAI_TRU: an expulsion ends membership');
      else errors.check(isIsoDate(until) && until > input.decidedOn, 'input.inForceUntil', `must be a date after decidedOn (${input.decidedOn}); got ${until}`);
    }
    errors.throwIfAny();
    return ctx.db.transaction(async (tx) => {
      const m = await lockDecidedMember(tx, ctx, errors, input.memberId, input.decidedOn, 'recordDiscipline');
      const discipline = await insertDiscipline(tx, {
        memberId: m.id, measure: input.measure, level: input.level, decisionNo, decidedOn: input.decidedOn, decidedBy, reason, post, inForceUntil: until,
      }, ctx.actor.id);
      if (!discipline) errors.add('input.decisionNo', `is already recorded for this member (decision ${decisionNo})`);
      errors.throwIfAny();
      await writeAudit(tx, { actor: ctx.actor, operation: 'recordDiscipline', memberIds: [m.id], details: { disciplineId: discipline!.id, measure: input.measure, level: input.level, decisionNo } });
      ctx.loaders.disciplines.clear(m.id);
      if (input.measure !== 'KHAI_TRU') return { discipline: discipline!, member: m, exit: null };
      // The expulsion's exit: the decision's day and number; recordExit's checks (in transit, exemption, card) apply.
      const { member, exit } = await applyExit(tx, ctx, m, errors, { type: 'EXPELLED', date: input.decidedOn, decisionNo, reason }, {
        operation: 'recordExit', details: { disciplineId: discipline!.id },
      });
      return { discipline: discipline!, member, exit };
    });
  },
};
