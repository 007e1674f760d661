// DataLoaders, created per request: every lookup by key in a request becomes one `= ANY($1)` statement, so a page
// of members with their cells and the cells' parents costs a constant number of statements.
import DataLoader from 'dataloader';
import type { ProvinceDb } from './db/ProvinceDb.ts';
import type { AttendanceRow, MemberRow, OrgRow } from './db/rows.ts';
import { correctionsOfMembers, type CorrectionRow } from './db/corrections.ts';
import { transfersByIds, type TransferRow } from './db/transfers.ts';
import { cardsOfMembers } from './db/cards.ts';
import { awardsOfMembers, interruptionsOfMembers } from './db/badges.ts';
import { exemptionsOfMembers, exitsOfMembers } from './db/lifecycle.ts';
import type { BadgeAwardRow, ExemptionRow, ExitRow, InterruptionRow, PartyCardRow } from './db/rows.ts';
import { basesOfMembers } from './db/fees.ts';
import { ratingsOfMembers } from './db/quality.ts';
import type { FeeBasisRow, QualityRatingRow } from './db/rows.ts';
import { handbookMeetingsByIds } from './db/handbook.ts';
import { audienceOfDirectives, directivesByIds, feedbackOfDirectives, readCountsOfDirectives } from './db/directives.ts';
import type { DirectiveFeedbackRow, DirectiveRow, HandbookMeetingRow } from './db/rows.ts';
import { HANDBOOK_RULES } from './rules/handbook.ts';

/** Orders rows to the keys (the DataLoader contract: same length and order), null where a key has no row. */
function byKey<K, R>(keys: readonly K[], rows: R[], keyOf: (r: R) => K): (R | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

/** Groups rows by key in key order; a key without rows gets []. */
function groupByKey<K, R>(keys: readonly K[], rows: R[], keyOf: (r: R) => K): R[][] {
  const map = new Map<K, R[]>(keys.map((k) => [k, []]));
  for (const r of rows) map.get(keyOf(r))?.push(r);
  return keys.map((k) => map.get(k)!);
}

/** Thrown when a foreign key points at nothing: a broken database, not a user mistake. */
export class MissingRowError extends Error {
  override name = 'MissingRowError';
}

/** Loads a row that a foreign key guarantees; a missing one is an integrity failure, never a silent null. */
export async function loadExisting<T>(loader: DataLoader<string, T | null>, id: string, table: string): Promise<T> {
  const row = await loader.load(id);
  if (row === null) throw new MissingRowError(`${table} ${id} is referenced but missing`);
  return row;
}

export function createLoaders(db: ProvinceDb) {
  return {
    org: new DataLoader<string, OrgRow | null>(async (ids) => byKey(ids, await db.orgsByIds(ids), (r) => r.id)),
    member: new DataLoader<string, MemberRow | null>(async (ids) => byKey(ids, await db.membersByIds(ids), (r) => r.id)),
    children: new DataLoader<string, OrgRow[]>(async (ids) =>
      groupByKey(ids, await db.childrenOfOrgs(ids), (r) => r.parent_id!),
    ),
    memberCount: new DataLoader<string, number>(async (ids) => {
      const counts = new Map((await db.memberCountsByOrg(ids)).map((r) => [r.cell_id, r.n]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    attendance: new DataLoader<string, AttendanceRow[]>(async (ids) =>
      groupByKey(ids, await db.attendanceOfMeetings(ids), (r) => r.meeting_id),
    ),
    corrections: new DataLoader<string, CorrectionRow[]>(async (ids) =>
      groupByKey(ids, await correctionsOfMembers(db.sql, ids), (r) => r.member_id),
    ),
    // process 4 (transfers): by national transfer id
    transfer: new DataLoader<string, TransferRow | null>(async (ids) => byKey(ids, await transfersByIds(db.sql, ids), (r) => r.id)),
    // processes 3, 4, 9 and 10 (cards, badges, exemption, exits): per member, oldest first
    partyCards: new DataLoader<string, PartyCardRow[]>(async (ids) => groupByKey(ids, await cardsOfMembers(db.sql, ids), (r) => r.member_id)),
    interruptions: new DataLoader<string, InterruptionRow[]>(async (ids) =>
      groupByKey(ids, await interruptionsOfMembers(db.sql, ids), (r) => r.member_id),
    ),
    badges: new DataLoader<string, BadgeAwardRow[]>(async (ids) => groupByKey(ids, await awardsOfMembers(db.sql, ids), (r) => r.member_id)),
    exemptions: new DataLoader<string, ExemptionRow[]>(async (ids) =>
      groupByKey(ids, await exemptionsOfMembers(db.sql, ids), (r) => r.member_id),
    ),
    exit: new DataLoader<string, ExitRow | null>(async (ids) => byKey(ids, await exitsOfMembers(db.sql, ids), (r) => r.member_id)),
    feeBases: new DataLoader<string, FeeBasisRow[]>(async (ids) =>
      groupByKey(ids, await basesOfMembers(db.sql, ids), (r) => r.member_id),
    ),
    qualityRatings: new DataLoader<string, QualityRatingRow[]>(async (ids) =>
      groupByKey(ids, await ratingsOfMembers(db.sql, ids), (r) => r.member_id),
    ),
    // process 5 (handbook): any meeting by id, with roll counts and flags
    handbookMeeting: new DataLoader<string, HandbookMeetingRow | null>(async (ids) =>
      byKey(ids, await handbookMeetingsByIds(db.sql, ids, HANDBOOK_RULES), (r) => r.id),
    ),
    // process 6 (directives)
    directive: new DataLoader<string, DirectiveRow | null>(async (ids) => byKey(ids, await directivesByIds(db.sql, ids), (r) => r.id)),
    directiveAudience: new DataLoader<string, OrgRow[]>(async (ids) =>
      groupByKey(ids, await audienceOfDirectives(db.sql, ids), (r) => r.directive_id).map((rows) => rows.map((r) => r.org)),
    ),
    directiveReads: new DataLoader<string, { audience: number; readers: number }>(async (ids) =>
      byKey(ids, await readCountsOfDirectives(db.sql, ids), (r) => r.directive_id).map((r) => r ?? { audience: 0, readers: 0 }),
    ),
    directiveFeedback: new DataLoader<string, DirectiveFeedbackRow[]>(async (ids) =>
      groupByKey(ids, await feedbackOfDirectives(db.sql, ids), (r) => r.directive_id),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
