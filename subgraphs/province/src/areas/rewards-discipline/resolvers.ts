// Rewards and discipline: the lists, a member's decisions, the month's figures by kind and measure. The writes are
// in mutations.ts.
import { badInput } from '../../../../shared/errors.ts';
import { checkFirst, decodeCursor, toPage } from '../../../../shared/pagination.ts';
import { isIsoDate } from '../../../../shared/scalars.ts';
import type {
  DisciplineResolvers, MemberResolvers, Province01Resolvers, ProvinceReportResolvers, RewardResolvers,
} from '../../generated/resolvers.ts';
import { discloseCount, requireMemberScope, scopeArgs } from '../../core/access.ts';
import { loadExisting } from '../../core/loaders.ts';
import type { ProvinceContext } from '../../context.ts';
import { decisionsInMonth, disciplinePage, rewardPage } from './db.ts';
import type { DisciplineMeasure, RewardKind } from './rows.ts';

/** Every kind and measure, in the enums' order: the month's figures list each, zeros included. */
export const REWARD_KINDS: readonly RewardKind[] = ['GIAY_KHEN', 'BANG_KHEN', 'KHAC'];
export const DISCIPLINE_MEASURES: readonly DisciplineMeasure[] = ['KHIEN_TRACH', 'CANH_CAO', 'CACH_CHUC', 'KHAI_TRU'];

function checkRange(from: string, to: string) {
  if (!isIsoDate(from)) throw badInput('from', `must be a date YYYY-MM-DD; got ${JSON.stringify(from)}`);
  if (!isIsoDate(to)) throw badInput('to', `must be a date YYYY-MM-DD; got ${JSON.stringify(to)}`);
  if (from > to) throw badInput('to', `must not be before from (${from}); got ${to}`);
}

// Lists of people and the decisions about them: for cell secretaries (their cell), commune officers (their
// commune) and province officers, like exits.
export const rewardsDisciplineProvinceFields: Pick<Province01Resolvers, 'rewards' | 'disciplines'> = {
  async rewards(_, args, ctx) {
    const scope = scopeArgs(requireMemberScope(ctx, 'rewards', 'cell'));
    checkRange(args.from, args.to);
    const first = checkFirst(args.first);
    const { rows, total } = await rewardPage(ctx.db.sql, { from: args.from, to: args.to, kind: args.kind ?? null }, scope, decodeCursor(args.after), first + 1);
    return toPage(rows, first, total);
  },
  async disciplines(_, args, ctx) {
    const scope = scopeArgs(requireMemberScope(ctx, 'disciplines', 'cell'));
    checkRange(args.from, args.to);
    const first = checkFirst(args.first);
    const { rows, total } = await disciplinePage(ctx.db.sql, { from: args.from, to: args.to, measure: args.measure ?? null }, scope, decodeCursor(args.after), first + 1);
    return toPage(rows, first, total);
  },
};

export const memberRewardsDisciplineResolvers: Pick<MemberResolvers, 'rewards' | 'disciplines'> = {
  rewards: (m, _a, ctx) => ctx.loaders.rewards.load(m.id),
  disciplines: (m, _a, ctx) => ctx.loaders.disciplines.load(m.id),
};

const member = (r: { member_id: string }, ctx: ProvinceContext) => loadExisting(ctx.loaders.member, r.member_id, 'member');

export const rewardResolvers: RewardResolvers = {
  member: (r, _a, ctx) => member(r, ctx),
  decisionNo: (r) => r.decision_no,
  decidedOn: (r) => r.decided_on,
  issuedBy: (r) => r.issued_by,
  recordedAt: (r) => r.recorded_at,
};

export const disciplineResolvers: DisciplineResolvers = {
  member: (r, _a, ctx) => member(r, ctx),
  decisionNo: (r) => r.decision_no,
  decidedOn: (r) => r.decided_on,
  decidedBy: (r) => r.decided_by,
  inForceUntil: (r) => r.in_force_until,
  recordedAt: (r) => r.recorded_at,
};

/** The month's decisions, read once per report (both fields of one report share the query). */
const monthDecisions = new WeakMap<object, ReturnType<typeof decisionsInMonth>>();
const decisionsOf = (r: { firstDay: string; lastDay: string }, ctx: ProvinceContext) => {
  let found = monthDecisions.get(r);
  if (!found) monthDecisions.set(r, (found = decisionsInMonth(ctx.db.sql, r.firstDay, r.lastDay)));
  return found;
};

export const rewardsDisciplineReportResolvers: Pick<ProvinceReportResolvers, 'rewardsByKind' | 'disciplinesByMeasure'> = {
  async rewardsByKind(r, _a, ctx) {
    const { rewards } = await decisionsOf(r, ctx);
    return REWARD_KINDS.map((kind) => ({ kind, count: discloseCount(ctx, 'rewards', rewards[kind] ?? 0, { kind }) }));
  },
  async disciplinesByMeasure(r, _a, ctx) {
    const { disciplines } = await decisionsOf(r, ctx);
    return DISCIPLINE_MEASURES.map((measure) => ({ measure, count: discloseCount(ctx, 'disciplines', disciplines[measure] ?? 0, { measure }) }));
  },
};
