// Process 2, member records: versioned corrections (correctMember) and the record fields of migration 010.
import type { Area } from '../../core/area.ts';
import { createRecordsLoaders } from './loaders.ts';
import { recordsMappers } from './mappers.ts';
import { memberDetailResolvers } from './recordFields.ts';
import { correctionResolvers, memberRecordResolvers, recordsMutations } from './resolvers.ts';

export const recordsArea: Area<typeof createRecordsLoaders> = {
  name: 'records',
  resolvers: {
    ProvinceMutations: recordsMutations,
    Member: { ...memberRecordResolvers, ...memberDetailResolvers },
    MemberCorrection: correctionResolvers,
  },
  loaders: createRecordsLoaders,
  mappers: recordsMappers,
};
