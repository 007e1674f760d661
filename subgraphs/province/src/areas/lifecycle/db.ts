// Processes 9 and 10, exemption from work and activities and exits: SQL only. Exempt on day d when
// starts_on <= d and (ends_on IS NULL OR ends_on > d); an exit sets member.left_on, ending the member's count.
import { EXEMPTION_COLUMNS, EXIT_COLUMNS } from '../../core/memberExit.ts';
import { afterId, keysetPage, scopeCondition, type ScopeArgs, type Sql } from '../../core/sql.ts';
import type { ExemptionReason, ExemptionRow, ExitRow, ExitType } from './rows.ts';

export function exemptionsOfMembers(sql: Sql, memberIds: readonly string[]): Promise<ExemptionRow[]> {
  return sql.rows(
    `SELECT ${EXEMPTION_COLUMNS} FROM member_exemption WHERE member_id = ANY($1::uuid[]) ORDER BY member_id, starts_on`,
    [memberIds],
  );
}

export function exitsOfMembers(sql: Sql, memberIds: readonly string[]): Promise<ExitRow[]> {
  return sql.rows(`SELECT ${EXIT_COLUMNS} FROM member_exit WHERE member_id = ANY($1::uuid[])`, [memberIds]);
}

export async function insertExemption(
  tx: Sql,
  e: { memberId: string; reason: ExemptionReason; startsOn: string; resolutionNo: string },
): Promise<ExemptionRow> {
  const [row] = await tx.rows<ExemptionRow>(
    `INSERT INTO member_exemption (member_id, reason, starts_on, resolution_no) VALUES ($1::uuid, $2, $3::date, $4)
     RETURNING ${EXEMPTION_COLUMNS}`,
    [e.memberId, e.reason, e.startsOn, e.resolutionNo],
  );
  return row;
}

/** Exits dated in [from, to], optionally of one type, within the reader's scope: one keyset page by member id and the total. */
export function exitPage(
  sql: Sql,
  range: { from: string; to: string; type: ExitType | null },
  scope: ScopeArgs,
  after: string | null,
  limit: number,
): Promise<{ rows: ExitRow[]; total: number }> {
  const params: unknown[] = [range.from, range.to, range.type];
  const where = `x.exited_on BETWEEN $1::date AND $2::date AND ($3::exit_type IS NULL OR x.type = $3::exit_type)
    ${scopeCondition(scope, 'm.cell_id', params)}`;
  const cols = EXIT_COLUMNS.split(', ').map((c) => `x.${c}`).join(', ');
  return keysetPage(sql, {
    select: cols, from: 'member_exit x JOIN member m ON m.id = x.member_id', where, params,
    after: afterId('x.member_id', after), orderBy: 'x.member_id', limit,
  });
}

/** Exemptions in force on `asOf` of members counted that day, within the reader's scope: one keyset page by member id and the total. */
export function exemptPage(
  sql: Sql,
  asOf: string,
  scope: ScopeArgs,
  after: string | null,
  limit: number,
): Promise<{ rows: ExemptionRow[]; total: number }> {
  const params: unknown[] = [asOf];
  const where = `e.starts_on <= $1::date AND (e.ends_on IS NULL OR e.ends_on > $1::date)
    AND m.joined_on <= $1::date AND (m.left_on IS NULL OR m.left_on > $1::date)${scopeCondition(scope, 'm.cell_id', params)}`;
  const cols = EXEMPTION_COLUMNS.split(', ').map((c) => `e.${c}`).join(', ');
  return keysetPage(sql, {
    select: cols, from: 'member_exemption e JOIN member m ON m.id = e.member_id', where, params,
    after: afterId('e.member_id', after), orderBy: 'e.member_id', limit,
  });
}
