// Demo data of rewards and discipline: a giấy khen for about one member in 25 and a bằng khen for one in 200
// within the two years up to asOf; a reprimand or warning for about one in 400; and, for every expulsion the
// lifecycle seeder recorded (member_exit EXPELLED), its KHAI_TRU decision with the same number and day, as the
// one rule makes them in practice. (The seed runs with the area tables' keys dropped: no ON CONFLICT here; each
// statement writes at most one row per member.)
import type { AreaSeeder } from '../../core/area.ts';

export const rewardsDisciplineSeeder: AreaSeeder = {
  name: 'rewards and discipline',
  async run(client, ctx) {
    await client.query(
      `WITH live AS (
         SELECT m.id, m.joined_on, abs(hashtext(m.id::text || $2 || 'reward')) AS h, cell.name AS cell_name, parent.name AS parent_name
           FROM member m JOIN party_org cell ON cell.id = m.cell_id LEFT JOIN party_org parent ON parent.id = cell.parent_id
          WHERE m.left_on IS NULL AND m.joined_on <= $1::date - 730
       )
       INSERT INTO member_reward (member_id, kind, level, title, decision_no, decided_on, issued_by, actor)
       SELECT id, CASE WHEN h % 200 = 0 THEN 'BANG_KHEN' ELSE 'GIAY_KHEN' END::reward_kind,
              CASE WHEN h % 200 = 0 THEN 'TINH' ELSE 'CO_SO' END::decision_level,
              'Đảng viên hoàn thành xuất sắc nhiệm vụ (dữ liệu mẫu)', 'QĐ-KT/' || (h % 100000)::text,
              $1::date - (h % 730)::int, coalesce(parent_name, cell_name), 'seed'
         FROM live WHERE h % 25 = 0 OR h % 200 = 0`,
      [ctx.asOf, String(ctx.seed)],
    );
    await client.query(
      `WITH live AS (
         SELECT m.id, abs(hashtext(m.id::text || $2 || 'discipline')) AS h, cell.name AS cell_name, parent.name AS parent_name
           FROM member m JOIN party_org cell ON cell.id = m.cell_id LEFT JOIN party_org parent ON parent.id = cell.parent_id
          WHERE m.left_on IS NULL AND m.joined_on <= $1::date - 365
       )
       INSERT INTO member_discipline (member_id, measure, level, decision_no, decided_on, decided_by, reason, in_force_until, actor)
       SELECT id, CASE WHEN h % 800 = 0 THEN 'CANH_CAO' ELSE 'KHIEN_TRACH' END::discipline_measure, 'CO_SO',
              'QĐ-KL/' || (h % 100000)::text, $1::date - (h % 365)::int, coalesce(parent_name, cell_name),
              'Vi phạm quy định sinh hoạt đảng (dữ liệu mẫu)', $1::date - (h % 365)::int + 365, 'seed'
         FROM live WHERE h % 400 = 0`,
      [ctx.asOf, String(ctx.seed)],
    );
    await client.query(
      `INSERT INTO member_discipline (member_id, measure, level, decision_no, decided_on, decided_by, reason, actor)
       SELECT x.member_id, 'KHAI_TRU', 'CAP_TREN_CO_SO', x.decision_no, x.exited_on, coalesce(parent.name, cell.name),
              coalesce(x.reason, 'Vi phạm tư cách đảng viên (dữ liệu mẫu)'), 'seed'
         FROM member_exit x JOIN member m ON m.id = x.member_id JOIN party_org cell ON cell.id = m.cell_id
         LEFT JOIN party_org parent ON parent.id = cell.parent_id
        WHERE x.type = 'EXPELLED'`,
    );
  },
};
