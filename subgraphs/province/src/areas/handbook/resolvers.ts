// Process 5, the electronic handbook: the queries and types (mutations in handbookMutations.ts).
import { checkFirst, decodeCursor, toPage } from '../../../../shared/pagination.ts';
import { parsePeriod } from '../../../../shared/period.ts';
import type {
  ExcusedStreakResolvers, HandbookMeetingResolvers, HandbookReportResolvers, MeetingResolvers, Province01Resolvers,
  ProvinceReportResolvers,
} from '../../generated/resolvers.ts';
import { shareOf } from '../../../../shared/disclosureControl.ts';
import { canSeeMember, canSeeOrg, discloseCount, forbidden, requireMemberScope, scopeArgs, type MemberScope } from '../../core/access.ts';
import type { ProvinceContext } from '../../context.ts';
import { excusedStreakPage, handbookMeetingPage } from './db.ts';
import type { HandbookReportRow } from './rows.ts';
import type { ReportSummary } from '../../core/reportSummaries.ts';
import type { AttendanceRow } from '../../core/rows.ts';
import { loadExisting } from '../../core/loaders.ts';
import { checkUuid } from '../../core/checkUuid.ts';
import { HANDBOOK_RULES } from './rules.ts';

/** FORBIDDEN unless the cell is within the reader's scope (its commune, the cell itself, the member's own cell). */
async function requireCellInScope(ctx: ProvinceContext, cellId: string): Promise<void> {
  const cell = await ctx.loaders.org.load(cellId);
  if (cell && !(await canSeeOrg(ctx, cell))) throw forbidden(`cell ${cellId} is outside your scope (${ctx.actor.role})`);
}

/** The cells a scope covers, as a filter: a member's is their own cell. */
async function cellFilter(ctx: ProvinceContext, scope: MemberScope): Promise<{ cellId?: string; communeCode?: string }> {
  if (scope.kind !== 'member') return scopeArgs(scope);
  const me = await ctx.loaders.member.load(scope.member);
  if (!me) throw forbidden(`your member ${scope.member} is not held by province ${ctx.province.code}`);
  return { cellId: me.cell_id };
}

export const handbookProvinceFields: Province01Resolvers = {
  async handbookMeetings(_, args, ctx) {
    // the handbook's invitations: a member sees their own cell's meetings, officers those of their scope
    const scope = requireMemberScope(ctx, 'handbookMeetings');
    const month = parsePeriod(args.month, 'month');
    const first = checkFirst(args.first);
    const after = decodeCursor(args.after);
    const cellId = args.cellId ? checkUuid('cellId', args.cellId) : null;
    if (cellId) await requireCellInScope(ctx, cellId);
    const inScope = await cellFilter(ctx, scope);
    const filter = { firstDay: month.firstDay, cellId: cellId ?? inScope.cellId ?? null, communeCode: inScope.communeCode, status: args.status ?? null };
    const { rows, total } = await handbookMeetingPage(ctx.db.sql, filter, after, first + 1, HANDBOOK_RULES);
    for (const row of rows) ctx.loaders.handbookMeeting.prime(row.id, row);
    return toPage(rows, first, total);
  },

  async handbookMeeting(_, args, ctx) {
    requireMemberScope(ctx, 'handbookMeeting');
    const meeting = await ctx.loaders.handbookMeeting.load(checkUuid('id', args.id));
    if (meeting) await requireCellInScope(ctx, meeting.cell_id);
    return meeting;
  },

  async excusedInARow(_, args, ctx) {
    // a list of people: for secretaries (their cell), commune officers (their commune) and province officers
    const scope = scopeArgs(requireMemberScope(ctx, 'excusedInARow', 'cell'));
    const period = parsePeriod(args.period);
    const first = checkFirst(args.first);
    const after = decodeCursor(args.after);
    const cellId = args.cellId ? checkUuid('cellId', args.cellId) : null;
    if (cellId) await requireCellInScope(ctx, cellId);
    // HD 12-HD/BTCTW counts "in a year": the calendar year of the period, up to the period's last day
    const window = { yearStart: `${period.firstDay.slice(0, 4)}-01-01`, end: period.lastDay, cellId: cellId ?? scope.cellId ?? null, communeCode: scope.communeCode };
    const { rows, total } = await excusedStreakPage(ctx.db.sql, window, after, first + 1, HANDBOOK_RULES);
    return toPage(rows, first, total);
  },
};

