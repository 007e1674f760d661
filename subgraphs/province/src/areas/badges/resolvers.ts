// Process 4, Party badges: interruptions, party age, members due at a ceremony, awards, report figures.
import { badInput } from '../../../../shared/errors.ts';
import { checkFirst, isUuid } from '../../../../shared/pagination.ts';
import { discloseCount, requireMemberScope, scopeArgs } from '../../core/access.ts';
import { FieldErrors } from '../../../../shared/validation.ts';
import type {
  BadgeAwardResolvers, BadgeDueResolvers, BadgeMilestoneFiguresResolvers, MemberResolvers, PartyInterruptionResolvers,
  Province01Resolvers, ProvinceMutationsResolvers, ProvinceReportResolvers,
} from '../../generated/resolvers.ts';
import { writeAudit } from '../../core/audit.ts';
import {
  awardOf, badgesDuePage, insertAward, insertInterruption, interruptionsOfMembers, overlappingInterruptions, type DueWindow,
} from './db.ts';
import type { MemberRow } from '../../core/rows.ts';
import type { BadgeDueRow, Ceremony } from './rows.ts';
import { loadExisting } from '../../core/loaders.ts';
import {
  ceremonyDate, ceremonyInMonth, eligibleOn, firstCeremonyOnOrAfter, gravelyIllMonths, MILESTONES, milestoneName,
  milestoneYears, partyAgeYears, POSTHUMOUS_MONTHS, previousCeremonyDate,
} from './rules.ts';
import { addMonths, todayInVietnam } from '../../core/months.ts';
import { checkDecisionNo, checkMemberId, checkPastDate, lockMemberInScope } from '../../core/eventChecks.ts';

const MIN_YEAR = 1960;

/** Before any admission on record: the window's lower bound for the backlog (includeEarlier). */
const BEFORE_ANY_ADMISSION = '1900-01-01';

const dueWindow = (year: number, ceremony: Ceremony, milestones: readonly number[], includeEarlier = false): DueWindow => ({
  after: includeEarlier ? BEFORE_ANY_ADMISSION : previousCeremonyDate(year, ceremony),
  until: ceremonyDate(year, ceremony), ceremony, year, milestones,
});

// Cursor of badgesDue: the last row's milestone and member id (the list is ordered by both).
const encodeDueCursor = (r: BadgeDueRow): string => Buffer.from(`badge:${r.milestone}:${r.id}`).toString('base64url');
function decodeDueCursor(after: string | null | undefined): { milestone: number; id: string } | null {
  if (after == null) return null;
  const m = /^badge:(\d{2}):(.+)$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!m || !isUuid(m[2])) throw badInput('after', `is not a cursor from this list; got ${JSON.stringify(after)}`);
  return { milestone: Number(m[1]), id: m[2] };
}

const sumDays = (rows: { days: number }[]): number => rows.reduce((s, r) => s + r.days, 0);

