// The base figures of a province's monthly report. Other areas add their own ProvinceReport fields in their
// own files (see ReportParent in core/rows.ts). Every count passes through discloseCount (core/access.ts), which
// rounds it for aggregate-only readers (docs/disclosure-control.md); the attendance rate is the share of the
// published counts, so that it gives away no more than they do.
import type { ProvinceReportResolvers } from '../../generated/resolvers.ts';
import { shareOf } from '../../../../shared/disclosureControl.ts';
import { discloseCount } from '../../core/access.ts';

export const reportResolvers: ProvinceReportResolvers = {
  asOf: (r) => r.lastDay,
  // "members" is the population counted on asOf wherever it is published (the quality report, organisations,
  // the submitted snapshot): one cell key for one population
  memberCount: (r, _a, ctx) => discloseCount(ctx, 'members', r.base.member_count),
  officialCount: (r, _a, ctx) => discloseCount(ctx, 'members', r.base.official_count, { status: 'CHINH_THUC' }),
  probationaryCount: (r, _a, ctx) => discloseCount(ctx, 'members', r.base.probationary_count, { status: 'DU_BI' }),
  maleCount: (r, _a, ctx) => discloseCount(ctx, 'members', r.base.male_count, { sex: 'NAM' }),
  femaleCount: (r, _a, ctx) => discloseCount(ctx, 'members', r.base.female_count, { sex: 'NU' }),
  cellCount: (r, _a, ctx) => discloseCount(ctx, 'cells', r.base.cell_count),
  meetingsHeld: (r, _a, ctx) => discloseCount(ctx, 'meetings', r.base.meetings_held),
  cellsWithRegularMeeting: (r, _a, ctx) => discloseCount(ctx, 'cells.regularMeeting', r.base.cells_with_regular_meeting),
  attendanceRate: (r, _a, ctx) =>
    shareOf(discloseCount(ctx, 'attendance.present', r.base.present), discloseCount(ctx, 'attendance.expected', r.base.expected)),
  // Nothing is withheld any more: every count is rounded instead (docs/disclosure-control.md).
  suppressed: () => [],
};
