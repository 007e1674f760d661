// Process 10, bulk data entry: the lookups that judge an upload's rows (one statement each, whatever the row
// count) and the set-based writes that apply the accepted rows (one INSERT ... SELECT FROM unnest per table:
// 10,000 rows are a few statements, not 10,000).
import type { Sql } from '../../core/sql.ts';
import type { ImportRow } from './rows.ts';

export type { ImportRow };


const CELL = `level IN ('CHI_BO', 'CHI_BO_CO_SO') AND active`;

/**
 * Serialises uploads of one file (two officers pressing "upload" together): the second waits for the first to
 * commit, then finds its import row.
 */
export async function lockFile(tx: Sql, sha256: string): Promise<void> {
  await tx.rows('SELECT pg_advisory_xact_lock(hashtextextended($1, 7234010))', [sha256]);
}

export async function previousImport(sql: Sql, sha256: string, kind: string, communeCode: string): Promise<ImportRow | null> {
  return (
    await sql.rows<ImportRow>(
      'SELECT * FROM member_import WHERE sha256 = $1 AND kind = $2::import_kind AND commune_code = $3',
      [sha256, kind, communeCode],
    )
  )[0] ?? null;
}

export async function communeExists(sql: Sql, communeCode: string): Promise<boolean> {
  return (await sql.rows('SELECT 1 FROM party_org WHERE commune_code = $1 LIMIT 1', [communeCode])).length > 0;
}

export async function communeCellIds(sql: Sql, communeCode: string): Promise<Set<string>> {
  const rows = await sql.rows<{ id: string }>(`SELECT id FROM party_org WHERE commune_code = $1 AND ${CELL}`, [communeCode]);
  return new Set(rows.map((r) => r.id));
}

export async function provinceCellIds(sql: Sql): Promise<Set<string>> {
  return new Set((await sql.rows<{ id: string }>(`SELECT id FROM party_org WHERE ${CELL}`)).map((r) => r.id));
}

/** Live members among the citizen IDs, locked (FOR UPDATE) so the judgement holds until the upload commits. */
export async function liveMembersByCitizen(tx: Sql, citizenIds: readonly string[], communeCode: string) {
  const rows = await tx.rows<{
    id: string; citizen_id: string; cell_id: string; joined_on: string; admission_decision_no: string | null; in_commune: boolean;
  }>(
    `SELECT m.id, m.citizen_id, m.cell_id, m.joined_on, m.admission_decision_no, (o.commune_code = $2) IS TRUE AS in_commune
       FROM member m JOIN party_org o ON o.id = m.cell_id
      WHERE m.citizen_id = ANY($1::char(12)[]) AND m.left_on IS NULL
      FOR UPDATE OF m`,
    [citizenIds, communeCode],
  );
  return new Map(rows.map((r) => [r.citizen_id, r]));
}

export async function recordedCellChanges(sql: Sql, memberIds: readonly string[]): Promise<Set<string>> {
  const rows = await sql.rows<{ key: string }>(
    `SELECT member_id || '|' || moved_on || '|' || to_cell_id AS key FROM member_cell_change WHERE member_id = ANY($1::uuid[])`,
    [memberIds],
  );
  return new Set(rows.map((r) => r.key));
}

