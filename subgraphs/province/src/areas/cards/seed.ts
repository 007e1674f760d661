// Demo data of process 3, party cards: a first card a few weeks after most members became official, the 2025
// nationwide reissue (CT 51-CT/TW, due before 2/9/2025) for most of the cards then valid, a few lost cards (half of
// them reissued), and the card of every member who left kept by the family (death) or recovered. Some official
// members are left without a card, so the report's backlog has content. Runs after the lifecycle seeder.
import type { AreaSeeder } from '../../core/area.ts';

/** Share (percent) of official members still waiting for their first card. */
const WITHOUT_CARD_PCT = 4;
/** Share (percent) of cards valid on 1 August 2025 exchanged in the nationwide reissue. */
const NATIONWIDE_REISSUE_PCT = 70;
/** Share (per mille) of valid cards reported lost in the last year; half of them reissued since. */
const LOST_PER_MILLE = 15;

export const cardsSeeder: AreaSeeder = {
  name: 'party cards',
  async run(client, ctx) {
    // Each statement gets exactly the parameters it uses (PostgreSQL cannot type an unused one).
    const params = [ctx.asOf, String(ctx.seed), ctx.code];
    const asOfSeed = [ctx.asOf, String(ctx.seed)];
    const h = (purpose: string, id = 'm.id') => `(abs(hashtext(${id}::text || $2 || '${purpose}')) % 1000)`;
    // First cards, numbered in member-id order: members here now, or who left by an exit (a member who moved away
    // took their card along and is another province's to seed). A card exchanged in the 2025 nationwide reissue is
    // written already ended (REISSUED on the new card's issue date, 8 to 31 August 2025): one pass, no UPDATE.
    const reissueOn = `(DATE '2025-08-08' + ${h('reissue-day')} % 24)`;
    await client.query(
      `WITH chosen AS (
         SELECT m.id, m.official_date + 20 + ${h('card-delay')} % 70 AS issued_on, m.left_on,
                ${reissueOn} AS reissue_on, ${h('reissue')} < ${NATIONWIDE_REISSUE_PCT * 10} AS exchanged
           FROM member m
          WHERE m.official_date IS NOT NULL AND (m.left_on IS NULL OR m.state <> 'ACTIVE' AND m.state <> 'IN_TRANSIT')
            AND ${h('no-card')} >= ${WITHOUT_CARD_PCT * 10}
       ), first_card AS (
         SELECT id, issued_on,
                CASE WHEN exchanged AND issued_on < DATE '2025-08-01' AND reissue_on <= $1::date
                      AND (left_on IS NULL OR left_on > reissue_on) THEN reissue_on END AS ended_on
           FROM chosen WHERE issued_on <= $1::date AND (left_on IS NULL OR issued_on < left_on)
       )
       INSERT INTO party_card (member_id, number, issued_on, decision_no, status, ended_on)
       SELECT id, $3 || lpad((row_number() OVER (ORDER BY id))::text, 8, '0'), issued_on,
              (100 + ${h('card-decision', 'id')}) || '-QĐ/TU',
              CASE WHEN ended_on IS NULL THEN 'ACTIVE' ELSE 'REISSUED' END::card_status, ended_on
         FROM first_card`,
      params,
    );
    await client.query(
      `INSERT INTO party_card (member_id, number, issued_on, decision_no, replaces_id, reissue_reason)
       SELECT c.member_id, 'DV' || $3 || lpad((row_number() OVER (ORDER BY c.member_id))::text, 8, '0'), c.ended_on,
              (100 + ${h('reissue-decision', 'c.member_id')}) || '-QĐ/TU', c.id, 'NATIONWIDE_REISSUE'
         FROM party_card c WHERE c.status = 'REISSUED' AND c.ended_on <= $1::date`,
      params,
    );
    // Lost in the last year; half reissued 10 to 60 days later when that is not after asOf.
    await client.query(
      `UPDATE party_card c SET status = 'LOST', ended_on = greatest(c.issued_on, $1::date - 10 - ${h('lost-day', 'c.member_id')} * 355 / 1000)
         FROM member m
        WHERE m.id = c.member_id AND c.status = 'ACTIVE' AND m.left_on IS NULL
          AND ${h('lost', 'c.member_id')} < ${LOST_PER_MILLE}`,
      asOfSeed,
    );
    await client.query(
      `INSERT INTO party_card (member_id, number, issued_on, decision_no, replaces_id, reissue_reason)
       SELECT c.member_id, 'CL' || $3 || lpad((row_number() OVER (ORDER BY c.member_id))::text, 8, '0'),
              c.ended_on + 10 + ${h('lost-reissue-day', 'c.member_id')} % 50,
              (100 + ${h('lost-decision', 'c.member_id')}) || '-QĐ/TU', c.id, 'LOST'
         FROM party_card c
        WHERE c.status = 'LOST' AND ${h('lost-reissued', 'c.member_id')} < 500
          AND c.ended_on + 10 + ${h('lost-reissue-day', 'c.member_id')} % 50 <= $1::date`,
      params,
    );
    // Exits: kept by the family on death, recovered otherwise (as recordExit does).
    await client.query(
      `UPDATE party_card c SET status = CASE WHEN m.state = 'DECEASED' THEN 'KEPT_BY_FAMILY' ELSE 'RECOVERED' END::card_status,
              ended_on = m.left_on
         FROM member m
        WHERE m.id = c.member_id AND c.status = 'ACTIVE' AND m.left_on IS NOT NULL
          AND m.state IN ('DECEASED', 'REMOVED', 'EXPELLED', 'RESIGNED')`,
    );
  },
};
