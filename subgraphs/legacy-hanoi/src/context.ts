// One request's context: who asks (verified here), the legacy database and the request's loaders.
import DataLoader from 'dataloader';
import type pino from 'pino';
import type { Principal } from './auth.ts';
import type { AttendanceRow, LegacyDb, MemberRow, OrgRow } from './db.ts';

export interface LegacyContext {
  province: { code: string; name: string };
  principal: Principal;
  subject: string;
  db: LegacyDb;
  loaders: ReturnType<typeof createLoaders>;
  roundCount: (cell: string, n: number) => number;
  /** What this request read of member records, for the read audit (readAudit.ts). */
  reads: { members: Set<string>; fields: Set<string> };
  /** The request's logger: its request id and the province on every line. */
  log: pino.Logger;
}

/** Rows in key order (the DataLoader contract), null where a key has none. */
function byKey<R>(keys: readonly string[], rows: R[], keyOf: (r: R) => string): (R | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

function groupByKey<R>(keys: readonly string[], rows: R[], keyOf: (r: R) => string): R[][] {
  const map = new Map<string, R[]>(keys.map((k) => [k, []]));
  for (const r of rows) map.get(keyOf(r))?.push(r);
  return keys.map((k) => map.get(k)!);
}

/** Per request: a page of members with their cells and the cells' parents is a few statements, whatever its size. */
export function createLoaders(db: LegacyDb) {
  return {
    org: new DataLoader<string, OrgRow | null>(async (ids) => byKey(ids, await db.orgsByIds(ids), (r) => r.id)),
    member: new DataLoader<string, MemberRow | null>(async (ids) => byKey(ids, await db.membersByIds(ids), (r) => r.id)),
    children: new DataLoader<string, OrgRow[]>(async (ids) => {
      const rows = await db.childrenOf(ids);
      const byParent = new Map<string, OrgRow[]>();
      for (const r of rows) byParent.set(r.parent_id!, [...(byParent.get(r.parent_id!) ?? []), r]);
      return ids.map((id) => byParent.get(id) ?? []);
    }),
    memberCount: new DataLoader<string, number>(async (ids) => {
      const counts = await db.memberCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    attendance: new DataLoader<string, AttendanceRow[]>(async (ids) => groupByKey(ids, await db.attendanceOf(ids), (r) => r.meeting_id)),
  };
}
