// Processes 9 and 10: exemption from work and activities, and exits (death, removal, expulsion, resignation).
import { badInput } from '../../../../shared/errors.ts';
import { checkFirst, decodeCursor, toPage } from '../../../../shared/pagination.ts';
import { discloseCount, requireMemberScope, scopeArgs, type MemberScope } from '../../core/access.ts';
import { FieldErrors } from '../../../../shared/validation.ts';
import type {
  ExemptionResolvers, MemberExitResolvers, MemberResolvers, Province01Resolvers, ProvinceMutationsResolvers,
  ProvinceReportResolvers,
} from '../../generated/resolvers.ts';
import { writeAudit } from '../../core/audit.ts';
import { applyExit, closeExemption, lockLatestExemption, setMemberState } from '../../core/memberExit.ts';
import { exemptPage, exitPage, insertExemption } from './db.ts';
import type { MemberRow } from '../../core/rows.ts';
import type { ExitType } from './rows.ts';
import type { Sql } from '../../core/sql.ts';
import type { ProvinceContext } from '../../context.ts';
import { loadExisting } from '../../core/loaders.ts';
import { todayInVietnam } from '../../core/months.ts';
import { checkDecisionNo, checkMemberId, checkPastDate, lockMemberInScope } from '../../core/eventChecks.ts';

/** Locks a member still counted here, in the writer's scope; a field error when unknown or already left. */
async function lockLiveMember(tx: Sql, ctx: ProvinceContext, scope: MemberScope, errors: FieldErrors, memberId: string): Promise<MemberRow> {
  const member = await lockMemberInScope(tx, ctx, scope, errors, memberId);
  if (member.left_on !== null) {
    errors.add('input.memberId', `already left the Party organisation here on ${member.left_on} (${member.state})`);
    errors.throwIfAny();
  }
  return member;
}

// Exemption is the chi bộ's decision (its secretary records it; the committees above may too); an exit rests on a
// decision of the committee above the cell (or, for a death, its notice): commune or province officers.
const exemptionWriter = (ctx: ProvinceContext, what: string): MemberScope => requireMemberScope(ctx, what, 'cell');
const exitWriter = (ctx: ProvinceContext): MemberScope => requireMemberScope(ctx, 'recordExit', 'commune');

export const lifecycleMutations: ProvinceMutationsResolvers = {
  async exemptMember(_, { input }, ctx) {
    const scope = exemptionWriter(ctx, 'exemptMember');
    const errors = new FieldErrors();
    checkMemberId(errors, input.memberId);
    checkPastDate(errors, 'input.startsOn', input.startsOn, todayInVietnam());
    const resolutionNo = checkDecisionNo(errors, 'input.resolutionNo', input.resolutionNo);
    errors.throwIfAny();
    return ctx.db.transaction(async (tx) => {
      const m = await lockLiveMember(tx, ctx, scope, errors, input.memberId);
      const latest = await lockLatestExemption(tx, m.id);
      if (m.state === 'EXEMPT' || (latest && latest.ends_on === null)) {
        errors.add('input.memberId', `is already exempt since ${latest?.starts_on ?? '(date unknown)'}`);
      } else if (m.state === 'IN_TRANSIT') {
        errors.add('input.memberId', 'is being transferred: the receiving chi bộ decides on exemption');
      } else if (m.status !== 'CHINH_THUC') {
        // The seed and practice alike: exemption is for official members, not one whose probation is being assessed.
        errors.add('input.memberId', 'is probationary (dự bị): exemption is for official members');
      }
      if (input.startsOn < m.joined_on) errors.add('input.startsOn', `is before the member joined this province (${m.joined_on})`);
      if (latest?.ends_on && input.startsOn < latest.ends_on) {
        errors.add('input.startsOn', `overlaps the previous exemption, which ended on ${latest.ends_on}`);
      }
      errors.throwIfAny();
      const exemption = await insertExemption(tx, { memberId: m.id, reason: input.reason, startsOn: input.startsOn, resolutionNo });
      const member = await setMemberState(tx, m.id, 'EXEMPT', null);
      await writeAudit(tx, {
        actor: ctx.actor, operation: 'exemptMember', memberIds: [m.id],
        details: { reason: input.reason, startsOn: input.startsOn, resolutionNo, stateBefore: m.state },
      });
      ctx.loaders.member.clear(m.id).prime(m.id, member);
      ctx.loaders.exemptions.clear(m.id);
      return { member, exemption };
    });
  },

  async endExemption(_, { input }, ctx) {
    const scope = exemptionWriter(ctx, 'endExemption');
    const errors = new FieldErrors();
    checkMemberId(errors, input.memberId);
    checkPastDate(errors, 'input.endsOn', input.endsOn, todayInVietnam());
    const resolutionNo = checkDecisionNo(errors, 'input.resolutionNo', input.resolutionNo);
    errors.throwIfAny();
    return ctx.db.transaction(async (tx) => {
      const m = await lockLiveMember(tx, ctx, scope, errors, input.memberId);
      const open = await lockLatestExemption(tx, m.id);
      if (!open || open.ends_on !== null) {
        errors.add('input.memberId', 'is not exempt');
      } else if (input.endsOn <= open.starts_on) {
        errors.add('input.endsOn', `must be after the exemption's start (${open.starts_on})`);
      }
      errors.throwIfAny();
      const exemption = (await closeExemption(tx, m.id, input.endsOn, resolutionNo))!;
      // A member in transit stays in transit; only the exemption ends.
      const member = m.state === 'EXEMPT' ? await setMemberState(tx, m.id, 'ACTIVE', null) : m;
      await writeAudit(tx, { actor: ctx.actor, operation: 'endExemption', memberIds: [m.id], details: { endsOn: input.endsOn, resolutionNo } });
      ctx.loaders.member.clear(m.id).prime(m.id, member);
      ctx.loaders.exemptions.clear(m.id);
      return { member, exemption };
    });
  },

  async recordExit(_, { input }, ctx) {
    const scope = exitWriter(ctx);
    const errors = new FieldErrors();
    checkMemberId(errors, input.memberId);
    checkPastDate(errors, 'input.date', input.date, todayInVietnam());
    const decisionNo = checkDecisionNo(errors, 'input.decisionNo', input.decisionNo);
    const reason = input.reason == null ? null : input.reason.trim();
    if (reason !== null) errors.check(reason.length >= 1 && reason.length <= 1000, 'input.reason', 'must be 1 to 1000 characters');
    errors.throwIfAny();
    return ctx.db.transaction(async (tx) => {
      const m = await lockLiveMember(tx, ctx, scope, errors, input.memberId);
      return applyExit(tx, ctx, m, errors, { type: input.type, date: input.date, decisionNo, reason }, { operation: 'recordExit' });
    });
  },
};

