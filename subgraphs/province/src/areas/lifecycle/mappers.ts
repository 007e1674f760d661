// Codegen mappers of lifecycle: GraphQL type -> the row type its resolvers receive (paths from src/). Side-effect free:
// codegen.ts imports it through areas/mappers.ts, without loading any resolver.
import type { AreaMappers } from '../../core/area.ts';

export const lifecycleMappers: AreaMappers = {
  Exemption: 'areas/lifecycle/rows.ts#ExemptionRow',
  MemberExit: 'areas/lifecycle/rows.ts#ExitRow',
};
