// The foundation's lists: members and a month's meetings, keyset pages within the reader's scope. The lookups by
// id and the base report are in core/ProvinceDb.ts (every area leans on them).
import type { ActivityState, MeetingRow, MemberRow, MemberStatus, Sex } from '../../core/rows.ts';
import { afterId, keysetPage, scopeCondition, type ScopeArgs, type Sql } from '../../core/sql.ts';

export interface MemberFilterArgs {
  status?: MemberStatus | null;
  state?: ActivityState | null;
  sex?: Sex | null;
  cellId?: string | null;
  nameContains?: string | null;
}

const MEETING_COLUMNS = `m.id, m.cell_id, m.type, m.topic, m.started_at, m.ended_at, m.docs_published_at,
  to_char(m.started_at, 'YYYY-MM') AS month,
  (SELECT count(*) FROM attendance a WHERE a.meeting_id = m.id)::int AS expected,
  (SELECT count(*) FROM attendance a WHERE a.meeting_id = m.id AND a.presence = 'PRESENT')::int AS present`;

/** One keyset page (limit rows after the id `after`) and the filter's total. Live members only. */
export function memberPage(
  sql: Sql,
  filter: MemberFilterArgs,
  after: string | null,
  limit: number,
  scope: ScopeArgs = {},
): Promise<{ rows: MemberRow[]; total: number }> {
  const params: unknown[] = [];
  const where = ['left_on IS NULL'];
  const add = (clause: string, value: unknown) => {
    params.push(value);
    where.push(clause.replace('?', `$${params.length}`));
  };
  if (filter.status) add('status = ?', filter.status);
  if (filter.state) add('state = ?', filter.state);
  if (filter.sex) add('sex = ?', filter.sex);
  if (filter.cellId) add('cell_id = ?::uuid', filter.cellId);
  if (filter.nameContains) add(`full_name ILIKE '%' || ? || '%'`, escapeLike(filter.nameContains));
  const filterSql = where.join(' AND ') + scopeCondition(scope, 'cell_id', params);
  return keysetPage(sql, { select: '*', from: 'member', where: filterSql, params, after: afterId('id', after), orderBy: 'id', limit });
}

export function meetingPage(
  sql: Sql,
  firstDay: string,
  cellId: string | null,
  after: string | null,
  limit: number,
  scope: ScopeArgs = {},
): Promise<{ rows: MeetingRow[]; total: number }> {
  const params: unknown[] = [firstDay];
  let where = `m.started_at >= $1::date AND m.started_at < ($1::date + interval '1 month')`;
  if (cellId) {
    params.push(cellId);
    where += ` AND m.cell_id = $${params.length}::uuid`;
  }
  where += scopeCondition(scope, 'm.cell_id', params);
  return keysetPage(sql, { select: MEETING_COLUMNS, from: 'meeting m', where, params, after: afterId('m.id', after), orderBy: 'm.id', limit });
}

/** Escapes LIKE wildcards so a name filter matches them literally. */
const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);
