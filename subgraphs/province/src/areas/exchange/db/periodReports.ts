// Period reports submitted to the Centre: the snapshot, its checksum, the revisions (migration 031).
import { canonicalJson, sha256Hex } from '../../../../../shared/canonicalJson.ts';
import { baseFigures, type ProvinceDb } from '../../../core/ProvinceDb.ts';
import type { Sql } from '../../../core/sql.ts';
import type { ReportFiguresJson, SubmissionRow } from '../rows.ts';
import { transferCounts, transferLists } from './transfers.ts';

/** The figures of a month as computed now: the foundation's and the transfers' from the report summary, and the lists. */
export async function computeFigures(db: ProvinceDb, firstDay: string, lastDay: string): Promise<ReportFiguresJson> {
  const [summary, lists] = await Promise.all([db.reportSummary(firstDay), transferLists(db.sql, lastDay)]);
  const base = baseFigures(summary);
  const transfers = { ...transferCounts(summary), ...lists };
  return {
    memberCount: base.member_count,
    officialCount: base.official_count,
    probationaryCount: base.probationary_count,
    maleCount: base.male_count,
    femaleCount: base.female_count,
    cellCount: base.cell_count,
    meetingsHeld: base.meetings_held,
    cellsWithRegularMeeting: base.cells_with_regular_meeting,
    // rounded so the value survives every JSON and numeric round trip bit for bit (the checksum depends on it)
    attendanceRate: base.expected === 0 ? null : Math.round((base.present / base.expected) * 1e6) / 1e6,
    transfersIn: transfers.transfers_in,
    transfersOut: transfers.transfers_out,
    transfersOutPending: transfers.out_pending,
    transfersInUnconfirmed: transfers.in_unconfirmed,
  };
}

/** sha256 of the canonical JSON of { province, period, figures }: what the Centre verifies. */
export const reportChecksum = (province: string, period: string, figures: ReportFiguresJson): string =>
  sha256Hex(canonicalJson({ province, period, figures }));

const COLUMNS = 'period, revision, computed_at, figures, checksum, reason, actor, pushed_at';

/** Serialises submissions of one period (two officers pressing "submit" at once make one revision). */
export async function lockPeriod(tx: Sql, period: string): Promise<void> {
  await tx.rows(`SELECT pg_advisory_xact_lock(hashtextextended('report:' || $1, 0))`, [period]);
}

export async function latestSubmission(sql: Sql, period: string): Promise<SubmissionRow | null> {
  const rows = await sql.rows<SubmissionRow>(
    `SELECT ${COLUMNS} FROM report_submission WHERE period = $1 ORDER BY revision DESC LIMIT 1`,
    [period],
  );
  return rows[0] ?? null;
}

export function submissionsOfPeriods(sql: Sql, periods: readonly string[]): Promise<SubmissionRow[]> {
  return sql.rows(`SELECT ${COLUMNS} FROM report_submission WHERE period = ANY($1::text[]) ORDER BY period, revision`, [periods]);
}

export async function insertSubmission(
  tx: Sql,
  s: { period: string; revision: number; computedAt: Date; figures: ReportFiguresJson; checksum: string; reason: string | null; actor: string },
): Promise<SubmissionRow> {
  const [row] = await tx.rows<SubmissionRow>(
    `INSERT INTO report_submission (period, revision, computed_at, figures, checksum, reason, actor)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7) RETURNING ${COLUMNS}`,
    [s.period, s.revision, s.computedAt, JSON.stringify(s.figures), s.checksum, s.reason, s.actor],
  );
  return row;
}

/** The Centre acknowledged this revision; returns the row (null when there is no such revision). */
export async function markPushed(tx: Sql, period: string, revision: number): Promise<SubmissionRow | null> {
  await tx.rows(`UPDATE report_submission SET pushed_at = now() WHERE period = $1 AND revision = $2 AND pushed_at IS NULL`, [period, revision]);
  const rows = await tx.rows<SubmissionRow>(`SELECT ${COLUMNS} FROM report_submission WHERE period = $1 AND revision = $2`, [period, revision]);
  return rows[0] ?? null;
}

export function unpushedSubmissions(sql: Sql): Promise<SubmissionRow[]> {
  return sql.rows(`SELECT ${COLUMNS} FROM report_submission WHERE pushed_at IS NULL ORDER BY period, revision LIMIT 100`);
}
