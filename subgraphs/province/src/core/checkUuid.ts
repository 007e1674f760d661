// Id arguments of every area's queries.
import { badInput } from '../../../shared/errors.ts';
import { isUuid } from '../../../shared/pagination.ts';

/** An id argument must be a UUID: a malformed one is the caller's mistake, not "not found". */
export function checkUuid(field: string, id: string): string {
  if (!isUuid(id)) throw badInput(field, `must be a UUID; got ${JSON.stringify(id)}`);
  return id;
}
