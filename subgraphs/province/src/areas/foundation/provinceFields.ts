// Fields of this province's ProvinceNN entity: the national questions a province answers about itself.
import { badInput } from '../../../../shared/errors.ts';
import { checkFirst, decodeCursor, toPage } from '../../../../shared/pagination.ts';
import { parsePeriod } from '../../../../shared/period.ts';
import type { Province01Resolvers } from '../../generated/resolvers.ts';
import {
  canSeeMember, canSeeOrg, forbidden, requireMemberScope, requireProvinceReader, requireRole, scopeArgs,
} from '../../core/access.ts';
import { checkUuid } from '../../core/checkUuid.ts';
import { baseFigures } from '../../core/ProvinceDb.ts';
import { meetingPage, memberPage } from './db.ts';



// Every ProvinceNN type comes from one template, so Province01's generated types describe all 34.
export const provinceResolvers: Province01Resolvers = {
  __resolveReference(ref, ctx) {
    // Every read of this province enters here (the Centre owns the query fields): the first access gate.
    requireProvinceReader(ctx);
    // Its own type with another province's code names no entity held here (the conformance kit probes it).
    return (ref as { code?: unknown }).code === ctx.province.code ? { code: ctx.province.code } : null;
  },

  async report(_, args, ctx) {
    requireRole(ctx, 'the monthly report', 'CENTRAL_ANALYST', 'PROVINCE_OFFICER', 'SYSTEM');
    const p = parsePeriod(args.period);
    const summary = await ctx.db.reportSummary(p.firstDay);
    return { ...p, summary, base: baseFigures(summary), computedAt: new Date() };
  },

  async members(_, args, ctx) {
    const scope = requireMemberScope(ctx, 'members', 'cell');
    const first = checkFirst(args.first);
    const after = decodeCursor(args.after);
    const filter = args.filter ?? {};
    if (filter.cellId) checkUuid('filter.cellId', filter.cellId);
    if (filter.nameContains && filter.nameContains.length > 100) {
      throw badInput('filter.nameContains', 'must be at most 100 characters');
    }
    const { rows, total } = await memberPage(ctx.db.sql, filter, after, first + 1, scopeArgs(scope));
    for (const row of rows) ctx.loaders.member.prime(row.id, row);
    return toPage(rows, first, total);
  },

  async member(_, args, ctx) {
    const scope = requireMemberScope(ctx, 'member');
    const row = await ctx.loaders.member.load(checkUuid('id', args.id));
    // Outside a province officer's view, "absent" and "not yours" get the same answer: nothing about existence leaks.
    if (row === null && scope.kind === 'province') return null;
    if (row === null || !(await canSeeMember(ctx, row))) throw forbidden(`member ${args.id} is not in your scope (${ctx.actor.role})`);
    return row;
  },

  rootOrganisation(_, _args, ctx) {
    requireMemberScope(ctx, 'rootOrganisation', 'province');
    return ctx.db.rootOrg();
  },

  async organisation(_, args, ctx) {
    const scope = requireMemberScope(ctx, 'organisation');
    const org = await ctx.loaders.org.load(checkUuid('id', args.id));
    if (org === null && scope.kind === 'province') return null;
    if (org === null || !(await canSeeOrg(ctx, org))) throw forbidden(`organisation ${args.id} is not in your scope (${ctx.actor.role})`);
    return org;
  },

  async meetings(_, args, ctx) {
    const scope = requireMemberScope(ctx, 'meetings', 'cell');
    const month = parsePeriod(args.month, 'month');
    const first = checkFirst(args.first);
    const after = decodeCursor(args.after);
    const cellId = args.cellId ? checkUuid('cellId', args.cellId) : null;
    const { rows, total } = await meetingPage(ctx.db.sql, month.firstDay, cellId, after, first + 1, scopeArgs(scope));
    return toPage(rows, first, total);
  },
};
