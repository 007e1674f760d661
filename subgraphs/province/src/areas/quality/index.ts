// Process 8, the annual quality rating: versioned ratings, the HTXS cap, the distribution by level.
import type { Area } from '../../core/area.ts';
import { createQualityLoaders } from './loaders.ts';
import { qualityMappers } from './mappers.ts';
import { memberQualityResolvers, qualityMutations, qualityProvinceFields, qualityRatingResolvers } from './resolvers.ts';
import { qualityRecordParts } from './recordParts.ts';
import { qualitySeeder } from './seed.ts';

export const qualityArea: Area<typeof createQualityLoaders> = {
  name: 'quality',
  resolvers: {
    Province01: qualityProvinceFields,
    ProvinceMutations: qualityMutations,
    Member: memberQualityResolvers,
    QualityRating: qualityRatingResolvers,
  },
  loaders: createQualityLoaders,
  // the distribution by level is an aggregate (small counts withheld by its resolvers)
  access: { analyst: ['qualityReport'], notCounts: ['QualityReport.year', 'QualityReport.capPercent'] },
  seed: qualitySeeder,
  mappers: qualityMappers,
  recordParts: qualityRecordParts,
};
