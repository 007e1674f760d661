// The exit of a member (process 10: death, removal, expulsion, resignation), the one path every area takes:
// lifecycle's recordExit, and an expulsion decided as a disciplinary measure (areas/discipline). An exit closes an
// open exemption, ends a valid party card (kept by the family on death, recovered otherwise) and sets the member's
// state and left_on, so the member stops being counted here from that day. Exemptions' SQL is here too: an exit
// ends one.
import { FieldErrors } from '../../../shared/validation.ts';
import type { ProvinceContext } from '../context.ts';
import { writeAudit } from './audit.ts';
import { endCard, lockLatestCard } from './partyCards.ts';
import type { ActivityState, ExemptionRow, ExitRow, ExitType, MemberRow } from './rows.ts';
import type { Sql } from './sql.ts';

export const EXEMPTION_COLUMNS = 'member_id AS id, member_id, reason, starts_on, resolution_no, ends_on, end_resolution_no';
export const EXIT_COLUMNS = 'member_id AS id, member_id, type, exited_on, decision_no, reason';

/** The member's latest exemption (open or not), locked. */
export async function lockLatestExemption(tx: Sql, memberId: string): Promise<ExemptionRow | null> {
  const rows = await tx.rows<ExemptionRow>(
    `SELECT ${EXEMPTION_COLUMNS} FROM member_exemption WHERE member_id = $1::uuid
      ORDER BY starts_on DESC, id DESC LIMIT 1 FOR UPDATE`,
    [memberId],
  );
  return rows[0] ?? null;
}

/** Closes the member's open exemption on `endsOn`; returns it, or null when none was open. */
export async function closeExemption(tx: Sql, memberId: string, endsOn: string, resolutionNo: string): Promise<ExemptionRow | null> {
  const rows = await tx.rows<ExemptionRow>(
    `UPDATE member_exemption SET ends_on = $2::date, end_resolution_no = $3
      WHERE member_id = $1::uuid AND ends_on IS NULL RETURNING ${EXEMPTION_COLUMNS}`,
    [memberId, endsOn, resolutionNo],
  );
  return rows[0] ?? null;
}

export async function setMemberState(tx: Sql, memberId: string, state: ActivityState, leftOn: string | null): Promise<MemberRow> {
  const [row] = await tx.rows<MemberRow>(
    `UPDATE member SET state = $2, left_on = coalesce($3::date, left_on) WHERE id = $1::uuid RETURNING *`,
    [memberId, state, leftOn],
  );
  return row;
}

export async function insertExit(
  tx: Sql,
  e: { memberId: string; type: ExitType; date: string; decisionNo: string; reason: string | null },
): Promise<ExitRow> {
  const [row] = await tx.rows<ExitRow>(
    `INSERT INTO member_exit (member_id, type, exited_on, decision_no, reason) VALUES ($1::uuid, $2, $3::date, $4, $5)
     RETURNING ${EXIT_COLUMNS}`,
    [e.memberId, e.type, e.date, e.decisionNo, e.reason],
  );
  return row;
}

export interface ExitDecision {
  type: ExitType;
  /** Not before the member joined this province; checked by the caller not to be in the future. */
  date: string;
  decisionNo: string;
  reason: string | null;
}

/**
 * Applies an exit to a member locked and still counted here, in the caller's transaction: adds the field errors
 * of a date or state that does not allow it (and throws them), then writes the exit and its audit row.
 * `operation` and `details` go to the audit row (recordExit, recordDiscipline …).
 */
export async function applyExit(
  tx: Sql, ctx: ProvinceContext, m: MemberRow, errors: FieldErrors, e: ExitDecision, audit: { operation: string; details?: Record<string, unknown> },
): Promise<{ member: MemberRow; exit: ExitRow; card: Awaited<ReturnType<typeof endCard>> | null }> {
  // A member in transit has a transfer letter out: the ledger (issue 4) would still move them to the destination.
  if (m.state === 'IN_TRANSIT') {
    errors.add('input.memberId', 'is being transferred (IN_TRANSIT): cancel the transfer first (cancelTransfer), or the receiving province records the exit');
  }
  if (e.date < m.joined_on) errors.add('input.date', `is before the member joined this province (${m.joined_on})`);
  const exemption = await lockLatestExemption(tx, m.id);
  if (exemption && exemption.ends_on === null && e.date < exemption.starts_on) {
    errors.add('input.date', `is before the member's exemption began (${exemption.starts_on})`);
  }
  const card = await lockLatestCard(tx, m.id);
  const validCard = card?.status === 'ACTIVE' ? card : null;
  if (validCard && e.date < validCard.issued_on) {
    errors.add('input.date', `is before the member's card ${validCard.number} was issued (${validCard.issued_on})`);
  }
  errors.throwIfAny();
  if (exemption && exemption.ends_on === null) await closeExemption(tx, m.id, e.date, e.decisionNo);
  // The card is kept by the family on death and recovered otherwise (spec §2 row 3; resignation as removal).
  const endedCard = validCard ? await endCard(tx, validCard.id, e.type === 'DECEASED' ? 'KEPT_BY_FAMILY' : 'RECOVERED', e.date) : null;
  const exit = await insertExit(tx, { memberId: m.id, type: e.type, date: e.date, decisionNo: e.decisionNo, reason: e.reason });
  const member = await setMemberState(tx, m.id, e.type, e.date);
  await writeAudit(tx, {
    actor: ctx.actor, operation: audit.operation, memberIds: [m.id],
    details: { type: e.type, date: e.date, decisionNo: e.decisionNo, stateBefore: m.state, card: endedCard?.number ?? null, ...audit.details },
  });
  ctx.loaders.member.clear(m.id).prime(m.id, member);
  return { member, exit, card: endedCard };
}
