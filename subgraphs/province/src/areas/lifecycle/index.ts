// Processes 9 and 10, exemption from work and activities, and exits (death, removal, expulsion, resignation).
import type { Area } from '../../core/area.ts';
import { createLifecycleLoaders } from './loaders.ts';
import { lifecycleMappers } from './mappers.ts';
import {
  exemptionResolvers, lifecycleMutations, lifecycleProvinceFields, lifecycleReportResolvers, memberExitResolvers, memberLifecycleResolvers,
} from './resolvers.ts';
import { lifecycleSeeder } from './seed.ts';

export const lifecycleArea: Area<typeof createLifecycleLoaders> = {
  name: 'lifecycle',
  resolvers: {
    Province01: lifecycleProvinceFields,
    ProvinceMutations: lifecycleMutations,
    ProvinceReport: lifecycleReportResolvers,
    Member: memberLifecycleResolvers,
    Exemption: exemptionResolvers,
    MemberExit: memberExitResolvers,
  },
  loaders: createLifecycleLoaders,
  seed: lifecycleSeeder,
  mappers: lifecycleMappers,
};
