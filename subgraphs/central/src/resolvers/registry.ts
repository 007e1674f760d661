// The registry of provinces: the list every national query starts from.
import { badInput } from '../../../shared/errors.ts';
import type { CentralContext } from '../context.ts';
import type { ProvinceRow } from '../db/rows.ts';

const CODE = /^\d{2}$/;

async function checkCodes(field: string, codes: readonly string[], ctx: CentralContext): Promise<ProvinceRow[]> {
  const malformed = codes.filter((c) => !CODE.test(c));
  if (malformed.length) {
    throw badInput(field, `province codes are 2 digits (e.g. "01", "79"); got ${malformed.map((c) => JSON.stringify(c)).join(', ')}`);
  }
  const rows = await ctx.provinceByCode.loadMany(codes);
  const unknown = codes.filter((_, i) => !rows[i] || rows[i] instanceof Error);
  if (unknown.length) {
    throw badInput(field, `unknown province code ${unknown.map((c) => JSON.stringify(c)).join(', ')}; see Query.provinces for the 34 codes`);
  }
  return rows as ProvinceRow[];
}

export const queryResolvers = {
  async provinces(_: unknown, args: { codes?: string[] | null }, ctx: CentralContext): Promise<ProvinceRow[]> {
    if (!args.codes) return ctx.db.provinces(null);
    const unique = [...new Set(args.codes)].sort();
    return checkCodes('codes', unique, ctx);
  },
  async province(_: unknown, args: { code: string }, ctx: CentralContext): Promise<ProvinceRow> {
    const [row] = await checkCodes('code', [args.code], ctx);
    return row;
  },
};

/** Resolvers of every ProvinceNN type in the central subgraph (the same for all 34). */
export const provinceRowResolvers = {
  __resolveReference: (ref: { code: string }, ctx: CentralContext) => ctx.provinceByCode.load(ref.code),
  asciiName: (p: ProvinceRow) => p.ascii_name,
};

export const provinceInterfaceResolvers = {
  __resolveType: (p: ProvinceRow) => `Province${p.code}`,
};
