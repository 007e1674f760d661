// The party-card statements two areas run: cards (process 3) and exits (process 10), since an exit ends the
// member's valid card (RECOVERED, or KEPT_BY_FAMILY for the deceased) in the exit's own transaction.
import type { CardStatus, PartyCardRow } from './rows.ts';
import type { Sql } from './sql.ts';

/** The columns of a PartyCardRow, from party_card `c`. */
export const CARD_COLUMNS = `c.id, c.member_id, c.number, c.issued_on, c.decision_no, c.status, c.ended_on, c.reissue_reason,
  (SELECT r.number FROM party_card r WHERE r.id = c.replaces_id) AS replaces_number`;

/** The member's latest card (the one a reissue replaces), locked. Callers lock the member row first. */
export async function lockLatestCard(tx: Sql, memberId: string): Promise<PartyCardRow | null> {
  const rows = await tx.rows<PartyCardRow>(
    `SELECT ${CARD_COLUMNS} FROM party_card c WHERE c.member_id = $1::uuid ORDER BY c.issued_on DESC, c.id DESC LIMIT 1 FOR UPDATE`,
    [memberId],
  );
  return rows[0] ?? null;
}

/** Ends a valid card: it stops being valid on `endedOn` with `status`. */
export async function endCard(tx: Sql, id: number, status: Exclude<CardStatus, 'ACTIVE'>, endedOn: string): Promise<PartyCardRow> {
  await tx.rows(`UPDATE party_card SET status = $2, ended_on = $3::date WHERE id = $1`, [id, status, endedOn]);
  return cardById(tx, id);
}

export async function cardById(sql: Sql, id: number): Promise<PartyCardRow> {
  return (await sql.rows<PartyCardRow>(`SELECT ${CARD_COLUMNS} FROM party_card c WHERE c.id = $1`, [id]))[0];
}
