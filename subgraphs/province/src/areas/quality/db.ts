// Annual quality rating (process 8): versioned ratings, the HTXS cap count, and the distribution by level.
import type { Sql } from '../../core/sql.ts';
import type { QualityLevel, QualityRatingRow } from './rows.ts';

const COLUMNS = `id::text, member_id, year, version, score, level, org_id, approver, to_char(decision_date, 'YYYY-MM-DD') AS decision_date,
  reason, is_current, recorded_at, actor, rated_in_province::text, rated_in_org`;

/** The current rating of a member for a year, locked (a correction replaces it in the same transaction). */
export async function lockCurrentRating(tx: Sql, memberId: string, year: number): Promise<QualityRatingRow | null> {
  const rows = await tx.rows<QualityRatingRow>(
    `SELECT ${COLUMNS} FROM quality_rating WHERE member_id = $1::uuid AND year = $2 AND is_current FOR UPDATE`,
    [memberId, year],
  );
  return rows[0] ?? null;
}

export interface NewRating {
  memberId: string;
  year: number;
  score: number;
  orgId: string;
  approver: string;
  decisionDate: string;
  reason: string | null;
}

/** Adds the next version as the current rating; the previous current one (if any) is kept, no longer current. */
export async function insertRating(tx: Sql, r: NewRating, previous: QualityRatingRow | null, actor: string): Promise<QualityRatingRow> {
  if (previous) await tx.rows('UPDATE quality_rating SET is_current = false WHERE id = $1::bigint', [previous.id]);
  const [row] = await tx.rows<QualityRatingRow>(
    `INSERT INTO quality_rating (member_id, year, version, score, org_id, approver, decision_date, reason, actor)
     VALUES ($1::uuid, $2, $3, $4, $5::uuid, $6, $7::date, $8, $9) RETURNING ${COLUMNS}`,
    [r.memberId, r.year, (previous?.version ?? 0) + 1, r.score, r.orgId, r.approver, r.decisionDate, r.reason, actor],
  );
  return row;
}

/** HTXS and HTT counts among the current ratings of one organisation for a year (the cap's two sides). */
export async function capCounts(sql: Sql, orgId: string, year: number): Promise<{ htxs: number; htt: number }> {
  const [row] = await sql.rows<{ htxs: number; htt: number }>(
    `SELECT count(*) FILTER (WHERE level = 'HTXS')::int AS htxs, count(*) FILTER (WHERE level = 'HTT')::int AS htt
       FROM quality_rating WHERE year = $1 AND org_id = $2::uuid AND is_current`,
    [year, orgId],
  );
  return row;
}

export function ratingsOfMembers(sql: Sql, memberIds: readonly string[]): Promise<QualityRatingRow[]> {
  return sql.rows(
    `SELECT ${COLUMNS} FROM quality_rating WHERE member_id = ANY($1::uuid[]) ORDER BY member_id, year DESC, version DESC`,
    [memberIds],
  );
}

export interface QualityReportRow {
  members_counted: number;
  counted_rated: number;
  levels: { level: QualityLevel; n: number }[];
  over_cap: { org_id: string; htxs: number; htt: number }[];
}

/**
 * The distribution by level of the current ratings of `year` in the subtree of `rootOrgId` (whole province when
 * null), members counted on 31 December of the year, and the organisations over the HTXS cap.
 */
export async function qualityReport(sql: Sql, year: number, rootOrgId: string | null, capPercent: number): Promise<QualityReportRow> {
  const [row] = await sql.rows<QualityReportRow>(
    `WITH RECURSIVE scope AS (
       SELECT id FROM party_org WHERE CASE WHEN $2::uuid IS NULL THEN parent_id IS NULL ELSE id = $2::uuid END
       UNION ALL SELECT o.id FROM party_org o JOIN scope s ON o.parent_id = s.id
     ), rated AS (
       SELECT q.member_id, q.level, q.org_id FROM quality_rating q JOIN scope s ON s.id = q.org_id
        WHERE q.year = $1 AND q.is_current
     ), counted AS (
       SELECT m.id FROM member m JOIN scope s ON s.id = m.cell_id
        WHERE m.joined_on <= make_date($1, 12, 31) AND (m.left_on IS NULL OR m.left_on > make_date($1, 12, 31))
     )
     SELECT (SELECT count(*) FROM counted)::int AS members_counted,
            (SELECT count(*) FROM counted c JOIN rated r ON r.member_id = c.id)::int AS counted_rated,
            (SELECT coalesce(json_agg(json_build_object('level', level, 'n', n) ORDER BY level), '[]')
               FROM (SELECT level, count(*)::int AS n FROM rated GROUP BY level) l) AS levels,
            (SELECT coalesce(json_agg(json_build_object('org_id', org_id, 'htxs', htxs, 'htt', htt) ORDER BY org_id), '[]')
               FROM (SELECT org_id, count(*) FILTER (WHERE level = 'HTXS')::int AS htxs,
                            count(*) FILTER (WHERE level = 'HTT')::int AS htt
                       FROM rated GROUP BY org_id) o
              WHERE 100 * htxs > $3 * htt) AS over_cap`,
    [year, rootOrgId, capPercent],
  );
  return row;
}
