import type { PartyOrgResolvers } from '../../generated/resolvers.ts';
import { canSeeOrg, discloseCount } from '../../core/access.ts';
import type { OrgRow } from '../../core/rows.ts';

export const partyOrgResolvers: PartyOrgResolvers = {
  provinceCode: (_org, _a, ctx) => ctx.province.code,
  communeCode: (org) => org.commune_code,
  // The tree as far as the reader's scope goes (access.ts): a commune officer's commune has no visible parent.
  async parent(org, _a, ctx) {
    const parent = org.parent_id ? await ctx.loaders.org.load(org.parent_id) : null;
    return parent && (await canSeeOrg(ctx, parent)) ? parent : null;
  },
  async children(org, _a, ctx) {
    const children = await ctx.loaders.children.load(org.id);
    const visible = await Promise.all(children.map((c: OrgRow) => canSeeOrg(ctx, c)));
    return children.filter((_c: OrgRow, i: number) => visible[i]);
  },
  // rounded for aggregate-only readers, who meet organisations in the quality report; "members" of the
  // organisation, the cell key of the quality report's membersCounted for it
  memberCount: async (org, _a, ctx) => discloseCount(ctx, 'members', await ctx.loaders.memberCount.load(org.id), { org: org.id }),
};
