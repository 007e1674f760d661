// Process 5, the electronic handbook: scheduled, held and cancelled meetings, the roll, flags, excused streaks.
import type { Area } from '../../core/area.ts';
import { createHandbookLoaders } from './loaders.ts';
import { handbookMappers } from './mappers.ts';
import { handbookMutations } from './mutations.ts';
import {
  excusedStreakResolvers, handbookMeetingResolvers, handbookProvinceFields, handbookReportField, handbookReportResolvers, meetingFlagResolvers,
} from './resolvers.ts';
import { handbookSeeder } from './seed.ts';

export const handbookArea: Area<typeof createHandbookLoaders> = {
  name: 'handbook',
  resolvers: {
    Province01: handbookProvinceFields,
    ProvinceMutations: handbookMutations,
    ProvinceReport: handbookReportField,
    Meeting: meetingFlagResolvers,
    HandbookMeeting: handbookMeetingResolvers,
    ExcusedStreak: excusedStreakResolvers,
    HandbookReport: handbookReportResolvers,
  },
  loaders: createHandbookLoaders,
  seed: handbookSeeder,
  mappers: handbookMappers,
};
