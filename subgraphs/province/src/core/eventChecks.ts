// Checks shared by the writes of cards, badges, exemption and exits: input checks record a field error and go on,
// so one BAD_USER_INPUT error names every bad field; lockMemberInScope is the access check on the member written.
import { isUuid } from '../../../shared/pagination.ts';
import { isIsoDate } from '../../../shared/scalars.ts';
import type { FieldErrors } from '../../../shared/validation.ts';
import { canSeeMember, forbidden, type MemberScope } from './access.ts';
import type { ProvinceContext } from '../context.ts';
import { lockMember } from './lookups.ts';
import type { Sql } from './sql.ts';
import type { MemberRow } from './rows.ts';

export function checkMemberId(errors: FieldErrors, memberId: string): boolean {
  return errors.check(isUuid(memberId), 'input.memberId', `must be a member id (UUID); got ${JSON.stringify(memberId)}`);
}

/** A decision or resolution number: trimmed, 1 to 100 characters. Returns the trimmed value. */
export function checkDecisionNo(errors: FieldErrors, field: string, value: string): string {
  const v = value.trim();
  errors.check(v.length >= 1 && v.length <= 100, field, 'must be the decision number, 1 to 100 characters');
  return v;
}

/** A date that has happened: decisions record what was resolved, never ahead of today (Vietnam time). */
export function checkPastDate(errors: FieldErrors, field: string, value: string, today: string): boolean {
  return errors.check(isIsoDate(value) && value <= today, field, `must not be in the future (today is ${today}); got ${value}`);
}

/** Locks the member (FORBIDDEN outside the writer's scope, like a missing one for non-province scopes). */
export async function lockMemberInScope(
  tx: Sql, ctx: ProvinceContext, scope: MemberScope, errors: FieldErrors, memberId: string,
): Promise<MemberRow> {
  const member = await lockMember(tx, memberId);
  if (scope.kind !== 'province' && (member === null || !(await canSeeMember(ctx, member)))) {
    throw forbidden(`member ${memberId} is not in your scope (${ctx.actor.role})`);
  }
  if (!errors.check(member !== null, 'input.memberId', `no member ${memberId} in province ${ctx.province.code}`)) errors.throwIfAny();
  return member!;
}
