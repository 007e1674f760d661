// The handbook's quality rules (process 5). Each is [V] in the domain spec (§3, §5 rule 3), so they are
// constants with their sources, not settings; the SQL of db.ts receives them as parameters, so the
// per-meeting flags and the monthly counts apply one definition.

export interface HandbookRules {
  /** A meeting shorter than this is SHORT (HD 42-HD/BTCTW: at least 90 minutes). */
  minMinutes: number;
  /** The same for a regular meeting combined with the thematic one (HD 42-HD/BTCTW: at least 120 minutes). */
  minCombinedMinutes: number;
  /** Attendance at or below this percent is LOW_ATTENDANCE (HD 12-HD/BTCTW asks for more than 85%). */
  lowAttendancePercent: number;
  /** Documents posted less than this many minutes before the start are LATE_DOCUMENTS (HD 42: 1 day ahead). */
  docsLeadMinutes: number;
  /** A member excused more times in a row than this is reported (HD 12-HD/BTCTW: not more than 3 in a year). */
  maxExcusedInARow: number;
  /** recordMeetingHeld refuses a longer meeting: a cell meeting of more than 12 hours is a typing mistake. */
  maxMeetingHours: number;
}

export const HANDBOOK_RULES: Readonly<HandbookRules> = Object.freeze({
  minMinutes: 90,
  minCombinedMinutes: 120,
  lowAttendancePercent: 85,
  docsLeadMinutes: 24 * 60,
  maxExcusedInARow: 3,
  maxMeetingHours: 12,
});
