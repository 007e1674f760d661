import { todayInVietnam } from '../../../../shared/period.ts';
import { addDays } from '../../core/months.ts';
// Rules of process 4 (transfers) that are configuration. The 30 days are [V] (the letter must be presented
// within 30 days, sgu.edu.vn), kept here with the spec's value so a change is one line.

/** Days after issue within which the letter must be received; past them an unreceived transfer is OVERDUE. */
export const TRANSFER_DUE_DAYS = 30;

// The key of the citizen-ID hash (CITIZEN_ID_HASH_KEY) is configuration read by the entry (src/config.ts) and
// reaches the resolvers as ctx.citizenIdHashKey.

// One definition for the whole project (subgraphs/shared/period.ts); re-exported for this module's users.
export { todayInVietnam };

/** Last day to present the letter. */
export const dueOn = (issuedOn: string): string => addDays(issuedOn, TRANSFER_DUE_DAYS);
