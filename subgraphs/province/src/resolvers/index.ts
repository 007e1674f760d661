// The province subgraph's resolver map. Each area of the standard has its own file; this is where they meet.
import { provinceTypeName } from '../../../../schema/provinces.ts';
import { DateScalar, DateTimeScalar } from '../../../shared/scalars.ts';
import { attendanceResolvers, meetingResolvers } from './meeting.ts';
import { memberResolvers } from './member.ts';
import { partyOrgResolvers } from './organisation.ts';
import { provinceResolvers } from './province.ts';
import { reportResolvers } from './report.ts';
import { correctionResolvers, memberRecordResolvers, recordsMutations } from './records.ts';
import { cardMutations, cardProvinceFields, cardReportResolvers, memberCardResolvers, partyCardResolvers } from './cards.ts';
import {
  badgeAwardResolvers, badgeDueResolvers, badgeMilestoneFiguresResolvers, badgeMutations, badgeProvinceFields, badgeReportResolvers,
  memberBadgeResolvers, partyInterruptionResolvers,
} from './badges.ts';
import {
  exemptionResolvers, lifecycleMutations, lifecycleProvinceFields, lifecycleReportResolvers, memberExitResolvers, memberLifecycleResolvers,
} from './lifecycle.ts';
import { admissionMutations, admissionProvinceFields, admissionReportResolvers, candidateResolvers } from './admission.ts';
import { memberDetailResolvers } from './recordFields.ts';
import { bulkMutations, bulkProvinceFields, memberImportResolvers } from './bulk.ts';
import {
  feeBasisEntryResolvers, feeMonthResolvers, feePaymentResolvers, feeProvinceFields, feeReportField, feeReportResolvers, memberFeeResolvers,
} from './fees.ts';
import { feeMutations } from './feeMutations.ts';
import { memberQualityResolvers, qualityMutations, qualityProvinceFields, qualityRatingResolvers } from './quality.ts';

import { carrierOutboxResolvers, transferMessageResolvers, transferMutations, transferProvinceFields, transferReportResolvers, transferResolvers } from './transfers.ts';
import { periodReportMutations, periodReportProvinceFields, reportSubmissionResolvers } from './periodReports.ts';
import {
  excusedStreakResolvers, handbookMeetingResolvers, handbookProvinceFields, handbookReportField, handbookReportResolvers, meetingFlagResolvers,
} from './handbook.ts';
import { handbookMutations } from './handbookMutations.ts';
import {
  directiveFeedbackResolvers, directiveProvinceFields, directiveReportField, directiveReportResolvers, directiveResolvers, memberDirectiveResolvers,
} from './directives.ts';
import { directiveMutations } from './directiveMutations.ts';
import { accessProvinceFields, auditEntryResolvers } from './access.ts';
import { requireProvinceWriter } from '../access.ts';
import type { ProvinceContext } from '../context.ts';

export function createResolvers(code: string) {
  return {
    Date: DateScalar,
    DateTime: DateTimeScalar,
    [provinceTypeName(code)]: { ...provinceResolvers, ...cardProvinceFields, ...badgeProvinceFields, ...lifecycleProvinceFields, ...admissionProvinceFields, ...bulkProvinceFields, ...feeProvinceFields, ...qualityProvinceFields, ...transferProvinceFields, ...periodReportProvinceFields, ...handbookProvinceFields, ...directiveProvinceFields, ...accessProvinceFields },
    // The root field provinceNN opens this province's mutations; the object itself carries nothing.
    // Its resolver is the first access gate of every write here (access.ts requireProvinceWriter).
    Mutation: {
      [`province${code}`]: (_: unknown, _a: unknown, ctx: ProvinceContext) => {
        requireProvinceWriter(ctx);
        return {};
      },
    },
    ProvinceMutations: { ...recordsMutations, ...cardMutations, ...badgeMutations, ...lifecycleMutations, ...admissionMutations, ...bulkMutations, ...feeMutations, ...qualityMutations, ...transferMutations, ...periodReportMutations, ...handbookMutations, ...directiveMutations },
    ProvinceReport: { ...reportResolvers, ...cardReportResolvers, ...badgeReportResolvers, ...lifecycleReportResolvers, ...admissionReportResolvers, ...feeReportField, ...transferReportResolvers, ...handbookReportField, ...directiveReportField },
    PartyOrg: partyOrgResolvers,
    Member: { ...memberResolvers, ...memberCardResolvers, ...memberBadgeResolvers, ...memberLifecycleResolvers, ...memberRecordResolvers, ...memberDetailResolvers, ...memberFeeResolvers, ...memberQualityResolvers },
    Candidate: candidateResolvers,
    MemberImport: memberImportResolvers,
    MemberCorrection: correctionResolvers,
    PartyCard: partyCardResolvers,
    PartyInterruption: partyInterruptionResolvers,
    BadgeAward: badgeAwardResolvers,
    BadgeDue: badgeDueResolvers,
    BadgeMilestoneFigures: badgeMilestoneFiguresResolvers,
    Exemption: exemptionResolvers,
    MemberExit: memberExitResolvers,
    Meeting: { ...meetingResolvers, ...meetingFlagResolvers },
    HandbookMeeting: handbookMeetingResolvers,
    ExcusedStreak: excusedStreakResolvers,
    HandbookReport: handbookReportResolvers,
    Directive: directiveResolvers,
    DirectiveFeedback: directiveFeedbackResolvers,
    MemberDirective: memberDirectiveResolvers,
    DirectiveReport: directiveReportResolvers,
    Attendance: attendanceResolvers,
    AuditEntry: auditEntryResolvers,
    FeeBasisEntry: feeBasisEntryResolvers,
    FeeReport: feeReportResolvers,
    FeeMonth: feeMonthResolvers,
    FeePayment: feePaymentResolvers,
    QualityRating: qualityRatingResolvers,
    Transfer: transferResolvers,
    TransferMessage: transferMessageResolvers,
    CarrierOutbox: carrierOutboxResolvers,
    ReportSubmission: reportSubmissionResolvers,
  };
}
