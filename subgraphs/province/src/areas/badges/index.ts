// Process 4, Party badges: interruptions of party life, awards, members due at a ceremony, the figures.
import type { Area } from '../../core/area.ts';
import { createBadgesLoaders } from './loaders.ts';
import { badgesMappers } from './mappers.ts';
import {
  badgeAwardResolvers, badgeDueResolvers, badgeMilestoneFiguresResolvers, badgeMutations, badgeProvinceFields, badgeReportResolvers,
  memberBadgeResolvers, partyInterruptionResolvers,
} from './resolvers.ts';
import { badgesSeeder } from './seed.ts';

export const badgesArea: Area<typeof createBadgesLoaders> = {
  name: 'badges',
  resolvers: {
    Province01: badgeProvinceFields,
    ProvinceMutations: badgeMutations,
    ProvinceReport: badgeReportResolvers,
    Member: memberBadgeResolvers,
    PartyInterruption: partyInterruptionResolvers,
    BadgeAward: badgeAwardResolvers,
    BadgeDue: badgeDueResolvers,
    BadgeMilestoneFigures: badgeMilestoneFiguresResolvers,
  },
  loaders: createBadgesLoaders,
  seed: badgesSeeder,
  mappers: badgesMappers,
};
