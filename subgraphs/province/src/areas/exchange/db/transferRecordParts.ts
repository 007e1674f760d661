// What travels with a transferred member besides the member row (transferRecord.ts): interruptions of party
// life (they shorten party age, hence badges), badges awarded, and party cards with their reissue chain
// (migrations 015, 016). The other areas register their own parts (Area.recordParts). Each part is exported as the rows without their local ids and imported once: a member
// who comes back keeps the rows this province already holds.
import type { RecordPart } from '../../../core/recordParts.ts';
import type { Sql } from '../../../core/sql.ts';

interface CardJson {
  id: number;
  replaces_id: number | null;
  number: string;
  [column: string]: unknown;
}

const interruptions: RecordPart = {
  name: 'interruptions',
  export: async (tx, memberId) =>
    (await tx.rows<{ r: unknown }>(
      `SELECT to_jsonb(i) - 'id' - 'member_id' AS r FROM member_interruption i WHERE member_id = $1::uuid ORDER BY from_on, id`,
      [memberId],
    )).map((x) => x.r),
  async import(tx, memberId, data) {
    await tx.rows(
      `INSERT INTO member_interruption (member_id, kind, from_on, to_on, decision_no)
       SELECT $1::uuid, r.kind, r.from_on, r.to_on, r.decision_no FROM jsonb_populate_recordset(NULL::member_interruption, $2::jsonb) r
        WHERE NOT EXISTS (SELECT 1 FROM member_interruption i WHERE i.member_id = $1::uuid AND i.kind = r.kind AND i.from_on = r.from_on)`,
      [memberId, JSON.stringify(data)],
    );
  },
};

const badges: RecordPart = {
  name: 'badges',
  export: async (tx, memberId) =>
    (await tx.rows<{ r: unknown }>(
      `SELECT to_jsonb(b) - 'id' - 'member_id' AS r FROM badge_award b WHERE member_id = $1::uuid ORDER BY milestone`,
      [memberId],
    )).map((x) => x.r),
  async import(tx, memberId, data) {
    await tx.rows(
      `INSERT INTO badge_award (member_id, milestone, ceremony, year, eligible_on, decision_no, posthumous, early_reason)
       SELECT $1::uuid, r.milestone, r.ceremony, r.year, r.eligible_on, r.decision_no, r.posthumous, r.early_reason
         FROM jsonb_populate_recordset(NULL::badge_award, $2::jsonb) r
       ON CONFLICT (member_id, milestone) DO NOTHING`,
      [memberId, JSON.stringify(data)],
    );
  },
};

/** Cards keep their source ids in the record only to rebuild the reissue chain with this province's ids. */
const cards: RecordPart = {
  name: 'cards',
  export: async (tx, memberId) =>
    (await tx.rows<{ r: unknown }>(
      `SELECT to_jsonb(c) - 'member_id' AS r FROM party_card c WHERE member_id = $1::uuid ORDER BY issued_on, id`,
      [memberId],
    )).map((x) => x.r),
  async import(tx: Sql, memberId: string, data: unknown) {
    const newIds = new Map<number, number>();
    for (const card of data as CardJson[]) {
      const existing = await tx.rows<{ id: number }>('SELECT id FROM party_card WHERE number = $1', [card.number]);
      if (existing.length) {
        newIds.set(card.id, existing[0].id);
        continue;
      }
      const [row] = await tx.rows<{ id: number }>(
        `INSERT INTO party_card (member_id, number, issued_on, decision_no, status, ended_on, replaces_id, reissue_reason)
         SELECT $1::uuid, r.number, r.issued_on, r.decision_no, r.status, r.ended_on, $3::bigint, r.reissue_reason
           FROM jsonb_populate_record(NULL::party_card, $2::jsonb) r RETURNING id`,
        [memberId, JSON.stringify({ ...card, id: null, replaces_id: null }), card.replaces_id === null ? null : newIds.get(card.replaces_id) ?? null],
      );
      newIds.set(card.id, row.id);
    }
  },
};

export const MEMBER_HISTORY_PARTS: readonly RecordPart[] = [interruptions, badges, cards];
