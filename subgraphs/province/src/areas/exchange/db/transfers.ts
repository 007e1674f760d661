// Process 4: the SQL of transfers between provinces. The transfer rows are also the outbox the carrier reads
// (docs/transfers.md); each function runs in the caller's transaction.
import type { ReportSummary } from '../../../core/reportSummaries.ts';
import { keysetPage, type Sql } from '../../../core/sql.ts';
import type { ActivityState } from '../../../core/rows.ts';
import type { TransferDirection, TransferKind, TransferRow, TransferState } from '../rows.ts';
import { importRecord, type RecordParts, type TransferRecord } from './transferRecord.ts';

export type { TransferRow };

/** States of a transfer out still waiting for the destination's decision. */
export const OPEN_STATES: readonly TransferState[] = ['ISSUED', 'CANCEL_REQUESTED'];

export interface NewTransfer {
  id: string;
  kind: TransferKind;
  memberId: string;
  fromProvince: string;
  toProvince: string;
  toOrgId: string;
  letterNo: string;
  issuedOn: string;
  previousState: ActivityState;
  record: TransferRecord;
}

export function transfersByIds(sql: Sql, ids: readonly string[]): Promise<TransferRow[]> {
  return sql.rows('SELECT * FROM transfer WHERE id = ANY($1::uuid[])', [ids]);
}

/** Where a page of transfers starts: after this letter date and id (newest letter first, then id). */
export interface TransferKey {
  issuedOn: string;
  id: string;
}

/**
 * One keyset page of transfers, newest letter first, and the filter's total. OVERDUE is ISSUED past the due day
 * (today in Viet Nam, the pool's time zone).
 */
export function listTransfers(
  sql: Sql,
  filter: { direction?: TransferDirection | null; state?: TransferState | 'OVERDUE' | null; dueDays: number },
  after: TransferKey | null,
  limit: number,
): Promise<{ rows: TransferRow[]; total: number }> {
  const params: unknown[] = [];
  const where: string[] = [];
  if (filter.direction) {
    params.push(filter.direction);
    where.push(`direction = $${params.length}`);
  }
  // every parameter must appear in the SQL (PostgreSQL cannot type an unused one), so dueDays only when used
  if (filter.state === 'OVERDUE' || filter.state === 'ISSUED') params.push(filter.dueDays);
  if (filter.state === 'OVERDUE') where.push(`state = 'ISSUED' AND issued_on + $${params.length}::int < current_date`);
  else if (filter.state === 'ISSUED') where.push(`state = 'ISSUED' AND issued_on + $${params.length}::int >= current_date`);
  else if (filter.state) {
    params.push(filter.state);
    where.push(`state = $${params.length}`);
  }
  const filterSql = where.length ? where.join(' AND ') : 'true';
  return keysetPage(sql, {
    select: '*', from: 'transfer', where: filterSql, params,
    after: after && ((p) => {
      const [d, id] = [p.push(after.issuedOn), p.push(after.id)];
      return `(issued_on < $${d}::date OR (issued_on = $${d}::date AND id > $${id}::uuid))`;
    }),
    orderBy: 'issued_on DESC, id', limit,
  });
}

export async function openTransferOf(tx: Sql, memberId: string): Promise<TransferRow | null> {
  const rows = await tx.rows<TransferRow>(
    `SELECT * FROM transfer WHERE member_id = $1::uuid AND direction = 'OUT' AND state = ANY($2::transfer_state[])`,
    [memberId, OPEN_STATES],
  );
  return rows[0] ?? null;
}

/** Writes the transfer out and, for an official one, puts the member IN_TRANSIT (still counted here). */
export async function insertOutgoing(tx: Sql, t: NewTransfer): Promise<TransferRow> {
  const [row] = await tx.rows<TransferRow>(
    `INSERT INTO transfer (id, direction, kind, member_id, from_province, to_province, to_org_id, letter_no, issued_on,
                           state, previous_state, record)
     VALUES ($1::uuid, 'OUT', $2, $3::uuid, $4, $5, $6::uuid, $7, $8::date, 'ISSUED', $9, $10::jsonb) RETURNING *`,
    [t.id, t.kind, t.memberId, t.fromProvince, t.toProvince, t.toOrgId, t.letterNo, t.issuedOn, t.previousState, JSON.stringify(t.record)],
  );
  if (t.kind === 'OFFICIAL') await tx.rows(`UPDATE member SET state = 'IN_TRANSIT' WHERE id = $1::uuid`, [t.memberId]);
  return row;
}

