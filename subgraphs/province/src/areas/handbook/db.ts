// Process 5, the electronic handbook: scheduled, held and cancelled meetings, attendance, flags, the monthly
// figures and excused streaks. Every query that flags meetings takes the rules as its first four parameters
// ($1..$4, see ruleParams), so the flags of one meeting and the counts of a month come from one definition.
import type { HandbookRules } from './rules.ts';
import { afterId, keysetPage, scopeCondition, type Sql } from '../../core/sql.ts';
import type { MeetingType, Presence } from '../../core/rows.ts';
import type { ExcusedStreakRow, HandbookMeetingRow, MeetingStatus } from './rows.ts';

/** Months and meeting days are Vietnam's (UTC+7, the pools' session time zone too). */
const LOCAL_TZ = `'Asia/Ho_Chi_Minh'`;

/**
 * Members of alias `e` expected at a meeting of their cell on local date `day` (spec §5 rule 3): counted by the
 * province on that day, not exempt, not exited, and not temporarily transferred out (a TEMPORARY transfer
 * received by the host on or before that day; the ledger has no return yet, so it lasts until one is recorded).
 * "Plus those temporarily transferred in" cannot apply: a host holds no member row for them (transfers keep the
 * record at the source), so they cannot be on an attendance roll.
 */
const expectedOn = (day: string) =>
  `e.state IN ('ACTIVE', 'IN_TRANSIT') AND e.joined_on <= ${day} AND (e.left_on IS NULL OR e.left_on > ${day})
   AND NOT EXISTS (SELECT 1 FROM transfer t WHERE t.member_id = e.id AND t.direction = 'OUT' AND t.kind = 'TEMPORARY'
                     AND t.state = 'RECEIVED' AND t.received_on <= ${day})`;

/** The local date a meeting is (or was planned to be) held on. */
const MEETING_DAY = `(coalesce(m.started_at, m.scheduled_at) AT TIME ZONE ${LOCAL_TZ})::date`;

/** The roll of meeting `m`: rows and PRESENT rows. */
const ROLL = `CROSS JOIN LATERAL (SELECT count(*)::int AS rolled, count(*) FILTER (WHERE a.presence = 'PRESENT')::int AS present
  FROM attendance a WHERE a.meeting_id = m.id) r`;

/** Flags of a held meeting `m` with roll `r`; $1..$4 are ruleParams. Exactly the minimum is not SHORT; exactly 85% is LOW. */
const FLAGS = `CASE WHEN m.status <> 'HELD' THEN '{}'::text[] ELSE array_remove(ARRAY[
    CASE WHEN m.ended_at - m.started_at < make_interval(mins => CASE WHEN m.type = 'COMBINED' THEN $2::int ELSE $1::int END)
      THEN 'SHORT' END,
    CASE WHEN r.rolled > 0 AND r.present * 100 <= r.rolled * $3::int THEN 'LOW_ATTENDANCE' END,
    CASE WHEN m.docs_published_at IS NULL OR m.docs_published_at > m.started_at - make_interval(mins => $4::int)
      THEN 'LATE_DOCUMENTS' END
  ], NULL) END`;

const COLUMNS = `m.id, m.cell_id, m.type, m.topic, m.status, coalesce(m.scheduled_at, m.started_at) AS scheduled_at,
  m.docs_published_at, m.started_at, m.ended_at, m.cancel_reason,
  CASE WHEN m.status = 'HELD' THEN r.rolled
       ELSE (SELECT count(*) FROM member e WHERE e.cell_id = m.cell_id AND ${expectedOn(MEETING_DAY)})::int END AS expected,
  r.present, ${FLAGS} AS flags`;

export const ruleParams = (rules: HandbookRules): number[] =>
  [rules.minMinutes, rules.minCombinedMinutes, rules.lowAttendancePercent, rules.docsLeadMinutes];

export function handbookMeetingsByIds(sql: Sql, ids: readonly string[], rules: HandbookRules): Promise<HandbookMeetingRow[]> {
  return sql.rows(`SELECT ${COLUMNS} FROM meeting m ${ROLL} WHERE m.id = ANY($5::uuid[])`, [...ruleParams(rules), ids]);
}

