// Keyset pagination shared by every connection: opaque cursors over the last row's key.
import { badInput } from './errors.ts';

/** Largest page a client may ask for: a page of 500 members with cells and parents stays a few SQL statements. */
export const MAX_PAGE_SIZE = 500;

export function checkFirst(first: number | null | undefined, fallback = 50): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE_SIZE) {
    throw badInput('first', `must be an integer from 0 to ${MAX_PAGE_SIZE}; got ${first}`);
  }
  return n;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const isUuid = (v: string): boolean => UUID.test(v);

export const encodeCursor = (id: string): string => Buffer.from(`id:${id}`).toString('base64url');

/** The id inside a cursor made by encodeCursor; a BAD_USER_INPUT error for anything else. */
export function decodeCursor(after: string | null | undefined): string | null {
  if (after == null) return null;
  const decoded = Buffer.from(after, 'base64url').toString('utf8');
  const id = decoded.startsWith('id:') ? decoded.slice(3) : '';
  if (!isUuid(id)) throw badInput('after', `is not a cursor from this list; got ${JSON.stringify(after)}`);
  return id;
}

export interface Page<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Builds a page from rows fetched with LIMIT first + 1 (the extra row only says there is a next page). */
export function toPage<T extends { id: string }>(rows: T[], first: number, totalCount: number): Page<T> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    totalCount,
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
