// Process 4, transfers between provinces. Officers issue and cancel; the carrier (carrier/, its own process)
// delivers, acknowledges and confirms. Every decision is keyed by the national transfer id, so each message
// may be delivered any number of times (docs/transfers.md).
import { createHmac, randomUUID } from 'node:crypto';
import { findProvince } from '../../../../../schema/provinces.ts';
import { badInput } from '../../../../shared/errors.ts';
import { checkFirst, isUuid } from '../../../../shared/pagination.ts';
import { isIsoDate } from '../../../../shared/scalars.ts';
import { FieldErrors } from '../../../../shared/validation.ts';
import type { ProvinceContext } from '../../context.ts';
import { discloseCount } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { lockMember } from '../../core/lookups.ts';
import type { Sql } from '../../core/sql.ts';
import type { ReportParent } from '../../core/rows.ts';
import type { TransferRow } from './rows.ts';
import { exportRecord, recordProblem, type RecordParts, type TransferRecord } from './db/transferRecord.ts';
import {
  confirmIncoming, countedCitizenIds, insertIncoming, insertOutgoing, listTransfers, lockTransfer, lockTransferId,
  openOutgoing, openTransferOf, receiptDay, receiveProblem, requestCancel, settleOutgoing, transferCounts, transferLists,
  unconfirmedIncoming, type IncomingDecision, type NewTransfer, type TransferKey, type TransferLists,
} from './db/transfers.ts';
import { unpushedSubmissions } from './db/periodReports.ts';
import type {
  CarrierOutboxResolvers, Province01Resolvers, ProvinceMutationsResolvers, ProvinceReportResolvers, ReportFiguresResolvers,
  TransferMessageInput, TransferResolvers, TransferMessageResolvers, TransferDecision,
} from '../../generated/resolvers.ts';
import { dueOn, todayInVietnam, TRANSFER_DUE_DAYS } from './rules.ts';
import { requireExactTransferReader, requireOfficer, requireSystemOf } from './transferAccess.ts';

const LETTER_MAX = 50;

// Cursors of the transfer list: the last row's letter date and id (the list's order), opaque to clients.
const encodeTransferCursor = (t: TransferRow): string => Buffer.from(`transfer:${t.issued_on}:${t.id}`).toString('base64url');
function decodeTransferCursor(after: string | null | undefined): TransferKey | null {
  if (after == null) return null;
  const m = /^transfer:(\d{4}-\d{2}-\d{2}):(.+)$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!m || !isIsoDate(m[1]) || !isUuid(m[2])) throw badInput('after', `is not a cursor from this list; got ${JSON.stringify(after)}`);
  return { issuedOn: m[1], id: m[2] };
}

const decisionOf = (t: TransferRow): TransferDecision => ({ id: t.id, state: t.state, receivedOn: t.received_on, reason: t.reason });

/** Checks a carrier message addressed to this province; returns it with its record parsed. */
function checkMessage(m: TransferMessageInput, ctx: ProvinceContext): NewTransfer {
  const errors = new FieldErrors();
  errors.check(isUuid(m.id), 'message.id', `must be a transfer id (UUID); got ${JSON.stringify(m.id)}`);
  errors.check(isUuid(m.memberId), 'message.memberId', `must be a member id (UUID); got ${JSON.stringify(m.memberId)}`);
  errors.check(isUuid(m.toOrgId), 'message.toOrgId', `must be an organisation id (UUID); got ${JSON.stringify(m.toOrgId)}`);
  errors.check(m.toProvince === ctx.province.code, 'message.toProvince', `is ${m.toProvince}, but this is province ${ctx.province.code}`);
  errors.check(
    !!findProvince(m.fromProvince) && m.fromProvince !== ctx.province.code,
    'message.fromProvince',
    `must be another province's code; got ${JSON.stringify(m.fromProvince)}`,
  );
  errors.check(m.letterNo.trim().length >= 1 && m.letterNo.length <= LETTER_MAX, 'message.letterNo', `must be 1 to ${LETTER_MAX} characters`);
  let record: TransferRecord | null = null;
  try {
    record = JSON.parse(m.record) as TransferRecord;
  } catch {
    errors.add('message.record', 'must be JSON');
  }
  if (record) {
    const problem = recordProblem(record, m.memberId);
    if (problem) errors.add('message.record', problem);
  }
  errors.throwIfAny();
  return {
    id: m.id, kind: m.kind, memberId: m.memberId, fromProvince: m.fromProvince, toProvince: m.toProvince,
    toOrgId: m.toOrgId, letterNo: m.letterNo, issuedOn: m.issuedOn, previousState: record!.state, record: record!,
  };
}

