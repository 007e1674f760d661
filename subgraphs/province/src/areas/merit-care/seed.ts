// Demo data of care for people with merit: about one member in 8 counted here is linked to a person on the
// register (themselves a thương binh or bệnh binh, or a parent, spouse or child: thân nhân liệt sĩ, Bà mẹ Việt Nam
// anh hùng …), and every commune-level committee cares for one cadre's relative named by text; each registered
// from up to ten years before asOf. For each occasion of the three years up to asOf whose due window has opened,
// about four in five of the people registered by then were visited or given a gift in the 20 days up to the day
// (never after asOf): so some periods have people done, due and overdue at every scale. Deterministic: choices
// from hashes of ids and the seed. (The seed runs with the area tables' keys dropped: no ON CONFLICT; each
// statement writes at most one row per member, commune or person and occasion.)
import type { AreaSeeder } from '../../core/area.ts';
import { occasionOf, OCCASION_KINDS, type Occasion } from './rules.ts';

const CATEGORY_OF_RELATION = `CASE h % 8
  WHEN 0 THEN 'THUONG_BINH' WHEN 1 THEN 'BENH_BINH' WHEN 2 THEN 'NHIEM_CHAT_DOC_HOA_HOC' WHEN 3 THEN 'THAN_NHAN_LIET_SI'
  WHEN 4 THEN 'THAN_NHAN_LIET_SI' WHEN 5 THEN 'BA_ME_VN_ANH_HUNG' WHEN 6 THEN 'HOAT_DONG_KHANG_CHIEN' ELSE 'THUONG_BINH' END::merit_category`;
const RELATION = `CASE h % 8 WHEN 0 THEN 'SELF' WHEN 1 THEN 'SELF' WHEN 2 THEN 'CHA' WHEN 3 THEN 'CON' WHEN 4 THEN 'VO_CHONG'
  WHEN 5 THEN 'ME' WHEN 6 THEN 'CHA' ELSE 'ME' END::merit_relation`;

export const meritCareSeeder: AreaSeeder = {
  name: 'care for people with merit',
  async run(client, ctx) {
    await client.query(
      `WITH live AS (
         SELECT m.id, m.cell_id, m.full_name, m.sex, m.birth_date, m.joined_on, abs(hashtext(m.id::text || $2 || 'merit')) AS h
           FROM member m WHERE m.left_on IS NULL
       )
       INSERT INTO merit_person (full_name, birth_year, sex, category, member_id, relation, org_id, registered_on, actor)
       SELECT CASE WHEN h % 8 < 2 THEN full_name
                   WHEN h % 8 IN (5, 7) OR (h % 8 IN (3, 4) AND sex = 'NAM') THEN split_part(full_name, ' ', 1) || ' Thị ' || (ARRAY['Hoa', 'Lan', 'Mai', 'Hạnh'])[1 + h / 8 % 4]
                   ELSE split_part(full_name, ' ', 1) || ' Văn ' || (ARRAY['Thành', 'Minh', 'Hùng', 'Quang'])[1 + h / 8 % 4] END,
              CASE WHEN h % 8 < 2 THEN extract(year FROM birth_date)::int WHEN h % 8 = 3 THEN NULL
                   ELSE extract(year FROM birth_date)::int - 25 - (h / 8 % 10)::int END,
              CASE WHEN h % 8 < 2 THEN sex::text WHEN h % 8 IN (5, 7) THEN 'NU' WHEN h % 8 IN (2, 6) THEN 'NAM'
                   ELSE CASE WHEN sex = 'NAM' THEN 'NU' ELSE 'NAM' END END::sex,
              ${CATEGORY_OF_RELATION}, id, ${RELATION}, cell_id,
              greatest(joined_on, $1::date - (h / 64 % 3650)::int), 'seed'
         FROM live WHERE h / 8 % 8 = 0 AND joined_on <= $1::date`,
      [ctx.asOf, String(ctx.seed)],
    );
    await client.query(
      `INSERT INTO merit_person (full_name, birth_year, sex, category, cadre_name, relation, org_id, registered_on, actor)
       SELECT 'Lê Thị ' || (ARRAY['Hoa', 'Lan', 'Mai', 'Hạnh'])[1 + abs(hashtext(o.id::text || $2)) % 4], 1930 + abs(hashtext(o.id::text || $2)) % 20, 'NU',
              CASE WHEN abs(hashtext(o.id::text || $2)) % 2 = 0 THEN 'BA_ME_VN_ANH_HUNG' ELSE 'THAN_NHAN_LIET_SI' END::merit_category,
              'Cán bộ ' || o.name || ' (dữ liệu mẫu)', 'ME', o.id, $1::date - abs(hashtext(o.id::text || $2 || 'reg')) % 2000, 'seed'
         FROM party_org o WHERE o.level = 'XA'`,
      [ctx.asOf, String(ctx.seed)],
    );
    const year = Number(ctx.asOf.slice(0, 4));
    const occasions = [year - 2, year - 1, year]
      .flatMap((y) => OCCASION_KINDS.map((kind) => occasionOf(ctx.rules.meritCare, kind, y)))
      .filter((o): o is Occasion => o !== null && o.dueFrom <= ctx.asOf);
    await client.query(
      `WITH occasion AS (SELECT * FROM unnest($3::merit_occasion_kind[], $4::int[], $5::date[]) AS o (kind, year, day)),
       chosen AS (
         SELECT p.id, o.kind, o.year, least(o.day - (h % 20)::int, $1::date) AS given_on, h
           FROM merit_person p CROSS JOIN occasion o
           CROSS JOIN LATERAL (SELECT abs(hashtext(p.id::text || $2 || o.kind::text || o.year::text)) AS h) x
          WHERE h / 20 % 5 <> 0
       )
       INSERT INTO merit_care (person_id, kind, occasion_kind, occasion_year, given_on, value_vnd, given_by, actor)
       SELECT c.id, CASE WHEN c.h / 100 % 4 = 0 THEN 'VISIT' ELSE 'GIFT' END::merit_care_kind, c.kind, c.year, c.given_on,
              CASE WHEN c.h / 100 % 4 = 0 THEN 0 ELSE 300000 + (c.h / 400 % 8) * 100000 END,
              coalesce(parent.name, org.name), 'seed'
         FROM chosen c JOIN merit_person p ON p.id = c.id JOIN party_org org ON org.id = p.org_id
         LEFT JOIN party_org parent ON parent.id = org.parent_id AND org.level <> 'XA'
        WHERE p.registered_on <= c.given_on`,
      [ctx.asOf, String(ctx.seed), occasions.map((o) => o.kind), occasions.map((o) => o.year), occasions.map((o) => o.date)],
    );
  },
};
