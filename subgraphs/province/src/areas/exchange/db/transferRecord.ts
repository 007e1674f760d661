// The record that travels with a transferred member: identity, admission and official dates, status, every
// column of the member row (so columns other areas add travel too), the correction history, and the parts of
// the areas (interruptions, badges and cards here; fee bases and history, quality ratings … registered by their
// areas as Area.recordParts). Exported by the source inside the issuing transaction, imported by the
// destination inside the receiving one.
import type { RecordPart, RecordPartContext } from '../../../core/recordParts.ts';
import type { Sql } from '../../../core/sql.ts';
import type { ActivityState, CorrectionRow } from '../../../core/rows.ts';
import { MEMBER_HISTORY_PARTS } from './transferRecordParts.ts';

/** The parts and what they need: the areas' registered parts (ctx.recordParts) and this province's rules. */
export interface RecordParts {
  registered: readonly RecordPart[];
  ctx: RecordPartContext;
}

const partsOf = (parts: RecordParts): readonly RecordPart[] => [...MEMBER_HISTORY_PARTS, ...parts.registered];

export interface TransferRecord {
  version: 1;
  /** The member's activity state before the transfer (ACTIVE or EXEMPT): the destination keeps it. */
  state: ActivityState;
  /** The member row as JSON, without the columns that place the member in a province. */
  member: Record<string, unknown> & { id: string; citizen_id: string; full_name: string; joined_on?: never };
  corrections: Omit<CorrectionRow, 'member_id'>[];
  parts: Record<string, unknown>;
}

/** Columns that belong to the holding province, not to the person: set anew by the destination. */
const PLACEMENT = ['cell_id', 'joined_on', 'left_on', 'state'] as const;

export async function exportRecord(tx: Sql, memberId: string, recordParts: RecordParts): Promise<TransferRecord> {
  const [{ member, state }] = await tx.rows<{ member: TransferRecord['member']; state: ActivityState }>(
    `SELECT to_jsonb(m) - $2::text[] AS member, state FROM member m WHERE id = $1::uuid`,
    [memberId, PLACEMENT],
  );
  const corrections = await tx.rows<Omit<CorrectionRow, 'member_id'>>(
    `SELECT version, at, actor, reason, changes FROM member_correction WHERE member_id = $1::uuid ORDER BY version`,
    [memberId],
  );
  const parts: Record<string, unknown> = {};
  for (const part of partsOf(recordParts)) parts[part.name] = await part.export(tx, memberId, recordParts.ctx);
  return { version: 1, state, member, corrections, parts };
}

/** Member columns of this database, from the catalogue (never from a message), for the generic UPDATE. */
async function memberColumns(tx: Sql): Promise<string[]> {
  const rows = await tx.rows<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = 'member' AND column_name <> 'id' ORDER BY ordinal_position`,
  );
  return rows.map((r) => r.column_name);
}

/**
 * Places the record's member in this province: a new row, or the old row of a member who once left this
 * province (same national id) brought back to life. Keys the record does not carry keep NULL / their default.
 */
export async function importRecord(
  tx: Sql,
  record: TransferRecord,
  placement: { cellId: string; joinedOn: string; state: string },
  recordParts: RecordParts,
): Promise<void> {
  const row = JSON.stringify({
    ...record.member,
    cell_id: placement.cellId,
    joined_on: placement.joinedOn,
    left_on: null,
    state: placement.state,
  });
  const existing = await tx.rows('SELECT 1 FROM member WHERE id = $1::uuid', [record.member.id]);
  if (existing.length === 0) {
    await tx.rows('INSERT INTO member SELECT * FROM jsonb_populate_record(NULL::member, $1::jsonb)', [row]);
  } else {
    const columns = (await memberColumns(tx)).map((c) => `"${c}"`).join(', ');
    await tx.rows(
      `UPDATE member SET (${columns}) = (SELECT ${columns} FROM jsonb_populate_record(NULL::member, $1::jsonb))
        WHERE id = $2::uuid`,
      [row, record.member.id],
    );
  }
  await tx.rows(
    `INSERT INTO member_correction (member_id, version, at, actor, reason, changes)
     SELECT $1::uuid, c.version, c.at, c.actor, c.reason, c.changes
       FROM jsonb_to_recordset($2::jsonb) AS c(version int, at timestamptz, actor text, reason text, changes jsonb)
     ON CONFLICT (member_id, version) DO NOTHING`,
    [record.member.id, JSON.stringify(record.corrections)],
  );
  for (const part of partsOf(recordParts)) {
    if (part.name in record.parts) await part.import(tx, record.member.id, record.parts[part.name], recordParts.ctx);
  }
}

/** Checks the shape a destination relies on; returns a problem or null. */
export function recordProblem(value: unknown, memberId: string): string | null {
  const r = value as Partial<TransferRecord> | null;
  if (!r || typeof r !== 'object' || r.version !== 1) return 'record: version 1 expected';
  if (!r.member || typeof r.member !== 'object' || r.member.id !== memberId) return 'record.member.id must be the memberId';
  if (typeof r.member.citizen_id !== 'string') return 'record.member.citizen_id missing';
  if (r.state !== 'ACTIVE' && r.state !== 'EXEMPT') return 'record.state must be ACTIVE or EXEMPT';
  if (!Array.isArray(r.corrections) || !r.parts || typeof r.parts !== 'object') return 'record: corrections and parts expected';
  return null;
}
