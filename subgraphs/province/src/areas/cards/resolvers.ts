// Process 3, party cards: issue (official members only), reissue, loss; the members without one; report figures.
import { checkFirst, decodeCursor, toPage } from '../../../../shared/pagination.ts';
import { canSeeMember, discloseCount, forbidden, requireMemberScope, scopeArgs, type MemberScope } from '../../core/access.ts';
import { FieldErrors } from '../../../../shared/validation.ts';
import type {
  MemberResolvers, PartyCardResolvers, Province01Resolvers, ProvinceMutationsResolvers,
  ProvinceReportResolvers,
} from '../../generated/resolvers.ts';
import { writeAudit } from '../../core/audit.ts';
import { cardByNumber, insertCard, numberTaken, officialWithoutCardPage } from './db.ts';
import { endCard, lockLatestCard } from '../../core/partyCards.ts';
import type { MemberRow } from '../../core/rows.ts';
import type { Sql } from '../../core/sql.ts';
import type { ProvinceContext } from '../../context.ts';
import { loadExisting } from '../../core/loaders.ts';
import { todayInVietnam } from '../../core/months.ts';
import { checkDecisionNo, checkMemberId, checkPastDate, lockMemberInScope } from '../../core/eventChecks.ts';

/** Opaque, but printable and short: letters, digits and the separators seen on cards. */
const CARD_NUMBER = /^[0-9A-Za-z./-]{1,30}$/;

function checkNumber(errors: FieldErrors, number: string): string {
  const n = number.trim();
  errors.check(CARD_NUMBER.test(n), 'input.number', `must be 1 to 30 letters, digits, '.', '/' or '-'; got ${JSON.stringify(number)}`);
  return n;
}

/**
 * Who writes cards: the committees that decide them, i.e. province officers, and commune officers for the members
 * of their commune's cells. Returns the writer's scope; a member outside it is FORBIDDEN (checked once locked).
 */
const cardWriter = (ctx: ProvinceContext, what: string): MemberScope => requireMemberScope(ctx, what, 'commune');

/** Locks the member and checks they can hold a card on `day`: here, not left, official by then. */
async function lockCardHolder(
  tx: Sql, ctx: ProvinceContext, scope: MemberScope, errors: FieldErrors, memberId: string, day: string, dayField: string,
): Promise<MemberRow> {
  const member = await lockMemberInScope(tx, ctx, scope, errors, memberId);
  const m = member!;
  if (m.left_on !== null) {
    errors.add('input.memberId', `left the Party organisation here on ${m.left_on} (${m.state}): no card is issued`);
  } else if (m.status !== 'CHINH_THUC') {
    errors.add('input.memberId', 'is probationary (dự bị): party cards are issued to official members only');
  } else if (day < m.official_date!) {
    errors.add(dayField, `is before the member became official (${m.official_date})`);
  }
  return m;
}

