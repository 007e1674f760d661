// The foundation: organisations, members, meetings, the province's own fields and the base monthly report.
// Its lookups by id and the base loaders are core's (core/ProvinceDb.ts, core/loaders.ts): every area uses them.
import type { Area } from '../../core/area.ts';
import { foundationMappers } from './mappers.ts';
import { attendanceResolvers, meetingResolvers } from './meeting.ts';
import { memberResolvers } from './member.ts';
import { partyOrgResolvers } from './organisation.ts';
import { provinceResolvers } from './provinceFields.ts';
import { reportResolvers } from './report.ts';

export const foundationArea: Area<undefined> = {
  name: 'foundation',
  resolvers: {
    Province01: provinceResolvers,
    ProvinceReport: reportResolvers,
    PartyOrg: partyOrgResolvers,
    Member: memberResolvers,
    Meeting: meetingResolvers,
    Attendance: attendanceResolvers,
  },
  // `code` and the monthly report are the figures every reader of the province may ask for
  access: { analyst: ['code', 'report'], system: ['code', 'report'] },
  mappers: foundationMappers,
};
