// Fields of this province's ProvinceNN entity: the national questions a province answers about itself.
import { badInput } from '../../../shared/errors.ts';
import { checkFirst, decodeCursor, isUuid, toPage } from '../../../shared/pagination.ts';
import { parsePeriod } from '../../../shared/period.ts';
import type { Province01Resolvers } from '../generated/resolvers.ts';


/** An id argument must be a UUID: a malformed one is the caller's mistake, not "not found". */
function checkId(field: string, id: string): string {
  if (!isUuid(id)) throw badInput(field, `must be a UUID; got ${JSON.stringify(id)}`);
  return id;
}

// Every ProvinceNN type comes from one template, so Province01's generated types describe all 34.
export const provinceResolvers: Province01Resolvers = {
  __resolveReference(_ref, ctx) {
    return { code: ctx.province.code };
  },

  async report(_, args, ctx) {
    const p = parsePeriod(args.period);
    return { ...p, base: await ctx.db.report(p.firstDay, p.lastDay), computedAt: new Date() };
  },

  async members(_, args, ctx) {
    const first = checkFirst(args.first);
    const after = decodeCursor(args.after);
    const filter = args.filter ?? {};
    if (filter.cellId) checkId('filter.cellId', filter.cellId);
    if (filter.nameContains && filter.nameContains.length > 100) {
      throw badInput('filter.nameContains', 'must be at most 100 characters');
    }
    const { rows, total } = await ctx.db.memberPage(filter, after, first + 1);
    for (const row of rows) ctx.loaders.member.prime(row.id, row);
    return toPage(rows, first, total);
  },

  member(_, args, ctx) {
    return ctx.loaders.member.load(checkId('id', args.id));
  },

  rootOrganisation(_, _args, ctx) {
    return ctx.db.rootOrg();
  },

  organisation(_, args, ctx) {
    return ctx.loaders.org.load(checkId('id', args.id));
  },

  async meetings(_, args, ctx) {
    const month = parsePeriod(args.month, 'month');
    const first = checkFirst(args.first);
    const after = decodeCursor(args.after);
    const cellId = args.cellId ? checkId('cellId', args.cellId) : null;
    const { rows, total } = await ctx.db.meetingPage(month.firstDay, cellId, after, first + 1);
    return toPage(rows, first, total);
  },
};