/** The areas' parts of the record, and what they need of this province (and of the source, when receiving). */
const recordPartsOf = (ctx: ProvinceContext, fromProvince?: string): RecordParts => ({
  registered: ctx.recordParts,
  ctx: { provinceCode: ctx.province.code, fromProvince, rules: ctx.rules },
});

/** The decision already taken on this id here, if any (a transfer OUT with this id is a misrouted message). */
async function existingDecision(tx: Sql, id: string): Promise<TransferRow | null> {
  const existing = await lockTransfer(tx, id);
  if (existing?.direction === 'OUT') throw badInput('message.id', `transfer ${id} was issued by this province, not to it`);
  return existing;
}

/**
 * Takes the destination's decision: RECEIVED, or REJECTED with the reason. A record this database refuses
 * (a constraint) is rejected rather than retried for ever: the savepoint undoes the partial import.
 */
async function decideIncoming(tx: Sql, t: NewTransfer, ctx: ProvinceContext): Promise<TransferRow> {
  const parts = recordPartsOf(ctx, t.fromProvince);
  const problem = await receiveProblem(tx, t);
  if (problem) return insertIncoming(tx, t, { state: 'REJECTED', reason: problem }, null, parts);
  const receivedOn = await receiptDay(tx, t.issuedOn);
  await tx.rows('SAVEPOINT receive_transfer');
  try {
    const row = await insertIncoming(tx, t, { state: 'RECEIVED', reason: null }, receivedOn, parts);
    await tx.rows('RELEASE SAVEPOINT receive_transfer');
    return row;
  } catch (error) {
    await tx.rows('ROLLBACK TO SAVEPOINT receive_transfer');
    const reason = `the record could not be stored here: ${(error as Error).message}`.slice(0, 1000);
    return insertIncoming(tx, t, { state: 'REJECTED', reason } satisfies IncomingDecision, null, parts);
  }
}

