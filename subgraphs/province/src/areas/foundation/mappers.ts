// Codegen mappers of foundation: GraphQL type -> the row type its resolvers receive (paths from src/). Side-effect free:
// codegen.ts imports it through areas/mappers.ts, without loading any resolver.
import type { AreaMappers } from '../../core/area.ts';

export const foundationMappers: AreaMappers = {
  Member: 'core/rows.ts#MemberRow',
  PartyOrg: 'core/rows.ts#OrgRow',
  Meeting: 'core/rows.ts#MeetingRow',
  Attendance: 'core/rows.ts#AttendanceRow',
  ProvinceReport: 'core/rows.ts#ReportParent',
};
