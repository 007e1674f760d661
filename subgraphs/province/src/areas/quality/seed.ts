// Demo data of process 8, annual quality rating: last year's rating for every member counted on 31 December,
// scores spread over the four levels, and the HTXS cap respected in every cell (the extra HTXS of a cell are
// rated 85..89 instead), so the distribution report has content and the demo shows no false breach.
import type { AreaSeeder } from '../../core/area.ts';

export const qualitySeeder: AreaSeeder = {
  name: 'quality ratings',
  async run(client, ctx) {
    const year = Number(ctx.asOf.slice(0, 4)) - 1;
    await client.query(
      `WITH counted AS (
         SELECT m.id, m.cell_id, abs(hashtext(m.id::text || $2 || 'quality')) % 1000 AS h,
                abs(hashtext(m.id::text || $2 || 'quality-points')) AS p
           FROM member m
          WHERE m.joined_on <= make_date($1, 12, 31) AND (m.left_on IS NULL OR m.left_on > make_date($1, 12, 31))
       ), scored AS (
         -- 2% KHT, 10% HT, 75% HTT, 13% HTXS before the cap
         SELECT id, cell_id, h, p, CASE WHEN h < 20 THEN 30 + p % 20 WHEN h < 120 THEN 50 + p % 20
                                        WHEN h < 870 THEN 70 + p % 20 ELSE 90 + p % 11 END AS score
           FROM counted
       ), ranked AS (
         SELECT s.*, count(*) FILTER (WHERE score BETWEEN 70 AND 89) OVER (PARTITION BY cell_id) AS htt,
                CASE WHEN score >= 90 THEN row_number() OVER (PARTITION BY cell_id, score >= 90 ORDER BY h, id) END AS htxs_rank
           FROM scored s
       )
       INSERT INTO quality_rating (member_id, year, version, score, org_id, approver, decision_date, actor)
       SELECT r.id, $1, 1,
              -- over the cap (rank·100 > percent·HTT, HTT counted before demotion): rated HTT instead
              CASE WHEN r.htxs_rank IS NOT NULL AND r.htxs_rank * 100 > $3 * r.htt THEN 85 + r.p % 5 ELSE r.score END,
              r.cell_id, coalesce(parent.name, cell.name), make_date($1, 12, 10) + (r.p % 20)::int, 'seed'
         FROM ranked r JOIN party_org cell ON cell.id = r.cell_id LEFT JOIN party_org parent ON parent.id = cell.parent_id`,
      [year, String(ctx.seed), ctx.rules.quality.htxsCap.percentOfHtt],
    );
    // One low rating in ten is corrected (+5 points after a recount): version 2 with its reason, so the history
    // has content. Only scores under 65, which stay under 70 (HT or KHT), so no correction touches the HTXS cap.
    await client.query(
      `WITH corrected AS (
         UPDATE quality_rating SET is_current = false
          WHERE year = $1 AND score < 65 AND abs(hashtext(member_id::text || $2 || 'quality-fix')) % 10 = 0
          RETURNING member_id, year, score, org_id, approver, decision_date
       )
       INSERT INTO quality_rating (member_id, year, version, score, org_id, approver, decision_date, reason, actor)
       SELECT member_id, year, 2, score + 5, org_id, approver, greatest(decision_date, least(decision_date + 20, $3::date)),
              'Chấm lại tiêu chí 2 theo kết luận của cấp ủy cấp trên (dữ liệu mẫu)', 'seed'
         FROM corrected`,
      [year, String(ctx.seed), ctx.asOf],
    );
  },
};
