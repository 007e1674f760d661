// Process 8, annual quality rating: rateMember (versioned, never a silent overwrite), the HTXS cap, the report.
import { isIsoDate } from '../../../../shared/scalars.ts';
import { isUuid } from '../../../../shared/pagination.ts';
import { FieldErrors } from '../../../../shared/validation.ts';
import type {
  MemberResolvers, Province01Resolvers, ProvinceMutationsResolvers, QualityRatingResolvers, RateMemberInput,
} from '../../generated/resolvers.ts';
import { shareOf, type CellScope } from '../../../../shared/disclosureControl.ts';
import { canSeeMember, canSeeOrg, discloseCount, forbidden, isAggregateOnly, memberScope, requireMemberScope } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { lockMember } from '../../core/lookups.ts';
import { capCounts, insertRating, lockCurrentRating, qualityReport } from './db.ts';
import type { QualityLevel } from './rows.ts';
import { loadExisting } from '../../core/loaders.ts';
import { withinHtxsCap } from './rules.ts';
import { todayInVietnam } from '../../core/yearMonth.ts';

const LEVELS: readonly QualityLevel[] = ['HTXS', 'HTT', 'HT', 'KHT'];

function validate(input: RateMemberInput, errors: FieldErrors, today: string) {
  const thisYear = Number(today.slice(0, 4));
  errors.check(isUuid(input.memberId), 'input.memberId', `must be a member id (UUID); got ${JSON.stringify(input.memberId)}`);
  const yearOk = errors.check(Number.isInteger(input.year) && input.year >= 2000 && input.year <= thisYear, 'input.year',
    `must be a year from 2000 to ${thisYear}; got ${input.year}`);
  errors.check(Number.isInteger(input.score) && input.score >= 0 && input.score <= 100, 'input.score',
    `must be whole points from 0 to 100; got ${input.score}`);
  const approver = input.approver.trim();
  errors.check(approver.length >= 3 && approver.length <= 200, 'input.approver', 'must be 3 to 200 characters');
  const from = yearOk ? `${input.year}-01-01` : '2000-01-01';
  errors.check(isIsoDate(input.decisionDate) && input.decisionDate >= from && input.decisionDate <= today, 'input.decisionDate',
    `must be from ${from} to today (${today}); got ${input.decisionDate}`);
  if (input.reason != null) {
    const reason = input.reason.trim();
    errors.check(reason.length >= 3 && reason.length <= 1000, 'input.reason', 'must say why, in 3 to 1000 characters');
  }
}

export const qualityMutations: Pick<ProvinceMutationsResolvers, 'rateMember'> = {
  async rateMember(_, { input }, ctx) {
    // The upper committee decides the rating (QĐ 366): commune officers for their commune's cells, province officers.
    const scope = requireMemberScope(ctx, 'rateMember', 'commune');
    const errors = new FieldErrors();
    validate(input, errors, todayInVietnam());
    errors.throwIfAny();
    const reason = input.reason?.trim() ?? null;
    return ctx.db.transaction(async (tx) => {
      const member = await lockMember(tx, input.memberId);
      if (scope.kind !== 'province' && (member === null || !(await canSeeMember(ctx, member)))) {
        throw forbidden(`member ${input.memberId} is outside your scope (${ctx.actor.role})`);
      }
      if (!errors.check(member !== null, 'input.memberId', `no member ${input.memberId} in province ${ctx.province.code}`)) errors.throwIfAny();
      const m = member!;
      errors.check(m.joined_on <= `${input.year}-12-31` && (m.left_on === null || m.left_on > `${input.year}-01-01`), 'input.year',
        `the province did not count the member in ${input.year} (joined ${m.joined_on}${m.left_on ? `, left ${m.left_on}` : ''})`);
      const previous = await lockCurrentRating(tx, m.id, input.year);
      if (previous) {
        errors.check(reason !== null, 'input.reason',
          `is required: the member already has a ${input.year} rating (version ${previous.version}, ${previous.score} points, ${previous.level}), so this is a correction`);
        errors.check(previous.score !== input.score || previous.approver !== input.approver.trim() || previous.decision_date !== input.decisionDate,
          'input', `changes nothing: the ${input.year} rating already has these values`);
      } else {
        errors.check(reason === null, 'input.reason', `must not be given for a first rating (the member has no ${input.year} rating yet)`);
      }
      errors.throwIfAny();
      const before = await capCounts(tx, m.cell_id, input.year);
      const rating = await insertRating(tx, {
        memberId: m.id, year: input.year, score: input.score, orgId: m.cell_id, approver: input.approver.trim(),
        decisionDate: input.decisionDate, reason,
      }, previous, ctx.actor.id);
      const after = await capCounts(tx, m.cell_id, input.year);
      const { percentOfHtt, mode } = ctx.rules.quality.htxsCap;
      // Only a rating that made things worse (more HTXS or fewer HTT) answers for the cap: correcting someone
      // else's score in a cell already over it is not refused.
      const breach = !withinHtxsCap(after.htxs, after.htt, percentOfHtt) && (after.htxs > before.htxs || after.htt < before.htt);
      const org = await loadExisting(ctx.loaders.org, m.cell_id, 'party_org');
      const message = `${org.name}: ${after.htxs} HTXS for ${after.htt} HTT in ${input.year}, above the cap of ${percentOfHtt}% of HTT`;
      if (breach && mode === 'REFUSE') {
        errors.add('input.score', `would make ${message}`);
        errors.throwIfAny(); // throwing rolls the insert back
      }
      await writeAudit(tx, {
        actor: ctx.actor,
        operation: 'rateMember',
        memberIds: [m.id],
        details: { year: input.year, version: rating.version, score: rating.score, level: rating.level,
          previous: previous && { version: previous.version, score: previous.score, level: previous.level }, capExceeded: breach },
      });
      ctx.loaders.qualityRatings.clear(m.id);
      return {
        rating,
        previous: previous && { ...previous, is_current: false },
        warnings: breach
          ? [{ organisation: org, year: input.year, htxsCount: after.htxs, httCount: after.htt, capPercent: percentOfHtt, message }]
          : [],
      };
    });
  },
};

