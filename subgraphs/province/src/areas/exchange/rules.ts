import { todayInVietnam } from '../../../../shared/period.ts';
// Rules of process 4 (transfers) that are configuration. The 30 days are [V] (the letter must be presented
// within 30 days, sgu.edu.vn), kept here with the spec's value so a change is one line.

/** Days after issue within which the letter must be received; past them an unreceived transfer is OVERDUE. */
export const TRANSFER_DUE_DAYS = 30;

/**
 * Key of the salted hash (HMAC-SHA256) of citizen IDs for the national check. Every province must use the same
 * key and the Centre must never hold it (spec §4: a raw CCCD never leaves the province; a hash made without a
 * secret is reversible over 10^12 candidates). Read once from CITIZEN_ID_HASH_KEY; the default is for local runs.
 */
export function citizenIdHashKey(env: NodeJS.ProcessEnv = process.env): string {
  const key = env.CITIZEN_ID_HASH_KEY;
  if (key === undefined || key === '') return 'local-development-citizen-id-hash-key';
  if (key.length < 16) throw new Error(`CITIZEN_ID_HASH_KEY must be at least 16 characters; got ${key.length}`);
  return key;
}

// One definition for the whole project (subgraphs/shared/period.ts); re-exported for this module's users.
export { todayInVietnam };

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Last day to present the letter. */
export const dueOn = (issuedOn: string): string => addDays(issuedOn, TRANSFER_DUE_DAYS);
