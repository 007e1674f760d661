// Process 6, directives down and feedback up: publish, read receipts, feedback and answers. Each write validates
// its whole input, re-checks stored rows in one transaction, and leaves an audit row.
import { isUuid } from '../../../../shared/pagination.ts';
import { FieldErrors } from '../../../../shared/validation.ts';
import { forbidden, principalOf, requireRole } from '../../core/access.ts';
import type { ProvinceContext } from '../../context.ts';
import { writeAudit } from '../../core/audit.ts';
import {
  answer, inAudience, insertDirective, insertFeedback, lockFeedback, orgsUnderIssuer, recordRead,
} from './db.ts';
import { orgById } from '../../core/lookups.ts';
import type { Sql } from '../../core/sql.ts';
import type { MemberRow } from '../../core/rows.ts';
import type { DirectiveRow } from './rows.ts';
import type { ProvinceMutationsResolvers } from '../../generated/resolvers.ts';

const ISSUER_LEVELS = ['TINH', 'XA'];
const MAX_AUDIENCE = 200;

const uuidCheck = (errors: FieldErrors, field: string, value: string) =>
  errors.check(isUuid(value), field, `must be a UUID; got ${JSON.stringify(value)}`);

/** Checks a trimmed text's length; returns the trimmed text. */
function text(errors: FieldErrors, field: string, value: string, max: number): string {
  const t = value.trim();
  errors.check(t.length >= 1 && t.length <= max, field, `must be 1 to ${max} characters`);
  return t;
}

/** The directive and the member (directives never change, so nothing is locked); errors unless the member is in its audience. */
async function checkReader(
  tx: Sql, errors: FieldErrors, ctx: ProvinceContext, directiveId: string, memberId: string,
): Promise<{ directive: DirectiveRow; member: MemberRow }> {
  const [directive] = await tx.rows<DirectiveRow>('SELECT * FROM directive WHERE id = $1::uuid', [directiveId]);
  const [member] = await tx.rows<MemberRow>('SELECT * FROM member WHERE id = $1::uuid', [memberId]);
  if (!directive) errors.add('input.directiveId', `no directive ${directiveId} in province ${ctx.province.code}`);
  if (!member) errors.add('input.memberId', `no member ${memberId} in province ${ctx.province.code}`);
  if (directive && member && !(await inAudience(tx, directiveId, memberId))) {
    errors.add('input.memberId', `is not in the directive's audience (a live, not exempt member whose cell is under an audience organisation)`);
  }
  errors.throwIfAny();
  return { directive, member };
}

/** A member's own act: the MEMBER token must be the memberId's (checked after the input is validated). */
function requireSelf(ctx: ProvinceContext, memberId: string): void {
  const principal = principalOf(ctx);
  if (principal.role !== 'MEMBER' || principal.member !== memberId) {
    throw forbidden(`a member marks and answers directives only for themselves; your token is for ${principal.role === 'MEMBER' ? `member ${principal.member}` : principal.role}`);
  }
}

/** FORBIDDEN unless a commune officer acts for their own commune committee (province officers act for any). */
function requireCommitteeOfficer(ctx: ProvinceContext, issuer: { id: string; commune_code: string | null; level: string }): void {
  const principal = principalOf(ctx);
  if (principal.role === 'COMMUNE_OFFICER' && !(issuer.level === 'XA' && issuer.commune_code === principal.commune)) {
    throw forbidden(`a commune officer acts for their own commune committee (${principal.commune}) only; this is organisation ${issuer.id}`);
  }
}

