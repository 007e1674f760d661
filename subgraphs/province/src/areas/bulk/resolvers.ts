// Process 10, bulk data entry: the GraphQL face of runImport.ts.
import { badInput } from '../../../../shared/errors.ts';
import { forbidden, requireMemberScope } from '../../core/access.ts';
import type { MemberImportResolvers, Province01Resolvers, ProvinceMutationsResolvers } from '../../generated/resolvers.ts';
import { recentImports } from './db.ts';
import { runImport } from './runImport.ts';

export const bulkMutations: ProvinceMutationsResolvers = {
  async importMembersCsv(_, { input }, ctx) {
    // the province's officers for any commune, a commune's officers for their own
    const scope = requireMemberScope(ctx, 'importMembersCsv', 'commune');
    if (scope.kind === 'commune' && scope.commune !== input.communeCode) {
      throw forbidden(`your token is for commune ${scope.commune}; this upload is for commune ${input.communeCode}`);
    }
    const outcome = await runImport(ctx.db, ctx.actor, {
      communeCode: input.communeCode,
      kind: input.kind,
      csv: input.csv,
      allOrNothing: input.allOrNothing ?? false,
      admissionRules: ctx.rules.admission,
    });
    return { ...outcome, import: outcome.importRow };
  },
};

export const bulkProvinceFields: Pick<Province01Resolvers, 'memberImports'> = {
  memberImports(_, args, ctx) {
    const scope = requireMemberScope(ctx, 'memberImports', 'commune');
    const first = args.first ?? 20;
    if (!Number.isInteger(first) || first < 0 || first > 100) throw badInput('first', `must be an integer from 0 to 100; got ${first}`);
    return recentImports(ctx.db.sql, first, scope.kind === 'commune' ? scope.commune : null);
  },
};

export const memberImportResolvers: MemberImportResolvers = {
  communeCode: (i) => i.commune_code,
  rows: (i) => i.row_count,
  rejectedRows: (i) => i.rejected_rows,
  allOrNothing: (i) => i.all_or_nothing,
};
