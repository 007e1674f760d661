// Process 3, party cards: SQL only. A card is valid on day d when issued_on <= d and (ended_on IS NULL OR
// ended_on > d); at most one card per member is ACTIVE (unique index party_card_one_active_idx).
import { cardById, CARD_COLUMNS } from '../../core/partyCards.ts';
import type { CardReissueReason, MemberRow, PartyCardRow } from '../../core/rows.ts';
import { afterId, keysetPage, scopeCondition, type ScopeArgs, type Sql } from '../../core/sql.ts';

export function cardsOfMembers(sql: Sql, memberIds: readonly string[]): Promise<PartyCardRow[]> {
  return sql.rows(
    `SELECT ${CARD_COLUMNS} FROM party_card c WHERE c.member_id = ANY($1::uuid[]) ORDER BY c.member_id, c.issued_on, c.id`,
    [memberIds],
  );
}

export async function cardByNumber(sql: Sql, number: string): Promise<PartyCardRow | null> {
  return (await sql.rows<PartyCardRow>(`SELECT ${CARD_COLUMNS} FROM party_card c WHERE c.number = $1`, [number]))[0] ?? null;
}

export async function numberTaken(tx: Sql, number: string): Promise<boolean> {
  return (await tx.rows('SELECT 1 FROM party_card WHERE number = $1', [number])).length > 0;
}

export interface NewCard {
  memberId: string;
  number: string;
  issuedOn: string;
  decisionNo: string;
  replaces?: { id: number; reason: CardReissueReason };
}

export async function insertCard(tx: Sql, card: NewCard): Promise<PartyCardRow> {
  const [{ id }] = await tx.rows<{ id: number }>(
    `INSERT INTO party_card (member_id, number, issued_on, decision_no, replaces_id, reissue_reason)
     VALUES ($1::uuid, $2, $3::date, $4, $5, $6) RETURNING id`,
    [card.memberId, card.number, card.issuedOn, card.decisionNo, card.replaces?.id ?? null, card.replaces?.reason ?? null],
  );
  return cardById(tx, id);
}

/** Members counted today, official, holding no ACTIVE card, within the reader's scope: one keyset page and the total. */
export function officialWithoutCardPage(
  sql: Sql,
  scope: ScopeArgs,
  after: string | null,
  limit: number,
): Promise<{ rows: MemberRow[]; total: number }> {
  const params: unknown[] = [];
  const where = `m.left_on IS NULL AND m.status = 'CHINH_THUC'
    AND NOT EXISTS (SELECT 1 FROM party_card c WHERE c.member_id = m.id AND c.status = 'ACTIVE')${scopeCondition(scope, 'm.cell_id', params)}`;
  return keysetPage(sql, { select: 'm.*', from: 'member m', where, params, after: afterId('m.id', after), orderBy: 'm.id', limit });
}