export async function lockTransfer(tx: Sql, id: string): Promise<TransferRow | null> {
  return (await tx.rows<TransferRow>('SELECT * FROM transfer WHERE id = $1::uuid FOR UPDATE', [id]))[0] ?? null;
}

export async function requestCancel(tx: Sql, id: string, reason: string): Promise<TransferRow> {
  const [row] = await tx.rows<TransferRow>(
    `UPDATE transfer SET state = 'CANCEL_REQUESTED', reason = $2 WHERE id = $1::uuid RETURNING *`,
    [id, reason],
  );
  return row;
}

/**
 * Source side, the acknowledgement: applies the destination's decision once. RECEIVED (official): the member
 * leaves this province on the receipt day, so as-of counts from that day on no longer include them here, and is
 * TRANSFERRED_OUT.
 * CANCELLED / REJECTED: the member is back in their previous state. Returns null when already settled.
 */
export async function settleOutgoing(
  tx: Sql,
  t: TransferRow,
  decision: { state: 'RECEIVED' | 'CANCELLED' | 'REJECTED'; receivedOn: string | null; reason: string | null },
): Promise<TransferRow> {
  if (decision.state === 'RECEIVED') {
    if (t.kind === 'OFFICIAL') {
      // Held elsewhere now: member(id) here answers TRANSFERRED_OUT, no longer IN_TRANSIT.
      await tx.rows(
        `UPDATE member SET left_on = greatest($2::date, joined_on), state = 'TRANSFERRED_OUT' WHERE id = $1::uuid AND left_on IS NULL`,
        [t.member_id, decision.receivedOn],
      );
    }
  } else if (t.kind === 'OFFICIAL') {
    await tx.rows(`UPDATE member SET state = $2 WHERE id = $1::uuid AND state = 'IN_TRANSIT'`, [t.member_id, t.previous_state]);
  }
  const [row] = await tx.rows<TransferRow>(
    `UPDATE transfer SET state = $2, received_on = $3::date, reason = coalesce($4, reason), settled_at = now()
      WHERE id = $1::uuid RETURNING *`,
    [t.id, decision.state, decision.state === 'RECEIVED' ? decision.receivedOn : null, decision.reason],
  );
  return row;
}

/** Serialises every decision on one transfer id in this database (two carriers, or a retry racing itself). */
export async function lockTransferId(tx: Sql, id: string): Promise<void> {
  await tx.rows(`SELECT pg_advisory_xact_lock(hashtextextended('transfer:' || $1, 0))`, [id]);
}

export interface IncomingDecision {
  state: 'RECEIVED' | 'CANCELLED' | 'REJECTED';
  reason: string | null;
}

/** Why this province cannot receive the member into `toOrgId`; null when it can. */
export async function receiveProblem(tx: Sql, t: NewTransfer): Promise<string | null> {
  const [cell] = await tx.rows<{ ok: boolean }>(
    `SELECT active AND level IN ('CHI_BO', 'CHI_BO_CO_SO') AS ok FROM party_org WHERE id = $1::uuid`,
    [t.toOrgId],
  );
  if (!cell) return `organisation ${t.toOrgId} is not in province ${t.toProvince}`;
  if (!cell.ok) return `organisation ${t.toOrgId} is not an active party cell (chi bộ)`;
  if (t.kind === 'TEMPORARY') return null;
  const live = await tx.rows<{ id: string }>(
    `SELECT id FROM member WHERE left_on IS NULL AND (id = $1::uuid OR citizen_id = $2)`,
    [t.memberId, t.record.member.citizen_id],
  );
  if (live.length) return 'the member or their citizen ID is already counted by this province';
  return null;
}

/**
 * Destination side: records the decision on a transfer id, and for an official receipt places the member here
 * from `receivedOn`. The caller holds lockTransferId and has checked that no decision exists yet.
 */
export async function insertIncoming(
  tx: Sql,
  t: NewTransfer,
  decision: IncomingDecision,
  receivedOn: string | null,
  recordParts: RecordParts,
): Promise<TransferRow> {
  if (decision.state === 'RECEIVED' && t.kind === 'OFFICIAL') {
    await importRecord(tx, t.record, { cellId: t.toOrgId, joinedOn: receivedOn!, state: t.previousState }, recordParts);
  }
  const [row] = await tx.rows<TransferRow>(
    `INSERT INTO transfer (id, direction, kind, member_id, from_province, to_province, to_org_id, letter_no, issued_on,
                           state, previous_state, received_on, reason, record)
     VALUES ($1::uuid, 'IN', $2, $3::uuid, $4, $5, $6::uuid, $7, $8::date, $9, $10, $11::date, $12, $13::jsonb) RETURNING *`,
    [
      t.id, t.kind, t.memberId, t.fromProvince, t.toProvince, t.toOrgId, t.letterNo, t.issuedOn,
      decision.state, t.previousState, decision.state === 'RECEIVED' ? receivedOn : null, decision.reason, JSON.stringify(t.record),
    ],
  );
  return row;
}

