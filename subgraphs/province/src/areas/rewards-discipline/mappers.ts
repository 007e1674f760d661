// Codegen mappers of rewards and discipline: GraphQL type -> the row type its resolvers receive (paths from src/).
// Side-effect free: codegen.ts imports it through areas/mappers.ts, without loading any resolver.
import type { AreaMappers } from '../../core/area.ts';

export const rewardsDisciplineMappers: AreaMappers = {
  Reward: 'areas/rewards-discipline/rows.ts#RewardRow',
  Discipline: 'areas/rewards-discipline/rows.ts#DisciplineRow',
};
