import type { PartyOrgResolvers } from '../generated/resolvers.ts';

export const partyOrgResolvers: PartyOrgResolvers = {
  provinceCode: (_org, _a, ctx) => ctx.province.code,
  communeCode: (org) => org.commune_code,
  parent: (org, _a, ctx) => (org.parent_id ? ctx.loaders.org.load(org.parent_id) : null),
  children: (org, _a, ctx) => ctx.loaders.children.load(org.id),
  memberCount: (org, _a, ctx) => ctx.loaders.memberCount.load(org.id),
};
