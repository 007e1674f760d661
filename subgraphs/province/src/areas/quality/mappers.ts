// Codegen mappers of quality: GraphQL type -> the row type its resolvers receive (paths from src/). Side-effect free:
// codegen.ts imports it through areas/mappers.ts, without loading any resolver.
import type { AreaMappers } from '../../core/area.ts';

export const qualityMappers: AreaMappers = {
  QualityRating: 'areas/quality/rows.ts#QualityRatingRow',
};
