// Demo data of the cadre system, set-based and deterministic (choices from hashes of ids and the seed; "today" is
// asOf). The register: one member in 20 of working age (at least 12, at most 3,000 a province: a provincial
// committee manages a few thousand), with their name, sex and birth date, plus one cadre who is not a member for
// every 100 members (at least 7, at most 500). Among them, by the rank of their
// hash (so every province, at every scale, has each case): one in 8 has a step due this quarter, the non-members'
// first bucket a retirement notice due now, and the others' dates spread so that check-ups are done, due and
// overdue; each has the day it entered the grade, and some chuyên viên are due a grade promotion. Evaluations of the two years before asOf's: for the last one, none for the cadres without a check-up
// (one in 8) and about one in 10 of the others. (The seed runs
// with the area tables' keys dropped: no ON CONFLICT; each statement writes each row once.)
import type { AreaSeeder } from '../../core/area.ts';
import { addMonthsToDate, retirementOf, type Sex } from './rules.ts';
import { quarterOf } from './schedule.ts';

/**
 * A birth date whose retirement notice is due on asOf: the last day of work from about two months later to the end
 * of the notice period. Later days are tried too because a rising schedule leaves months in which no one retires
 * (women's ages rise 4 months a year: no woman retires from January to April 2028), so "two months later" alone
 * finds no one for some asOf (29 February 2028).
 */
function birthRetiringSoon(asOf: string, sex: Sex, rules: Parameters<typeof retirementOf>[2]): string {
  const ahead = Array.from({ length: rules.noticeMonthsAhead + 1 }, (_, k) => k);
  for (const months of [...ahead.filter((k) => k >= 2), 1, 0]) {
    const target = addMonthsToDate(asOf, months);
    const year = Number(target.slice(0, 4));
    const age = [...rules.schedule[sex]].reverse().find((a) => a.year <= year) ?? rules.schedule[sex][0];
    const birth = addMonthsToDate(target, -(age.years * 12 + age.months));
    const r = retirementOf(birth, sex, rules);
    if (r.noticeFrom <= asOf && r.retiresOn >= asOf) return birth;
  }
  throw new Error(`no birth date retires within ${rules.noticeMonthsAhead} months of ${asOf}`);
}

// The salary tables' grades of the demo (Nghị định 204/2004/NĐ-CP, bảng 2): chuyên viên A1, chuyên viên chính
// A2.1, nhân viên B; coefficient = first + step's increment.
const GRADES = `(VALUES (0, 'A1', '01.003', 'UNIVERSITY', 2.34, 0.33, 9), (1, 'A2.1', '01.002', 'UNIVERSITY', 4.40, 0.34, 8),
                        (2, 'B', '01.005', 'BELOW_COLLEGE', 1.86, 0.18, 12)) AS g(k, scale, code, level, base, inc, steps)`;
const POSITIONS = `ARRAY['Chuyên viên Ban Tổ chức Tỉnh ủy', 'Phó Trưởng phòng Sở Nội vụ', 'Trưởng phòng Sở Tài chính', 'Bí thư Đảng ủy xã',
                         'Chủ tịch Ủy ban nhân dân xã', 'Phó Giám đốc Sở Giáo dục và Đào tạo', 'Chánh Văn phòng Huyện ủy', 'Ủy viên Ban Thường vụ']`;