/** Today in this database's calendar (Viet Nam), but never before the letter's date. */
export async function receiptDay(tx: Sql, issuedOn: string): Promise<string> {
  const [{ d }] = await tx.rows<{ d: string }>(`SELECT greatest(current_date, $1::date)::date AS d`, [issuedOn]);
  return d;
}

/** Destination side: the source has applied the receipt; ends the window in which both ends count the member. */
export async function confirmIncoming(tx: Sql, id: string): Promise<TransferRow | null> {
  await tx.rows(
    `UPDATE transfer SET settled_at = now() WHERE id = $1::uuid AND direction = 'IN' AND settled_at IS NULL`,
    [id],
  );
  return (await tx.rows<TransferRow>(`SELECT * FROM transfer WHERE id = $1::uuid`, [id]))[0] ?? null;
}

// ---- the carrier's outbox ----

export function openOutgoing(sql: Sql): Promise<TransferRow[]> {
  return sql.rows(
    `SELECT * FROM transfer WHERE direction = 'OUT' AND state = ANY($1::transfer_state[]) AND settled_at IS NULL
      ORDER BY created_at, id LIMIT 500`,
    [OPEN_STATES],
  );
}

export function unconfirmedIncoming(sql: Sql): Promise<{ id: string; from_province: string }[]> {
  return sql.rows(
    `SELECT id, from_province FROM transfer WHERE direction = 'IN' AND state = 'RECEIVED' AND settled_at IS NULL
      ORDER BY created_at, id LIMIT 500`,
  );
}

// ---- report figures ----

/** The counts of a month, from the report summary (migration 051: rs_transfer_counts, rs_transfer_overdue_spans). */
export interface TransferCounts {
  transfers_in: number;
  transfers_out: number;
  overdue_out: number;
}

export const transferCounts = (s: ReportSummary): TransferCounts => ({
  transfers_in: s.get('transfers.in'),
  transfers_out: s.get('transfers.out'),
  overdue_out: s.get('transfers.overdue_out'),
});

export interface TransferLists {
  out_pending: string[];
  in_unconfirmed: string[];
}

/**
 * The transfers of a report that are lists, not counts, as of lastDay. `out_pending`: official transfers out whose
 * member this province counts on lastDay and whose decision it has not applied; `in_unconfirmed`: official
 * receipts on or before lastDay not yet confirmed as applied by the source. A transfer in both lists (one from
 * each end) is a member both ends count: the national total subtracts it once (docs/transfers.md). Both read only
 * the transfers open now (partial indexes of migration 051), however many the province has had.
 */
export async function transferLists(sql: Sql, lastDay: string): Promise<TransferLists> {
  // the states are literals, not parameters, so the planner matches the partial indexes' predicates
  const [row] = await sql.rows<TransferLists>(
    `SELECT
       coalesce((SELECT array_agg(t.id ORDER BY t.id) FROM transfer t JOIN member m ON m.id = t.member_id
          WHERE t.direction = 'OUT' AND t.kind = 'OFFICIAL' AND t.state IN ('ISSUED', 'CANCEL_REQUESTED')
            AND m.joined_on <= $1::date AND (m.left_on IS NULL OR m.left_on > $1::date)), '{}') AS out_pending,
       coalesce((SELECT array_agg(id ORDER BY id) FROM transfer
          WHERE direction = 'IN' AND kind = 'OFFICIAL' AND state = 'RECEIVED' AND settled_at IS NULL
            AND received_on <= $1::date), '{}') AS in_unconfirmed`,
    [lastDay],
  );
  return row;
}

// ---- national check ----

/** Citizen IDs of the members counted today, each with the open transfer it belongs to (if any). */
export function countedCitizenIds(sql: Sql): Promise<{ citizen_id: string; transfer_id: string | null }[]> {
  return sql.rows(
    `SELECT m.citizen_id, t.id AS transfer_id FROM member m
       LEFT JOIN transfer t ON t.member_id = m.id AND t.kind = 'OFFICIAL'
        AND ((t.direction = 'OUT' AND t.state = ANY($1::transfer_state[]))
          OR (t.direction = 'IN' AND t.state = 'RECEIVED' AND t.settled_at IS NULL))
      WHERE m.joined_on <= current_date AND (m.left_on IS NULL OR m.left_on > current_date)`,
    [OPEN_STATES],
  );
}
