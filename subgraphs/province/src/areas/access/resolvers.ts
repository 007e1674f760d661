// Access (README "Access"): the province's audit log, for its province officers.
import { badInput } from '../../../../shared/errors.ts';
import { checkFirst, isUuid } from '../../../../shared/pagination.ts';
import type { AuditEntryResolvers, Province01Resolvers } from '../../generated/resolvers.ts';
import { requireRole } from '../../core/access.ts';
import { auditPage } from '../../core/accessAudit.ts';

const encodeAuditCursor = (id: number): string => Buffer.from(`audit:${id}`).toString('base64url');

function decodeAuditCursor(after: string | null | undefined): number | null {
  if (after == null) return null;
  const match = /^audit:(\d{1,18})$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!match) throw badInput('after', `is not a cursor from this list; got ${JSON.stringify(after)}`);
  return Number(match[1]);
}

export const accessProvinceFields: Pick<Province01Resolvers, 'auditLog'> = {
  async auditLog(_, args, ctx) {
    requireRole(ctx, 'the audit log', 'PROVINCE_OFFICER');
    const first = checkFirst(args.first);
    const before = decodeAuditCursor(args.after);
    const filter = args.filter ?? {};
    if (filter.memberId != null && !isUuid(filter.memberId)) {
      throw badInput('filter.memberId', `must be a member id (UUID); got ${JSON.stringify(filter.memberId)}`);
    }
    if (filter.actor != null && filter.actor.length > 200) throw badInput('filter.actor', 'must be at most 200 characters');
    if (filter.operation != null && filter.operation.length > 100) throw badInput('filter.operation', 'must be at most 100 characters');
    const { rows, total } = await auditPage(ctx.db.sql, filter, before, first + 1);
    const nodes = rows.slice(0, first);
    const edges = nodes.map((node) => ({ cursor: encodeAuditCursor(node.id), node }));
    return { totalCount: total, edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  },
};

export const auditEntryResolvers: AuditEntryResolvers = {
  id: (e) => String(e.id),
  memberIds: (e) => e.member_ids,
  details: (e) => JSON.stringify(e.details),
};
