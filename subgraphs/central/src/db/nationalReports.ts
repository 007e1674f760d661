// The Centre's SQL for period reports and the national check (migration 002).
import type { BoundedSql } from '../../../shared/boundedClient.ts';
import type { CentralSubmissionRow, NationalCheckRow } from './rows.ts';

const COLUMNS = `province_code, period, revision, computed_at, figures, checksum, reason, received_at,
  (received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > $2::date AS late`;

/** Every revision of a period, by province then revision; `late` against the deadline given. */
export async function submissionsOfPeriod(sql: BoundedSql, period: string, deadline: string): Promise<CentralSubmissionRow[]> {
  const { rows } = await sql.query<CentralSubmissionRow>(
    `SELECT ${COLUMNS} FROM report_submission WHERE period = $1 ORDER BY province_code, revision`,
    [period, deadline],
  );
  return rows;
}

export interface NewSubmission {
  provinceCode: string;
  period: string;
  revision: number;
  computedAt: string;
  figures: unknown;
  checksum: string;
  reason: string | null;
}

/**
 * Stores a submission once: a repeat of the same (province, period, revision) is a no-op. Returns the stored row,
 * which the caller compares with the one offered (a different checksum is a conflict, never an overwrite).
 */
export async function storeSubmission(sql: BoundedSql, s: NewSubmission, deadline: string): Promise<CentralSubmissionRow> {
  await sql.query(
    `INSERT INTO report_submission (province_code, period, revision, computed_at, figures, checksum, reason)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7) ON CONFLICT DO NOTHING`,
    [s.provinceCode, s.period, s.revision, s.computedAt, JSON.stringify(s.figures), s.checksum, s.reason],
  );
  const { rows } = await sql.query<CentralSubmissionRow>(
    `SELECT ${COLUMNS} FROM report_submission WHERE period = $1 AND province_code = $3 AND revision = $4`,
    [s.period, deadline, s.provinceCode, s.revision],
  );
  return rows[0];
}

export async function latestNationalCheck(sql: BoundedSql): Promise<NationalCheckRow | null> {
  const { rows } = await sql.query<NationalCheckRow>('SELECT checked_at, result FROM national_check ORDER BY id DESC LIMIT 1');
  return rows[0] ?? null;
}

export async function storeNationalCheck(sql: BoundedSql, result: unknown): Promise<NationalCheckRow> {
  const { rows } = await sql.query<NationalCheckRow>(
    'INSERT INTO national_check (result) VALUES ($1::jsonb) RETURNING checked_at, result',
    [JSON.stringify(result)],
  );
  return rows[0];
}

/** Today in Viet Nam, from the database clock (the same clock as received_at). */
export async function todayAtCentre(sql: BoundedSql): Promise<string> {
  const { rows } = await sql.query<{ d: string }>(`SELECT (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS d`);
  return rows[0].d;
}
