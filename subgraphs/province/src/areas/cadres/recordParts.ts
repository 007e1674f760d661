// The cadre record travels with a transferred member-cadre (core/recordParts.ts): the register's row (grade_since
// with it) with its step raises, grade promotions and evaluations arrive at the destination, under the same cadre id. A member who comes back keeps the
// record the province holds (ON CONFLICT DO NOTHING: the cadre row, each raise by step, each promotion by decision, each evaluation by year).
// The member's disciplinary measures travel with rewards-discipline's part; the cadre reads them there.
import type { RecordPart } from '../../core/recordParts.ts';

const cadre: RecordPart = {
  name: 'cadre',
  async export(tx, memberId) {
    const [row] = await tx.rows<{ r: unknown }>(
      `SELECT jsonb_build_object(
                'cadre', to_jsonb(c) - 'member_id',
                'raises', (SELECT coalesce(jsonb_agg(to_jsonb(r) - 'id' - 'cadre_id' ORDER BY r.to_step), '[]') FROM cadre_step_raise r WHERE r.cadre_id = c.id),
                'gradePromotions', (SELECT coalesce(jsonb_agg(to_jsonb(g) - 'id' - 'cadre_id' ORDER BY g.decided_on, g.decision_no), '[]') FROM cadre_grade_promotion g WHERE g.cadre_id = c.id),
                'evaluations', (SELECT coalesce(jsonb_agg(to_jsonb(e) - 'id' - 'cadre_id' ORDER BY e.year), '[]') FROM cadre_evaluation e WHERE e.cadre_id = c.id)) AS r
         FROM cadre c WHERE c.member_id = $1::uuid`,
      [memberId],
    );
    return row?.r ?? null;
  },
  async import(tx, memberId, data) {
    if (data === null || data === undefined) return;
    const record = JSON.stringify(data);
    await tx.rows(
      `INSERT INTO cadre (id, member_id, full_name, birth_date, sex, position, cadre_level, salary_scale, grade_code, grade_level, step, coefficient,
                          step_since, grade_since, last_checkup, recorded_at, updated_at, actor)
       SELECT c.id, $1::uuid, c.full_name, c.birth_date, c.sex, c.position, c.cadre_level, c.salary_scale, c.grade_code, c.grade_level, c.step, c.coefficient,
              c.step_since, c.grade_since, c.last_checkup, c.recorded_at, c.updated_at, c.actor
         FROM jsonb_populate_record(NULL::cadre, $2::jsonb -> 'cadre') c
       ON CONFLICT DO NOTHING`,
      [memberId, record],
    );
    await tx.rows(
      `INSERT INTO cadre_step_raise (cadre_id, from_step, to_step, coefficient, raised_on, early_months, decision_no, recorded_at, actor)
       SELECT k.id, r.from_step, r.to_step, r.coefficient, r.raised_on, r.early_months, r.decision_no, r.recorded_at, r.actor
         FROM cadre k, jsonb_populate_recordset(NULL::cadre_step_raise, $2::jsonb -> 'raises') r
        WHERE k.member_id = $1::uuid
       ON CONFLICT (cadre_id, to_step) DO NOTHING`,
      [memberId, record],
    );
    await tx.rows(
      `INSERT INTO cadre_evaluation (cadre_id, year, result, evaluated_on, evaluated_by, recorded_at, actor)
       SELECT k.id, e.year, e.result, e.evaluated_on, e.evaluated_by, e.recorded_at, e.actor
         FROM cadre k, jsonb_populate_recordset(NULL::cadre_evaluation, $2::jsonb -> 'evaluations') e
        WHERE k.member_id = $1::uuid
       ON CONFLICT (cadre_id, year) DO NOTHING`,
      [memberId, record],
    );
    // a record exported before migration 057 has no gradePromotions: nothing to insert
    await tx.rows(
      `INSERT INTO cadre_grade_promotion (cadre_id, from_grade_code, from_grade_level, to_grade_code, to_grade_level, coefficient, decided_on, decision_no, recorded_at, actor)
       SELECT k.id, g.from_grade_code, g.from_grade_level, g.to_grade_code, g.to_grade_level, g.coefficient, g.decided_on, g.decision_no, g.recorded_at, g.actor
         FROM cadre k, jsonb_populate_recordset(NULL::cadre_grade_promotion, coalesce($2::jsonb -> 'gradePromotions', '[]')) g
        WHERE k.member_id = $1::uuid
       ON CONFLICT (cadre_id, decision_no) DO NOTHING`,
      [memberId, record],
    );
  },
};

export const cadresRecordParts: readonly RecordPart[] = [cadre];
