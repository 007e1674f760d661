// Demo data of process 4, Party badges: a few members with a period out of the Party (which moves their badge
// dates), and the awards of past ceremonies: almost every member due at a ceremony up to asOf received that badge
// then; a few were missed (the backlog). The next ceremonies after asOf have no awards yet, so badgesDue has
// content. The due ceremony is computed in SQL with the rule of db.ts: the first of 3/2, 19/5, 2/9, 7/11 on
// or after admission + N years (29 February + N = 28 February) + days out.
import { MILESTONES } from './rules.ts';
import type { AreaSeeder } from '../../core/area.ts';

/** Share (per mille) of members admitted 15+ years ago with one interruption. */
const INTERRUPTED_PER_MILLE = 15;
/** Share (percent) of past due awards that were made at the due ceremony. */
const AWARDED_PCT = 97;

export const badgesSeeder: AreaSeeder = {
  name: 'party badges',
  async run(client, ctx) {
    const params = [ctx.asOf, String(ctx.seed)];
    const h = (purpose: string, id = 'm.id') => `(abs(hashtext(${id}::text || $2 || '${purpose}')) % 1000)`;
    await client.query(
      `WITH chosen AS (
         SELECT m.id, ${h('gap-kind')} AS k,
                m.admission_decision_date + make_interval(years => 2 + ${h('gap-start')} % 10) AS from_ts,
                60 + ${h('gap-length')} * 7 / 10 AS days
           FROM member m
          WHERE m.admission_decision_date <= $1::date - interval '15 years' AND ${h('gap')} < ${INTERRUPTED_PER_MILLE}
       )
       INSERT INTO member_interruption (member_id, kind, from_on, to_on, decision_no)
       SELECT id, CASE WHEN k < 500 THEN 'LOST_CONTACT' WHEN k < 850 THEN 'TRANSFER_GAP' WHEN k < 950 THEN 'REMOVED' ELSE 'EXPELLED' END::interruption_kind,
              from_ts::date, from_ts::date + days,
              CASE WHEN k >= 850 THEN (100 + k) || '-QĐ/ĐU' END
         FROM chosen WHERE from_ts::date + days < $1::date`,
      params,
    );
    await client.query(
      `WITH gap AS (SELECT member_id, sum(to_on - from_on)::int AS days FROM member_interruption GROUP BY member_id),
       eligible AS (
         SELECT m.id, ms.n, m.joined_on, m.left_on,
                (m.admission_decision_date + make_interval(years => ms.n))::date + coalesce(g.days, 0) AS eligible_on
           FROM member m CROSS JOIN unnest($3::int[]) AS ms(n) LEFT JOIN gap g ON g.member_id = m.id
          WHERE m.admission_decision_date + make_interval(years => ms.n) <= $1::date
       ), due AS (
         SELECT e.*, c.d AS ceremony_date
           FROM eligible e CROSS JOIN LATERAL (
             SELECT min(make_date(y, v.mo, v.dd)) AS d
               FROM generate_series(date_part('year', e.eligible_on)::int, date_part('year', e.eligible_on)::int + 1) AS y,
                    (VALUES (2, 3), (5, 19), (9, 2), (11, 7)) AS v(mo, dd)
              WHERE make_date(y, v.mo, v.dd) >= e.eligible_on) c
       )
       INSERT INTO badge_award (member_id, milestone, ceremony, year, eligible_on, decision_no)
       SELECT id, n,
              CASE date_part('month', ceremony_date) WHEN 2 THEN 'FEB3' WHEN 5 THEN 'MAY19' WHEN 9 THEN 'SEP2' ELSE 'NOV7' END::ceremony,
              date_part('year', ceremony_date)::int, eligible_on,
              (100 + abs(hashtext(id::text || $2 || 'badge-decision' || n)) % 900) || '-QĐ/TU'
         FROM due
        WHERE ceremony_date <= $1::date AND joined_on <= ceremony_date AND (left_on IS NULL OR left_on > ceremony_date)
          AND abs(hashtext(id::text || $2 || 'badge' || n)) % 100 < ${AWARDED_PCT}`,
      [...params, [...MILESTONES]],
    );
  },
};
