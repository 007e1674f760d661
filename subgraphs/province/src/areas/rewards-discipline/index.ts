// Rewards and discipline of members (khen thưởng, kỷ luật): the decisions, their lists and the month's figures;
// an expulsion ends membership through core/memberExit.ts.
import type { Area } from '../../core/area.ts';
import { createRewardsDisciplineLoaders } from './loaders.ts';
import { rewardsDisciplineMappers } from './mappers.ts';
import { rewardsDisciplineMutations } from './mutations.ts';
import { rewardsDisciplineRecordParts } from './recordParts.ts';
import {
  disciplineResolvers, memberRewardsDisciplineResolvers, rewardResolvers, rewardsDisciplineProvinceFields, rewardsDisciplineReportResolvers,
} from './resolvers.ts';
import { rewardsDisciplineSeeder } from './seed.ts';

export const rewardsDisciplineArea: Area<typeof createRewardsDisciplineLoaders> = {
  name: 'rewards-discipline',
  resolvers: {
    Province01: rewardsDisciplineProvinceFields,
    ProvinceMutations: rewardsDisciplineMutations,
    ProvinceReport: rewardsDisciplineReportResolvers,
    Member: memberRewardsDisciplineResolvers,
    Reward: rewardResolvers,
    Discipline: disciplineResolvers,
  },
  loaders: createRewardsDisciplineLoaders,
  seed: rewardsDisciplineSeeder,
  mappers: rewardsDisciplineMappers,
  recordParts: rewardsDisciplineRecordParts,
};
