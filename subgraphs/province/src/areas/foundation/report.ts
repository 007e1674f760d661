// The base figures of a province's monthly report. Other areas add their own ProvinceReport fields in their
// own files (see ReportParent in core/rows.ts). Counts of people are withheld from aggregate-only readers when
// small (access.ts): see withheldFigures.
import type { ProvinceReportResolvers } from '../../generated/resolvers.ts';
import { isAggregateOnly, SMALL_COUNT_THRESHOLD } from '../../core/access.ts';
import type { ProvinceContext } from '../../context.ts';
import type { ReportParent, ReportRow } from '../../core/rows.ts';

const isSmall = (n: number): boolean => n > 0 && n < SMALL_COUNT_THRESHOLD;

/**
 * The base figures an aggregate-only reader may not see: each count of fewer than SMALL_COUNT_THRESHOLD people,
 * and its complement where two figures add up to memberCount (official + probationary, male + female), since
 * one of a pair and the total give the other away. Attendance is withheld when fewer people were expected.
 */
export function withheldFigures(base: ReportRow): string[] {
  const withheld = new Set<string>();
  if (isSmall(base.member_count)) withheld.add('memberCount');
  const pairs: [string, number, string, number][] = [
    ['officialCount', base.official_count, 'probationaryCount', base.probationary_count],
    ['maleCount', base.male_count, 'femaleCount', base.female_count],
  ];
  for (const [a, na, b, nb] of pairs) {
    if (withheld.has('memberCount') || isSmall(na) || isSmall(nb)) {
      withheld.add(a);
      withheld.add(b);
    }
  }
  if (isSmall(base.expected)) withheld.add('attendanceRate');
  return [...withheld];
}

function figure<T>(ctx: ProvinceContext, r: ReportParent, name: string, value: T): T | null {
  return isAggregateOnly(ctx) && withheldFigures(r.base).includes(name) ? null : value;
}

export const reportResolvers: ProvinceReportResolvers = {
  asOf: (r) => r.lastDay,
  memberCount: (r, _a, ctx) => figure(ctx, r, 'memberCount', r.base.member_count),
  officialCount: (r, _a, ctx) => figure(ctx, r, 'officialCount', r.base.official_count),
  probationaryCount: (r, _a, ctx) => figure(ctx, r, 'probationaryCount', r.base.probationary_count),
  maleCount: (r, _a, ctx) => figure(ctx, r, 'maleCount', r.base.male_count),
  femaleCount: (r, _a, ctx) => figure(ctx, r, 'femaleCount', r.base.female_count),
  cellCount: (r) => r.base.cell_count,
  meetingsHeld: (r) => r.base.meetings_held,
  cellsWithRegularMeeting: (r) => r.base.cells_with_regular_meeting,
  attendanceRate: (r, _a, ctx) => figure(ctx, r, 'attendanceRate', r.base.expected === 0 ? null : r.base.present / r.base.expected),
  suppressed: (r, _a, ctx) => (isAggregateOnly(ctx) ? withheldFigures(r.base) : []),
};
