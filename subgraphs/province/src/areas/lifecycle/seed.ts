// Demo data of processes 9 and 10 (exemption, exits), consistent with the foundation's members: every member the
// foundation made leave (state DECEASED, REMOVED, EXPELLED or RESIGNED with left_on) gets its exit record, and
// every member it made EXEMPT gets the open exemption behind that state. A few closed exemptions (members active
// again, and members who died while exempt) give "exempt on d" a history. Choices are hashes of ids and the seed.
import type { AreaSeeder } from '../../core/area.ts';

/** Share (per mille) of official members aged 60+ who were exempt for a while in the past and are active again. */
const PAST_EXEMPTION_PER_MILLE = 20;
/** Share (percent) of members who died at 80+ who had been exempt before. */
const DIED_EXEMPT_PCT = 40;

export const lifecycleSeeder: AreaSeeder = {
  name: 'exemption and exits',
  async run(client, ctx) {
    const params = [ctx.asOf, String(ctx.seed)];
    // h(purpose): a member's deterministic 0..999 for a purpose.
    const h = (purpose: string) => `(abs(hashtext(m.id::text || $2 || '${purpose}')) % 1000)`;
    await client.query(
      `INSERT INTO member_exit (member_id, type, exited_on, decision_no)
       SELECT m.id, m.state::text::exit_type, m.left_on,
              CASE m.state WHEN 'DECEASED' THEN 'TB ' ELSE 'QĐ ' END || (100 + ${h('exit-no')}) || '-' ||
              CASE m.state WHEN 'DECEASED' THEN 'TB/CB' WHEN 'EXPELLED' THEN 'QĐ/UBKT' ELSE 'QĐ/ĐU' END
         FROM member m
        WHERE m.left_on <= $1::date AND m.state IN ('DECEASED', 'REMOVED', 'EXPELLED', 'RESIGNED')
          AND NOT EXISTS (SELECT 1 FROM member_exit x WHERE x.member_id = m.id)`,
      params,
    );
    // The open exemptions behind state EXEMPT: granted up to ~7 years ago, after the member joined and became official.
    await client.query(
      `INSERT INTO member_exemption (member_id, reason, starts_on, resolution_no)
       SELECT m.id,
              CASE WHEN date_part('year', age($1::date, m.birth_date)) >= 75 OR ${h('exempt-reason')} < 400
                   THEN 'OLD_AGE' ELSE 'POOR_HEALTH' END::exemption_reason,
              greatest(m.joined_on, m.official_date, $1::date - (30 + ${h('exempt-start')} * 5 / 2)),
              'NQ ' || (10 + ${h('exempt-no')} % 90) || '-NQ/CB'
         FROM member m
        WHERE m.state = 'EXEMPT' AND m.left_on IS NULL AND m.official_date IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM member_exemption e WHERE e.member_id = m.id AND e.ends_on IS NULL)`,
      params,
    );
    // Past exemptions, closed: members active again today, and members who died while exempt (ended by the exit).
    await client.query(
      `WITH chosen AS (
         SELECT m.id, greatest(m.joined_on, m.official_date, $1::date - (500 + ${h('past-start')})) AS starts_on,
                180 + ${h('past-length')} / 4 AS days
           FROM member m
          WHERE m.state = 'ACTIVE' AND m.left_on IS NULL AND m.official_date IS NOT NULL
            AND date_part('year', age($1::date, m.birth_date)) >= 60 AND ${h('past-exempt')} < ${PAST_EXEMPTION_PER_MILLE}
       )
       INSERT INTO member_exemption (member_id, reason, starts_on, resolution_no, ends_on, end_resolution_no)
       SELECT id, 'POOR_HEALTH', starts_on, 'NQ 07-NQ/CB', starts_on + days, 'NQ 15-NQ/CB'
         FROM chosen WHERE starts_on + days < $1::date`,
      params,
    );
    await client.query(
      `INSERT INTO member_exemption (member_id, reason, starts_on, resolution_no, ends_on, end_resolution_no)
       SELECT m.id, 'OLD_AGE', greatest(m.joined_on, m.official_date, m.left_on - (200 + ${h('died-exempt-start')})),
              'NQ 03-NQ/CB', m.left_on, x.decision_no
         FROM member m JOIN member_exit x ON x.member_id = m.id
        WHERE m.state = 'DECEASED' AND m.official_date IS NOT NULL AND m.official_date <= m.left_on AND m.left_on <= $1::date
          AND date_part('year', age(m.left_on, m.birth_date)) >= 80 AND ${h('died-exempt')} < ${DIED_EXEMPT_PCT * 10}`,
      params,
    );
  },
};
