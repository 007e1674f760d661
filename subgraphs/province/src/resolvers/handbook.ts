// Process 5, the electronic handbook: the queries and types (mutations in handbookMutations.ts).
import { badInput } from '../../../shared/errors.ts';
import { checkFirst, decodeCursor, isUuid, toPage } from '../../../shared/pagination.ts';
import { parsePeriod } from '../../../shared/period.ts';
import type {
  ExcusedStreakResolvers, HandbookMeetingResolvers, HandbookReportResolvers, MeetingResolvers, Province01Resolvers,
  ProvinceReportResolvers,
} from '../generated/resolvers.ts';
import { excusedStreakPage, handbookMeetingPage, handbookReport } from '../db/handbook.ts';
import { loadExisting } from '../loaders.ts';
import { HANDBOOK_RULES } from '../rules/handbook.ts';

/** An id argument must be a UUID: a malformed one is the caller's mistake, not "not found". */
export function checkUuid(field: string, id: string): string {
  if (!isUuid(id)) throw badInput(field, `must be a UUID; got ${JSON.stringify(id)}`);
  return id;
}

export const handbookProvinceFields: Province01Resolvers = {
  async handbookMeetings(_, args, ctx) {
    const month = parsePeriod(args.month, 'month');
    const first = checkFirst(args.first);
    const after = decodeCursor(args.after);
    const cellId = args.cellId ? checkUuid('cellId', args.cellId) : null;
    const filter = { firstDay: month.firstDay, cellId, status: args.status ?? null };
    const { rows, total } = await handbookMeetingPage(ctx.db.sql, filter, after, first + 1, HANDBOOK_RULES);
    for (const row of rows) ctx.loaders.handbookMeeting.prime(row.id, row);
    return toPage(rows, first, total);
  },

  handbookMeeting(_, args, ctx) {
    return ctx.loaders.handbookMeeting.load(checkUuid('id', args.id));
  },

  async excusedInARow(_, args, ctx) {
    const period = parsePeriod(args.period);
    const first = checkFirst(args.first);
    const after = decodeCursor(args.after);
    const cellId = args.cellId ? checkUuid('cellId', args.cellId) : null;
    // HD 12-HD/BTCTW counts "in a year": the calendar year of the period, up to the period's last day
    const window = { yearStart: `${period.firstDay.slice(0, 4)}-01-01`, end: period.lastDay, cellId };
    const { rows, total } = await excusedStreakPage(ctx.db.sql, window, after, first + 1, HANDBOOK_RULES);
    return toPage(rows, first, total);
  },
};

const minutesBetween = (from: Date, to: Date): number => Math.floor((to.getTime() - from.getTime()) / 60_000);

export const handbookMeetingResolvers: HandbookMeetingResolvers = {
  cell: (m, _a, ctx) => loadExisting(ctx.loaders.org, m.cell_id, 'party_org'),
  scheduledAt: (m) => m.scheduled_at,
  docsPublishedAt: (m) => m.docs_published_at,
  startedAt: (m) => m.started_at,
  endedAt: (m) => m.ended_at,
  durationMinutes: (m) => (m.started_at && m.ended_at ? minutesBetween(m.started_at, m.ended_at) : null),
  cancelReason: (m) => m.cancel_reason,
  attendance: (m, _a, ctx) => ctx.loaders.attendance.load(m.id),
};

export const meetingFlagResolvers: MeetingResolvers = {
  flags: async (m, _a, ctx) => (await loadExisting(ctx.loaders.handbookMeeting, m.id, 'meeting')).flags,
};

export const excusedStreakResolvers: ExcusedStreakResolvers = {
  member: (s, _a, ctx) => loadExisting(ctx.loaders.member, s.id, 'member'),
  timesInARow: (s) => s.times_in_a_row,
  firstMeetingAt: (s) => s.first_meeting_at,
  lastMeetingAt: (s) => s.last_meeting_at,
};

export const handbookReportField: ProvinceReportResolvers = {
  handbook: (r, _a, ctx) => handbookReport(ctx.db.sql, r, HANDBOOK_RULES),
};

const rate = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

export const handbookReportResolvers: HandbookReportResolvers = {
  activeCells: (r) => r.active_cells,
  cellsWithRegularMeeting: (r) => r.cells_with_regular_meeting,
  complianceRate: (r) => rate(r.cells_with_regular_meeting, r.active_cells),
  meetingsHeld: (r) => r.meetings_held,
  attendanceRate: (r) => rate(r.present, r.expected),
  shortMeetings: (r) => r.short_meetings,
  lowAttendanceMeetings: (r) => r.low_attendance_meetings,
  lateDocumentMeetings: (r) => r.late_document_meetings,
  flaggedMeetings: (r) => r.flagged_meetings,
  membersExcusedInARow: (r) => r.members_excused_in_a_row,
  meetingsScheduled: (r) => r.meetings_scheduled,
  meetingsCancelled: (r) => r.meetings_cancelled,
};