export const lifecycleProvinceFields: Pick<Province01Resolvers, 'exits' | 'exemptMembers'> = {
  async exits(_, args, ctx) {
    const scope = scopeArgs(requireMemberScope(ctx, 'exits', 'cell'));
    if (args.from > args.to) throw badInput('to', `must not be before from (${args.from}); got ${args.to}`);
    const first = checkFirst(args.first);
    const { rows, total } = await exitPage(ctx.db.sql, { from: args.from, to: args.to, type: args.type ?? null }, scope, decodeCursor(args.after), first + 1);
    return toPage(rows, first, total);
  },
  async exemptMembers(_, args, ctx) {
    const scope = scopeArgs(requireMemberScope(ctx, 'exemptMembers', 'cell'));
    const first = checkFirst(args.first);
    const { rows, total } = await exemptPage(ctx.db.sql, args.asOf ?? todayInVietnam(), scope, decodeCursor(args.after), first + 1);
    return toPage(rows, first, total);
  },
};

export const memberLifecycleResolvers: Pick<MemberResolvers, 'exemptions' | 'exit'> = {
  exemptions: (m, _a, ctx) => ctx.loaders.exemptions.load(m.id),
  exit: (m, _a, ctx) => ctx.loaders.exit.load(m.id),
};

export const exemptionResolvers: ExemptionResolvers = {
  member: (e, _a, ctx) => loadExisting(ctx.loaders.member, e.member_id, 'member'),
  startsOn: (e) => e.starts_on,
  resolutionNo: (e) => e.resolution_no,
  endsOn: (e) => e.ends_on,
  endResolutionNo: (e) => e.end_resolution_no,
};

export const memberExitResolvers: MemberExitResolvers = {
  member: (x, _a, ctx) => loadExisting(ctx.loaders.member, x.member_id, 'member'),
  date: (x) => x.exited_on,
  decisionNo: (x) => x.decision_no,
};

/** Every exit type, in the enum's order (exitsByType lists each, zeros included). */
const EXIT_TYPES: readonly ExitType[] = ['DECEASED', 'REMOVED', 'EXPELLED', 'RESIGNED'];

// From the report summary (migration 050): exits per type and month (rs_exit_changed), members counted and exempt
// on the period's last day (rs_exempt_spans, one per exemption row in force, as the recount joined them).
export const lifecycleReportResolvers: Pick<ProvinceReportResolvers, 'exitsByType' | 'exemptCount'> = {
  exitsByType: (r, _a, ctx) => EXIT_TYPES.map((type) => ({ type, count: discloseCount(ctx, 'exits', r.summary.get(`exits.${type}`), { type }) })),
  exemptCount: (r, _a, ctx) => discloseCount(ctx, 'members.exempt', r.summary.get('exempt')),
};
