// Input checks shared by the writes of cards, badges, exemption and exits: each records a field error and goes on,
// so one BAD_USER_INPUT error names every bad field.
import { isUuid } from '../../../shared/pagination.ts';
import { isIsoDate } from '../../../shared/scalars.ts';
import type { FieldErrors } from '../../../shared/validation.ts';

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