export interface HandbookMeetingFilter {
  firstDay: string;
  /** Only this cell (the client's filter, or a member's own cell). */
  cellId: string | null;
  status: MeetingStatus | null;
  /** Only cells of this commune (the reader's scope). */
  communeCode?: string | null;
}

/** One keyset page (by id) of a month's meetings of any status, and the filter's total. */
export function handbookMeetingPage(
  sql: Sql, filter: HandbookMeetingFilter, after: string | null, limit: number, rules: HandbookRules,
): Promise<{ rows: HandbookMeetingRow[]; total: number }> {
  // held meetings by start (meeting_month_page_idx), the others by planned time (meeting_planned_month_idx)
  const params: unknown[] = [filter.firstDay];
  let where = `((m.started_at >= $1::date AND m.started_at < $1::date + interval '1 month')
    OR (m.started_at IS NULL AND m.scheduled_at >= $1::date AND m.scheduled_at < $1::date + interval '1 month'))`;
  if (filter.status) where += ` AND m.status = $${params.push(filter.status)}::meeting_status`;
  where += scopeCondition({ cellId: filter.cellId, communeCode: filter.communeCode }, 'm.cell_id', params);
  // the select list reads the rules as $1..$4 (FLAGS): the page puts them first; the total needs none
  return keysetPage(sql, {
    select: COLUMNS, selectParams: ruleParams(rules), from: 'meeting m', selectJoins: ROLL, where, params,
    after: afterId('m.id', after), orderBy: 'm.id', limit,
  });
}

// ---- writes ----

/** The meeting row locked for update: writes to one meeting queue behind each other. */
export interface LockedMeeting {
  id: string;
  cell_id: string;
  status: MeetingStatus;
  /** The local date it is (or was planned to be) held on. */
  day: string;
}

export async function lockMeeting(tx: Sql, id: string): Promise<LockedMeeting | null> {
  const rows = await tx.rows<LockedMeeting>(
    `SELECT m.id, m.cell_id, m.status, to_char(${MEETING_DAY}, 'YYYY-MM-DD') AS day FROM meeting m WHERE m.id = $1::uuid FOR UPDATE`,
    [id],
  );
  return rows[0] ?? null;
}

export interface NewMeeting {
  cellId: string;
  type: MeetingType;
  topic: string;
  scheduledAt: string;
  docsPublishedAt: string | null;
}

export async function insertScheduledMeeting(tx: Sql, m: NewMeeting): Promise<string> {
  const [row] = await tx.rows<{ id: string }>(
    `INSERT INTO meeting (id, cell_id, type, topic, status, scheduled_at, docs_published_at)
     VALUES (gen_random_uuid(), $1::uuid, $2::meeting_type, $3, 'SCHEDULED', $4::timestamptz, $5::timestamptz) RETURNING id`,
    [m.cellId, m.type, m.topic, m.scheduledAt, m.docsPublishedAt],
  );
  return row.id;
}

/** What recordAttendance checks of each member: where they are and whether the meeting expects them. */
export interface RollCandidate {
  id: string;
  cell_id: string;
  state: string;
  expected: boolean;
}

export function rollCandidates(tx: Sql, memberIds: readonly string[], day: string): Promise<RollCandidate[]> {
  return tx.rows(
    `SELECT e.id, e.cell_id, e.state, (${expectedOn('$2::date')}) AS expected FROM member e WHERE e.id = ANY($1::uuid[])`,
    [memberIds, day],
  );
}

/** Writes presence per member; a member already on the roll gets the new value. */
export async function upsertAttendance(
  tx: Sql, meetingId: string, entries: readonly { memberId: string; presence: Presence }[],
): Promise<void> {
  await tx.rows(
    `INSERT INTO attendance (meeting_id, member_id, presence)
     SELECT $1::uuid, member_id, presence FROM unnest($2::uuid[], $3::presence[]) AS e(member_id, presence)
     ON CONFLICT (meeting_id, member_id) DO UPDATE SET presence = EXCLUDED.presence`,
    [meetingId, entries.map((e) => e.memberId), entries.map((e) => e.presence)],
  );
}