export const cardMutations: ProvinceMutationsResolvers = {
  async issueCard(_, { input }, ctx) {
    const scope = cardWriter(ctx, 'issueCard');
    const errors = new FieldErrors();
    const today = todayInVietnam();
    checkMemberId(errors, input.memberId);
    const number = checkNumber(errors, input.number);
    const decisionNo = checkDecisionNo(errors, 'input.decisionNo', input.decisionNo);
    checkPastDate(errors, 'input.issuedOn', input.issuedOn, today);
    errors.throwIfAny();
    return ctx.db.transaction(async (tx) => {
      const member = await lockCardHolder(tx, ctx, scope, errors, input.memberId, input.issuedOn, 'input.issuedOn');
      const latest = await lockLatestCard(tx, member.id);
      if (latest) errors.add('input.memberId', `already has card ${latest.number} (${latest.status}): use reissueCard`);
      if (await numberTaken(tx, number)) errors.add('input.number', `card ${number} already exists in this province`);
      errors.throwIfAny();
      const card = await insertCard(tx, { memberId: member.id, number, issuedOn: input.issuedOn, decisionNo });
      await writeAudit(tx, { actor: ctx.actor, operation: 'issueCard', memberIds: [member.id], details: { number, issuedOn: input.issuedOn, decisionNo } });
      ctx.loaders.partyCards.clear(member.id);
      return { card, previous: null, member };
    });
  },

  async reissueCard(_, { input }, ctx) {
    const scope = cardWriter(ctx, 'reissueCard');
    const errors = new FieldErrors();
    const today = todayInVietnam();
    checkMemberId(errors, input.memberId);
    const number = checkNumber(errors, input.number);
    const decisionNo = checkDecisionNo(errors, 'input.decisionNo', input.decisionNo);
    checkPastDate(errors, 'input.issuedOn', input.issuedOn, today);
    errors.throwIfAny();
    return ctx.db.transaction(async (tx) => {
      const member = await lockCardHolder(tx, ctx, scope, errors, input.memberId, input.issuedOn, 'input.issuedOn');
      const latest = await lockLatestCard(tx, member.id);
      if (!latest) {
        errors.add('input.memberId', 'has never had a card: use issueCard');
      } else if (input.issuedOn <= latest.issued_on || (latest.ended_on !== null && input.issuedOn < latest.ended_on)) {
        errors.add('input.issuedOn', `must be after card ${latest.number} was issued (${latest.issued_on})${latest.ended_on ? ` and not before it ended (${latest.ended_on})` : ''}`);
      }
      if (await numberTaken(tx, number)) errors.add('input.number', `card ${number} already exists in this province`);
      errors.throwIfAny();
      const old = latest!;
      // A card still valid stops being valid the day its replacement is issued; a lost card ended already.
      const previous = old.status === 'ACTIVE'
        ? await endCard(tx, old.id, input.reason === 'LOST' ? 'LOST' : 'REISSUED', input.issuedOn)
        : old;
      const card = await insertCard(tx, {
        memberId: member.id, number, issuedOn: input.issuedOn, decisionNo, replaces: { id: old.id, reason: input.reason },
      });
      await writeAudit(tx, {
        actor: ctx.actor, operation: 'reissueCard', memberIds: [member.id],
        details: { number, replaces: old.number, reason: input.reason, issuedOn: input.issuedOn, decisionNo },
      });
      ctx.loaders.partyCards.clear(member.id);
      return { card, previous, member };
    });
  },

  async reportCardLost(_, { input }, ctx) {
    const scope = cardWriter(ctx, 'reportCardLost');
    const errors = new FieldErrors();
    checkMemberId(errors, input.memberId);
    checkPastDate(errors, 'input.lostOn', input.lostOn, todayInVietnam());
    errors.throwIfAny();
    return ctx.db.transaction(async (tx) => {
      const member = await lockMemberInScope(tx, ctx, scope, errors, input.memberId);
      const latest = await lockLatestCard(tx, member.id);
      if (!latest || latest.status !== 'ACTIVE') {
        errors.add('input.memberId', latest ? `holds no valid card (card ${latest.number} is ${latest.status})` : 'holds no card');
      } else if (input.lostOn < latest.issued_on) {
        errors.add('input.lostOn', `is before card ${latest.number} was issued (${latest.issued_on})`);
      }
      errors.throwIfAny();
      const card = await endCard(tx, latest!.id, 'LOST', input.lostOn);
      await writeAudit(tx, { actor: ctx.actor, operation: 'reportCardLost', memberIds: [member.id], details: { number: card.number, lostOn: input.lostOn } });
      ctx.loaders.partyCards.clear(member.id);
      return { card, previous: null, member };
    });
  },
};

export const cardProvinceFields: Pick<Province01Resolvers, 'officialMembersWithoutCard' | 'partyCard'> = {
  async officialMembersWithoutCard(_, args, ctx) {
    const scope = scopeArgs(requireMemberScope(ctx, 'officialMembersWithoutCard', 'cell'));
    const first = checkFirst(args.first);
    const { rows, total } = await officialWithoutCardPage(ctx.db.sql, scope, decodeCursor(args.after), first + 1);
    for (const row of rows) ctx.loaders.member.prime(row.id, row);
    return toPage(rows, first, total);
  },
  async partyCard(_, args, ctx) {
    const scope = requireMemberScope(ctx, 'partyCard');
    const card = await cardByNumber(ctx.db.sql, args.number.trim());
    // As for member(id): outside a province officer's view, "no such card" and "not yours" answer the same.
    if (card === null && scope.kind === 'province') return null;
    const member = card && (await ctx.loaders.member.load(card.member_id));
    if (!member || !(await canSeeMember(ctx, member))) throw forbidden(`card ${args.number} is not in your scope (${ctx.actor.role})`);
    return card;
  },
};

export const partyCardResolvers: PartyCardResolvers = {
  issuedOn: (c) => c.issued_on,
  decisionNo: (c) => c.decision_no,
  endedOn: (c) => c.ended_on,
  reissueReason: (c) => c.reissue_reason,
  replacesNumber: (c) => c.replaces_number,
  member: (c, _a, ctx) => loadExisting(ctx.loaders.member, c.member_id, 'member'),
};

export const memberCardResolvers: Pick<MemberResolvers, 'cardNumber' | 'partyCard' | 'partyCards'> = {
  cardNumber: async (m, _a, ctx) => (await ctx.loaders.partyCards.load(m.id)).find((c) => c.status === 'ACTIVE')?.number ?? null,
  partyCards: (m, _a, ctx) => ctx.loaders.partyCards.load(m.id),
  partyCard: async (m, _a, ctx) => (await ctx.loaders.partyCards.load(m.id)).find((c) => c.status === 'ACTIVE') ?? null,
};

// From the report summary (migration 051): cards issued and reissued in the month (rs_card_counts), official
// members counted on its last day with no card valid that day (rs_card_gap_spans).
export const cardReportResolvers: Pick<ProvinceReportResolvers, 'cards'> = {
  cards: (r, _a, ctx) => ({
    issued: discloseCount(ctx, 'cards.issued', r.summary.get('cards.issued')),
    reissued: discloseCount(ctx, 'cards.reissued', r.summary.get('cards.reissued')),
    officialWithoutCard: discloseCount(ctx, 'members.officialWithoutCard', r.summary.get('cards.without')),
  }),
};
