// Demo data of process 1: the candidacies behind the last two years' admissions, the cell resolutions behind the
// last two years' recognitions, and pending candidates in about a quarter of the cells, so the admission report and
// the candidate pipeline have content. The foundation's members already include recent admissions and a few late
// recognitions (overdue probationers). Runs after the lifecycle seeder: introducers are members active today.
//
// The member rows are not touched: the foundation writes them all-visible (COPY FREEZE) so the report's index is
// read without heap fetches, and an UPDATE here would undo that. So the record fields of migration 010 stay NULL on
// seeded members, as on records that predate them; candidates and members admitted through the API have them.
import type { AreaSeeder } from '../../core/area.ts';

/** Share (percent) of active cells with one pending candidate. */
const CELLS_WITH_CANDIDATE_PCT = 25;

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'];
const GIVEN = ['An', 'Bình', 'Châu', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Khánh', 'Lan', 'Linh', 'Minh', 'Nam', 'Ngọc', 'Phương', 'Quân', 'Sơn', 'Thảo', 'Trang', 'Tuấn', 'Yến'];
const OCCUPATIONS = ['Công chức', 'Viên chức', 'Giáo viên', 'Công nhân', 'Nông dân', 'Kinh doanh', 'Bác sĩ', 'Kỹ sư', 'Quân nhân', 'Hưu trí', 'Sinh viên'];

const sqlArray = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(', ')}]`;

export const admissionSeeder: AreaSeeder = {
  name: 'admissions and record fields',
  async run(client, ctx) {
    const h = (purpose: string, id = 'm.id') => `(abs(hashtext(${id}::text || $1 || '${purpose}')) % 1000)`;
    const pick = (values: readonly string[], purpose: string, id = 'm.id') => `(${sqlArray(values)})[1 + ${h(purpose, id)} % ${values.length}]`;
    // The cell resolutions behind recognitions of the last two years.
    await client.query(
      `INSERT INTO official_recognition (member_id, resolution_no, resolution_date, recorded_at, actor)
       SELECT m.id, (1 + ${h('nq')} % 90) || '-NQ/CB', m.official_date, m.official_date::timestamptz, 'seed'
         FROM member m WHERE m.official_date > $2::date - interval '24 months'`,
      [String(ctx.seed), ctx.asOf],
    );
    // Two introducers from the member's cell: official and active, official before the registration.
    const introducers = (cell: string, on: string, purpose: string) => `ARRAY(
         SELECT i.id FROM member i
          WHERE i.cell_id = ${cell} AND i.left_on IS NULL AND i.state = 'ACTIVE' AND i.official_date <= ${on}
          ORDER BY abs(hashtext(i.id::text || $1 || '${purpose}')) LIMIT 2)`;
    // The candidacies behind the admissions of the last two years (admitted here, not transferred in).
    await client.query(
      `WITH admitted AS (
         SELECT m.*, m.admission_decision_date - (60 + ${h('reg')} % 120) AS registered_on
           FROM member m
          WHERE m.joined_on = m.admission_decision_date AND m.admission_decision_date > $2::date - interval '24 months'
       ), chosen AS (
         SELECT a.*, ${introducers('a.cell_id', 'a.registered_on', 'intro')} AS intro FROM admitted a
       )
       INSERT INTO candidate (id, citizen_id, full_name, sex, birth_date, ethnicity_code, religion_code, education_general,
         political_theory, occupation, cell_id, introducer_ids, awareness_certificate_on, registered_on, state, member_id,
         decision_no, decision_date)
       SELECT md5(c.id::text || 'candidate')::uuid, c.citizen_id, c.full_name, c.sex, c.birth_date, c.ethnicity_code,
              c.religion_code, '12/12', 'SO_CAP', ${pick(OCCUPATIONS, 'job', 'c.id')}, c.cell_id, c.intro,
              c.registered_on - 30, c.registered_on, 'ADMITTED', c.id, (1 + ${h('adm-no', 'c.id')} % 400) || '-QĐ/ĐU', c.admission_decision_date
         FROM chosen c WHERE cardinality(c.intro) = 2`,
      [String(ctx.seed), ctx.asOf],
    );
    // Pending candidates: young people proposed by about a quarter of the active cells in the last ten months.
    await client.query(
      `WITH cell AS (
         SELECT o.id, $2::date - ${h('reg', 'o.id')} % 300 AS registered_on,
                ${h('sex', 'o.id')} < 420 AS female, 18 + ${h('age', 'o.id')} % 17 AS age
           FROM party_org o
          WHERE o.active AND o.level IN ('CHI_BO', 'CHI_BO_CO_SO') AND ${h('has-candidate', 'o.id')} < ${CELLS_WITH_CANDIDATE_PCT * 10}
       ), drafted AS (
         SELECT c.*, (c.registered_on - make_interval(years => c.age))::date - ${h('dob', 'c.id')} % 360 AS birth_date,
                ${introducers('c.id', 'c.registered_on', 'pending-intro')} AS intro
           FROM cell c
       ), numbered AS (
         SELECT d.*, '0' || $3 || CASE WHEN extract(year FROM d.birth_date) >= 2000 THEN (CASE WHEN d.female THEN '3' ELSE '2' END)
                                       ELSE (CASE WHEN d.female THEN '1' ELSE '0' END) END
                || to_char(d.birth_date, 'YY') || lpad((abs(hashtext(d.id::text || $1 || 'cccd')) % 1000000)::text, 6, '0') AS citizen_id
           FROM drafted d WHERE cardinality(d.intro) = 2
       )
       INSERT INTO candidate (id, citizen_id, full_name, sex, birth_date, ethnicity_code, cell_id, introducer_ids,
         awareness_certificate_on, registered_on, education_general, occupation)
       SELECT DISTINCT ON (n.citizen_id) md5(n.id::text || $1 || 'pending')::uuid, n.citizen_id,
              ${pick(FAMILY, 'family', 'n.id')} || CASE WHEN n.female THEN ' Thị ' ELSE ' Văn ' END || ${pick(GIVEN, 'given', 'n.id')},
              (CASE WHEN n.female THEN 'NU' ELSE 'NAM' END)::sex, n.birth_date,
              (SELECT i.ethnicity_code FROM member i WHERE i.id = n.intro[1]), n.id, n.intro,
              CASE WHEN ${h('nhan-thuc', 'n.id')} < 700 THEN n.registered_on - 20 END, n.registered_on, '12/12',
              CASE WHEN n.age < 23 THEN 'Sinh viên' ELSE ${pick(OCCUPATIONS, 'cand-job', 'n.id')} END
         FROM numbered n
        WHERE NOT EXISTS (SELECT 1 FROM member m WHERE m.citizen_id = n.citizen_id)
        ORDER BY n.citizen_id`,
      [String(ctx.seed), ctx.asOf, ctx.code],
    );
  },
};