/** Members the meeting expects on `day` with no attendance row, by id. */
export async function missingFromRoll(tx: Sql, meeting: { id: string; cell_id: string }, day: string): Promise<string[]> {
  const rows = await tx.rows<{ id: string }>(
    `SELECT e.id FROM member e
      WHERE e.cell_id = $1::uuid AND ${expectedOn('$3::date')}
        AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = $2::uuid AND a.member_id = e.id)
      ORDER BY e.id`,
    [meeting.cell_id, meeting.id, day],
  );
  return rows.map((r) => r.id);
}

/** The local date of an instant, as the province counts days. */
export async function localDay(sql: Sql, at: string): Promise<string> {
  const [row] = await sql.rows<{ day: string }>(`SELECT to_char($1::timestamptz AT TIME ZONE ${LOCAL_TZ}, 'YYYY-MM-DD') AS day`, [at]);
  return row.day;
}

export async function markHeld(tx: Sql, id: string, startedAt: string, endedAt: string, docsPublishedAt: string | null): Promise<void> {
  await tx.rows(
    `UPDATE meeting SET status = 'HELD', started_at = $2::timestamptz, ended_at = $3::timestamptz,
            docs_published_at = coalesce($4::timestamptz, docs_published_at)
      WHERE id = $1::uuid`,
    [id, startedAt, endedAt, docsPublishedAt],
  );
}

export async function markCancelled(tx: Sql, id: string, reason: string): Promise<void> {
  await tx.rows(`UPDATE meeting SET status = 'CANCELLED', cancel_reason = $2 WHERE id = $1::uuid`, [id, reason]);
}

// ---- excused streaks ----

/**
 * The longest run of EXCUSED per member over the regular (and combined) held meetings they were on the roll of,
 * from yearStart to the end of day `end`, for runs longer than $3. Only members excused more than $3 times in the
 * window can have such a run, so the window functions run over those members only.
 */
const STREAKS = `
  WITH window_meeting AS (
    SELECT id, started_at FROM meeting
     WHERE status = 'HELD' AND type IN ('REGULAR', 'COMBINED') AND started_at >= $1::date AND started_at < $2::date + 1
  ), candidate AS (
    SELECT a.member_id FROM attendance a JOIN window_meeting w ON w.id = a.meeting_id
     WHERE a.presence = 'EXCUSED' GROUP BY a.member_id HAVING count(*) > $3::int
  ), seq AS (
    SELECT a.member_id, a.presence, w.started_at,
           row_number() OVER (PARTITION BY a.member_id ORDER BY w.started_at, w.id) AS n
      FROM attendance a JOIN window_meeting w ON w.id = a.meeting_id JOIN candidate c ON c.member_id = a.member_id
  ), run AS (
    SELECT member_id, count(*)::int AS times, min(started_at) AS first_at, max(started_at) AS last_at
      FROM (SELECT member_id, started_at, n - row_number() OVER (PARTITION BY member_id ORDER BY n) AS island
              FROM seq WHERE presence = 'EXCUSED') s
     GROUP BY member_id, island
  ), streak AS (
    SELECT DISTINCT ON (member_id) member_id AS id, times AS times_in_a_row, first_at AS first_meeting_at,
           last_at AS last_meeting_at
      FROM run WHERE times > $3::int ORDER BY member_id, times DESC, last_at DESC
  )`;

export interface StreakWindow {
  /** First day of the calendar year. */
  yearStart: string;
  /** Last day counted (the period's last day). */
  end: string;
  /** Only members of this cell, or of this commune's cells (the reader's scope). */
  cellId: string | null;
  communeCode?: string | null;
}

export function excusedStreakPage(
  sql: Sql, window: StreakWindow, after: string | null, limit: number, rules: HandbookRules,
): Promise<{ rows: ExcusedStreakRow[]; total: number }> {
  const params: unknown[] = [window.yearStart, window.end, rules.maxExcusedInARow];
  const scoped = scopeCondition({ cellId: window.cellId, communeCode: window.communeCode }, 'e.cell_id', params);
  const where = scoped ? `s.id IN (SELECT e.id FROM member e WHERE true${scoped})` : 'true';
  return keysetPage(sql, { with: STREAKS, select: 's.*', from: 'streak s', where, params, after: afterId('s.id', after), orderBy: 's.id', limit });
}