export const cadresSeeder: AreaSeeder = {
  name: 'cadres',
  async run(client, ctx) {
    const { asOf } = ctx;
    const quarter = quarterOf(asOf);
    const rules = ctx.rules.cadres;
    const shortest = rules.stepSchemes.at(-1)!.monthsByGradeLevel.UNIVERSITY;
    // a step whose 36 months end in this quarter: its date 36 months before the quarter's first day, plus 0 to 59 days
    const dueStepFrom = addMonthsToDate(quarter.first, -shortest);
    const params = [asOf, String(ctx.seed), dueStepFrom];
    const attributes = (h: string, rn: string) => `
        CASE WHEN ${rn} % 8 = 1 THEN 'A1' ELSE g.scale END, CASE WHEN ${rn} % 8 = 1 THEN '01.003' ELSE g.code END,
        CASE WHEN ${rn} % 8 = 1 THEN 'UNIVERSITY' ELSE g.level END::grade_level, s.step,
        CASE WHEN ${rn} % 8 = 1 THEN 2.34 ELSE g.base END + (s.step - 1) * CASE WHEN ${rn} % 8 = 1 THEN 0.33 ELSE g.inc END,
        CASE WHEN ${rn} % 8 = 1 THEN $3::date + (${h} % 60)::int ELSE $1::date - 30 - (${h} % 1000)::int END,
        CASE WHEN ${rn} % 8 = 2 THEN NULL ELSE $1::date - (${h} % 480)::int END`;
    // member-cadres
    await client.query(
      `WITH working AS (
         SELECT m.id, m.full_name, m.birth_date, m.sex, abs(hashtext(m.id::text || $2 || 'cadre')) AS h
           FROM member m WHERE m.left_on IS NULL AND m.birth_date BETWEEN $1::date - interval '56 years' AND $1::date - interval '28 years'
       ), ranked AS (
         SELECT w.*, row_number() OVER (ORDER BY h, id) AS rn, count(*) OVER () AS n FROM working w
       )
       INSERT INTO cadre (member_id, full_name, birth_date, sex, position, cadre_level, salary_scale, grade_code, grade_level, step, coefficient,
                          step_since, last_checkup, actor)
       SELECT r.id, r.full_name, r.birth_date, r.sex, (${POSITIONS})[1 + (r.h % 8)::int],
              CASE WHEN r.h % 20 = 0 THEN 'CENTRAL' WHEN r.h % 3 = 0 THEN 'COMMUNE' ELSE 'PROVINCIAL' END::cadre_level,
              ${attributes('r.h', 'r.rn')}, 'seed'
         FROM ranked r JOIN ${GRADES} ON g.k = (r.h / 7 % 3)::int
        CROSS JOIN LATERAL (SELECT 1 + (r.h / 11 % (g.steps - 1))::int AS step) s
        WHERE r.rn <= least(greatest(12, r.n / 20), 3000)`,
      params,
    );
    // cadres who are not members: the first bucket of each 8 retires about two months after asOf
    await client.query(
      `WITH numbered AS (
         SELECT i, abs(hashtext(i::text || $2 || 'cadre-nm')) AS h,
                CASE WHEN i % 2 = 0 THEN 'NAM' ELSE 'NU' END::sex AS sex
           FROM generate_series(0, least(greatest(7, (SELECT count(*) FROM member WHERE left_on IS NULL) / 100), 500) - 1) AS i
       )
       INSERT INTO cadre (member_id, full_name, birth_date, sex, position, cadre_level, salary_scale, grade_code, grade_level, step, coefficient,
                          step_since, last_checkup, actor)
       SELECT NULL, (ARRAY['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ'])[1 + (h % 6)::int] || ' ' ||
                    CASE WHEN sex = 'NAM' THEN (ARRAY['Văn Hùng', 'Đức Minh', 'Quang Hải', 'Xuân Trường'])[1 + (h / 6 % 4)::int]
                         ELSE (ARRAY['Thị Lan', 'Thu Hà', 'Minh Thư', 'Thị Hồng'])[1 + (h / 6 % 4)::int] END,
              CASE WHEN i % 8 = 0 THEN CASE WHEN sex = 'NAM' THEN $4::date ELSE $5::date END
                   ELSE $1::date - interval '30 years' - ((h % 9000)::int * interval '1 day') END::date,
              sex, (${POSITIONS})[1 + (h % 8)::int], CASE WHEN h % 3 = 0 THEN 'COMMUNE' ELSE 'PROVINCIAL' END::cadre_level,
              ${attributes('n.h', 'n.i')}, 'seed'
         FROM numbered n JOIN ${GRADES} ON g.k = (n.h / 7 % 3)::int
        CROSS JOIN LATERAL (SELECT 1 + (n.h / 11 % (g.steps - 1))::int AS step) s`,
      [...params, birthRetiringSoon(asOf, 'NAM', rules.retirement), birthRetiringSoon(asOf, 'NU', rules.retirement)],
    );
    // a reprimand of a non-member cadre, decided while the step runs: it delays the raise
    await client.query(
      `INSERT INTO cadre_discipline (cadre_id, measure, decided_on, decision_no, actor)
       SELECT id, 'KHIEN_TRACH', step_since + 100, 'QĐ-KL-CB/' || (abs(hashtext(id::text || $1)) % 100000)::text, 'seed'
         FROM cadre WHERE member_id IS NULL AND abs(hashtext(id::text || $1 || 'kl')) % 5 = 0 AND step_since + 100 <= $2::date`,
      [String(ctx.seed), asOf],
    );
    // evaluations of the two years before asOf's; for the last one about one cadre in 10 is not yet evaluated
    await client.query(
      `INSERT INTO cadre_evaluation (cadre_id, year, result, evaluated_on, evaluated_by, actor)
       SELECT c.id, y, (ARRAY['HOAN_THANH_XUAT_SAC_NHIEM_VU', 'HOAN_THANH_TOT_NHIEM_VU', 'HOAN_THANH_TOT_NHIEM_VU', 'HOAN_THANH_NHIEM_VU',
                              'HOAN_THANH_NHIEM_VU', 'KHONG_HOAN_THANH_NHIEM_VU'])[1 + (abs(hashtext(c.id::text || $1 || y::text)) % 6)::int]::evaluation_result,
              make_date(y, 12, 20), 'Ban Thường vụ Tỉnh ủy', 'seed'
         FROM cadre c CROSS JOIN generate_series(extract(year FROM $2::date)::int - 2, extract(year FROM $2::date)::int - 1) AS y
        WHERE y < extract(year FROM $2::date)::int - 1 OR (c.last_checkup IS NOT NULL AND abs(hashtext(c.id::text || $1 || 'eval')) % 10 <> 0)`,
      [String(ctx.seed), asOf],
    );
    // the day each cadre entered the grade: a step 1 began with the grade; a later step, the steps' months before
    // it (36 a step, a year's spread). Then every third chuyên viên (01.003, by the rank of a hash) evaluated for
    // the year before asOf's entered the grade 9 to 10 years before asOf and was evaluated well: eligible for
    // chuyên viên chính unless a measure is in force (every scale has chuyên viên: one cadre in 8 is made one)
    await client.query(
      `UPDATE cadre SET grade_since = CASE WHEN step = 1 THEN step_since
         ELSE (step_since - ((step - 1) * 36 + abs(hashtext(id::text || $1 || 'grade')) % 12) * interval '1 month')::date END`,
      [String(ctx.seed)],
    );
    await client.query(
      `WITH ranked AS (
         SELECT c.id, row_number() OVER (ORDER BY abs(hashtext(c.id::text || $1 || 'grade')), c.id) AS rn
           FROM cadre c JOIN cadre_evaluation e ON e.cadre_id = c.id AND e.year = extract(year FROM $2::date)::int - 1
          WHERE c.grade_code = '01.003'
       ), chosen AS (
         UPDATE cadre c SET grade_since = least(c.step_since, ($2::date - interval '9 years' - (abs(hashtext(c.id::text || $1)) % 365) * interval '1 day')::date)
           FROM ranked r WHERE r.id = c.id AND r.rn % 3 = 1 RETURNING c.id
       )
       UPDATE cadre_evaluation e SET result = 'HOAN_THANH_TOT_NHIEM_VU' FROM chosen
        WHERE e.cadre_id = chosen.id AND e.year = extract(year FROM $2::date)::int - 1 AND e.result IN ('HOAN_THANH_NHIEM_VU', 'KHONG_HOAN_THANH_NHIEM_VU')`,
      [String(ctx.seed), asOf],
    );
  },
};
