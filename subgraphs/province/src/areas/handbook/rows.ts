// Row types of the electronic handbook (process 5, db.ts).
import type { MeetingType } from '../../core/rows.ts';

export type MeetingStatus = 'SCHEDULED' | 'HELD' | 'CANCELLED';
export type MeetingFlag = 'SHORT' | 'LOW_ATTENDANCE' | 'LATE_DOCUMENTS';

/** A meeting of any status, with its roll counts and (held only) flags. */
export interface HandbookMeetingRow {
  id: string;
  cell_id: string;
  type: MeetingType;
  topic: string;
  status: MeetingStatus;
  /** coalesce(scheduled_at, started_at): meetings recorded without a schedule were planned for their start. */
  scheduled_at: Date;
  docs_published_at: Date | null;
  started_at: Date | null;
  ended_at: Date | null;
  cancel_reason: string | null;
  /** HELD: attendance rows; otherwise the expected set on the planned date. */
  expected: number;
  present: number;
  flags: MeetingFlag[];
}

export interface ExcusedStreakRow {
  /** The member's id (keyset of excusedInARow). */
  id: string;
  times_in_a_row: number;
  first_meeting_at: Date;
  last_meeting_at: Date;
}

/** The month figures of the handbook report (HandbookReport). */
export interface HandbookReportRow {
  active_cells: number;
  cells_with_regular_meeting: number;
  meetings_held: number;
  expected: number;
  present: number;
  short_meetings: number;
  low_attendance_meetings: number;
  late_document_meetings: number;
  flagged_meetings: number;
  members_excused_in_a_row: number;
  meetings_scheduled: number;
  meetings_cancelled: number;
}
