// Versioned corrections of member records: the old and new value of every changed column, who, when and why.
import type { Sql } from '../../core/sql.ts';
import type { CorrectionRow, MemberRow } from '../../core/rows.ts';
import { RECORD_DETAIL_COLUMNS } from '../../core/recordFieldRules.ts';

export type { CorrectionRow };

/** Columns an officer may correct through correctMember, by GraphQL input field. */
export const CORRECTABLE = {
  fullName: 'full_name',
  sex: 'sex',
  birthDate: 'birth_date',
  citizenId: 'citizen_id',
  ethnicityCode: 'ethnicity_code',
  religionCode: 'religion_code',
  // the record fields of migration 010 (birthplace, education …): corrected and versioned the same way
  ...RECORD_DETAIL_COLUMNS,
} as const satisfies Record<string, keyof MemberRow>;
export type CorrectableField = keyof typeof CORRECTABLE;


export async function citizenIdTaken(tx: Sql, citizenId: string, exceptMemberId: string): Promise<boolean> {
  const rows = await tx.rows(
    'SELECT 1 FROM member WHERE citizen_id = $1 AND left_on IS NULL AND id <> $2::uuid',
    [citizenId, exceptMemberId],
  );
  return rows.length > 0;
}

/**
 * Applies `changes` (column -> new value) to the member and records them as the next version.
 * The column names come from CORRECTABLE, never from the request.
 */
export async function applyCorrection(
  tx: Sql,
  before: MemberRow,
  changes: Partial<Record<CorrectableField, string | null>>,
  actor: string,
  reason: string,
): Promise<{ member: MemberRow; correction: CorrectionRow }> {
  const fields = Object.keys(changes) as CorrectableField[];
  const sets = fields.map((f, i) => `${CORRECTABLE[f]} = $${i + 2}`);
  const [member] = await tx.rows<MemberRow>(
    `UPDATE member SET ${sets.join(', ')} WHERE id = $1::uuid RETURNING *`,
    [before.id, ...fields.map((f) => changes[f])],
  );
  const diff = Object.fromEntries(fields.map((f) => [f, { from: before[CORRECTABLE[f]], to: member[CORRECTABLE[f]] }]));
  const [correction] = await tx.rows<CorrectionRow>(
    `INSERT INTO member_correction (member_id, version, actor, reason, changes)
     SELECT $1::uuid, coalesce(max(version), 0) + 1, $2, $3, $4::jsonb FROM member_correction WHERE member_id = $1::uuid
     RETURNING member_id, version, at, actor, reason, changes`,
    [before.id, actor, reason, JSON.stringify(diff)],
  );
  return { member, correction };
}

export function correctionsOfMembers(sql: Sql, memberIds: readonly string[]): Promise<CorrectionRow[]> {
  return sql.rows(
    `SELECT member_id, version, at, actor, reason, changes FROM member_correction
      WHERE member_id = ANY($1::uuid[]) ORDER BY member_id, version`,
    [memberIds],
  );
}
