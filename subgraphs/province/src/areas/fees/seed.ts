// Demo data of process 7, party fees: a basis for almost every member counted in the 12 months up to asOf and
// payments for most months, so that the report's collection rate and the arrears list have real content.
// Deterministic: every choice is a hash of the member id, the seed and a purpose; amounts are the dues the
// report summary computes (equal to the statement's, FEE_MONTH_CTE), so seeded payments match what is due.
import type { AreaSeeder } from '../../core/area.ts';

/** Share (percent) of members who stop paying for the last 4 months: the arrears list. */
const CHRONIC_ARREARS_PCT = 3;
/** Share (per mille) of member-months skipped at random: isolated unpaid months, not arrears. */
const MISSED_MONTH_PER_MILLE = 25;

export const feesSeeder: AreaSeeder = {
  name: 'party fees',
  async run(client, ctx) {
    const asOfMonth = `${ctx.asOf.slice(0, 7)}-01`;
    const seed = String(ctx.seed);
    // h(purpose) is a member's deterministic 0..99 for a purpose.
    await client.query(
      `WITH window_start AS (SELECT ($1::date - interval '11 months')::date AS d),
       m AS (
         SELECT id, greatest((SELECT d FROM window_start), date_trunc('month', joined_on)::date) AS first_month,
                date_part('year', age($1::date, birth_date))::int AS age,
                abs(hashtext(id::text || $2 || 'fee-basis')) % 100 AS h,
                abs(hashtext(id::text || $2 || 'fee-amount')) AS amount_hash
           FROM member
          WHERE joined_on <= ($1::date + interval '1 month - 1 day')::date
            AND (left_on IS NULL OR left_on > ((SELECT d FROM window_start) + interval '1 month - 1 day')::date)
       ), chosen AS (
         SELECT id, first_month, h, amount_hash,
                CASE WHEN h = 99 THEN NULL
                     WHEN age >= 60 AND h < 4 THEN 'EXEMPT'
                     WHEN age >= 60 THEN 'PENSION'
                     WHEN age <= 23 AND h < 60 THEN 'STUDENT'
                     WHEN h < 3 THEN 'EXEMPT'
                     WHEN h < 6 THEN 'OTHER'
                     ELSE 'SOCIAL_INSURANCE' END::fee_basis AS basis,
                CASE WHEN age >= 60 THEN 'SOCIAL_PENSION' ELSE 'HARDSHIP' END::fee_exemption_reason AS reason
           FROM m
       )
       INSERT INTO fee_basis_entry (member_id, effective_month, basis, base_amount_vnd, reduction_pct, reduction_months,
                                    exemption_reason, note, actor)
       SELECT id, first_month, basis,
              CASE basis WHEN 'PENSION' THEN 3000000 + amount_hash % 9000000
                         WHEN 'OTHER' THEN 4000000 + amount_hash % 6000000
                         WHEN 'SOCIAL_INSURANCE' THEN 4960000 + amount_hash % 25000000 END,
              CASE WHEN basis = 'SOCIAL_INSURANCE' AND h BETWEEN 6 AND 7 THEN 50 ELSE 0 END,
              CASE WHEN basis = 'SOCIAL_INSURANCE' AND h BETWEEN 6 AND 7 THEN 6 ELSE 0 END,
              CASE WHEN basis = 'EXEMPT' THEN reason END,
              CASE WHEN basis = 'SOCIAL_INSURANCE' AND h BETWEEN 6 AND 7 THEN 'Giảm 50% do khó khăn tạm thời (dữ liệu mẫu)' END,
              'seed'
         FROM chosen WHERE basis IS NOT NULL`,
      [asOfMonth, seed],
    );
    // A pay rise half-way through the window for one salaried member in ten: a second basis entry.
    await client.query(
      `INSERT INTO fee_basis_entry (member_id, effective_month, basis, base_amount_vnd, note, actor)
       SELECT member_id, ($1::date - interval '5 months')::date, basis, round(base_amount_vnd * 1.1)::bigint, 'Nâng lương (dữ liệu mẫu)', 'seed'
         FROM fee_basis_entry
        WHERE basis = 'SOCIAL_INSURANCE' AND reduction_pct = 0 AND effective_month < ($1::date - interval '5 months')::date
          AND abs(hashtext(member_id::text || $2 || 'fee-raise')) % 10 = 0`,
      [asOfMonth, seed],
    );
    // The dues month by month as the report summary keeps them (fee_summary_segment: each member's due over
    // constant month ranges, migration 050), computed here once and kept for the seed's summary rebuild, which
    // the setting below tells not to compute them again. They are the statement's dues (areas/fees/db.ts
    // FEE_MONTH_CTE; test/reportSummaries.test.ts compares the two), at a fraction of the cost: per member a few
    // ranges instead of twelve member-months with a window over the bases each.
    await client.query('ANALYZE fee_basis_entry');
    await client.query('INSERT INTO fee_summary_segment SELECT * FROM rs_fee_segments(NULL)');
    await client.query(`SELECT set_config('report_summaries.fee_segments_current', 'on', true)`);
    await client.query(
      `INSERT INTO fee_payment (member_id, month, amount_vnd, amount_due_vnd, basis, channel, paid_on, actor)
       SELECT member_id, month,
              -- one payer in ten rounds up to the next thousand đồng (a voluntary extra)
              CASE WHEN pay_hash % 10 = 0 THEN ((due_vnd + 999) / 1000) * 1000 ELSE due_vnd END,
              due_vnd, basis,
              CASE WHEN pay_hash % 100 < 35 THEN 'DVC_PORTAL' ELSE 'CASH' END::fee_channel,
              month + (pay_hash % 28)::int, 'seed'
         -- one hash per member-month (~60 million nationally): uuid_hash_extended on the id's bytes, keyed by the
         -- seed and the month, with no text conversion (hashtext of id::text || ... cost several times more)
         FROM (SELECT s.member_id, mo.month, s.due_vnd, b.basis,
                      (uuid_hash_extended(s.member_id, $1::bigint * 100003 + (mo.month - DATE '2000-01-01')) % 1000000
                       + 1000000) % 1000000 AS pay_hash,
                      (uuid_hash_extended(s.member_id, $1::bigint * 100003 - 1) % 100 + 100) % 100 AS arrears_hash
                 FROM fee_summary_segment s
                 CROSS JOIN LATERAL (SELECT g::date AS month FROM generate_series(greatest(s.from_month, $2::date),
                                       least(coalesce(s.until_month - 1, $3::date), $3::date), interval '1 month') g) mo
                 -- the basis in force that month (the payment records it): the latest entry from then or before
                 JOIN (SELECT e.member_id, e.effective_month, e.basis,
                              lead(e.effective_month) OVER (PARTITION BY e.member_id ORDER BY e.effective_month) AS next_month
                         FROM fee_basis_entry e) b
                   ON b.member_id = s.member_id AND b.effective_month <= mo.month AND (b.next_month IS NULL OR mo.month < b.next_month)
                WHERE s.due_vnd > 0 AND (s.until_month IS NULL OR s.until_month > $2::date)) x
        WHERE NOT (arrears_hash < $4 AND month > $3::date - interval '4 months')
          AND pay_hash % 1000 >= $5
          AND month + (pay_hash % 28)::int <= $6::date`,
      [ctx.seed, addMonthsIso(asOfMonth, -11), asOfMonth, CHRONIC_ARREARS_PCT, MISSED_MONTH_PER_MILLE, ctx.asOf],
    );
  },
};

/** YYYY-MM-01 plus n months. */
function addMonthsIso(firstDay: string, n: number): string {
  const [y, m] = firstDay.split('-').map(Number);
  const t = y * 12 + (m - 1) + n;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}-01`;
}
