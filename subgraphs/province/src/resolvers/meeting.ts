import type { ProvinceContext } from '../context.ts';
import type { AttendanceRow, MeetingRow } from '../db/rows.ts';

export const meetingResolvers = {
  cell: (m: MeetingRow, _a: unknown, ctx: ProvinceContext) => ctx.loaders.org.load(m.cell_id),
  startedAt: (m: MeetingRow) => m.started_at,
  endedAt: (m: MeetingRow) => m.ended_at,
  docsPublishedAt: (m: MeetingRow) => m.docs_published_at,
  attendance: (m: MeetingRow, _a: unknown, ctx: ProvinceContext) => ctx.loaders.attendance.load(m.id),
};

export const attendanceResolvers = {
  member: (a: AttendanceRow, _a: unknown, ctx: ProvinceContext) => ctx.loaders.member.load(a.member_id),
};
