// Fields of this province's ProvinceNN entity: the national questions a province answers about itself.
import { badInput } from '../../../shared/errors.ts';
import { checkFirst, decodeCursor, isUuid, toPage } from '../../../shared/pagination.ts';
import { parsePeriod } from '../../../shared/period.ts';
import type { ProvinceContext } from '../context.ts';
import type { MemberFilterArgs } from '../db/ProvinceDb.ts';

interface ProvinceRef {
  code: string;
}

/** An id argument must be a UUID: a malformed one is the caller's mistake, not "not found". */
function checkId(field: string, id: string): string {
  if (!isUuid(id)) throw badInput(field, `must be a UUID; got ${JSON.stringify(id)}`);
  return id;
}

export const provinceResolvers = {
  __resolveReference(ref: ProvinceRef, ctx: ProvinceContext): ProvinceRef {
    return { code: ctx.province.code };
  },

  async report(_: ProvinceRef, args: { period: string }, ctx: ProvinceContext) {
    const p = parsePeriod(args.period);
    const r = await ctx.db.report(p.firstDay, p.lastDay);
    return {
      period: p.period,
      asOf: p.lastDay,
      memberCount: r.member_count,
      officialCount: r.official_count,
      probationaryCount: r.probationary_count,
      maleCount: r.male_count,
      femaleCount: r.female_count,
      cellCount: r.cell_count,
      meetingsHeld: r.meetings_held,
      cellsWithRegularMeeting: r.cells_with_regular_meeting,
      attendanceRate: r.expected === 0 ? null : r.present / r.expected,
      computedAt: new Date(),
    };
  },

  async members(
    _: ProvinceRef,
    args: { filter?: MemberFilterArgs | null; first?: number | null; after?: string | null },
    ctx: ProvinceContext,
  ) {
    const first = checkFirst(args.first);
    const after = decodeCursor(args.after);
    const filter = args.filter ?? {};
    if (filter.cellId) checkId('filter.cellId', filter.cellId);
    if (filter.nameContains && filter.nameContains.length > 100) {
      throw badInput('filter.nameContains', 'must be at most 100 characters');
    }
    const { rows, total } = await ctx.db.memberPage(filter, after, first + 1);
    for (const row of rows) ctx.loaders.member.prime(row.id, row);
    return toPage(rows, first, total);
  },

  member(_: ProvinceRef, args: { id: string }, ctx: ProvinceContext) {
    return ctx.loaders.member.load(checkId('id', args.id));
  },

  rootOrganisation(_: ProvinceRef, _args: unknown, ctx: ProvinceContext) {
    return ctx.db.rootOrg();
  },

  organisation(_: ProvinceRef, args: { id: string }, ctx: ProvinceContext) {
    return ctx.loaders.org.load(checkId('id', args.id));
  },

  async meetings(
    _: ProvinceRef,
    args: { month: string; cellId?: string | null; first?: number | null; after?: string | null },
    ctx: ProvinceContext,
  ) {
    const month = parsePeriod(args.month, 'month');
    const first = checkFirst(args.first);
    const after = decodeCursor(args.after);
    const cellId = args.cellId ? checkId('cellId', args.cellId) : null;
    const { rows, total } = await ctx.db.meetingPage(month.firstDay, cellId, after, first + 1);
    return toPage(rows, first, total);
  },
};
