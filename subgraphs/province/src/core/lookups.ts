// Lookups by id that several areas make inside their writes: the member they change (locked) and an organisation.
import type { MemberRow, OrgRow } from './rows.ts';
import type { Sql } from './sql.ts';

/** The member row locked for update (FOR UPDATE: two corrections of one member queue, none is lost). */
export async function lockMember(tx: Sql, id: string): Promise<MemberRow | null> {
  return (await tx.rows<MemberRow>('SELECT * FROM member WHERE id = $1::uuid FOR UPDATE', [id]))[0] ?? null;
}

/** An organisation by id (null when there is none). */
export async function orgById(sql: Sql, id: string): Promise<OrgRow | null> {
  return (await sql.rows<OrgRow>('SELECT * FROM party_org WHERE id = $1::uuid', [id]))[0] ?? null;
}