export const qualityProvinceFields: Pick<Province01Resolvers, 'qualityReport'> = {
  async qualityReport(_, { year, organisationId }, ctx) {
    const errors = new FieldErrors();
    errors.check(Number.isInteger(year) && year >= 2000 && year <= 2100, 'year', `must be a year from 2000 to 2100; got ${year}`);
    if (organisationId != null) errors.check(isUuid(organisationId), 'organisationId', `must be a UUID; got ${JSON.stringify(organisationId)}`);
    errors.throwIfAny();
    const scope = memberScope(ctx);
    if (!isAggregateOnly(ctx) && scope?.kind !== 'province') {
      if (!scope || scope.kind === 'member') throw forbidden(`qualityReport is for officers, cell secretaries and CENTRAL_ANALYST; your token is ${ctx.actor.role}`);
      if (!organisationId) throw forbidden(`name an organisation within your scope (${ctx.actor.role}) as organisationId`);
    }
    const organisation = organisationId ? await ctx.loaders.org.load(organisationId) : null;
    if (organisationId && !organisation) return null;
    if (organisation && scope && scope.kind !== 'province' && !(await canSeeOrg(ctx, organisation))) {
      throw forbidden(`organisation ${organisationId} is outside your scope (${ctx.actor.role})`);
    }
    const { percentOfHtt, mode } = ctx.rules.quality.htxsCap;
    const row = await qualityReport(ctx.db.sql, year, organisationId ?? null, percentOfHtt);
    const counts = new Map(row.levels.map((l) => [l.level, l.n]));
    const rated = row.levels.reduce((s, l) => s + l.n, 0);
    // each count through discloseCount, its cell the organisation (or the province) and the level; "members"
    // is the population of the report's and the organisation's memberCount, one cell key for both
    const cell: CellScope = organisationId ? { org: organisationId } : {};
    const shownRated = discloseCount(ctx, 'quality.rated', rated, cell);
    const level = (l: QualityLevel) => {
      const count = discloseCount(ctx, 'quality.rated', counts.get(l) ?? 0, { ...cell, level: l });
      return { level: l, count, share: shareOf(count, shownRated) };
    };
    return {
      year,
      organisation,
      membersCounted: discloseCount(ctx, 'members', row.members_counted, cell),
      rated: shownRated,
      unrated: discloseCount(ctx, 'quality.unrated', row.members_counted - row.counted_rated, cell),
      levels: LEVELS.map(level),
      capPercent: percentOfHtt,
      capMode: mode,
      organisationsOverCap: await Promise.all(row.over_cap.map(async (o) => ({
        organisation: await loadExisting(ctx.loaders.org, o.org_id, 'party_org'),
        htxsCount: discloseCount(ctx, 'quality.rated', o.htxs, { org: o.org_id, level: 'HTXS' }),
        httCount: discloseCount(ctx, 'quality.rated', o.htt, { org: o.org_id, level: 'HTT' }),
      }))),
    };
  },
};

export const qualityRatingResolvers: QualityRatingResolvers = {
  member: (r, _a, ctx) => loadExisting(ctx.loaders.member, r.member_id, 'member'),
  organisation: (r, _a, ctx) => (r.org_id === null ? null : loadExisting(ctx.loaders.org, r.org_id, 'party_org')),
  province: (r, _a, ctx) => r.rated_in_province ?? ctx.province.code,
  async organisationName(r, _a, ctx) {
    return r.org_id === null ? r.rated_in_org! : (await loadExisting(ctx.loaders.org, r.org_id, 'party_org')).name;
  },
  decisionDate: (r) => r.decision_date,
  current: (r) => r.is_current,
  recordedAt: (r) => r.recorded_at,
};

export const memberQualityResolvers: Pick<MemberResolvers, 'qualityRatings'> = {
  async qualityRatings(m, { history }, ctx) {
    const all = await ctx.loaders.qualityRatings.load(m.id);
    return history ? all : all.filter((r) => r.is_current);
  },
};