export const directiveMutations: ProvinceMutationsResolvers = {
  async publishDirective(_, { input }, ctx) {
    requireRole(ctx, 'publishDirective', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER');
    const errors = new FieldErrors();
    uuidCheck(errors, 'input.issuerOrgId', input.issuerOrgId);
    const title = text(errors, 'input.title', input.title, 300);
    const docNo = input.docNo == null ? null : text(errors, 'input.docNo', input.docNo, 50);
    const body = text(errors, 'input.body', input.body, 20000);
    const ids = input.audienceOrgIds;
    errors.check(ids.length >= 1 && ids.length <= MAX_AUDIENCE, 'input.audienceOrgIds', `must hold 1 to ${MAX_AUDIENCE} organisations; got ${ids.length}`);
    ids.forEach((id, i) => {
      if (uuidCheck(errors, `input.audienceOrgIds[${i}]`, id)) {
        errors.check(ids.indexOf(id) === i, `input.audienceOrgIds[${i}]`, 'appears twice in the list');
      }
    });
    errors.throwIfAny();
    return ctx.db.transaction(async (tx) => {
      const issuer = await orgById(tx, input.issuerOrgId);
      if (!issuer) errors.add('input.issuerOrgId', `no organisation ${input.issuerOrgId} in province ${ctx.province.code}`);
      else if (!ISSUER_LEVELS.includes(issuer.level)) errors.add('input.issuerOrgId', `is a ${issuer.level} organisation; directives come from the provincial committee (TINH) or a commune committee (XA)`);
      else if (!issuer.active) errors.add('input.issuerOrgId', 'is not active');
      if (issuer) {
        const found = new Map((await orgsUnderIssuer(tx, issuer.id, ids)).map((o) => [o.id, o]));
        ids.forEach((id, i) => {
          const org = found.get(id);
          if (!org) errors.add(`input.audienceOrgIds[${i}]`, `no organisation ${id} in province ${ctx.province.code}`);
          else if (!org.under_issuer) errors.add(`input.audienceOrgIds[${i}]`, `is not under the issuer ${issuer.name}: a committee addresses its own subtree`);
          else if (!org.active) errors.add(`input.audienceOrgIds[${i}]`, 'is not active');
        });
      }
      errors.throwIfAny();
      requireCommitteeOfficer(ctx, issuer!);
      const directive = await insertDirective(tx, { issuerOrgId: input.issuerOrgId, title, docNo, body, audienceOrgIds: ids, publishedBy: ctx.actor.id });
      await writeAudit(tx, {
        actor: ctx.actor,
        operation: 'publishDirective',
        details: { directiveId: directive.id, issuerOrgId: input.issuerOrgId, audienceOrgIds: ids },
      });
      ctx.loaders.directive.prime(directive.id, directive);
      return { directive };
    });
  },

  async markDirectiveRead(_, { input }, ctx) {
    requireRole(ctx, 'markDirectiveRead', 'MEMBER');
    const errors = new FieldErrors();
    uuidCheck(errors, 'input.directiveId', input.directiveId);
    uuidCheck(errors, 'input.memberId', input.memberId);
    errors.throwIfAny();
    requireSelf(ctx, input.memberId);
    return ctx.db.transaction(async (tx) => {
      const { directive, member } = await checkReader(tx, errors, ctx, input.directiveId, input.memberId);
      const read = await recordRead(tx, input.directiveId, input.memberId);
      // a repeated mark writes nothing, so it leaves no audit row either
      if (read.first_read) {
        await writeAudit(tx, { actor: ctx.actor, operation: 'markDirectiveRead', memberIds: [input.memberId], details: { directiveId: input.directiveId } });
      }
      return { directive, member, readAt: read.read_at, firstRead: read.first_read };
    });
  },

  async submitFeedback(_, { input }, ctx) {
    requireRole(ctx, 'submitFeedback', 'MEMBER');
    const errors = new FieldErrors();
    uuidCheck(errors, 'input.directiveId', input.directiveId);
    uuidCheck(errors, 'input.memberId', input.memberId);
    const body = text(errors, 'input.body', input.body, 5000);
    errors.throwIfAny();
    requireSelf(ctx, input.memberId);
    return ctx.db.transaction(async (tx) => {
      await checkReader(tx, errors, ctx, input.directiveId, input.memberId);
      const feedback = await insertFeedback(tx, input.directiveId, input.memberId, body);
      await writeAudit(tx, {
        actor: ctx.actor, operation: 'submitFeedback', memberIds: [input.memberId], details: { directiveId: input.directiveId, feedbackId: feedback.id },
      });
      return { feedback };
    });
  },

  async answerFeedback(_, { input }, ctx) {
    requireRole(ctx, 'answerFeedback', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER');
    const errors = new FieldErrors();
    uuidCheck(errors, 'input.feedbackId', input.feedbackId);
    const reply = text(errors, 'input.answer', input.answer, 5000);
    errors.throwIfAny();
    return ctx.db.transaction(async (tx) => {
      const before = await lockFeedback(tx, input.feedbackId);
      errors.check(before !== null, 'input.feedbackId', `no feedback ${input.feedbackId} in province ${ctx.province.code}`);
      errors.throwIfAny();
      // the committee that published the directive answers: its commune's officers, or province officers
      const [issuer] = await tx.rows<{ id: string; commune_code: string | null; level: string }>(
        'SELECT o.id, o.commune_code, o.level FROM directive d JOIN party_org o ON o.id = d.issuer_org_id WHERE d.id = $1::uuid',
        [before!.directive_id],
      );
      requireCommitteeOfficer(ctx, issuer);
      errors.check(before!.status === 'OPEN', 'input.feedbackId', `is already ${before!.status}; only OPEN feedback is answered`);
      errors.throwIfAny();
      const status = input.close ? 'CLOSED' : 'ANSWERED';
      const feedback = await answer(tx, input.feedbackId, reply, status, ctx.actor.id);
      await writeAudit(tx, {
        actor: ctx.actor, operation: 'answerFeedback', memberIds: [feedback.member_id], details: { feedbackId: feedback.id, status },
      });
      return { feedback };
    });
  },
};
