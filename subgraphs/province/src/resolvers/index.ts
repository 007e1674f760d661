// The province subgraph's resolver map. Each area of the standard has its own file; this is where they meet.
import { provinceTypeName } from '../../../../schema/provinces.ts';
import { DateScalar, DateTimeScalar } from '../../../shared/scalars.ts';
import { attendanceResolvers, meetingResolvers } from './meeting.ts';
import { memberResolvers } from './member.ts';
import { partyOrgResolvers } from './organisation.ts';
import { provinceResolvers } from './province.ts';
import { reportResolvers } from './report.ts';
import { correctionResolvers, memberRecordResolvers, recordsMutations } from './records.ts';

export function createResolvers(code: string) {
  return {
    Date: DateScalar,
    DateTime: DateTimeScalar,
    [provinceTypeName(code)]: provinceResolvers,
    // The root field provinceNN opens this province's mutations; the object itself carries nothing.
    Mutation: { [`province${code}`]: () => ({}) },
    ProvinceMutations: { ...recordsMutations },
    ProvinceReport: reportResolvers,
    PartyOrg: partyOrgResolvers,
    Member: { ...memberResolvers, ...memberRecordResolvers },
    MemberCorrection: correctionResolvers,
    Meeting: meetingResolvers,
    Attendance: attendanceResolvers,
  };
}
