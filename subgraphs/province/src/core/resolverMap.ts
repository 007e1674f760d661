// The province subgraph's resolver map, built from the areas' resolvers (AREAS): each type's field resolvers
// merged from every area that has some. Two areas resolving the same field of a type stop the start: with a
// spread, the later one would silently win.
import { provinceTypeName } from '../../../../schema/provinces.ts';
import { DateScalar, DateTimeScalar } from '../../../shared/scalars.ts';
import { requireProvinceWriter } from './access.ts';
import { PROVINCE_TYPE_TEMPLATE, type Area } from './area.ts';
import type { ProvinceContext } from '../context.ts';

type FieldMap = Record<string, unknown>;

/** Merges the field resolvers of each type across `areas`; throws naming the type, field and both areas on a duplicate. */
export function mergeResolvers(areas: readonly Pick<Area, 'name' | 'resolvers'>[]): Record<string, FieldMap> {
  const merged: Record<string, FieldMap> = {};
  const owner = new Map<string, string>();
  for (const area of areas) {
    for (const [type, fields] of Object.entries(area.resolvers as Record<string, FieldMap | undefined>)) {
      if (!fields) continue;
      const into = (merged[type] ??= {});
      for (const [field, resolver] of Object.entries(fields)) {
        const key = `${type}.${field}`;
        if (owner.has(key)) throw new Error(`${key} is resolved by two areas: ${owner.get(key)} and ${area.name}`);
        owner.set(key, area.name);
        into[field] = resolver;
      }
    }
  }
  return merged;
}

/** The resolver map of province `code`: the areas' resolvers, the scalars, and the root of its mutations. */
export function createResolvers(code: string, areas: readonly Area[]) {
  const { [PROVINCE_TYPE_TEMPLATE]: provinceFields, ...types } = mergeResolvers(areas);
  return {
    ...types,
    Date: DateScalar,
    DateTime: DateTimeScalar,
    [provinceTypeName(code)]: provinceFields,
    // The root field provinceNN opens this province's mutations; the object itself carries nothing.
    // Its resolver is the first access gate of every write here (access.ts requireProvinceWriter).
    Mutation: {
      [`province${code}`]: (_: unknown, _a: unknown, ctx: ProvinceContext) => {
        requireProvinceWriter(ctx);
        return {};
      },
    },
  };
}