export async function insertImport(tx: Sql, row: Omit<ImportRow, 'id' | 'at'>): Promise<ImportRow> {
  const [created] = await tx.rows<ImportRow>(
    `INSERT INTO member_import (id, sha256, kind, commune_code, actor, row_count, accepted, skipped, rejected_rows, all_or_nothing)
     VALUES (gen_random_uuid(), $1, $2::import_kind, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
    [row.sha256, row.kind, row.commune_code, row.actor, row.row_count, row.accepted, row.skipped, row.rejected_rows, row.all_or_nothing],
  );
  return created;
}

/**
 * The citizen ID of a unique violation on member_citizen_live_idx (migration 001: one live member per citizen), or
 * undefined for any other error. Two uploads of different files with the same new citizen both judge the row new
 * before either commits; the second to insert meets the first's row here (issue 10, finding 5).
 */
export function liveCitizenConflict(error: unknown): string | undefined {
  const e = error as { code?: unknown; constraint?: unknown; detail?: unknown } | null;
  if (e?.code !== '23505' || e.constraint !== 'member_citizen_live_idx' || typeof e.detail !== 'string') return undefined;
  // "Key (citizen_id)=(012345678901) already exists."
  return /\(citizen_id\)=\(([^)]*)\)/.exec(e.detail)?.[1]?.trim();
}

/** Column arrays for unnest: one array per column, in row order. */
function columnsOf<T>(rows: readonly T[], columns: readonly (keyof T)[]): unknown[][] {
  return columns.map((c) => rows.map((r) => r[c]));
}

const NEW_MEMBER_COLUMNS = [
  'citizen_id', 'full_name', 'sex', 'birth_date', 'ethnicity_code', 'religion_code', 'cell_id', 'admission_decision_date',
  'admission_decision_no', 'official_date', 'joined_on', 'birthplace', 'hometown', 'phone', 'occupation',
  'education_general', 'education_professional', 'political_theory',
] as const;

export interface NewMemberColumns extends Record<(typeof NEW_MEMBER_COLUMNS)[number], string | null> {
  citizen_id: string;
}

/** Inserts the new members in one statement; returns their ids (for the audit row). */
export async function insertMembers(tx: Sql, rows: readonly NewMemberColumns[], importId: string): Promise<string[]> {
  const inserted = await tx.rows<{ id: string }>(
    `INSERT INTO member (id, citizen_id, full_name, sex, birth_date, ethnicity_code, religion_code, cell_id,
       admission_decision_date, admission_decision_no, official_date, status, joined_on, birthplace, hometown, phone,
       occupation, education_general, education_professional, political_theory, import_id)
     SELECT gen_random_uuid(), t.citizen_id, t.full_name, t.sex::sex, t.birth_date::date, t.ethnicity_code,
       t.religion_code, t.cell_id::uuid, t.admission_decision_date::date, t.admission_decision_no, t.official_date::date,
       (CASE WHEN t.official_date IS NULL THEN 'DU_BI' ELSE 'CHINH_THUC' END)::member_status, t.joined_on::date,
       t.birthplace, t.hometown, t.phone, t.occupation, t.education_general, t.education_professional,
       t.political_theory::political_theory, $19::uuid
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                   $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[],
                   $17::text[], $18::text[])
         AS t(${NEW_MEMBER_COLUMNS.join(', ')})
     RETURNING id`,
    [...columnsOf(rows, NEW_MEMBER_COLUMNS), importId],
  );
  return inserted.map((r) => r.id);
}

export interface CellChangeColumns {
  member_id: string;
  from_cell_id: string;
  to_cell_id: string;
  moved_on: string;
  decision_no: string;
}

/** Records the cell changes and moves the members, one statement each. */
export async function applyCellChanges(tx: Sql, rows: readonly CellChangeColumns[], importId: string, actor: string): Promise<void> {
  const params = [...columnsOf(rows, ['member_id', 'from_cell_id', 'to_cell_id', 'moved_on', 'decision_no']), importId, actor];
  await tx.rows(
    `INSERT INTO member_cell_change (member_id, from_cell_id, to_cell_id, moved_on, decision_no, import_id, actor)
     SELECT c.member_id::uuid, c.from_cell::uuid, c.to_cell::uuid, c.moved_on::date, c.decision_no, $6::uuid, $7
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS c(member_id, from_cell, to_cell, moved_on, decision_no)`,
    params,
  );
  await tx.rows(
    `UPDATE member SET cell_id = c.to_cell::uuid FROM unnest($1::text[], $2::text[]) AS c(member_id, to_cell)
      WHERE member.id = c.member_id::uuid`,
    [rows.map((r) => r.member_id), rows.map((r) => r.to_cell_id)],
  );
}

/** The latest applied uploads, of one commune when communeCode is given. */
export function recentImports(sql: Sql, limit: number, communeCode: string | null): Promise<ImportRow[]> {
  return sql.rows(
    'SELECT * FROM member_import WHERE ($2::text IS NULL OR commune_code = $2) ORDER BY at DESC, id LIMIT $1',
    [limit, communeCode],
  );
}
