// The registry of provinces: the list every national query starts from.
import { badInput } from '../../../shared/errors.ts';
import type { CentralContext } from '../context.ts';
import type { ProvinceRow } from '../db/rows.ts';
import type { Province01Resolvers, ProvinceResolvers, QueryResolvers } from '../generated/resolvers.ts';

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

export const queryResolvers: QueryResolvers = {
  async provinces(_, args, ctx) {
    if (!args.codes) return ctx.db.provinces(null);
    const unique = [...new Set(args.codes)].sort();
    return checkCodes('codes', unique, ctx);
  },
  async province(_, args, ctx) {
    const [row] = await checkCodes('code', [args.code], ctx);
    return row;
  },
};

/** Resolvers of every ProvinceNN type in the central subgraph (the same for all 34; typed as Province01's). */
export const provinceRowResolvers: Province01Resolvers = {
  __resolveReference: (ref, ctx) => ctx.provinceByCode.load(ref.code),
  asciiName: (p) => p.ascii_name,
};

type ProvinceTypeName = ReturnType<ProvinceResolvers['__resolveType']> extends infer R ? Exclude<Awaited<R>, null> : never;

export const provinceInterfaceResolvers: ProvinceResolvers = {
  // The registry only holds codes of provinces.json, the list the types were generated from.
  __resolveType: (p) => `Province${p.code}` as ProvinceTypeName,
};