export const transferProvinceFields: Pick<Province01Resolvers, 'transfers' | 'transfer' | 'carrierOutbox' | 'citizenIdHashes'> = {
  async transfers(_, args, ctx) {
    requireExactTransferReader(ctx, 'transfers');
    const first = checkFirst(args.first);
    const filter = { direction: args.direction, state: args.state, dueDays: TRANSFER_DUE_DAYS };
    const { rows, total } = await listTransfers(ctx.db.sql, filter, decodeTransferCursor(args.after), first + 1);
    for (const r of rows) ctx.loaders.transfer.prime(r.id, r);
    const nodes = rows.slice(0, first);
    const edges = nodes.map((node) => ({ cursor: encodeTransferCursor(node), node }));
    return { totalCount: total, edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  },
  transfer(_, args, ctx) {
    if (!isUuid(args.id)) throw badInput('id', `must be a UUID; got ${JSON.stringify(args.id)}`);
    return ctx.loaders.transfer.load(args.id);
  },
  async carrierOutbox(_, _args, ctx) {
    requireSystemOf(ctx, 'the carrier outbox', ctx.province.code);
    const [transfers, unconfirmed, reports] = await Promise.all([
      openOutgoing(ctx.db.sql),
      unconfirmedIncoming(ctx.db.sql),
      unpushedSubmissions(ctx.db.sql),
    ]);
    return { transfers, unconfirmed, reports };
  },
  async citizenIdHashes(_, _args, ctx) {
    const rows = await countedCitizenIds(ctx.db.sql);
    return rows.map((r) => ({ hash: createHmac('sha256', ctx.citizenIdHashKey).update(r.citizen_id).digest('hex'), transferId: r.transfer_id }));
  },
};

export const transferMutations: ProvinceMutationsResolvers = {
  async issueTransfer(_, { input }, ctx) {
    requireOfficer(ctx, 'issuing a transfer');
    const errors = new FieldErrors();
    const today = todayInVietnam();
    const own = ctx.province.code;
    errors.check(isUuid(input.memberId), 'input.memberId', `must be a member id (UUID); got ${JSON.stringify(input.memberId)}`);
    errors.check(
      !!findProvince(input.toProvince) && input.toProvince !== own,
      'input.toProvince',
      input.toProvince === own ? 'must be another province than this one' : `is not a province code; got ${JSON.stringify(input.toProvince)}`,
    );
    errors.check(isUuid(input.toOrgId), 'input.toOrgId', `must be an organisation id (UUID) of the destination; got ${JSON.stringify(input.toOrgId)}`);
    const letterNo = input.letterNo.trim();
    errors.check(letterNo.length >= 1 && letterNo.length <= LETTER_MAX, 'input.letterNo', `must be 1 to ${LETTER_MAX} characters`);
    errors.check(isIsoDate(input.issuedOn) && input.issuedOn <= today, 'input.issuedOn', `must not be in the future (today is ${today}); got ${input.issuedOn}`);
    errors.throwIfAny();
    return ctx.db.transaction(async (tx) => {
      const member = await lockMember(tx, input.memberId);
      if (!member || member.left_on !== null) {
        errors.add('input.memberId', `no member ${input.memberId} is counted by province ${own}`);
      } else {
        const open = await openTransferOf(tx, member.id);
        if (open) errors.add('input.memberId', `already has transfer ${open.id} in progress (${open.state})`);
        else if (member.state !== 'ACTIVE' && member.state !== 'EXEMPT') {
          errors.add('input.memberId', `is ${member.state}: only an active or exempt member can be transferred`);
        }
        errors.check(input.issuedOn >= member.joined_on, 'input.issuedOn', `must not be before the member joined this province (${member.joined_on})`);
      }
      errors.throwIfAny();
      const record = await exportRecord(tx, member!.id, recordPartsOf(ctx));
      const transfer = await insertOutgoing(tx, {
        id: randomUUID(), kind: input.kind, memberId: member!.id, fromProvince: own, toProvince: input.toProvince,
        toOrgId: input.toOrgId, letterNo, issuedOn: input.issuedOn, previousState: member!.state, record,
      });
      await writeAudit(tx, {
        actor: ctx.actor, operation: 'issueTransfer', memberIds: [member!.id],
        details: { transferId: transfer.id, kind: transfer.kind, toProvince: transfer.to_province, letterNo },
      });
      ctx.loaders.member.clear(member!.id);
      return { transfer };
    });
  },

  async cancelTransfer(_, { input }, ctx) {
    requireOfficer(ctx, 'cancelling a transfer');
    const errors = new FieldErrors();
    errors.check(isUuid(input.transferId), 'input.transferId', `must be a transfer id (UUID); got ${JSON.stringify(input.transferId)}`);
    const reason = input.reason.trim();
    errors.check(reason.length >= 3 && reason.length <= 1000, 'input.reason', 'must say why, in 3 to 1000 characters');
    errors.throwIfAny();
    return ctx.db.transaction(async (tx) => {
      const t = await lockTransfer(tx, input.transferId);
      if (!t || t.direction !== 'OUT') errors.add('input.transferId', `no transfer ${input.transferId} issued by province ${ctx.province.code}`);
      else if (t.state !== 'ISSUED' && t.state !== 'CANCEL_REQUESTED') {
        errors.add('input.transferId', `is already ${t.state}: only a transfer not yet received can be cancelled`);
      }
      errors.throwIfAny();
      if (t!.state === 'CANCEL_REQUESTED') return { transfer: t! };
      const transfer = await requestCancel(tx, t!.id, reason);
      await writeAudit(tx, { actor: ctx.actor, operation: 'cancelTransfer', memberIds: [t!.member_id], details: { transferId: t!.id, reason } });
      return { transfer };
    });
  },

  async acceptTransfer(_, { message }, ctx) {
    requireSystemOf(ctx, 'delivering a transfer', message.fromProvince);
    const t = checkMessage(message, ctx);
    return ctx.db.transaction(async (tx) => {
      await lockTransferId(tx, t.id);
      const existing = await existingDecision(tx, t.id);
      if (existing) return decisionOf(existing);
      const row = await decideIncoming(tx, t, ctx);
      await writeAudit(tx, {
        actor: ctx.actor, operation: 'acceptTransfer', memberIds: [t.memberId],
        details: { transferId: t.id, fromProvince: t.fromProvince, state: row.state, reason: row.reason },
      });
      return decisionOf(row);
    });
  },

  async cancelIncomingTransfer(_, { message }, ctx) {
    requireSystemOf(ctx, 'cancelling a transfer at its destination', message.fromProvince);
    const t = checkMessage(message, ctx);
    return ctx.db.transaction(async (tx) => {
      await lockTransferId(tx, t.id);
      const existing = await existingDecision(tx, t.id);
      if (existing) return decisionOf(existing);
      const row = await insertIncoming(tx, t, { state: 'CANCELLED', reason: 'cancelled by the source before receipt' }, null, recordPartsOf(ctx, t.fromProvince));
      await writeAudit(tx, { actor: ctx.actor, operation: 'cancelIncomingTransfer', memberIds: [t.memberId], details: { transferId: t.id } });
      return decisionOf(row);
    });
  },

  async settleTransfer(_, { input }, ctx) {
    requireSystemOf(ctx, 'acknowledging a transfer', ctx.province.code);
    const errors = new FieldErrors();
    errors.check(isUuid(input.id), 'input.id', `must be a transfer id (UUID); got ${JSON.stringify(input.id)}`);
    const final = input.state === 'RECEIVED' || input.state === 'CANCELLED' || input.state === 'REJECTED';
    errors.check(final, 'input.state', `must be RECEIVED, CANCELLED or REJECTED; got ${input.state}`);
    errors.check((input.state === 'RECEIVED') === (input.receivedOn != null), 'input.receivedOn', 'is given exactly when the state is RECEIVED');
    errors.throwIfAny();
    return ctx.db.transaction(async (tx) => {
      const t = await lockTransfer(tx, input.id);
      errors.check(t?.direction === 'OUT', 'input.id', `no transfer ${input.id} issued by province ${ctx.province.code}`);
      errors.throwIfAny();
      if (t!.settled_at) return t!; // a repeated acknowledgement: the decision is applied once
      const row = await settleOutgoing(tx, t!, {
        state: input.state as 'RECEIVED' | 'CANCELLED' | 'REJECTED',
        receivedOn: input.receivedOn ?? null,
        reason: input.reason ?? null,
      });
      await writeAudit(tx, {
        actor: ctx.actor, operation: 'settleTransfer', memberIds: [t!.member_id],
        details: { transferId: t!.id, state: row.state, receivedOn: row.received_on },
      });
      ctx.loaders.member.clear(t!.member_id);
      return row;
    });
  },

  async confirmTransferSettled(_, { id }, ctx) {
    if (ctx.actor.principal?.role !== 'SYSTEM') requireSystemOf(ctx, 'confirming a transfer', ctx.province.code);
    if (!isUuid(id)) throw badInput('id', `must be a transfer id (UUID); got ${JSON.stringify(id)}`);
    return ctx.db.transaction(async (tx) => {
      const t = await lockTransfer(tx, id);
      if (t?.direction !== 'IN') throw badInput('id', `no transfer ${id} received by province ${ctx.province.code}`);
      requireSystemOf(ctx, 'confirming a transfer', ctx.province.code, t.from_province);
      if (t.settled_at) return t;
      const row = (await confirmIncoming(tx, id))!;
      await writeAudit(tx, { actor: ctx.actor, operation: 'confirmTransferSettled', memberIds: [t.member_id], details: { transferId: id } });
      return row;
    });
  },
};

const stateOf = (t: TransferRow) => (t.state === 'ISSUED' && dueOn(t.issued_on) < todayInVietnam() ? 'OVERDUE' : t.state);

export const transferResolvers: TransferResolvers = {
  state: stateOf,
  memberId: (t) => t.member_id,
  member: (t, _a, ctx) => ctx.loaders.member.load(t.member_id),
  fullName: (t) => t.record.member.full_name,
  fromProvince: (t) => t.from_province,
  toProvince: (t) => t.to_province,
  toOrgId: (t) => t.to_org_id,
  letterNo: (t) => t.letter_no,
  issuedOn: (t) => t.issued_on,
  dueOn: (t) => dueOn(t.issued_on),
  receivedOn: (t) => t.received_on,
  settledAt: (t) => t.settled_at,
};

export const transferMessageResolvers: TransferMessageResolvers = {
  action: (t) => (t.state === 'CANCEL_REQUESTED' ? 'CANCEL' : 'DELIVER'),
  memberId: (t) => t.member_id,
  fromProvince: (t) => t.from_province,
  toProvince: (t) => t.to_province,
  toOrgId: (t) => t.to_org_id,
  letterNo: (t) => t.letter_no,
  issuedOn: (t) => t.issued_on,
  record: (t) => JSON.stringify(t.record),
};

export const carrierOutboxResolvers: CarrierOutboxResolvers = {
  transfers: (o) => o.transfers,
  unconfirmedReceipts: (o) => o.unconfirmed.map((u) => ({ id: u.id, fromProvince: u.from_province })),
  reports: (o) => o.reports,
};

// The counts from the report summary (migration 051); the two lists of ids read once per report object (one
// statement over the open transfers for both fields).
const listsCache = new WeakMap<ReportParent, Promise<TransferLists>>();
const listsOf = (r: ReportParent, ctx: ProvinceContext): Promise<TransferLists> => {
  let p = listsCache.get(r);
  if (!p) {
    p = transferLists(ctx.db.sql, r.lastDay);
    listsCache.set(r, p);
  }
  return p;
};

export const transferReportResolvers: ProvinceReportResolvers = {
  // rounded for analysts like every count (docs/disclosure-control.md, which says what the transfer lists still show)
  transfersIn: (r, _a, ctx) => discloseCount(ctx, 'transfers.in', transferCounts(r.summary).transfers_in),
  transfersOut: (r, _a, ctx) => discloseCount(ctx, 'transfers.out', transferCounts(r.summary).transfers_out),
  overdueTransfersOut: (r, _a, ctx) => discloseCount(ctx, 'transfers.overdueOut', transferCounts(r.summary).overdue_out),
  transfersOutPending: async (r, _a, ctx) => {
    requireExactTransferReader(ctx, 'transfersOutPending');
    return (await listsOf(r, ctx)).out_pending;
  },
  transfersInUnconfirmed: async (r, _a, ctx) => {
    requireExactTransferReader(ctx, 'transfersInUnconfirmed');
    return (await listsOf(r, ctx)).in_unconfirmed;
  },
};

/** A submitted snapshot's lists: the same rule as the live report's. */
export const reportFiguresResolvers: ReportFiguresResolvers = {
  transfersOutPending: (f, _a, ctx) => (requireExactTransferReader(ctx, 'transfersOutPending'), f.transfersOutPending),
  transfersInUnconfirmed: (f, _a, ctx) => (requireExactTransferReader(ctx, 'transfersInUnconfirmed'), f.transfersInUnconfirmed),
};