/** The roll rows whose member the reader may see (a member sees their own line; secretaries their cell's). */
async function visibleRoll(ctx: ProvinceContext, rows: AttendanceRow[]): Promise<AttendanceRow[]> {
  const seen = await Promise.all(rows.map(async (a) => {
    const member = await ctx.loaders.member.load(a.member_id);
    return member !== null && (await canSeeMember(ctx, member));
  }));
  return rows.filter((_, i) => seen[i]);
}

const minutesBetween = (from: Date, to: Date): number => Math.floor((to.getTime() - from.getTime()) / 60_000);

export const handbookMeetingResolvers: HandbookMeetingResolvers = {
  cell: (m, _a, ctx) => loadExisting(ctx.loaders.org, m.cell_id, 'party_org'),
  scheduledAt: (m) => m.scheduled_at,
  docsPublishedAt: (m) => m.docs_published_at,
  startedAt: (m) => m.started_at,
  endedAt: (m) => m.ended_at,
  durationMinutes: (m) => (m.started_at && m.ended_at ? minutesBetween(m.started_at, m.ended_at) : null),
  cancelReason: (m) => m.cancel_reason,
  attendance: async (m, _a, ctx) => visibleRoll(ctx, await ctx.loaders.attendance.load(m.id)),
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

/**
 * The month's figures from the report summary: the foundation's cells, meetings and rolls (migration 050), the
 * flags and plans of the month's meetings (meeting_flag_summary) and the members whose run of excused absences
 * this year exceeded the limit by the month's last day (excused_streak_summary), all of migration 051.
 */
function handbookFigures(s: ReportSummary): HandbookReportRow {
  return {
    active_cells: s.get('cells'),
    cells_with_regular_meeting: s.get('regular_cells'),
    meetings_held: s.get('meetings_held'),
    expected: s.get('expected'),
    present: s.get('present'),
    short_meetings: s.get('handbook.short'),
    low_attendance_meetings: s.get('handbook.low_attendance'),
    late_document_meetings: s.get('handbook.late_documents'),
    flagged_meetings: s.get('handbook.flagged'),
    members_excused_in_a_row: s.get('handbook.excused_in_a_row'),
    meetings_scheduled: s.get('handbook.scheduled'),
    meetings_cancelled: s.get('handbook.cancelled'),
  };
}

export const handbookReportField: ProvinceReportResolvers = {
  handbook: (r) => handbookFigures(r.summary),
};

// Every count through discloseCount (rounded for aggregate-only readers), the rates from the published counts.
// The cell names are the foundation report's where the population is the same (cells, meetings, attendance).
export const handbookReportResolvers: HandbookReportResolvers = {
  activeCells: (r, _a, ctx) => discloseCount(ctx, 'cells', r.active_cells),
  cellsWithRegularMeeting: (r, _a, ctx) => discloseCount(ctx, 'cells.regularMeeting', r.cells_with_regular_meeting),
  complianceRate: (r, _a, ctx) =>
    shareOf(discloseCount(ctx, 'cells.regularMeeting', r.cells_with_regular_meeting), discloseCount(ctx, 'cells', r.active_cells)),
  meetingsHeld: (r, _a, ctx) => discloseCount(ctx, 'meetings', r.meetings_held),
  attendanceRate: (r, _a, ctx) =>
    shareOf(discloseCount(ctx, 'attendance.present', r.present), discloseCount(ctx, 'attendance.expected', r.expected)),
  shortMeetings: (r, _a, ctx) => discloseCount(ctx, 'meetings.short', r.short_meetings),
  lowAttendanceMeetings: (r, _a, ctx) => discloseCount(ctx, 'meetings.lowAttendance', r.low_attendance_meetings),
  lateDocumentMeetings: (r, _a, ctx) => discloseCount(ctx, 'meetings.lateDocuments', r.late_document_meetings),
  flaggedMeetings: (r, _a, ctx) => discloseCount(ctx, 'meetings.flagged', r.flagged_meetings),
  membersExcusedInARow: (r, _a, ctx) => discloseCount(ctx, 'members.excusedInARow', r.members_excused_in_a_row),
  meetingsScheduled: (r, _a, ctx) => discloseCount(ctx, 'meetings.scheduled', r.meetings_scheduled),
  meetingsCancelled: (r, _a, ctx) => discloseCount(ctx, 'meetings.cancelled', r.meetings_cancelled),
};
