// Reading the append-only audit log (migration 002; indexes in 040): keyset pages, newest first.
import type { AuditRow } from './audit.ts';
import { keysetPage, type Sql } from './sql.ts';

export interface AuditFilterArgs {
  /** ISO 8601 instants. */
  from?: string | null;
  to?: string | null;
  actor?: string | null;
  memberId?: string | null;
  operation?: string | null;
}

/** One page (limit rows with id below `before`, newest first) and the filter's total. */
export function auditPage(
  sql: Sql,
  filter: AuditFilterArgs,
  before: number | null,
  limit: number,
): Promise<{ rows: AuditRow[]; total: number }> {
  const params: unknown[] = [];
  const where = ['true'];
  const add = (clause: string, value: unknown) => {
    params.push(value);
    where.push(clause.replaceAll('?', `$${params.length}`));
  };
  if (filter.from) add('at >= ?::timestamptz', filter.from);
  if (filter.to) add('at < ?::timestamptz', filter.to);
  if (filter.actor) add('actor = ?', filter.actor);
  if (filter.memberId) add('member_ids @> ARRAY[?::uuid]', filter.memberId);
  if (filter.operation) add('operation = ?', filter.operation);
  return keysetPage(sql, {
    select: 'id, at, actor, role, operation, member_ids, details', from: 'audit_log', where: where.join(' AND '), params,
    after: before === null ? null : (p) => `id < $${p.push(before)}`,
    orderBy: 'id DESC', limit,
  });
}
