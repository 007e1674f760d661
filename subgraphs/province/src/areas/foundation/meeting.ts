import type { AttendanceResolvers, MeetingResolvers } from '../../generated/resolvers.ts';
import { loadExisting } from '../../core/loaders.ts';

export const meetingResolvers: MeetingResolvers = {
  cell: (m, _a, ctx) => loadExisting(ctx.loaders.org, m.cell_id, 'party_org'),
  startedAt: (m) => m.started_at,
  endedAt: (m) => m.ended_at,
  docsPublishedAt: (m) => m.docs_published_at,
  attendance: (m, _a, ctx) => ctx.loaders.attendance.load(m.id),
};

export const attendanceResolvers: AttendanceResolvers = {
  member: (a, _a, ctx) => loadExisting(ctx.loaders.member, a.member_id, 'member'),
};