export const badgeProvinceFields: Pick<Province01Resolvers, 'badgesDue'> = {
  async badgesDue(_, args, ctx) {
    const scope = scopeArgs(requireMemberScope(ctx, 'badgesDue', 'cell'));
    if (!Number.isInteger(args.year) || args.year < MIN_YEAR || args.year > 2200) {
      throw badInput('year', `must be a year from ${MIN_YEAR} to 2200; got ${args.year}`);
    }
    const first = checkFirst(args.first);
    const milestones = args.milestone ? [milestoneYears(args.milestone)] : MILESTONES;
    const { rows, total } = await badgesDuePage(ctx.db.sql, dueWindow(args.year, args.ceremony, milestones, args.includeEarlier ?? false), scope, decodeDueCursor(args.after), first + 1);
    const nodes = rows.slice(0, first);
    const edges = nodes.map((node) => ({ cursor: encodeDueCursor(node), node }));
    return { totalCount: total, edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  },
};

/** Whether a member can be awarded `milestone` at the ceremony on `date`; adds the field errors that say why not. */
function checkTiming(
  errors: FieldErrors,
  member: MemberRow,
  milestone: number,
  due: string,
  date: string,
  early: 'GRAVELY_ILL' | 'POSTHUMOUS' | null,
): { posthumous: boolean; earlyReason: 'GRAVELY_ILL' | 'POSTHUMOUS' | null } {
  const deceased = member.state === 'DECEASED' ? member.left_on : null;
  if (member.left_on !== null && deceased === null) {
    errors.add('input.memberId', `left the Party organisation here on ${member.left_on} (${member.state}): no badge is awarded`);
  }
  if (early === 'POSTHUMOUS' && deceased === null) errors.add('input.early', 'POSTHUMOUS is for a member who has died');
  if (early === 'GRAVELY_ILL' && deceased !== null) errors.add('input.early', `the member died on ${deceased}: use POSTHUMOUS`);
  const posthumous = deceased !== null && date >= deceased;
  if (date >= due) {
    if (deceased !== null && deceased < due && early !== 'POSTHUMOUS') {
      errors.add('input.early', `the member died on ${deceased}, before eligibleOn ${due}: set POSTHUMOUS (up to ${POSTHUMOUS_MONTHS} months early)`);
    }
    if (deceased !== null && deceased < addMonths(due, -POSTHUMOUS_MONTHS)) {
      errors.add('input.memberId', `died on ${deceased}, more than ${POSTHUMOUS_MONTHS} months before eligibleOn ${due}`);
    }
    return { posthumous, earlyReason: deceased !== null && deceased < due ? 'POSTHUMOUS' : null };
  }
  const next = firstCeremonyOnOrAfter(due);
  if (early === null) {
    errors.add('input.ceremony', `the ceremony of ${date} is before eligibleOn ${due} for ${milestoneName(milestone)}; the member is due at ${next.ceremony} ${next.year}`);
  } else if (early === 'GRAVELY_ILL' && date < addMonths(due, -gravelyIllMonths(milestone))) {
    errors.add('input.ceremony', `the ceremony of ${date} is more than ${gravelyIllMonths(milestone)} months before eligibleOn ${due}`);
  } else if (early === 'POSTHUMOUS' && deceased !== null && (deceased < addMonths(due, -POSTHUMOUS_MONTHS) || date < deceased)) {
    errors.add('input.ceremony', `a posthumous award needs death (${deceased}) no more than ${POSTHUMOUS_MONTHS} months before eligibleOn ${due} and a ceremony after it`);
  }
  return { posthumous, earlyReason: early };
}

export const badgeMutations: ProvinceMutationsResolvers = {
  async recordInterruption(_, { input }, ctx) {
    // The committees that keep the records: province officers, and commune officers for their commune's members.
    const scope = requireMemberScope(ctx, 'recordInterruption', 'commune');
    const errors = new FieldErrors();
    checkMemberId(errors, input.memberId);
    checkPastDate(errors, 'input.toDate', input.toDate, todayInVietnam());
    errors.check(input.toDate > input.fromDate, 'input.toDate', `must be after fromDate (${input.fromDate})`);
    const decisionNo = input.decisionNo == null ? null : checkDecisionNo(errors, 'input.decisionNo', input.decisionNo);
    errors.throwIfAny();
    return ctx.db.transaction(async (tx) => {
      const m = await lockMemberInScope(tx, ctx, scope, errors, input.memberId);
      errors.check(input.fromDate >= m.admission_decision_date, 'input.fromDate', `is before the admission decision (${m.admission_decision_date})`);
      for (const o of await overlappingInterruptions(tx, m.id, input.fromDate, input.toDate)) {
        errors.add('input.fromDate', `overlaps the interruption from ${o.from_on} to ${o.to_on}`);
      }
      errors.throwIfAny();
      const interruption = await insertInterruption(tx, { memberId: m.id, kind: input.kind, fromOn: input.fromDate, toOn: input.toDate, decisionNo });
      await writeAudit(tx, {
        actor: ctx.actor, operation: 'recordInterruption', memberIds: [m.id],
        details: { kind: input.kind, fromDate: input.fromDate, toDate: input.toDate, days: interruption.days, decisionNo },
      });
      ctx.loaders.interruptions.clear(m.id);
      return { member: m, interruption };
    });
  },

  async awardBadge(_, { input }, ctx) {
    // Badges are awarded by decision of the provincial committee: province officers only.
    const scope = requireMemberScope(ctx, 'awardBadge', 'province');
    const errors = new FieldErrors();
    const today = todayInVietnam();
    const maxYear = Number(today.slice(0, 4)) + 1;
    checkMemberId(errors, input.memberId);
    const decisionNo = checkDecisionNo(errors, 'input.decisionNo', input.decisionNo);
    errors.check(Number.isInteger(input.year) && input.year >= MIN_YEAR && input.year <= maxYear, 'input.year', `must be a year from ${MIN_YEAR} to ${maxYear}; got ${input.year}`);
    errors.throwIfAny();
    const milestone = milestoneYears(input.milestone);
    const date = ceremonyDate(input.year, input.ceremony);
    return ctx.db.transaction(async (tx) => {
      const m = await lockMemberInScope(tx, ctx, scope, errors, input.memberId);
      const already = await awardOf(tx, m.id, milestone);
      if (already) errors.add('input.milestone', `${input.milestone} was already awarded (${already.ceremony} ${already.year}, decision ${already.decision_no})`);
      const days = sumDays(await interruptionsOfMembers(tx, [m.id]));
      const due = eligibleOn(m.admission_decision_date, milestone, days);
      const timing = checkTiming(errors, m, milestone, due, date, input.early ?? null);
      errors.throwIfAny();
      const award = await insertAward(tx, {
        memberId: m.id, milestone, ceremony: input.ceremony, year: input.year, eligibleOn: due, decisionNo, ...timing,
      });
      await writeAudit(tx, {
        actor: ctx.actor, operation: 'awardBadge', memberIds: [m.id],
        details: { milestone, ceremony: input.ceremony, year: input.year, eligibleOn: due, decisionNo, ...timing },
      });
      ctx.loaders.badges.clear(m.id);
      return { award };
    });
  },
};

export const memberBadgeResolvers: Pick<MemberResolvers, 'interruptionDays' | 'partyAgeYears' | 'interruptions' | 'badges'> = {
  interruptions: (m, _a, ctx) => ctx.loaders.interruptions.load(m.id),
  interruptionDays: async (m, _a, ctx) => sumDays(await ctx.loaders.interruptions.load(m.id)),
  partyAgeYears: async (m, args, ctx) =>
    partyAgeYears(m.admission_decision_date, sumDays(await ctx.loaders.interruptions.load(m.id)), args.asOf ?? todayInVietnam()),
  badges: (m, _a, ctx) => ctx.loaders.badges.load(m.id),
};

export const partyInterruptionResolvers: PartyInterruptionResolvers = {
  fromDate: (i) => i.from_on,
  toDate: (i) => i.to_on,
  decisionNo: (i) => i.decision_no,
};

export const badgeAwardResolvers: BadgeAwardResolvers = {
  member: (a, _x, ctx) => loadExisting(ctx.loaders.member, a.member_id, 'member'),
  milestone: (a) => milestoneName(a.milestone),
  eligibleOn: (a) => a.eligible_on,
  ceremonyDate: (a) => ceremonyDate(a.year, a.ceremony),
  decisionNo: (a) => a.decision_no,
  earlyReason: (a) => a.early_reason,
};

export const badgeDueResolvers: BadgeDueResolvers = {
  member: (d, _x, ctx) => loadExisting(ctx.loaders.member, d.id, 'member'),
  milestone: (d) => milestoneName(d.milestone),
  eligibleOn: (d) => d.eligible_on,
  interruptionDays: (d) => d.interruption_days,
  ceremonyDate: (d) => d.ceremony_date,
};

export const badgeMilestoneFiguresResolvers: BadgeMilestoneFiguresResolvers = {
  milestone: (f) => milestoneName(f.milestone),
  due: (f, _a, ctx) => discloseCount(ctx, 'badges.due', f.due, { milestone: f.milestone }),
  awarded: (f, _a, ctx) => discloseCount(ctx, 'badges.awarded', f.awarded, { milestone: f.milestone }),
};

// From the report summary (migration 051): per milestone, the members due at the month's ceremony, counted on
// its day (rs_badge_dues: eligible in the window ending with it), and the awards decided for it (rs_award_counts).
export const badgeReportResolvers: Pick<ProvinceReportResolvers, 'badges'> = {
  badges(r) {
    const ceremony = ceremonyInMonth(r.period);
    if (ceremony === null) return null;
    const byMilestone = MILESTONES.map((milestone) => ({
      milestone, due: r.summary.get(`badges.due.${milestone}`), awarded: r.summary.get(`badges.awarded.${milestone}`),
    }));
    return { ceremony, ceremonyDate: ceremonyDate(Number(r.period.slice(0, 4)), ceremony), byMilestone };
  },
};
