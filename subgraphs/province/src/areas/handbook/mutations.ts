// Process 5, the electronic handbook: schedule, roll call, held, cancelled. Each write validates its whole input
// (one BAD_USER_INPUT naming every field), re-checks stored rows inside one transaction with the meeting locked,
// and leaves an audit row.
import { isUuid } from '../../../../shared/pagination.ts';
import { FieldErrors } from '../../../../shared/validation.ts';
import { canSeeOrg, forbidden, requireMemberScope } from '../../core/access.ts';
import type { ProvinceContext } from '../../context.ts';
import { writeAudit } from '../../core/audit.ts';
import type { Sql } from '../../core/sql.ts';
import { handbookMeetingsByIds, insertScheduledMeeting, localDay, lockMeeting, markCancelled, markHeld, missingFromRoll, rollCandidates, upsertAttendance, type LockedMeeting } from './db.ts';
import { orgById } from '../../core/lookups.ts';
import type { Presence } from '../../core/rows.ts';
import type { HandbookMeetingRow } from './rows.ts';
import type { ProvinceMutationsResolvers } from '../../generated/resolvers.ts';
import { HANDBOOK_RULES } from './rules.ts';

const CELL_LEVELS = ['CHI_BO', 'CHI_BO_CO_SO'];
const MAX_ENTRIES = 500;
const YEAR_MS = 366 * 24 * 3600_000;

const uuidCheck = (errors: FieldErrors, field: string, value: string) =>
  errors.check(isUuid(value), field, `must be a UUID; got ${JSON.stringify(value)}`);

const notFuture = (errors: FieldErrors, field: string, value: string | null | undefined, now: number) =>
  value == null || errors.check(Date.parse(value) <= now, field, `must not be in the future; got ${value}`);

/** Reads the meeting back inside the transaction and primes the request's loader with it. */
async function readBack(tx: Sql, ctx: ProvinceContext, id: string): Promise<{ meeting: HandbookMeetingRow }> {
  const [meeting] = await handbookMeetingsByIds(tx, [id], HANDBOOK_RULES);
  ctx.loaders.handbookMeeting.clear(id).prime(id, meeting);
  ctx.loaders.attendance.clear(id);
  return { meeting };
}

/** Meeting writes are for the cell's secretary, its commune's officers and province officers (not members). */
const requireMeetingWriter = (ctx: ProvinceContext, what: string) => requireMemberScope(ctx, what, 'cell');

/** FORBIDDEN unless the cell is the writer's (secretary), in their commune (commune officer), or in the province. */
async function requireCellWriter(tx: Sql, ctx: ProvinceContext, cellId: string): Promise<void> {
  const cell = await orgById(tx, cellId);
  if (cell && !(await canSeeOrg(ctx, cell))) throw forbidden(`cell ${cellId} is outside your scope (${ctx.actor.role})`);
}

/**
 * Locks the meeting and checks, in this order: it exists (BAD_USER_INPUT), its cell is the writer's (FORBIDDEN:
 * nothing about a meeting outside one's scope is told), it is in an allowed status (BAD_USER_INPUT).
 */
async function lockFor(
  tx: Sql, ctx: ProvinceContext, errors: FieldErrors, id: string, allowed: readonly LockedMeeting['status'][],
): Promise<LockedMeeting> {
  const meeting = await lockMeeting(tx, id);
  errors.check(meeting !== null, 'input.meetingId', `no meeting ${id} in province ${ctx.province.code}`);
  errors.throwIfAny();
  await requireCellWriter(tx, ctx, meeting!.cell_id);
  errors.check(allowed.includes(meeting!.status), 'input.meetingId', `is ${meeting!.status}; this needs a meeting that is ${allowed.join(' or ')}`);
  errors.throwIfAny();
  return meeting!;
}

