// Demo data of process 5, the electronic handbook. The foundation seeds a year of held meetings up to asOf (with
// short meetings, late documents and often-excused members, so the flags have content); this adds what the
// handbook plans ahead: the regular meeting still due this month for cells that have not met yet, next month's
// regular meeting for ~95% of active cells (documents already posted for about a third), and ~3% of next
// month's cancelled. Ids come from md5 of the cell, the seed and a label, and a row is added only when its id is
// absent, so a second run adds nothing.
import type { AreaSeeder } from '../../core/area.ts';

const TZ = `'Asia/Ho_Chi_Minh'`;

export const handbookSeeder: AreaSeeder = {
  name: 'handbook schedules',
  async run(client, ctx) {
    const seed = String(ctx.seed);
    // This month: cells with no regular or combined meeting yet, on a day after asOf (none when asOf is the last day).
    await client.query(
      `WITH cell AS (
         SELECT o.id, abs(hashtext(o.id::text || $2 || 'handbook-now')::bigint) AS h FROM party_org o
          WHERE o.active AND o.level IN ('CHI_BO', 'CHI_BO_CO_SO')
            AND NOT EXISTS (SELECT 1 FROM meeting m WHERE m.cell_id = o.id AND m.type IN ('REGULAR', 'COMBINED')
                              AND m.started_at >= date_trunc('month', $1::date) AND m.started_at < $1::date + 1)
       ), days AS (
         SELECT (date_trunc('month', $1::date) + interval '1 month' - interval '1 day')::date - $1::date AS left_days
       ), planned AS (
         SELECT md5(c.id::text || $2 || 'handbook-now')::uuid AS id, c.id AS cell_id,
                (($1::date + 1 + (c.h % d.left_days)::int) + time '19:30') AT TIME ZONE ${TZ} AS at
           FROM cell c, days d WHERE d.left_days > 0
       )
       INSERT INTO meeting (id, cell_id, type, topic, status, scheduled_at)
       SELECT p.id, p.cell_id, 'REGULAR', 'Sinh hoạt chi bộ thường kỳ tháng ' || to_char($1::date, 'MM/YYYY'), 'SCHEDULED', p.at
         FROM planned p WHERE NOT EXISTS (SELECT 1 FROM meeting m WHERE m.id = p.id)`,
      [ctx.asOf, seed],
    );
    // Next month: the regular meeting (combined with the thematic one at a quarter's end), some cancelled.
    await client.query(
      `WITH next AS (SELECT (date_trunc('month', $1::date) + interval '1 month')::date AS first_day),
       cell AS (
         SELECT o.id, abs(hashtext(o.id::text || $2 || 'handbook-next')::bigint) AS h FROM party_org o
          WHERE o.active AND o.level IN ('CHI_BO', 'CHI_BO_CO_SO')
       ), planned AS (
         SELECT md5(c.id::text || $2 || 'handbook-next')::uuid AS id, c.id AS cell_id, c.h,
                CASE WHEN extract(month FROM n.first_day)::int % 3 = 0 THEN 'COMBINED' ELSE 'REGULAR' END::meeting_type AS type,
                ((n.first_day + (c.h % 20)::int) + CASE WHEN c.h % 2 = 0 THEN time '19:30' ELSE time '08:00' END) AT TIME ZONE ${TZ} AS at,
                n.first_day
           FROM cell c, next n WHERE c.h % 100 < 95
       )
       INSERT INTO meeting (id, cell_id, type, topic, status, scheduled_at, docs_published_at, cancel_reason)
       SELECT p.id, p.cell_id, p.type,
              CASE WHEN p.type = 'COMBINED' THEN 'Sinh hoạt thường kỳ kết hợp chuyên đề tháng ' ELSE 'Sinh hoạt chi bộ thường kỳ tháng ' END
                || to_char(p.first_day, 'MM/YYYY'),
              CASE WHEN p.h % 100 < 3 THEN 'CANCELLED' ELSE 'SCHEDULED' END::meeting_status, p.at,
              CASE WHEN p.h % 3 = 0 THEN ($1::date + time '09:00') AT TIME ZONE ${TZ} END,
              CASE WHEN p.h % 100 < 3 THEN 'Trùng lịch hội nghị của Đảng ủy xã; chi bộ sẽ lên lịch lại' END
         FROM planned p WHERE NOT EXISTS (SELECT 1 FROM meeting m WHERE m.id = p.id)`,
      [ctx.asOf, seed],
    );
  },
};
