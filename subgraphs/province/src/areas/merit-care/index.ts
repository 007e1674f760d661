// Care for people with merit (người có công với cách mạng): the register of the people linked to members and
// cadres, the occasions (27 July, Tết Nguyên đán, dated by config/merit-care-rules.json), the visits and gifts,
// who is due or overdue, the period's figures; the people travel with a transferred member.
import type { Area } from '../../core/area.ts';
import { createMeritCareLoaders } from './loaders.ts';
import { meritCareMappers } from './mappers.ts';
import { meritCareMutations } from './mutations.ts';
import { meritCareRecordParts } from './recordParts.ts';
import {
  memberMeritCareResolvers, meritCareProvinceFields, meritCareReportResolvers, meritCareResolvers, meritPersonResolvers,
} from './resolvers.ts';
import { meritCareSeeder } from './seed.ts';

export const meritCareArea: Area<typeof createMeritCareLoaders> = {
  name: 'merit-care',
  resolvers: {
    Province01: meritCareProvinceFields,
    ProvinceMutations: meritCareMutations,
    ProvinceReport: meritCareReportResolvers,
    Member: memberMeritCareResolvers,
    MeritPerson: meritPersonResolvers,
    MeritCare: meritCareResolvers,
  },
  loaders: createMeritCareLoaders,
  // the occasion's year is a year, not a count (the figures' counts are rounded: resolvers.ts)
  access: { notCounts: ['MeritOccasion.year'] },
  seed: meritCareSeeder,
  mappers: meritCareMappers,
  recordParts: meritCareRecordParts,
};
