// DataLoaders, created per request: every lookup by key in a request becomes one `= ANY($1)` statement, so a page
// of members with their cells and the cells' parents costs a constant number of statements. The base loaders
// (organisations, members, attendance) are here, since access.ts and most areas read them; each area adds its
// own in its loaders.ts, and createLoaders merges them (areas/index.ts).
import DataLoader from 'dataloader';
import type { Area } from './area.ts';
import type { ProvinceDb } from './ProvinceDb.ts';
import type { AttendanceRow, MemberRow, OrgRow } from './rows.ts';

/** Orders rows to the keys (the DataLoader contract: same length and order), null where a key has no row. */
export function byKey<K, R>(keys: readonly K[], rows: R[], keyOf: (r: R) => K): (R | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

/** Groups rows by key in key order; a key without rows gets []. */
export function groupByKey<K, R>(keys: readonly K[], rows: R[], keyOf: (r: R) => K): R[][] {
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

/** The loaders every area may use: organisations, their children and member counts, members, meeting rolls. */
export function createBaseLoaders(db: ProvinceDb) {
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
  };
}

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** The loaders of a list of areas, typed: the base loaders and the intersection of each area's factory result. */
export type LoadersOf<A extends readonly Area[]> = ReturnType<typeof createBaseLoaders> &
  UnionToIntersection<{ [K in keyof A]: LoadersOfArea<A[K]['loaders']> }[number]>;

/** What one area's factory returns; nothing for an area without loaders. */
type LoadersOfArea<F> = F extends ((db: ProvinceDb) => infer R) | undefined ? (unknown extends R ? Record<never, never> : R) : never;

/** One request's loaders: the base ones and every area's, merged; a name defined twice is a mistake caught at the first request. */
export function createAreaLoaders<A extends readonly Area[]>(db: ProvinceDb, areas: A): LoadersOf<A> {
  const loaders: Record<string, unknown> = createBaseLoaders(db);
  for (const area of areas) {
    if (!area.loaders) continue;
    for (const [name, loader] of Object.entries(area.loaders(db))) {
      if (name in loaders) throw new Error(`loader "${name}" of area ${area.name} is defined twice`);
      loaders[name] = loader;
    }
  }
  return loaders as LoadersOf<A>;
}
