// The base figures of a province's monthly report. Other areas add their own ProvinceReport fields in their
// own files (see ReportParent in db/rows.ts).
import type { ProvinceReportResolvers } from '../generated/resolvers.ts';

export const reportResolvers: ProvinceReportResolvers = {
  asOf: (r) => r.lastDay,
  memberCount: (r) => r.base.member_count,
  officialCount: (r) => r.base.official_count,
  probationaryCount: (r) => r.base.probationary_count,
  maleCount: (r) => r.base.male_count,
  femaleCount: (r) => r.base.female_count,
  cellCount: (r) => r.base.cell_count,
  meetingsHeld: (r) => r.base.meetings_held,
  cellsWithRegularMeeting: (r) => r.base.cells_with_regular_meeting,
  attendanceRate: (r) => (r.base.expected === 0 ? null : r.base.present / r.base.expected),
};