export const handbookMutations: ProvinceMutationsResolvers = {
  async scheduleMeeting(_, { input }, ctx) {
    requireMeetingWriter(ctx, 'scheduleMeeting');
    const errors = new FieldErrors();
    const now = Date.now();
    uuidCheck(errors, 'input.cellId', input.cellId);
    const topic = input.topic.trim();
    errors.check(topic.length >= 1 && topic.length <= 500, 'input.topic', 'must be 1 to 500 characters');
    const at = Date.parse(input.scheduledAt);
    errors.check(at > now && at <= now + YEAR_MS, 'input.scheduledAt', `must be in the future, within a year; got ${input.scheduledAt}`);
    notFuture(errors, 'input.docsPublishedAt', input.docsPublishedAt, now);
    errors.throwIfAny();
    return ctx.db.transaction(async (tx) => {
      const cell = await orgById(tx, input.cellId);
      if (!cell) errors.add('input.cellId', `no organisation ${input.cellId} in province ${ctx.province.code}`);
      else if (!CELL_LEVELS.includes(cell.level)) errors.add('input.cellId', `is a ${cell.level} organisation, not a cell (CHI_BO or CHI_BO_CO_SO)`);
      else if (!cell.active) errors.add('input.cellId', 'is not an active cell');
      errors.throwIfAny();
      if (!(await canSeeOrg(ctx, cell!))) throw forbidden(`cell ${input.cellId} is outside your scope (${ctx.actor.role})`);
      const id = await insertScheduledMeeting(tx, {
        cellId: input.cellId, type: input.type, topic, scheduledAt: input.scheduledAt, docsPublishedAt: input.docsPublishedAt ?? null,
      });
      await writeAudit(tx, {
        actor: ctx.actor,
        operation: 'scheduleMeeting',
        details: { meetingId: id, cellId: input.cellId, type: input.type, scheduledAt: input.scheduledAt },
      });
      return readBack(tx, ctx, id);
    });
  },

  async recordAttendance(_, { input }, ctx) {
    requireMeetingWriter(ctx, 'recordAttendance');
    const errors = new FieldErrors();
    uuidCheck(errors, 'input.meetingId', input.meetingId);
    const { entries } = input;
    errors.check(entries.length >= 1 && entries.length <= MAX_ENTRIES, 'input.entries', `must hold 1 to ${MAX_ENTRIES} entries; got ${entries.length}`);
    const seen = new Set<string>();
    entries.forEach((e, i) => {
      if (uuidCheck(errors, `input.entries[${i}].memberId`, e.memberId)) {
        errors.check(!seen.has(e.memberId), `input.entries[${i}].memberId`, 'appears twice in the list');
        seen.add(e.memberId);
      }
    });
    errors.throwIfAny();
    return ctx.db.transaction(async (tx) => {
      const { cell_id: cellId, day } = await lockFor(tx, ctx, errors, input.meetingId, ['SCHEDULED', 'HELD']);
      const candidates = new Map((await rollCandidates(tx, entries.map((e) => e.memberId), day)).map((c) => [c.id, c]));
      entries.forEach((e, i) => {
        const field = `input.entries[${i}].memberId`;
        const member = candidates.get(e.memberId);
        if (!member) errors.add(field, `no member ${e.memberId} in province ${ctx.province.code}`);
        else if (member.cell_id !== cellId) errors.add(field, `is not a member of the meeting's cell ${cellId}`);
        else if (member.state === 'EXEMPT') errors.add(field, 'is exempt from meetings (miễn sinh hoạt): exempt members are not expected');
        else if (!member.expected) errors.add(field, `is not expected at this meeting on ${day}: not counted by the cell that day, exited, or temporarily transferred out (state ${member.state})`);
      });
      errors.throwIfAny();
      await upsertAttendance(tx, input.meetingId, entries);
      const count = (p: Presence) => entries.filter((e) => e.presence === p).length;
      await writeAudit(tx, {
        actor: ctx.actor,
        operation: 'recordAttendance',
        memberIds: entries.map((e) => e.memberId),
        details: { meetingId: input.meetingId, present: count('PRESENT'), excused: count('EXCUSED'), unexcused: count('UNEXCUSED') },
      });
      return readBack(tx, ctx, input.meetingId);
    });
  },

  async recordMeetingHeld(_, { input }, ctx) {
    requireMeetingWriter(ctx, 'recordMeetingHeld');
    const errors = new FieldErrors();
    const now = Date.now();
    uuidCheck(errors, 'input.meetingId', input.meetingId);
    const start = Date.parse(input.startedAt);
    const end = Date.parse(input.endedAt);
    notFuture(errors, 'input.startedAt', input.startedAt, now);
    if (notFuture(errors, 'input.endedAt', input.endedAt, now)) {
      const hours = HANDBOOK_RULES.maxMeetingHours;
      errors.check(end > start && end - start <= hours * 3600_000, 'input.endedAt', `must be after startedAt and within ${hours} hours of it; got ${input.endedAt}`);
    }
    notFuture(errors, 'input.docsPublishedAt', input.docsPublishedAt, now);
    errors.throwIfAny();
    return ctx.db.transaction(async (tx) => {
      const meeting = await lockFor(tx, ctx, errors, input.meetingId, ['SCHEDULED']);
      // the roll must be complete for the day it was held: the report's attendance rate is present ÷ roll rows
      const day = await localDay(tx, input.startedAt);
      const missing = await missingFromRoll(tx, meeting, day);
      errors.check(missing.length === 0, 'input.meetingId',
        `attendance is not recorded for ${missing.length} expected member(s) (${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''}); record it with recordAttendance first`);
      errors.throwIfAny();
      await markHeld(tx, input.meetingId, input.startedAt, input.endedAt, input.docsPublishedAt ?? null);
      await writeAudit(tx, {
        actor: ctx.actor,
        operation: 'recordMeetingHeld',
        details: { meetingId: input.meetingId, startedAt: input.startedAt, endedAt: input.endedAt },
      });
      return readBack(tx, ctx, input.meetingId);
    });
  },

  async cancelMeeting(_, { input }, ctx) {
    requireMeetingWriter(ctx, 'cancelMeeting');
    const errors = new FieldErrors();
    uuidCheck(errors, 'input.meetingId', input.meetingId);
    const reason = input.reason.trim();
    errors.check(reason.length >= 3 && reason.length <= 1000, 'input.reason', 'must say why, in 3 to 1000 characters');
    errors.throwIfAny();
    return ctx.db.transaction(async (tx) => {
      await lockFor(tx, ctx, errors, input.meetingId, ['SCHEDULED']);
      await markCancelled(tx, input.meetingId, reason);
      await writeAudit(tx, { actor: ctx.actor, operation: 'cancelMeeting', details: { meetingId: input.meetingId, reason } });
      return readBack(tx, ctx, input.meetingId);
    });
  },
};
