// Codegen mappers of bulk: GraphQL type -> the row type its resolvers receive (paths from src/). Side-effect free:
// codegen.ts imports it through areas/mappers.ts, without loading any resolver.
import type { AreaMappers } from '../../core/area.ts';

export const bulkMappers: AreaMappers = {
  MemberImport: 'areas/bulk/rows.ts#ImportRow',
};
