// Process 10, bulk data entry: CSV uploads of new records and of cell movements, judged whole, applied set-based.
import type { Area } from '../../core/area.ts';
import { bulkMappers } from './mappers.ts';
import { bulkMutations, bulkProvinceFields, memberImportResolvers } from './resolvers.ts';

export const bulkArea: Area<undefined> = {
  name: 'bulk',
  resolvers: {
    Province01: bulkProvinceFields,
    ProvinceMutations: bulkMutations,
    MemberImport: memberImportResolvers,
  },
  mappers: bulkMappers,
};
