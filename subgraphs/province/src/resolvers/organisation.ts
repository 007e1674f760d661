import type { ProvinceContext } from '../context.ts';
import type { OrgRow } from '../db/rows.ts';

export const partyOrgResolvers = {
  provinceCode: (_: OrgRow, _a: unknown, ctx: ProvinceContext) => ctx.province.code,
  communeCode: (org: OrgRow) => org.commune_code,
  parent: (org: OrgRow, _a: unknown, ctx: ProvinceContext) => (org.parent_id ? ctx.loaders.org.load(org.parent_id) : null),
  children: (org: OrgRow, _a: unknown, ctx: ProvinceContext) => ctx.loaders.children.load(org.id),
  memberCount: (org: OrgRow, _a: unknown, ctx: ProvinceContext) => ctx.loaders.memberCount.load(org.id),
};
