// The SQL helpers every area uses: the statement runner type, the reader's scope as one condition, and the keyset
// page with its total. Values always travel as parameters ($n); only SQL text written in this code is joined.

/** Runs parameterised SQL on the pool or inside a transaction; the areas' db modules take one. */
export interface Sql {
  rows<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** The reader's scope as SQL conditions (access.ts memberScope, via scopeArgs): applied besides the client's own filter. */
export interface ScopeArgs {
  /** Only cells whose organisation has this 5-digit commune code. */
  communeCode?: string | null;
  /** Only this cell. */
  cellId?: string | null;
}

/**
 * `AND …` restricting `cellColumn` (a member's or a meeting's cell) to the scope, appending its parameters to
 * `params`; '' for the whole province. This is access control, written once: a cell is its id, a commune is the
 * cells whose organisation carries its code (party_org.commune_code). Both conditions apply when both are given
 * (scopeArgs gives one at most; a handbook filter may add a cell to a commune scope).
 */
export function scopeCondition(scope: ScopeArgs, cellColumn: string, params: unknown[]): string {
  let sql = '';
  if (scope.cellId) {
    params.push(scope.cellId);
    sql += ` AND ${cellColumn} = $${params.length}::uuid`;
  }
  if (scope.communeCode) {
    params.push(scope.communeCode);
    sql += ` AND ${cellColumn} IN (SELECT id FROM party_org WHERE commune_code = $${params.length})`;
  }
  return sql;
}

/** A list query in parts, so that its page and its total are the same filter (see keysetPage). */
export interface KeysetPageQuery {
  /** `WITH …` that both statements start with (the CTEs the list reads); omitted when none. */
  with?: string;
  /** The page's select list, e.g. `m.*`. */
  select: string;
  /** FROM, joins included: `member m`, `member_exit x JOIN member m ON m.id = x.member_id`. */
  from: string;
  /** The filter, placeholders numbered over `params` (`true` for none). */
  where: string;
  params: readonly unknown[];
  /**
   * Where the page starts, or null for the first page: returns the keyset condition, pushing its values onto the
   * page's parameters (afterId for a plain id; lists in another order pass their own row comparison).
   */
  after: ((params: unknown[]) => string) | null;
  /** The list's order, the one its keyset follows (`m.id`, `published_at DESC, id DESC`). */
  orderBy: string;
  /** Rows asked for: first + 1, the extra row tells toPage (shared/pagination.ts) there is a next page. */
  limit: number;
  /**
   * Parameters the page's select list reads as $1..$k (the handbook's rules, shared with its other queries):
   * the page statement puts them first and shifts the filter's placeholders past them; the total has none.
   */
  selectParams?: readonly unknown[];
  /** Joins only the page's select list reads (a lateral roll count): left out of the total, which needs none. */
  selectJoins?: string;
}

/** `column > $n::uuid`: the keyset condition of a list ordered by one uuid column. */
export const afterId = (column: string, id: string | null) =>
  id === null ? null : (params: unknown[]) => `${column} > $${params.push(id)}::uuid`;

/**
 * One keyset page and the filter's total, in two statements run side by side: the page
 * `SELECT select FROM from WHERE where AND after ORDER BY orderBy LIMIT limit`, the total `count(*)` of the same
 * FROM and WHERE.
 */
export async function keysetPage<R>(sql: Sql, q: KeysetPageQuery): Promise<{ rows: R[]; total: number }> {
  const lead = q.selectParams ?? [];
  // the filter's $n are numbered over q.params; in the page statement they follow the select list's parameters
  const shift = (text: string) => (lead.length ? text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + lead.length}`) : text);
  const pageParams: unknown[] = [...lead, ...q.params];
  let pageWhere = shift(q.where);
  if (q.after) pageWhere += ` AND ${q.after(pageParams)}`;
  pageParams.push(q.limit);
  const prefix = q.with ? `${q.with} ` : '';
  const [rows, [{ total }]] = await Promise.all([
    sql.rows<R>(
      `${shift(prefix)}SELECT ${q.select} FROM ${q.from}${q.selectJoins ? ` ${q.selectJoins}` : ''} WHERE ${pageWhere} ORDER BY ${q.orderBy} LIMIT $${pageParams.length}`,
      pageParams,
    ),
    sql.rows<{ total: number }>(`${prefix}SELECT count(*)::int AS total FROM ${q.from} WHERE ${q.where}`, [...q.params]),
  ]);
  return { rows, total };
}
