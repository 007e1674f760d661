import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MemberRow, OrgRow, MeetingRow, AttendanceRow, ReportParent, CorrectionRow, PartyCardRow } from '../core/rows.ts';
import type { ExemptionRow, ExitRow } from '../areas/lifecycle/rows.ts';
import type { CandidateRow } from '../areas/admission/rows.ts';
import type { InterruptionRow, BadgeAwardRow, BadgeDueRow, BadgeMilestoneFiguresRow } from '../areas/badges/rows.ts';
import type { HandbookMeetingRow, ExcusedStreakRow, HandbookReportRow } from '../areas/handbook/rows.ts';
import type { DirectiveRow, DirectiveFeedbackRow, MemberDirectiveRow, DirectiveReportRow } from '../areas/directives/rows.ts';
import type { FeeBasisRow, FeePaymentRow, FeeMonthRow, FeeReportParent } from '../areas/fees/rows.ts';
import type { QualityRatingRow } from '../areas/quality/rows.ts';
import type { RewardRow, DisciplineRow } from '../areas/rewards-discipline/rows.ts';
import type { MeritPersonRow, MeritCareRow } from '../areas/merit-care/rows.ts';
import type { Occasion } from '../areas/merit-care/rules.ts';
import type { CadreRow, CadreEvaluationRow, CadreStepRaiseRow, CadreDisciplineRow, CadreGradePromotionRow } from '../areas/cadres/rows.ts';
import type { ImportRow } from '../areas/bulk/rows.ts';
import type { TransferRow, CarrierOutboxParent, SubmissionRow } from '../areas/exchange/rows.ts';
import type { AuditRow } from '../core/audit.ts';
import type { ProvinceContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Calendar date, ISO 8601 (YYYY-MM-DD), from 1900-01-01 to 2099-12-31. */
  Date: { input: string; output: string; }
  /** Instant, RFC 3339 with an offset (2026-10-15T19:30:00+07:00); answered in UTC (…Z). */
  DateTime: { input: string; output: string | Date; }
};

/** Trạng thái sinh hoạt. */
export type ActivityState =
  /** Đang sinh hoạt */
  | 'ACTIVE'
  /** Từ trần */
  | 'DECEASED'
  /** Miễn công tác và sinh hoạt */
  | 'EXEMPT'
  /** Khai trừ */
  | 'EXPELLED'
  /** Đang chuyển đi */
  | 'IN_TRANSIT'
  /** Xóa tên */
  | 'REMOVED'
  /** Ra khỏi Đảng */
  | 'RESIGNED'
  /** Đã chuyển đi */
  | 'TRANSFERRED_OUT';

export type AdmitMemberInput = {
  candidateId: Scalars['ID']['input'];
  /** Date of the decision: from the candidate's registration to today. The member is counted from this date. */
  decisionDate: Scalars['Date']['input'];
  /** Number of the admission decision (quyết định kết nạp), 1 to 50 characters. */
  decisionNo: Scalars['String']['input'];
  /** Approval of the provincial committee: required when the candidate is over the age limit (60 years by default). */
  provincialApprovalNo?: InputMaybe<Scalars['String']['input']>;
};

export type AdmitMemberPayload = {
  __typename?: 'AdmitMemberPayload';
  candidate: Candidate;
  /** The new probationary member. */
  member: Member;
};

export type AnswerFeedbackInput = {
  /** 1 to 5000 characters. */
  answer: Scalars['String']['input'];
  /** Also close it (CLOSED): nothing more is expected. Default false (ANSWERED). */
  close?: InputMaybe<Scalars['Boolean']['input']>;
  /** OPEN feedback. */
  feedbackId: Scalars['ID']['input'];
};

export type Attendance = {
  __typename?: 'Attendance';
  member: Member;
  presence: Presence;
};

export type AttendanceEntry = {
  memberId: Scalars['ID']['input'];
  presence: Presence;
};

/** One audited action: a write, or a read of personal records (operation "read"). Append-only. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The token's subject: the person or service who acted. */
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** What else was recorded, as JSON: for a read, the fields asked for and a hash of the query. */
  details: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** National ids of the members whose records were read or written. */
  memberIds: Array<Scalars['ID']['output']>;
  /** "read", or the write's name, e.g. "correctMember". */
  operation: Scalars['String']['output'];
  /** Their role: CENTRAL_ANALYST, PROVINCE_OFFICER, COMMUNE_OFFICER, CELL_SECRETARY, MEMBER or SYSTEM. */
  role: Scalars['String']['output'];
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/** Every condition given must hold. */
export type AuditFilter = {
  /** Exactly this actor (token subject). */
  actor?: InputMaybe<Scalars['String']['input']>;
  /** From this instant (inclusive). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Entries that touched this member. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** Exactly this operation, e.g. "read" or "correctMember". */
  operation?: InputMaybe<Scalars['String']['input']>;
  /** Before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type AwardBadgeInput = {
  ceremony: Ceremony;
  decisionNo: Scalars['String']['input'];
  /** Award before eligibleOn: GRAVELY_ILL (ceremony up to 12 or 24 months early) or POSTHUMOUS (died up to 12 months before eligibleOn). Null for an award on time (a member who died after eligibleOn is awarded posthumously without a reason). */
  early?: InputMaybe<EarlyAwardReason>;
  memberId: Scalars['ID']['input'];
  milestone: BadgeMilestone;
  /** Year of the ceremony: from 1960 to next year. */
  year: Scalars['Int']['input'];
};

export type AwardBadgePayload = {
  __typename?: 'AwardBadgePayload';
  award: BadgeAward;
};

export type BadgeAward = {
  __typename?: 'BadgeAward';
  ceremony: Ceremony;
  ceremonyDate: Scalars['Date']['output'];
  decisionNo: Scalars['String']['output'];
  /** Why it was awarded before eligibleOn; null when on time. */
  earlyReason?: Maybe<EarlyAwardReason>;
  eligibleOn: Scalars['Date']['output'];
  member: Member;
  milestone: BadgeMilestone;
  posthumous: Scalars['Boolean']['output'];
  year: Scalars['Int']['output'];
};

/** A member due a badge at a ceremony. */
export type BadgeDue = {
  __typename?: 'BadgeDue';
  ceremony: Ceremony;
  ceremonyDate: Scalars['Date']['output'];
  /** admissionDecisionDate + N years + interruptionDays. */
  eligibleOn: Scalars['Date']['output'];
  interruptionDays: Scalars['Int']['output'];
  member: Member;
  milestone: BadgeMilestone;
  year: Scalars['Int']['output'];
};

export type BadgeDueConnection = {
  __typename?: 'BadgeDueConnection';
  edges: Array<BadgeDueEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BadgeDueEdge = {
  __typename?: 'BadgeDueEdge';
  cursor: Scalars['String']['output'];
  node: BadgeDue;
};

/** Badge figures of a month with a ceremony in it (February, May, September, November). */
export type BadgeFigures = {
  __typename?: 'BadgeFigures';
  byMilestone: Array<BadgeMilestoneFigures>;
  ceremony: Ceremony;
  ceremonyDate: Scalars['Date']['output'];
};

/** Mốc Huy hiệu Đảng (năm tuổi Đảng). */
export type BadgeMilestone =
  /** Huy hiệu 30 năm tuổi Đảng */
  | 'Y30'
  /** Huy hiệu 40 năm tuổi Đảng */
  | 'Y40'
  /** Huy hiệu 45 năm tuổi Đảng */
  | 'Y45'
  /** Huy hiệu 50 năm tuổi Đảng */
  | 'Y50'
  /** Huy hiệu 55 năm tuổi Đảng */
  | 'Y55'
  /** Huy hiệu 60 năm tuổi Đảng */
  | 'Y60'
  /** Huy hiệu 65 năm tuổi Đảng */
  | 'Y65'
  /** Huy hiệu 70 năm tuổi Đảng */
  | 'Y70'
  /** Huy hiệu 75 năm tuổi Đảng */
  | 'Y75'
  /** Huy hiệu 80 năm tuổi Đảng */
  | 'Y80'
  /** Huy hiệu 85 năm tuổi Đảng */
  | 'Y85'
  /** Huy hiệu 90 năm tuổi Đảng */
  | 'Y90';

/** Badges due and awarded per milestone at one ceremony. Counts are rounded to a multiple of 5 for aggregate-only readers (CENTRAL_ANALYST; docs/disclosure-control.md). */
export type BadgeMilestoneFigures = {
  __typename?: 'BadgeMilestoneFigures';
  /** Awards decided for this ceremony (early ones included). */
  awarded?: Maybe<Scalars['Int']['output']>;
  /** Members counted on the ceremony date whose eligibleOn falls in its window (whether awarded or not). */
  due?: Maybe<Scalars['Int']['output']>;
  milestone: BadgeMilestone;
};

/** A cadre under the provincial committee's management (cán bộ thuộc diện cấp ủy quản lý). */
export type Cadre = {
  __typename?: 'Cadre';
  birthDate: Scalars['Date']['output'];
  /** The check-up's status as of `asOf` (default today, Vietnam time). */
  checkup: CadreCheckup;
  /** Hệ số lương. */
  coefficient: Scalars['Float']['output'];
  /** Disciplinary measures that count against the cadre: the member's (Member.disciplines) for a member-cadre. */
  disciplines: Array<CadreDiscipline>;
  /** Annual evaluations, newest year first. */
  evaluations: Array<CadreEvaluation>;
  fullName: Scalars['String']['output'];
  /** Mã ngạch, e.g. "01.003" (chuyên viên). */
  gradeCode: Scalars['String']['output'];
  gradeLevel: GradeLevel;
  /** Whether the cadre may be considered for promotion to the next grade (nâng ngạch) on `asOf` (default today, Vietnam time), and why not. */
  gradePromotion: CadreGradePromotion;
  /** Grade promotions granted, newest first. */
  gradePromotions: Array<CadreGradePromotionGranted>;
  /** The day the cadre entered the current grade (ngạch); null when unknown (then never eligible for promotion, with the reason GRADE_SINCE_UNKNOWN). */
  gradeSince?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** The last health check-up, null when none is recorded. */
  lastCheckup?: Maybe<Scalars['Date']['output']>;
  level: CadreLevel;
  /** The member record, when the cadre is a member of this province's Party organisation. */
  member?: Maybe<Member>;
  /** The next regular step raise of the current step. */
  nextStepRaise: CadreStepRaise;
  /** Chức vụ, e.g. "Phó Giám đốc Sở Nội vụ". */
  position: Scalars['String']['output'];
  retirement: CadreRetirement;
  /** Bảng lương, e.g. "A1". */
  salaryScale: Scalars['String']['output'];
  sex: Sex;
  /** Bậc lương. */
  step: Scalars['Int']['output'];
  /** Step raises granted, newest first. */
  stepRaises: Array<CadreStepRaiseGranted>;
  /** The day the current step was granted. */
  stepSince: Scalars['Date']['output'];
};


/** A cadre under the provincial committee's management (cán bộ thuộc diện cấp ủy quản lý). */
export type CadreCheckupArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A cadre under the provincial committee's management (cán bộ thuộc diện cấp ủy quản lý). */
export type CadreGradePromotionArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

/** A cadre's periodic health check-up (khám sức khỏe định kỳ) as of a day. */
export type CadreCheckup = {
  __typename?: 'CadreCheckup';
  /** The day the next check-up falls due; null when there was none (then it is overdue). */
  dueOn?: Maybe<Scalars['Date']['output']>;
  /** The last check-up recorded. */
  lastOn?: Maybe<Scalars['Date']['output']>;
  status: CheckupStatus;
};

export type CadreConnection = {
  __typename?: 'CadreConnection';
  edges: Array<CadreEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A disciplinary measure counted against a cadre. */
export type CadreDiscipline = {
  __typename?: 'CadreDiscipline';
  decidedOn: Scalars['Date']['output'];
  decisionNo: Scalars['String']['output'];
  measure: DisciplineMeasure;
};

export type CadreEdge = {
  __typename?: 'CadreEdge';
  cursor: Scalars['String']['output'];
  node: Cadre;
};

/** An annual evaluation of a cadre. */
export type CadreEvaluation = {
  __typename?: 'CadreEvaluation';
  actor: Scalars['String']['output'];
  /** The body that evaluated. */
  evaluatedBy: Scalars['String']['output'];
  evaluatedOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  recordedAt: Scalars['DateTime']['output'];
  result: EvaluationResult;
  year: Scalars['Int']['output'];
};

/** A cadre's eligibility for promotion to the next grade (nâng ngạch) by the configured rules (config/cadre-rules.json gradePromotions). */
export type CadreGradePromotion = {
  __typename?: 'CadreGradePromotion';
  eligible: Scalars['Boolean']['output'];
  /** The first day the time held and discipline allow it (evaluations are per year); null when the grade's date or path is unknown. */
  eligibleFrom?: Maybe<Scalars['Date']['output']>;
  /** The path's minimum months in the current grade; null when there is no path. */
  minMonths?: Maybe<Scalars['Int']['output']>;
  /** Why not; empty when eligible. */
  reasons: Array<GradePromotionReason>;
  /** The legal source of the rule. */
  source: Scalars['String']['output'];
  /** The grade code the configured path leads to; null when there is none. */
  toGradeCode?: Maybe<Scalars['String']['output']>;
  /** Whether the rule's numbers were checked against the text. */
  verified: Scalars['Boolean']['output'];
};

/** A grade promotion granted. */
export type CadreGradePromotionGranted = {
  __typename?: 'CadreGradePromotionGranted';
  coefficient: Scalars['Float']['output'];
  decidedOn: Scalars['Date']['output'];
  decisionNo: Scalars['String']['output'];
  fromGradeCode: Scalars['String']['output'];
  fromGradeLevel: GradeLevel;
  id: Scalars['ID']['output'];
  toGradeCode: Scalars['String']['output'];
  toGradeLevel: GradeLevel;
};

/** Cấp quản lý của cán bộ (chế độ khám sức khỏe theo cấp). */
export type CadreLevel =
  /** Cán bộ thuộc diện Trung ương quản lý */
  | 'CENTRAL'
  /** Cán bộ cấp xã */
  | 'COMMUNE'
  /** Cán bộ thuộc diện Tỉnh ủy, Thành ủy quản lý */
  | 'PROVINCIAL';

/** A cadre's retirement by the statutory schedule (Bộ luật Lao động 2019, Điều 169; Nghị định 135/2020/NĐ-CP). */
export type CadreRetirement = {
  __typename?: 'CadreRetirement';
  ageMonths: Scalars['Int']['output'];
  /** The statutory age that applies: years and months. */
  ageYears: Scalars['Int']['output'];
  /** From this day the retirement notice is due (the configured months before retiresOn). */
  noticeFrom: Scalars['Date']['output'];
  /** The day the statutory age is reached. */
  reachesAgeOn: Scalars['Date']['output'];
  /** The last day of work: the end of the month in which the age is reached. */
  retiresOn: Scalars['Date']['output'];
  source: Scalars['String']['output'];
  verified: Scalars['Boolean']['output'];
};

/** The next regular step raise (nâng bậc lương thường xuyên) of a cadre's current step. */
export type CadreStepRaise = {
  __typename?: 'CadreStepRaise';
  /** Months added by disciplinary measures decided while the step ran. */
  delayMonths: Scalars['Int']['output'];
  /** The day the next step is due: the grade level's months after the step's date, plus discipline's delays. */
  dueOn: Scalars['Date']['output'];
  /** The most an early raise may bring the step forward, under the scheme in force. */
  earlyMaxMonths: Scalars['Int']['output'];
  /** Months early already applied to this due date (0: an early raise is asked for with grantStepRaise's earlyMonths). */
  earlyMonths: Scalars['Int']['output'];
  /** The legal source of the scheme applied. */
  source: Scalars['String']['output'];
  /** Whether the scheme's numbers were checked against the text. */
  verified: Scalars['Boolean']['output'];
};

/** A step raise granted. */
export type CadreStepRaiseGranted = {
  __typename?: 'CadreStepRaiseGranted';
  coefficient: Scalars['Float']['output'];
  decisionNo: Scalars['String']['output'];
  /** Months early (0 for a regular raise); an early raise counts against the year's quota. */
  earlyMonths: Scalars['Int']['output'];
  fromStep: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  raisedOn: Scalars['Date']['output'];
  toStep: Scalars['Int']['output'];
};

export type CancelMeetingInput = {
  meetingId: Scalars['ID']['input'];
  /** 3 to 1000 characters. */
  reason: Scalars['String']['input'];
};

export type CancelTransferInput = {
  /** Why (3 to 1000 characters). */
  reason: Scalars['String']['input'];
  transferId: Scalars['ID']['input'];
};

/** An outstanding candidate for admission (quần chúng ưu tú). */
export type Candidate = {
  __typename?: 'Candidate';
  /** Date of the certificate of the course Nhận thức về Đảng. */
  awarenessCertificateOn?: Maybe<Scalars['Date']['output']>;
  birthDate: Scalars['Date']['output'];
  /** The cell that proposes the candidate. */
  cell: PartyOrg;
  /** 12-digit personal identification number (CCCD). */
  citizenId: Scalars['String']['output'];
  decisionDate?: Maybe<Scalars['Date']['output']>;
  /** Admission decision (quyết định kết nạp), once admitted. */
  decisionNo?: Maybe<Scalars['String']['output']>;
  ethnicityCode?: Maybe<Scalars['String']['output']>;
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The two official members who vouch for the candidate (người giới thiệu). */
  introducers: Array<Member>;
  /** The member record created by the admission. */
  member?: Maybe<Member>;
  registeredOn: Scalars['Date']['output'];
  religionCode?: Maybe<Scalars['String']['output']>;
  sex: Sex;
  state: CandidateState;
};

export type CandidateConnection = {
  __typename?: 'CandidateConnection';
  edges: Array<CandidateEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CandidateEdge = {
  __typename?: 'CandidateEdge';
  cursor: Scalars['String']['output'];
  node: Candidate;
};

/** Tình trạng của quần chúng ưu tú. */
export type CandidateState =
  /** Đã kết nạp */
  | 'ADMITTED'
  /** Đang xem xét kết nạp */
  | 'PENDING';

/** Party-card figures of a month. Counts are rounded to a multiple of 5 for aggregate-only readers (CENTRAL_ANALYST; docs/disclosure-control.md). */
export type CardFigures = {
  __typename?: 'CardFigures';
  /** First cards issued in the month. */
  issued?: Maybe<Scalars['Int']['output']>;
  /** Official members counted on asOf who held no valid card that day (the backlog of cards to issue). */
  officialWithoutCard?: Maybe<Scalars['Int']['output']>;
  /** Cards issued in the month in place of earlier ones. */
  reissued?: Maybe<Scalars['Int']['output']>;
};

/** Lý do cấp lại thẻ đảng viên. */
export type CardReissueReason =
  /** Thẻ hư hỏng */
  | 'DAMAGED'
  /** Thay đổi thông tin trên thẻ */
  | 'DETAILS_CHANGED'
  /** Mất thẻ */
  | 'LOST'
  /** Đổi thẻ đồng loạt (Chỉ thị 51-CT/TW) */
  | 'NATIONWIDE_REISSUE';

/** Trạng thái thẻ đảng viên. */
export type CardStatus =
  /** Đang sử dụng */
  | 'ACTIVE'
  /** Gia đình giữ (đảng viên từ trần) */
  | 'KEPT_BY_FAMILY'
  /** Bị mất */
  | 'LOST'
  /** Đã thu hồi */
  | 'RECOVERED'
  /** Đã thay bằng thẻ cấp lại */
  | 'REISSUED';

/** What the carrier must carry from this province (docs/transfers.md, "Messages"). */
export type CarrierOutbox = {
  __typename?: 'CarrierOutbox';
  /** Report submissions the Centre has not yet acknowledged. */
  reports: Array<ReportSubmission>;
  /** Transfers out waiting for the destination's decision (DELIVER or CANCEL). */
  transfers: Array<TransferMessage>;
  /** Receipts in whose source has not yet confirmed applying them (CONFIRM). */
  unconfirmedReceipts: Array<UnconfirmedReceipt>;
};

/** Đợt trao Huy hiệu Đảng. */
export type Ceremony =
  /** 3/2 (ngày thành lập Đảng) */
  | 'FEB3'
  /** 19/5 (ngày sinh Chủ tịch Hồ Chí Minh) */
  | 'MAY19'
  /** 7/11 (Cách mạng Tháng Mười Nga) */
  | 'NOV7'
  /** 2/9 (Quốc khánh) */
  | 'SEP2';

/** Tình trạng khám sức khỏe định kỳ. */
export type CheckupStatus =
  /** Đã khám, chưa đến hạn */
  | 'DONE'
  /** Sắp đến hạn (trong 30 ngày) */
  | 'DUE'
  /** Quá hạn, hoặc chưa từng khám */
  | 'OVERDUE';

/** A salted hash (HMAC-SHA256 with the provinces' shared key) of a counted member's citizen ID. */
export type CitizenIdHash = {
  __typename?: 'CitizenIdHash';
  hash: Scalars['String']['output'];
  /** The open transfer this member is part of (out from here, or received here and not yet confirmed): the same person at both ends of one transfer is not a conflict. */
  transferId?: Maybe<Scalars['ID']['output']>;
};

/** Fields left out (or null) are not changed; at least one must change. */
export type CorrectMemberInput = {
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** Nơi sinh, 1 to 300 characters. */
  birthplace?: InputMaybe<Scalars['String']['input']>;
  /** 12 digits. */
  citizenId?: InputMaybe<Scalars['String']['input']>;
  /** Grades completed / grades of the system, e.g. 12/12. */
  educationGeneral?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 200 characters. */
  educationProfessional?: InputMaybe<Scalars['String']['input']>;
  /** 2-digit ethnicity code of the national catalogue (01 Kinh … 54). */
  ethnicityCode?: InputMaybe<Scalars['String']['input']>;
  fullName?: InputMaybe<Scalars['String']['input']>;
  /** Quê quán, 1 to 300 characters. */
  hometown?: InputMaybe<Scalars['String']['input']>;
  memberId: Scalars['ID']['input'];
  /** 1 to 200 characters. */
  occupation?: InputMaybe<Scalars['String']['input']>;
  /** 0 then 9 or 10 digits. */
  phone?: InputMaybe<Scalars['String']['input']>;
  politicalTheory?: InputMaybe<PoliticalTheoryLevel>;
  /** Why the record is corrected (3 to 1000 characters), e.g. the decision or document that shows the right value. */
  reason: Scalars['String']['input'];
  /** 2-digit religion code of the national catalogue. */
  religionCode?: InputMaybe<Scalars['String']['input']>;
  sex?: InputMaybe<Sex>;
};

export type CorrectMemberPayload = {
  __typename?: 'CorrectMemberPayload';
  correction: MemberCorrection;
  member: Member;
};

/** One figure of a breakdown: key is the dimension's value (an enum name or a catalogue code), value the count. */
export type Count = {
  __typename?: 'Count';
  key: Scalars['String']['output'];
  /** Rounded to a multiple of 5 for aggregate-only readers (CENTRAL_ANALYST; docs/disclosure-control.md); never null since withholding was replaced by rounding. */
  value?: Maybe<Scalars['Int']['output']>;
};

/** Cấp quyết định. */
export type DecisionLevel =
  /** Cấp ủy cấp trên cơ sở */
  | 'CAP_TREN_CO_SO'
  /** Chi bộ */
  | 'CHI_BO'
  /** Đảng ủy cơ sở */
  | 'CO_SO'
  /** Tỉnh ủy, Thành ủy */
  | 'TINH'
  /** Trung ương */
  | 'TRUNG_UONG';

/** A directive (văn bản chỉ đạo) of the provincial committee or a commune committee. */
export type Directive = {
  __typename?: 'Directive';
  /** The organisations addressed: their whole subtrees are the audience. */
  audience: Array<PartyOrg>;
  /**
   * Members in the audience now: live members, not exempt and not exited, whose cell is in the subtree of an
   * audience organisation (the handbook's users: QĐ 339-QĐ/TW excludes exempt members).
   */
  audienceCount: Scalars['Int']['output'];
  body: Scalars['String']['output'];
  /** Document number, e.g. 12-CT/TU. */
  docNo?: Maybe<Scalars['String']['output']>;
  /** Feedback on this directive, oldest first; only of one status when given. */
  feedback: Array<DirectiveFeedback>;
  id: Scalars['ID']['output'];
  /** The publishing committee: the provincial committee (TINH) or a commune committee (XA). */
  issuer: PartyOrg;
  publishedAt: Scalars['DateTime']['output'];
  /** Members of the audience (as above) who have read it. */
  readCount: Scalars['Int']['output'];
  /** readCount ÷ audienceCount; null when the audience is empty. */
  readRate?: Maybe<Scalars['Float']['output']>;
  title: Scalars['String']['output'];
};


/** A directive (văn bản chỉ đạo) of the provincial committee or a commune committee. */
export type DirectiveFeedbackArgs = {
  status?: InputMaybe<FeedbackStatus>;
};

export type DirectiveConnection = {
  __typename?: 'DirectiveConnection';
  edges: Array<DirectiveEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DirectiveEdge = {
  __typename?: 'DirectiveEdge';
  cursor: Scalars['String']['output'];
  node: Directive;
};

/** A member's feedback on a directive, and the committee's answer. */
export type DirectiveFeedback = {
  __typename?: 'DirectiveFeedback';
  answer?: Maybe<Scalars['String']['output']>;
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who answered (the actor of the answering request). */
  answeredBy?: Maybe<Scalars['String']['output']>;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  directive: Directive;
  id: Scalars['ID']['output'];
  member: Member;
  status: FeedbackStatus;
};

export type DirectiveFeedbackConnection = {
  __typename?: 'DirectiveFeedbackConnection';
  edges: Array<DirectiveFeedbackEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DirectiveFeedbackEdge = {
  __typename?: 'DirectiveFeedbackEdge';
  cursor: Scalars['String']['output'];
  node: DirectiveFeedback;
};

export type DirectiveFeedbackPayload = {
  __typename?: 'DirectiveFeedbackPayload';
  feedback: DirectiveFeedback;
};

export type DirectivePayload = {
  __typename?: 'DirectivePayload';
  directive: Directive;
};

/** Directives and feedback in a month. Counts are rounded to a multiple of 5 for aggregate-only readers (CENTRAL_ANALYST; docs/disclosure-control.md). */
export type DirectiveReport = {
  __typename?: 'DirectiveReport';
  /** Directives published in the month. */
  directivesPublished: Scalars['Int']['output'];
  /** Feedback answered in the month. */
  feedbackAnswered?: Maybe<Scalars['Int']['output']>;
  /** Feedback submitted in the month. */
  feedbackReceived?: Maybe<Scalars['Int']['output']>;
  /** Feedback submitted by the end of the month and not answered by then. */
  openFeedback?: Maybe<Scalars['Int']['output']>;
};

/** A disciplinary measure (kỷ luật) against a member. */
export type Discipline = {
  __typename?: 'Discipline';
  actor: Scalars['String']['output'];
  /** The body that decided. */
  decidedBy: Scalars['String']['output'];
  decidedOn: Scalars['Date']['output'];
  decisionNo: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The last day the measure counts against the member (its term); null for an expulsion, and when the decision set none. */
  inForceUntil?: Maybe<Scalars['Date']['output']>;
  level: DecisionLevel;
  measure: DisciplineMeasure;
  member: Member;
  /** The post the member was removed from (CACH_CHUC only). */
  post?: Maybe<Scalars['String']['output']>;
  reason: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
};

export type DisciplineConnection = {
  __typename?: 'DisciplineConnection';
  edges: Array<DisciplineEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DisciplineEdge = {
  __typename?: 'DisciplineEdge';
  cursor: Scalars['String']['output'];
  node: Discipline;
};

/** Hình thức kỷ luật đảng viên (Điều lệ Đảng, Điều 35). */
export type DisciplineMeasure =
  /** Cách chức */
  | 'CACH_CHUC'
  /** Cảnh cáo */
  | 'CANH_CAO'
  /** Khai trừ */
  | 'KHAI_TRU'
  /** Khiển trách */
  | 'KHIEN_TRACH';

export type DisciplineMeasureCount = {
  __typename?: 'DisciplineMeasureCount';
  /** Rounded to a multiple of 5 for aggregate-only readers (CENTRAL_ANALYST; docs/disclosure-control.md). */
  count?: Maybe<Scalars['Int']['output']>;
  measure: DisciplineMeasure;
};

/** Lý do trao sớm. */
export type EarlyAwardReason =
  /** Ốm nặng: sớm tối đa 12 tháng (huy hiệu 30–65 năm) hoặc 24 tháng (70–90 năm) */
  | 'GRAVELY_ILL'
  /** Truy tặng: từ trần trong vòng 12 tháng trước khi đủ tuổi Đảng */
  | 'POSTHUMOUS';

/** Trình độ học vấn. */
export type Education = {
  __typename?: 'Education';
  /** General education: grades completed / grades of the system, e.g. 12/12 or 9/10 (giáo dục phổ thông). */
  general?: Maybe<Scalars['String']['output']>;
  politicalTheory?: Maybe<PoliticalTheoryLevel>;
  /** Professional qualification, e.g. Cử nhân Luật (chuyên môn nghiệp vụ). */
  professional?: Maybe<Scalars['String']['output']>;
};

export type EndExemptionInput = {
  /** After the exemption's start, not in the future. */
  endsOn: Scalars['Date']['input'];
  memberId: Scalars['ID']['input'];
  resolutionNo: Scalars['String']['input'];
};

/** Kết quả đánh giá, xếp loại chất lượng cán bộ hằng năm. */
export type EvaluationResult =
  /** Hoàn thành nhiệm vụ */
  | 'HOAN_THANH_NHIEM_VU'
  /** Hoàn thành tốt nhiệm vụ */
  | 'HOAN_THANH_TOT_NHIEM_VU'
  /** Hoàn thành xuất sắc nhiệm vụ */
  | 'HOAN_THANH_XUAT_SAC_NHIEM_VU'
  /** Không hoàn thành nhiệm vụ */
  | 'KHONG_HOAN_THANH_NHIEM_VU';

/** A member excused more than 3 times in a row (HD 12-HD/BTCTW): their longest run of the calendar year. */
export type ExcusedStreak = {
  __typename?: 'ExcusedStreak';
  /** Start of the first meeting of the run. */
  firstMeetingAt: Scalars['DateTime']['output'];
  /** Start of the last meeting of the run. */
  lastMeetingAt: Scalars['DateTime']['output'];
  member: Member;
  /** Consecutive regular (or combined) meetings the member was excused from. */
  timesInARow: Scalars['Int']['output'];
};

export type ExcusedStreakConnection = {
  __typename?: 'ExcusedStreakConnection';
  edges: Array<ExcusedStreakEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ExcusedStreakEdge = {
  __typename?: 'ExcusedStreakEdge';
  cursor: Scalars['String']['output'];
  node: ExcusedStreak;
};

export type ExemptMemberInput = {
  memberId: Scalars['ID']['input'];
  reason: ExemptionReason;
  resolutionNo: Scalars['String']['input'];
  /** Not before the member joined this province, not in the future. */
  startsOn: Scalars['Date']['input'];
};

/** A period of exemption from work and activities. */
export type Exemption = {
  __typename?: 'Exemption';
  /** The resolution (or exit decision) that ended it. */
  endResolutionNo?: Maybe<Scalars['String']['output']>;
  /** The day the member is active again (or left); null while exempt. */
  endsOn?: Maybe<Scalars['Date']['output']>;
  member: Member;
  reason: ExemptionReason;
  /** The chi bộ resolution that granted it. */
  resolutionNo: Scalars['String']['output'];
  startsOn: Scalars['Date']['output'];
};

export type ExemptionConnection = {
  __typename?: 'ExemptionConnection';
  edges: Array<ExemptionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ExemptionEdge = {
  __typename?: 'ExemptionEdge';
  cursor: Scalars['String']['output'];
  node: Exemption;
};

export type ExemptionPayload = {
  __typename?: 'ExemptionPayload';
  exemption: Exemption;
  member: Member;
};

/** Lý do miễn công tác và sinh hoạt đảng. */
export type ExemptionReason =
  /** Tuổi cao */
  | 'OLD_AGE'
  /** Sức khỏe yếu */
  | 'POOR_HEALTH';

export type ExitCount = {
  __typename?: 'ExitCount';
  /** Rounded to a multiple of 5 for aggregate-only readers (CENTRAL_ANALYST; docs/disclosure-control.md). */
  count?: Maybe<Scalars['Int']['output']>;
  type: ExitType;
};

/** Hình thức ra khỏi Đảng. */
export type ExitType =
  /** Từ trần */
  | 'DECEASED'
  /** Khai trừ */
  | 'EXPELLED'
  /** Xóa tên */
  | 'REMOVED'
  /** Xin ra khỏi Đảng */
  | 'RESIGNED';

export type FeeArrear = {
  __typename?: 'FeeArrear';
  /** What remains due over those months, VND. */
  amountOwedVnd: Scalars['Int']['output'];
  member: Member;
  /** The unpaid months of the window, YYYY-MM, oldest first. */
  unpaidMonths: Array<Scalars['String']['output']>;
};

export type FeeArrearEdge = {
  __typename?: 'FeeArrearEdge';
  cursor: Scalars['String']['output'];
  node: FeeArrear;
};

export type FeeArrearsConnection = {
  __typename?: 'FeeArrearsConnection';
  edges: Array<FeeArrearEdge>;
  /** The window counted, YYYY-MM to YYYY-MM. */
  fromMonth: Scalars['String']['output'];
  minMonths: Scalars['Int']['output'];
  pageInfo: PageInfo;
  toMonth: Scalars['String']['output'];
  totalCount: Scalars['Int']['output'];
};

/** Cơ sở tính đảng phí (Quy định 01-QĐ/TW). OTHER is 1% of another monthly income such as a sick-leave or maternity benefit. */
export type FeeBasis =
  /** Miễn */
  | 'EXEMPT'
  /** Khác */
  | 'OTHER'
  /** 0,5% lương hưu */
  | 'PENSION'
  /** 1% lương đóng BHXH */
  | 'SOCIAL_INSURANCE'
  /** Học sinh, sinh viên */
  | 'STUDENT';

/** A member's fee basis from a month on, until the next entry's month. */
export type FeeBasisEntry = {
  __typename?: 'FeeBasisEntry';
  actor: Scalars['String']['output'];
  /** Monthly salary for social insurance, pension or other income in VND; null for STUDENT and EXEMPT. */
  baseAmountVnd?: Maybe<Scalars['Int']['output']>;
  basis: FeeBasis;
  /** First month it applies to, YYYY-MM. */
  effectiveMonth: Scalars['String']['output'];
  exemptionReason?: Maybe<FeeExemptionReason>;
  note?: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  /** How many months from effectiveMonth the reduction lasts (0 without one). */
  reductionMonths: Scalars['Int']['output'];
  /** 0, or a reduction allowed by the configuration (30, 50, 70). */
  reductionPercent: Scalars['Int']['output'];
};

/** Hình thức nộp đảng phí. */
export type FeeChannel =
  /** Nộp tiền mặt cho chi bộ */
  | 'CASH'
  /** Qua Cổng Dịch vụ công quốc gia */
  | 'DVC_PORTAL';

/** Lý do miễn đóng đảng phí. */
export type FeeExemptionReason =
  /** Hoàn cảnh khó khăn */
  | 'HARDSHIP'
  /** Tuổi đảng từ 50 năm trở lên */
  | 'PARTY_AGE_50'
  /** Hưởng trợ cấp xã hội hằng tháng */
  | 'SOCIAL_PENSION';

/** One month of a fee statement. */
export type FeeMonth = {
  __typename?: 'FeeMonth';
  /** Whole VND; null when no basis (or no rate) is in force. */
  amountDueVnd?: Maybe<Scalars['Int']['output']>;
  baseAmountVnd?: Maybe<Scalars['Int']['output']>;
  /** The basis in force that month; null when none was set. */
  basis?: Maybe<FeeBasis>;
  channel?: Maybe<FeeChannel>;
  /** YYYY-MM */
  month: Scalars['String']['output'];
  paidOn?: Maybe<Scalars['Date']['output']>;
  paidVnd?: Maybe<Scalars['Int']['output']>;
  /** True from the month the member's party age reaches the configured 50 years: nothing is due. */
  partyAgeExempt: Scalars['Boolean']['output'];
  /** The province that counted the member that month: this one, or one they were transferred from (its figures as it computed them when it issued the transfer). */
  province: Scalars['ID']['output'];
  /** The reduction applied this month (0 when none or when it has run out). */
  reductionPercent: Scalars['Int']['output'];
  status: FeeMonthStatus;
};

/** Tình trạng đảng phí của một tháng. */
export type FeeMonthStatus =
  /** Được miễn */
  | 'EXEMPT'
  /** Chưa có cơ sở tính */
  | 'NO_BASIS'
  /** Đã đóng */
  | 'PAID'
  /** Chưa đóng */
  | 'UNPAID';

/** A recorded payment for one month (one per member and month). */
export type FeePayment = {
  __typename?: 'FeePayment';
  actor: Scalars['String']['output'];
  /** What was due for the month when the payment was recorded (amountVnd may be more: a voluntary extra). */
  amountDueVnd: Scalars['Int']['output'];
  amountVnd: Scalars['Int']['output'];
  /** The basis in force for that month when the payment was recorded. */
  basis: FeeBasis;
  channel: FeeChannel;
  member: Member;
  /** The month paid for, YYYY-MM. */
  month: Scalars['String']['output'];
  paidOn: Scalars['Date']['output'];
  receiptNo?: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
};

/** The rates of one schedule of the configuration. */
export type FeeRates = {
  __typename?: 'FeeRates';
  /** First month of the schedule, YYYY-MM. */
  effectiveFrom: Scalars['String']['output'];
  /** Last month, YYYY-MM; null while no later schedule exists. */
  effectiveUntil?: Maybe<Scalars['String']['output']>;
  exemptPartyAgeYears: Scalars['Int']['output'];
  maxReductionMonths: Scalars['Int']['output'];
  otherPercent: Scalars['Float']['output'];
  pensionPercent: Scalars['Float']['output'];
  reductionPercents: Array<Scalars['Int']['output']>;
  socialInsurancePercent: Scalars['Float']['output'];
  source: Scalars['String']['output'];
  studentMonthlyVnd: Scalars['Int']['output'];
};

/**
 * A month's party fees in a province. VND totals are Float because a province's month exceeds Int's 2^31; they are
 * whole numbers. Counts are rounded to a multiple of 5 for aggregate-only readers (CENTRAL_ANALYST; docs/disclosure-control.md); for them the amounts and the rate are null when the
 * rounded membersDue is 5 or less (they would show what those few earn).
 */
export type FeeReport = {
  __typename?: 'FeeReport';
  /** Everything paid for this month, voluntary extras included. */
  amountCollectedVnd?: Maybe<Scalars['Float']['output']>;
  amountDueVnd?: Maybe<Scalars['Float']['output']>;
  /** Σ min(paid, due) ÷ Σ due: extras do not raise it; null when nothing is due. */
  collectionRate?: Maybe<Scalars['Float']['output']>;
  /** Members with something due this month. */
  membersDue?: Maybe<Scalars['Int']['output']>;
  /** Members with unpaid dues in at least the configured 3 of the 12 months ending with this month. */
  membersInArrears?: Maybe<Scalars['Int']['output']>;
  /** Of those, members whose payment covers the month. */
  membersPaid?: Maybe<Scalars['Int']['output']>;
  /** Members counted this month without a basis in force (nothing can be computed for them). */
  membersWithoutBasis?: Maybe<Scalars['Int']['output']>;
};

export type FeeStatement = {
  __typename?: 'FeeStatement';
  from: Scalars['String']['output'];
  member: Member;
  /** The months in [from, to] in which this province counts the member, and those in which the provinces they were transferred from counted them. */
  months: Array<FeeMonth>;
  to: Scalars['String']['output'];
  totalDueVnd: Scalars['Float']['output'];
  totalPaidVnd: Scalars['Float']['output'];
  /** Months with something due and not fully paid. */
  unpaidMonths: Scalars['Int']['output'];
};

/** Trạng thái ý kiến phản hồi. */
export type FeedbackStatus =
  /** Đã trả lời */
  | 'ANSWERED'
  /** Đã trả lời và đóng */
  | 'CLOSED'
  /** Chưa trả lời */
  | 'OPEN';

export type FieldChange = {
  __typename?: 'FieldChange';
  /** GraphQL field name, e.g. citizenId. */
  field: Scalars['String']['output'];
  from?: Maybe<Scalars['String']['output']>;
  to?: Maybe<Scalars['String']['output']>;
};

/** A figure whose live value now differs from the submitted one. */
export type FigureDifference = {
  __typename?: 'FigureDifference';
  /** GraphQL field name of ReportFigures, e.g. memberCount. */
  field: Scalars['String']['output'];
  live?: Maybe<Scalars['String']['output']>;
  submitted?: Maybe<Scalars['String']['output']>;
};

/** Trình độ của ngạch: quyết định thời gian giữ bậc (Thông tư 08/2013/TT-BNV). */
export type GradeLevel =
  /** Ngạch yêu cầu trình độ dưới cao đẳng, nhân viên */
  | 'BELOW_COLLEGE'
  /** Ngạch yêu cầu trình độ cao đẳng */
  | 'COLLEGE'
  /** Chuyên gia cao cấp */
  | 'SENIOR_EXPERT'
  /** Ngạch yêu cầu trình độ đại học trở lên */
  | 'UNIVERSITY';

/** One reason a cadre may not be promoted. */
export type GradePromotionReason = {
  __typename?: 'GradePromotionReason';
  kind: GradePromotionReasonKind;
  /** What stands in the way, with the rule's source. */
  message: Scalars['String']['output'];
  /** The last day the obstacle holds: the day before the minimum time is complete, the last day a measure is in force. */
  until?: Maybe<Scalars['Date']['output']>;
  /** The evaluation year concerned (EVALUATION_MISSING, EVALUATION_INSUFFICIENT). */
  year?: Maybe<Scalars['Int']['output']>;
};

/** Why a cadre may not be promoted to the next grade on a day. */
export type GradePromotionReasonKind =
  /** A disciplinary measure is in force. */
  | 'DISCIPLINE_IN_FORCE'
  /** An evaluation below HOAN_THANH_TOT_NHIEM_VU for a year the rule requires. */
  | 'EVALUATION_INSUFFICIENT'
  /** No evaluation for a year the rule requires. */
  | 'EVALUATION_MISSING'
  /** The day the cadre entered the current grade is not recorded. */
  | 'GRADE_SINCE_UNKNOWN'
  /** The current grade is held for less than the rule's minimum months. */
  | 'HELD_TOO_SHORT'
  /** No promotion from the cadre's grade code is configured. */
  | 'NO_PROMOTION_PATH';

export type GrantStepRaiseInput = {
  cadreId: Scalars['ID']['input'];
  /** The new step's coefficient: greater than the current one, less than 20. */
  coefficient: Scalars['Float']['input'];
  /** 1 to 100 characters. */
  decisionNo: Scalars['String']['input'];
  /** Months early for outstanding work (default 0): at most the scheme's maximum, within the year's quota. */
  earlyMonths?: InputMaybe<Scalars['Int']['input']>;
  /** The day the new step is granted: not in the future, and on or after the step's due date less earlyMonths. */
  raisedOn: Scalars['Date']['input'];
};

export type GrantStepRaisePayload = {
  __typename?: 'GrantStepRaisePayload';
  cadre: Cadre;
  raise: CadreStepRaiseGranted;
};

/**
 * A cell meeting as the handbook shows it: scheduled, held or cancelled. The foundation's `Meeting` is the same
 * row seen once held (its startedAt/endedAt are non-null, so it cannot show a meeting not yet held).
 */
export type HandbookMeeting = {
  __typename?: 'HandbookMeeting';
  /** Attendance recorded so far, by member id. */
  attendance: Array<Attendance>;
  /** Why it was cancelled; null unless CANCELLED. */
  cancelReason?: Maybe<Scalars['String']['output']>;
  cell: PartyOrg;
  /** When the documents went on the handbook; null while not posted. */
  docsPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whole minutes from start to end; null until held. */
  durationMinutes?: Maybe<Scalars['Int']['output']>;
  /** Null until held. */
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * Members expected: once held, the attendance roll (one row per expected member); before, the cell's members
   * counted on the meeting's date, not exempt and not exited.
   */
  expected: Scalars['Int']['output'];
  /** Quality flags of a held meeting; empty before it is held. */
  flags: Array<MeetingFlag>;
  id: Scalars['ID']['output'];
  /** Attendance rows marked PRESENT. */
  present: Scalars['Int']['output'];
  /** When the meeting was planned for; for meetings recorded without a schedule, when it started. */
  scheduledAt: Scalars['DateTime']['output'];
  /** Null until held. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: MeetingStatus;
  topic: Scalars['String']['output'];
  type: MeetingType;
};

export type HandbookMeetingConnection = {
  __typename?: 'HandbookMeetingConnection';
  edges: Array<HandbookMeetingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type HandbookMeetingEdge = {
  __typename?: 'HandbookMeetingEdge';
  cursor: Scalars['String']['output'];
  node: HandbookMeeting;
};

export type HandbookMeetingPayload = {
  __typename?: 'HandbookMeetingPayload';
  meeting: HandbookMeeting;
};

/**
 * The handbook's figures for a month: compliance (spec §5 rule 3) and the quality flags of held meetings. For
 * aggregate-only readers (CENTRAL_ANALYST) every count is rounded to a multiple of 5 and the rates are of the rounded
 * counts (docs/disclosure-control.md).
 */
export type HandbookReport = {
  __typename?: 'HandbookReport';
  /** Active party cells (chi bộ and chi bộ cơ sở). */
  activeCells: Scalars['Int']['output'];
  /** present ÷ expected over the month's held meetings; null when none expected anyone. */
  attendanceRate?: Maybe<Scalars['Float']['output']>;
  /** Active cells that held a regular or combined meeting in the month. */
  cellsWithRegularMeeting: Scalars['Int']['output'];
  /** cellsWithRegularMeeting ÷ activeCells; null when the province has no active cell. */
  complianceRate?: Maybe<Scalars['Float']['output']>;
  /** Held meetings with at least one flag. */
  flaggedMeetings: Scalars['Int']['output'];
  /** Held meetings flagged LATE_DOCUMENTS. */
  lateDocumentMeetings: Scalars['Int']['output'];
  /** Held meetings flagged LOW_ATTENDANCE. */
  lowAttendanceMeetings: Scalars['Int']['output'];
  /** Meetings planned in the month and cancelled. */
  meetingsCancelled: Scalars['Int']['output'];
  meetingsHeld: Scalars['Int']['output'];
  /** Meetings planned in the month and not yet held. */
  meetingsScheduled: Scalars['Int']['output'];
  /** Members excused more than 3 times in a row in the calendar year up to the end of the month (see excusedInARow). */
  membersExcusedInARow?: Maybe<Scalars['Int']['output']>;
  /** Held meetings flagged SHORT. */
  shortMeetings: Scalars['Int']['output'];
};

/** Loại tệp nhập liệu hàng loạt. */
export type ImportKind =
  /** Biến động: chuyển sinh hoạt giữa các chi bộ trong tỉnh (one movement per row) */
  | 'MOVEMENTS'
  /** Hồ sơ đảng viên mới (one member record per row) */
  | 'NEW_RECORDS';

export type ImportMembersCsvInput = {
  /** When true, one rejected row means nothing is applied. Default false: the accepted rows are applied, the others listed. */
  allOrNothing?: InputMaybe<Scalars['Boolean']['input']>;
  /** 5-digit code of the commune the file is about: NEW_RECORDS go to its cells; MOVEMENTS move its members. */
  communeCode: Scalars['String']['input'];
  /** The CSV text, UTF-8, comma-separated, first line the column names; at most 20,000 rows. */
  csv: Scalars['String']['input'];
  kind: ImportKind;
};

export type ImportMembersCsvPayload = {
  __typename?: 'ImportMembersCsvPayload';
  /** Rows applied (or that would have been, when applied is false because of allOrNothing). */
  accepted: Scalars['Int']['output'];
  /** Whether the accepted rows were written (all in one transaction). */
  applied: Scalars['Boolean']['output'];
  /** True when this exact file was already applied for this commune and kind: nothing was applied now. */
  duplicate: Scalars['Boolean']['output'];
  /** The upload recorded by this request when applied; the earlier one when this file was already applied. */
  import?: Maybe<MemberImport>;
  /** Each fault of each rejected row, by line. */
  rejected: Array<RejectedRow>;
  /** Rows with at least one fault. */
  rejectedRows: Scalars['Int']['output'];
  /** Data rows in the file. */
  rows: Scalars['Int']['output'];
  /** Rows already applied by an earlier upload (same citizen ID and admission decision; same member, date and cell): not applied again. */
  skipped: Scalars['Int']['output'];
};

/** Lý do gián đoạn tuổi Đảng. */
export type InterruptionKind =
  /** Bị khai trừ (sau đó được kết nạp lại) */
  | 'EXPELLED'
  /** Mất liên lạc, không sinh hoạt */
  | 'LOST_CONTACT'
  /** Bị xóa tên (sau đó được kết nạp lại) */
  | 'REMOVED'
  /** Khoảng trống khi chuyển sinh hoạt */
  | 'TRANSFER_GAP';

export type IssueCardInput = {
  /** The upper committee's decision number (1 to 100 characters). */
  decisionNo: Scalars['String']['input'];
  /** Not in the future, not before the member's official date. */
  issuedOn: Scalars['Date']['input'];
  memberId: Scalars['ID']['input'];
  /** 1 to 30 characters, letters, digits, '.', '/' or '-'; unique in the province. */
  number: Scalars['String']['input'];
};

export type IssueTransferInput = {
  /** Date on the letter: not in the future, not before the member joined this province. */
  issuedOn: Scalars['Date']['input'];
  kind: TransferKind;
  /** Số giấy giới thiệu, 1 to 50 characters. */
  letterNo: Scalars['String']['input'];
  memberId: Scalars['ID']['input'];
  /** The receiving cell in the destination province. */
  toOrgId: Scalars['ID']['input'];
  /** 2-digit code of the destination province (not this one). */
  toProvince: Scalars['ID']['input'];
};

export type MarkDirectiveReadInput = {
  directiveId: Scalars['ID']['input'];
  /** A member of the directive's audience. */
  memberId: Scalars['ID']['input'];
};

export type MarkDirectiveReadPayload = {
  __typename?: 'MarkDirectiveReadPayload';
  directive: Directive;
  /** True when this request recorded the read; false when it had been read before (nothing changed). */
  firstRead: Scalars['Boolean']['output'];
  member: Member;
  /** The first time the member marked it read. */
  readAt: Scalars['DateTime']['output'];
};

/** A cell meeting (sinh hoạt chi bộ). */
export type Meeting = {
  __typename?: 'Meeting';
  attendance: Array<Attendance>;
  cell: PartyOrg;
  docsPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  endedAt: Scalars['DateTime']['output'];
  /** Members expected (exempt members are not expected). */
  expected: Scalars['Int']['output'];
  /** Quality flags of this held meeting (see MeetingFlag). */
  flags: Array<MeetingFlag>;
  id: Scalars['ID']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
  present: Scalars['Int']['output'];
  startedAt: Scalars['DateTime']['output'];
  topic: Scalars['String']['output'];
  type: MeetingType;
};

export type MeetingConnection = {
  __typename?: 'MeetingConnection';
  edges: Array<MeetingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MeetingEdge = {
  __typename?: 'MeetingEdge';
  cursor: Scalars['String']['output'];
  node: Meeting;
};

/** Cảnh báo chất lượng sinh hoạt chi bộ (held meetings only). */
export type MeetingFlag =
  /** Tài liệu đăng lên Sổ tay chưa đủ 1 ngày trước cuộc họp (hoặc chưa đăng) */
  | 'LATE_DOCUMENTS'
  /** Tỷ lệ đảng viên có mặt không quá 85% */
  | 'LOW_ATTENDANCE'
  /** Thời lượng dưới 90 phút (dưới 120 phút nếu sinh hoạt thường kỳ kết hợp chuyên đề) */
  | 'SHORT';

/** Trạng thái cuộc sinh hoạt chi bộ. */
export type MeetingStatus =
  /** Đã hủy */
  | 'CANCELLED'
  /** Đã tổ chức */
  | 'HELD'
  /** Đã lên lịch */
  | 'SCHEDULED';

/** Loại sinh hoạt chi bộ. */
export type MeetingType =
  /** Thường kỳ + chuyên đề */
  | 'COMBINED'
  /** Bất thường */
  | 'EXTRAORDINARY'
  /** Thường kỳ */
  | 'REGULAR'
  /** Chuyên đề */
  | 'THEMATIC';

/** A party member as held by the province that counts them. */
export type Member = {
  __typename?: 'Member';
  admissionDecisionDate: Scalars['Date']['output'];
  /** Number of the admission decision (quyết định kết nạp), when recorded. */
  admissionDecisionNo?: Maybe<Scalars['String']['output']>;
  /** Badges awarded, by milestone. */
  badges: Array<BadgeAward>;
  birthDate: Scalars['Date']['output'];
  /** Nơi sinh. */
  birthplace?: Maybe<Scalars['String']['output']>;
  /** The member's cadre record, when the member is a cadre under the committee's management. */
  cadre?: Maybe<Cadre>;
  /** Số thẻ đảng viên: the number of the member's valid card (the national model's Member.cardNumber); null without one. */
  cardNumber?: Maybe<Scalars['String']['output']>;
  /** The cell (chi bộ) the member belongs to. */
  cell: PartyOrg;
  /** 12-digit personal identification number (số định danh cá nhân / CCCD). */
  citizenId: Scalars['String']['output'];
  /** Corrections of this record, oldest first. */
  corrections: Array<MemberCorrection>;
  /** Disciplinary measures, newest decision first. */
  disciplines: Array<Discipline>;
  education: Education;
  ethnicityCode?: Maybe<Scalars['String']['output']>;
  /** Name of ethnicityCode in the national catalogue (e.g. Kinh, Tày). */
  ethnicityName?: Maybe<Scalars['String']['output']>;
  /** Exemptions from work and activities, oldest first. */
  exemptions: Array<Exemption>;
  /** How the member left the Party; null while a member. */
  exit?: Maybe<MemberExit>;
  /** The member's fee bases, newest first. */
  feeBases: Array<FeeBasisEntry>;
  fullName: Scalars['String']['output'];
  /** Quê quán. */
  hometown?: Maybe<Scalars['String']['output']>;
  /** National member id (UUID): stable across provinces and citizen-ID changes. */
  id: Scalars['ID']['output'];
  /** Days out of the Party: the sum of the member's interruptions. */
  interruptionDays: Scalars['Int']['output'];
  interruptions: Array<PartyInterruption>;
  /** The people with merit linked to the member (themselves or their family), on this province's register. */
  meritPeople: Array<MeritPerson>;
  /** Nghề nghiệp. */
  occupation?: Maybe<Scalars['String']['output']>;
  officialDate?: Maybe<Scalars['Date']['output']>;
  /** Party age on asOf (default today, Vietnam time): completed years since the admission decision, less days out, plus the elapsed share of the current year. Reaches N exactly on the N-year eligibleOn. */
  partyAgeYears: Scalars['Float']['output'];
  /** The member's valid party card (status ACTIVE); null when they hold none. */
  partyCard?: Maybe<PartyCard>;
  /** Every party card issued to the member, oldest first. */
  partyCards: Array<PartyCard>;
  phone?: Maybe<Scalars['String']['output']>;
  provinceCode: Scalars['ID']['output'];
  /** Quality ratings, newest year first; only current versions unless history is true. */
  qualityRatings: Array<QualityRating>;
  religionCode?: Maybe<Scalars['String']['output']>;
  /** Name of religionCode in the national catalogue; null when the member declares no religion. */
  religionName?: Maybe<Scalars['String']['output']>;
  /** Rewards, newest decision first. */
  rewards: Array<Reward>;
  sex: Sex;
  state: ActivityState;
  status: MemberStatus;
};


/** A party member as held by the province that counts them. */
export type MemberPartyAgeYearsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A party member as held by the province that counts them. */
export type MemberQualityRatingsArgs = {
  history?: InputMaybe<Scalars['Boolean']['input']>;
};

export type MemberConnection = {
  __typename?: 'MemberConnection';
  edges: Array<MemberEdge>;
  pageInfo: PageInfo;
  /** Members matching the filter, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** One version of a member record's history. */
export type MemberCorrection = {
  __typename?: 'MemberCorrection';
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  changes: Array<FieldChange>;
  reason: Scalars['String']['output'];
  /** 1 for the first correction, then 2, 3 … */
  version: Scalars['Int']['output'];
};

/** A directive as one member sees it. */
export type MemberDirective = {
  __typename?: 'MemberDirective';
  directive: Directive;
  /** The member's own feedback on it, oldest first. */
  feedback: Array<DirectiveFeedback>;
  /** When the member first marked it read; null while unread. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
};

export type MemberDirectiveConnection = {
  __typename?: 'MemberDirectiveConnection';
  edges: Array<MemberDirectiveEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MemberDirectiveEdge = {
  __typename?: 'MemberDirectiveEdge';
  cursor: Scalars['String']['output'];
  node: MemberDirective;
};

export type MemberEdge = {
  __typename?: 'MemberEdge';
  cursor: Scalars['String']['output'];
  node: Member;
};

export type MemberExit = {
  __typename?: 'MemberExit';
  date: Scalars['Date']['output'];
  decisionNo: Scalars['String']['output'];
  member: Member;
  reason?: Maybe<Scalars['String']['output']>;
  type: ExitType;
};

export type MemberExitConnection = {
  __typename?: 'MemberExitConnection';
  edges: Array<MemberExitEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MemberExitEdge = {
  __typename?: 'MemberExitEdge';
  cursor: Scalars['String']['output'];
  node: MemberExit;
};

export type MemberFilter = {
  /** Only members of this cell. */
  cellId?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive substring of the full name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  sex?: InputMaybe<Sex>;
  state?: InputMaybe<ActivityState>;
  status?: InputMaybe<MemberStatus>;
};

/** An applied upload, recorded so that the same file applies nothing twice. */
export type MemberImport = {
  __typename?: 'MemberImport';
  accepted: Scalars['Int']['output'];
  actor: Scalars['String']['output'];
  allOrNothing: Scalars['Boolean']['output'];
  at: Scalars['DateTime']['output'];
  communeCode: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: ImportKind;
  rejectedRows: Scalars['Int']['output'];
  rows: Scalars['Int']['output'];
  /** SHA-256 of the file's text (line endings made LF, byte-order mark dropped). */
  sha256: Scalars['String']['output'];
  skipped: Scalars['Int']['output'];
};

/** Tư cách đảng viên. */
export type MemberStatus =
  /** Chính thức */
  | 'CHINH_THUC'
  /** Dự bị */
  | 'DU_BI';

/** A visit or gift given to a person on the register for one occasion. */
export type MeritCare = {
  __typename?: 'MeritCare';
  actor: Scalars['String']['output'];
  /** Who gave it, e.g. "Đảng ủy xã Đông Anh". */
  givenBy: Scalars['String']['output'];
  givenOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  kind: MeritCareKind;
  occasion: MeritOccasion;
  person: MeritPerson;
  recordedAt: Scalars['DateTime']['output'];
  /** The gift's value in VND (0 for a visit without a gift). */
  valueVnd: Scalars['Int']['output'];
};

/** The people on the register not yet done for an occasion on a day, when they are due or overdue. */
export type MeritCareDueConnection = {
  __typename?: 'MeritCareDueConnection';
  edges: Array<MeritPersonEdge>;
  occasion: MeritOccasion;
  on: Scalars['Date']['output'];
  pageInfo: PageInfo;
  /** DUE or OVERDUE for every person listed; NOT_YET_DUE (and no one listed) before the due window. */
  status: MeritCareStatus;
  totalCount: Scalars['Int']['output'];
};

/** The register and one occasion's care, as of the period's last day (or today, for the current period). */
export type MeritCareFigures = {
  __typename?: 'MeritCareFigures';
  asOf: Scalars['Date']['output'];
  /** Registered people with a visit or gift for the occasion given by asOf. */
  done?: Maybe<Scalars['Int']['output']>;
  /** Registered people not done, asOf within the due window. */
  due?: Maybe<Scalars['Int']['output']>;
  /** The occasion in or next after the period's month. */
  occasion: MeritOccasion;
  /** Registered people not done, asOf after the occasion's day. */
  overdue?: Maybe<Scalars['Int']['output']>;
  /** People on the register on asOf. Rounded to a multiple of 5 for aggregate-only readers (docs/disclosure-control.md), like the three below. */
  registered?: Maybe<Scalars['Int']['output']>;
};

/** Hình thức. */
export type MeritCareKind =
  /** Tặng quà */
  | 'GIFT'
  /** Thăm hỏi */
  | 'VISIT';

/** A registered person's state for one occasion on one day. */
export type MeritCareStatus =
  /** A visit or gift for the occasion is recorded. */
  | 'DONE'
  /** From the due window's first day to the occasion's day inclusive, no visit or gift recorded. */
  | 'DUE'
  /** Before the due window (the occasion's day minus the configured days). */
  | 'NOT_YET_DUE'
  /** After the occasion's day, no visit or gift recorded. */
  | 'OVERDUE';

/** Đối tượng người có công với cách mạng (Pháp lệnh 02/2020/UBTVQH14, Điều 3). */
export type MeritCategory =
  /** Anh hùng Lao động trong thời kỳ kháng chiến */
  | 'ANH_HUNG_LAO_DONG_KHANG_CHIEN'
  /** Anh hùng lực lượng vũ trang nhân dân */
  | 'ANH_HUNG_LLVT'
  /** Bà mẹ Việt Nam anh hùng */
  | 'BA_ME_VN_ANH_HUNG'
  /** Bệnh binh */
  | 'BENH_BINH'
  /** Người hoạt động cách mạng, kháng chiến, bảo vệ Tổ quốc, làm nghĩa vụ quốc tế bị địch bắt tù, đày */
  | 'BI_DICH_BAT_TU_DAY'
  /** Người có công giúp đỡ cách mạng */
  | 'CO_CONG_GIUP_DO_CM'
  /** Người hoạt động cách mạng từ ngày 01/01/1945 đến ngày khởi nghĩa tháng Tám năm 1945 */
  | 'HOAT_DONG_CM_1945_KHOI_NGHIA'
  /** Người hoạt động cách mạng trước ngày 01/01/1945 */
  | 'HOAT_DONG_CM_TRUOC_1945'
  /** Người hoạt động kháng chiến giải phóng dân tộc, bảo vệ Tổ quốc, làm nghĩa vụ quốc tế */
  | 'HOAT_DONG_KHANG_CHIEN'
  /** Đối tượng khác (thân nhân người có công khác) */
  | 'KHAC'
  /** Người hoạt động kháng chiến bị nhiễm chất độc hóa học */
  | 'NHIEM_CHAT_DOC_HOA_HOC'
  /** Thân nhân liệt sĩ */
  | 'THAN_NHAN_LIET_SI'
  /** Thương binh, người hưởng chính sách như thương binh */
  | 'THUONG_BINH';

/** One occasion of one year, dated by the configured rules (config/merit-care-rules.json: Tết per year). */
export type MeritOccasion = {
  __typename?: 'MeritOccasion';
  date: Scalars['Date']['output'];
  /** The first day a person is due: date minus the configured days. */
  dueFrom: Scalars['Date']['output'];
  kind: MeritOccasionKind;
  /** The Gregorian year of the occasion's day (Tết 2027 is 6 February 2027). */
  year: Scalars['Int']['output'];
};

export type MeritOccasionInput = {
  kind: MeritOccasionKind;
  /** A year the rules date: any for 27 July (2000 to 2100), a configured year for Tết. */
  year: Scalars['Int']['input'];
};

/** Dịp thăm hỏi, tặng quà. */
export type MeritOccasionKind =
  /** Tết Nguyên đán */
  | 'TET'
  /** Ngày Thương binh – Liệt sĩ (27/7) */
  | 'THUONG_BINH_LIET_SI';

/** A person with merit on the register, and the member or cadre they are linked to. */
export type MeritPerson = {
  __typename?: 'MeritPerson';
  actor: Scalars['String']['output'];
  birthYear?: Maybe<Scalars['Int']['output']>;
  /** The cadre who is not a member they are linked to, by name; null when linked to a member. */
  cadreName?: Maybe<Scalars['String']['output']>;
  /** Visits and gifts, newest first. */
  care: Array<MeritCare>;
  /** Their state for one occasion on one day (default today in Viet Nam). */
  careStatus: MeritCareStatus;
  category: MeritCategory;
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The member they are linked to; null when linked to a cadre who is not a member (cadreName). */
  member?: Maybe<Member>;
  /** The cell or commune-level organisation responsible for their care. */
  org: PartyOrg;
  recordedAt: Scalars['DateTime']['output'];
  registeredOn: Scalars['Date']['output'];
  relation: MeritRelation;
  sex: Sex;
};


/** A person with merit on the register, and the member or cadre they are linked to. */
export type MeritPersonCareStatusArgs = {
  occasion: MeritOccasionInput;
  on?: InputMaybe<Scalars['Date']['input']>;
};

export type MeritPersonConnection = {
  __typename?: 'MeritPersonConnection';
  edges: Array<MeritPersonEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MeritPersonEdge = {
  __typename?: 'MeritPersonEdge';
  cursor: Scalars['String']['output'];
  node: MeritPerson;
};

export type MeritPersonInput = {
  /** 1880 to the current year. */
  birthYear?: InputMaybe<Scalars['Int']['input']>;
  /** The cadre who is not a member they are linked to (2 to 200 characters); exactly one of memberId and cadreName. */
  cadreName?: InputMaybe<Scalars['String']['input']>;
  category: MeritCategory;
  /** 2 to 200 characters. */
  fullName: Scalars['String']['input'];
  /** The member they are linked to; exactly one of memberId and cadreName. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** The cell or commune-level organisation responsible; default the member's cell, required with cadreName. */
  orgId?: InputMaybe<Scalars['ID']['input']>;
  /** Not in the future. */
  registeredOn: Scalars['Date']['input'];
  relation: MeritRelation;
  sex: Sex;
};

export type MeritPersonPayload = {
  __typename?: 'MeritPersonPayload';
  person: MeritPerson;
};

/** Quan hệ với đảng viên hoặc cán bộ. */
export type MeritRelation =
  /** Cha */
  | 'CHA'
  /** Con */
  | 'CON'
  /** Quan hệ khác */
  | 'KHAC'
  /** Mẹ */
  | 'ME'
  /** Bản thân */
  | 'SELF'
  /** Vợ hoặc chồng */
  | 'VO_CHONG';

export type Mutation = {
  __typename?: 'Mutation';
  /** Writes to province 01's records. Planned to this province only; each write runs in one transaction there. */
  province01?: Maybe<ProvinceMutations>;
};

/** Cấp tổ chức đảng (QĐ 294-QĐ/TW). */
export type OrgLevel =
  /** Đảng ủy cấp trên cơ sở */
  | 'CAP_TREN_CO_SO'
  /** Chi bộ trực thuộc */
  | 'CHI_BO'
  /** Chi bộ cơ sở */
  | 'CHI_BO_CO_SO'
  /** Đảng bộ cơ sở */
  | 'DANG_BO_CO_SO'
  /** Đảng bộ tỉnh/thành phố */
  | 'TINH'
  /** Tổ đảng */
  | 'TO_DANG'
  /** Đảng bộ xã/phường/đặc khu */
  | 'XA';

export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A party card (thẻ đảng viên). */
export type PartyCard = {
  __typename?: 'PartyCard';
  /** Number of the upper committee's decision to issue the card. */
  decisionNo: Scalars['String']['output'];
  /** The day the card stopped being valid (reissued, lost, recovered or kept by the family); null while ACTIVE. */
  endedOn?: Maybe<Scalars['Date']['output']>;
  issuedOn: Scalars['Date']['output'];
  member: Member;
  /** The card number: an opaque string (there is no public format). */
  number: Scalars['String']['output'];
  /** Why this card was issued in place of an earlier one; null for a first card. */
  reissueReason?: Maybe<CardReissueReason>;
  /** The number of the card this one replaced; null for a first card. */
  replacesNumber?: Maybe<Scalars['String']['output']>;
  status: CardStatus;
};

export type PartyCardPayload = {
  __typename?: 'PartyCardPayload';
  /** The card issued (issueCard, reissueCard) or marked lost (reportCardLost). */
  card: PartyCard;
  member: Member;
  /** The card that reissueCard replaced; null otherwise. */
  previous?: Maybe<PartyCard>;
};

/** A period out of the Party, subtracted from party age. */
export type PartyInterruption = {
  __typename?: 'PartyInterruption';
  /** toDate − fromDate. */
  days: Scalars['Int']['output'];
  decisionNo?: Maybe<Scalars['String']['output']>;
  /** The first day out. */
  fromDate: Scalars['Date']['output'];
  kind: InterruptionKind;
  /** The day membership was restored (counts again). */
  toDate: Scalars['Date']['output'];
};

/** A party organisation (tổ chức đảng): a node of the province's tree. */
export type PartyOrg = {
  __typename?: 'PartyOrg';
  active: Scalars['Boolean']['output'];
  children: Array<PartyOrg>;
  /** 5-digit commune code for commune-level organisations and below. */
  communeCode?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  level: OrgLevel;
  /** Members whose cell is this organisation (direct members only); rounded to a multiple of 5 for aggregate-only readers (CENTRAL_ANALYST; docs/disclosure-control.md). */
  memberCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  parent?: Maybe<PartyOrg>;
  provinceCode: Scalars['ID']['output'];
};

/** Trình độ lý luận chính trị. */
export type PoliticalTheoryLevel =
  /** Cao cấp */
  | 'CAO_CAP'
  /** Cử nhân */
  | 'CU_NHAN'
  /** Sơ cấp */
  | 'SO_CAP'
  /** Trung cấp */
  | 'TRUNG_CAP';

/** Điểm danh. */
export type Presence =
  /** Vắng có lý do */
  | 'EXCUSED'
  /** Có mặt */
  | 'PRESENT'
  /** Vắng không lý do */
  | 'UNEXCUSED';

export type PromoteGradeInput = {
  cadreId: Scalars['ID']['input'];
  /** The coefficient in the new grade: greater than 0, less than 20, at most 2 decimals. */
  coefficient: Scalars['Float']['input'];
  /** The day of the decision: not in the future, not before the cadre entered the current grade; eligibility is judged on it. */
  decidedOn: Scalars['Date']['input'];
  /** 1 to 100 characters; one promotion per cadre and decision number. */
  decisionNo: Scalars['String']['input'];
  /** The new grade code: the one the configured path leads to from the cadre's grade (1 to 20 characters). */
  toGradeCode: Scalars['String']['input'];
  toGradeLevel: GradeLevel;
};

export type PromoteGradePayload = {
  __typename?: 'PromoteGradePayload';
  cadre: Cadre;
  promotion: CadreGradePromotionGranted;
};

export type Province = {
  /** Who read or wrote which records of this province (README "Access"), newest first; for PROVINCE_OFFICER. `first` at most 500 (default 50), `after` = a previous page's endCursor. */
  auditLog?: Maybe<AuditEntryConnection>;
  /** Members due a Party badge at the ceremony of `year` (3/2, 19/5, 2/9 or 7/11): their eligibleOn (admission decision date + N years + days out of the Party) falls after the previous ceremony and on or before this one. Members already awarded that milestone, and members not counted here on the ceremony date, are left out. With `includeEarlier`, also the backlog: members eligible before the previous ceremony and never awarded that milestone (one entry per milestone missed). Ordered by milestone, then member id; keyset-paginated. */
  badgesDue?: Maybe<BadgeDueConnection>;
  /** A cadre of the province's register: province officers. */
  cadre?: Maybe<Cadre>;
  /** Cadres in office whose check-up is OVERDUE (or, with status DUE, due within 30 days) on `asOf`: province officers. */
  cadresCheckupDue?: Maybe<CadreConnection>;
  /** Cadres in office whose next step raise falls due from `from` to `to` inclusive, by due date: province officers. */
  cadresDueStepRaise?: Maybe<CadreConnection>;
  /** Cadres in office eligible on `asOf` for promotion to the next grade (time held, evaluations, no discipline in force), by the day they became so: province officers. */
  cadresEligibleForGradePromotion?: Maybe<CadreConnection>;
  /** Cadres in office at the end of `year` (or today) with no evaluation for `year`: province officers. */
  cadresNotEvaluated?: Maybe<CadreConnection>;
  /** Cadres whose retirement notice is due at some day from `from` to `to` (noticeFrom to retiresOn overlaps the range), by retirement date: province officers. */
  cadresRetiring?: Maybe<CadreConnection>;
  /** Outstanding candidates (quần chúng ưu tú) for admission, keyset-paginated like members; all states unless one is given. */
  candidates?: Maybe<CandidateConnection>;
  /** Work for the transfer carrier (server to server): the messages this province's outbox holds. Reserved to the carrier's service identity once authentication lands. */
  carrierOutbox?: Maybe<CarrierOutbox>;
  /** Salted hashes of the citizen IDs of the members this province counts today, for the national check: a raw citizen ID never leaves the province (spec §4). */
  citizenIdHashes?: Maybe<Array<CitizenIdHash>>;
  code: Scalars['ID']['output'];
  /** One directive by id; null when not in this province. A member reads only directives addressed to them. */
  directive?: Maybe<Directive>;
  /** Directives published by this province's committees, newest first; keyset-paginated. For secretaries and officers (a member reads memberDirectives). */
  directives?: Maybe<DirectiveConnection>;
  /** Disciplinary measures decided from `from` to `to` inclusive, optionally of one measure, within the reader's scope; keyset-paginated by id like members. */
  disciplines?: Maybe<DisciplineConnection>;
  /** Members excused more than 3 times in a row at the regular meetings they were expected at, in the calendar year up to the end of `period` (YYYY-MM); keyset-paginated by member id. For secretaries (their cell), commune officers (their commune) and province officers. */
  excusedInARow?: Maybe<ExcusedStreakConnection>;
  /** Members exempt from work and activities on `asOf` (default today, Vietnam time) and counted here that day; by member id, keyset-paginated. */
  exemptMembers?: Maybe<ExemptionConnection>;
  /** Exits (death, removal, expulsion, resignation) dated from `from` to `to` inclusive, optionally of one type; by member id, keyset-paginated. */
  exits?: Maybe<MemberExitConnection>;
  /** Process 7: members with unpaid dues in at least minMonths (default: the configured 3) of the configured window (default 12 months) ending with asOf (YYYY-MM), the months in a province they were transferred from included (a transfer does not reset the count); keyset-paginated like members. */
  feeArrears?: Maybe<FeeArrearsConnection>;
  /** Process 7: the fee rates in force for a month (YYYY-MM), from the configuration. */
  feeRates?: Maybe<FeeRates>;
  /** Process 7, party fees: a member's statement month by month, from..to (YYYY-MM, at most 24 months); null when this province does not hold the member. */
  feeStatement?: Maybe<FeeStatement>;
  /** One meeting of any status by id; null when not in this province. */
  handbookMeeting?: Maybe<HandbookMeeting>;
  /** Meetings of any status in a month (YYYY-MM, by start when held, else by planned time), optionally of one cell or one status; keyset-paginated like members. Within the reader's scope: a member sees their cell's, a secretary their cell's, a commune officer their commune's. */
  handbookMeetings?: Maybe<HandbookMeetingConnection>;
  /** Meetings held in a month (YYYY-MM), optionally of one cell; keyset-paginated like members. */
  meetings?: Maybe<MeetingConnection>;
  /** One member by national member id; null when this province does not hold them. */
  member?: Maybe<Member>;
  /** What a member sees in the handbook: directives whose audience includes the member's cell, newest first (none for an exempt or exited member); null when this province does not hold the member. */
  memberDirectives?: Maybe<MemberDirectiveConnection>;
  /** Applied CSV uploads (process 10), newest first; at most 100. */
  memberImports?: Maybe<Array<MemberImport>>;
  /** The members this province holds today (no exit, not transferred out), keyset-paginated: `first` at most 500 (default 50), `after` = a previous page's endCursor. */
  members?: Maybe<MemberConnection>;
  /** Who on the register within the reader's scope is still due or overdue for an occasion on a day (default today in Viet Nam); keyset-paginated by id. */
  meritCareDue?: Maybe<MeritCareDueConnection>;
  /** The register of people with merit within the reader's scope (their organisation responsible), optionally of one category; keyset-paginated by id like members. */
  meritPeople?: Maybe<MeritPersonConnection>;
  /** Official members counted today who hold no valid party card (waiting for one, or a lost card not yet reissued), by member id, keyset-paginated like members. */
  officialMembersWithoutCard?: Maybe<MemberConnection>;
  /** Feedback awaiting an answer from members in the reader's scope (a secretary's cell, a commune officer's commune, a province officer's province), oldest first; keyset-paginated. */
  openFeedback?: Maybe<DirectiveFeedbackConnection>;
  /** One organisation by id; null when not in this province. */
  organisation?: Maybe<PartyOrg>;
  /** Probationary members still not recognised as official more than the probation (12 months) after admission, as of asOf (default today), oldest admission first; at most 500. */
  overdueProbationaryMembers?: Maybe<Array<Member>>;
  /** One card by its number (any status); null when no card of this province has it. */
  partyCard?: Maybe<PartyCard>;
  /** Process 8, annual quality rating: distribution by level of the year's current ratings, in the whole province or under one organisation. */
  qualityReport?: Maybe<QualityReport>;
  /** Figures for one month, period YYYY-MM (e.g. "2026-10"). */
  report?: Maybe<ProvinceReport>;
  /** Every submitted revision of a period's report, oldest first. */
  reportRevisions?: Maybe<Array<ReportSubmission>>;
  /** Rewards decided from `from` to `to` inclusive, optionally of one kind, within the reader's scope; keyset-paginated by id like members. */
  rewards?: Maybe<RewardConnection>;
  /** The provincial party committee: the root of the organisation tree. */
  rootOrganisation?: Maybe<PartyOrg>;
  /** The latest submitted revision of a period's report (YYYY-MM), served from its snapshot; null when not submitted. */
  submittedReport?: Maybe<ReportSubmission>;
  /** One transfer by national transfer id; null when this province is neither its source nor its destination. */
  transfer?: Maybe<Transfer>;
  /** Transfers this province issued (OUT) or received (IN), newest letter first; keyset-paginated like members (`first` ≤ 500). */
  transfers?: Maybe<TransferConnection>;
};


export type ProvinceAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProvinceBadgesDueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  ceremony: Ceremony;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeEarlier?: InputMaybe<Scalars['Boolean']['input']>;
  milestone?: InputMaybe<BadgeMilestone>;
  year: Scalars['Int']['input'];
};


export type ProvinceCadreArgs = {
  id: Scalars['ID']['input'];
};


export type ProvinceCadresCheckupDueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf: Scalars['Date']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CheckupStatus>;
};


export type ProvinceCadresDueStepRaiseArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type ProvinceCadresEligibleForGradePromotionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf: Scalars['Date']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProvinceCadresNotEvaluatedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};


export type ProvinceCadresRetiringArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type ProvinceCandidatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<CandidateState>;
};


export type ProvinceDirectiveArgs = {
  id: Scalars['ID']['input'];
};


export type ProvinceDirectivesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProvinceDisciplinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['Date']['input'];
  measure?: InputMaybe<DisciplineMeasure>;
  to: Scalars['Date']['input'];
};


export type ProvinceExcusedInARowArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  cellId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  period: Scalars['String']['input'];
};


export type ProvinceExemptMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProvinceExitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  type?: InputMaybe<ExitType>;
};


export type ProvinceFeeArrearsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  minMonths?: InputMaybe<Scalars['Int']['input']>;
};


export type ProvinceFeeRatesArgs = {
  month: Scalars['String']['input'];
};


export type ProvinceFeeStatementArgs = {
  from: Scalars['String']['input'];
  memberId: Scalars['ID']['input'];
  to: Scalars['String']['input'];
};


export type ProvinceHandbookMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type ProvinceHandbookMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  cellId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  month: Scalars['String']['input'];
  status?: InputMaybe<MeetingStatus>;
};


export type ProvinceMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  cellId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  month: Scalars['String']['input'];
};


export type ProvinceMemberArgs = {
  id: Scalars['ID']['input'];
};


export type ProvinceMemberDirectivesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  memberId: Scalars['ID']['input'];
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type ProvinceMemberImportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProvinceMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProvinceMeritCareDueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  occasion: MeritOccasionInput;
  on?: InputMaybe<Scalars['Date']['input']>;
};


export type ProvinceMeritPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<MeritCategory>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProvinceOfficialMembersWithoutCardArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProvinceOpenFeedbackArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProvinceOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type ProvinceOverdueProbationaryMembersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProvincePartyCardArgs = {
  number: Scalars['String']['input'];
};


export type ProvinceQualityReportArgs = {
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type ProvinceReportArgs = {
  period: Scalars['String']['input'];
};


export type ProvinceReportRevisionsArgs = {
  period: Scalars['String']['input'];
};


export type ProvinceRewardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['Date']['input'];
  kind?: InputMaybe<RewardKind>;
  to: Scalars['Date']['input'];
};


export type ProvinceSubmittedReportArgs = {
  period: Scalars['String']['input'];
};


export type ProvinceTransferArgs = {
  id: Scalars['ID']['input'];
};


export type ProvinceTransfersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<TransferDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<TransferState>;
};

export type Province01 = Province & {
  __typename?: 'Province01';
  /** Who read or wrote which records of this province (README "Access"), newest first; for PROVINCE_OFFICER. `first` at most 500 (default 50), `after` = a previous page's endCursor. */
  auditLog?: Maybe<AuditEntryConnection>;
  /** Members due a Party badge at the ceremony of `year` (3/2, 19/5, 2/9 or 7/11): their eligibleOn (admission decision date + N years + days out of the Party) falls after the previous ceremony and on or before this one. Members already awarded that milestone, and members not counted here on the ceremony date, are left out. With `includeEarlier`, also the backlog: members eligible before the previous ceremony and never awarded that milestone (one entry per milestone missed). Ordered by milestone, then member id; keyset-paginated. */
  badgesDue?: Maybe<BadgeDueConnection>;
  /** A cadre of the province's register: province officers. */
  cadre?: Maybe<Cadre>;
  /** Cadres in office whose check-up is OVERDUE (or, with status DUE, due within 30 days) on `asOf`: province officers. */
  cadresCheckupDue?: Maybe<CadreConnection>;
  /** Cadres in office whose next step raise falls due from `from` to `to` inclusive, by due date: province officers. */
  cadresDueStepRaise?: Maybe<CadreConnection>;
  /** Cadres in office eligible on `asOf` for promotion to the next grade (time held, evaluations, no discipline in force), by the day they became so: province officers. */
  cadresEligibleForGradePromotion?: Maybe<CadreConnection>;
  /** Cadres in office at the end of `year` (or today) with no evaluation for `year`: province officers. */
  cadresNotEvaluated?: Maybe<CadreConnection>;
  /** Cadres whose retirement notice is due at some day from `from` to `to` (noticeFrom to retiresOn overlaps the range), by retirement date: province officers. */
  cadresRetiring?: Maybe<CadreConnection>;
  /** Outstanding candidates (quần chúng ưu tú) for admission, keyset-paginated like members; all states unless one is given. */
  candidates?: Maybe<CandidateConnection>;
  /** Work for the transfer carrier (server to server): the messages this province's outbox holds. Reserved to the carrier's service identity once authentication lands. */
  carrierOutbox?: Maybe<CarrierOutbox>;
  /** Salted hashes of the citizen IDs of the members this province counts today, for the national check: a raw citizen ID never leaves the province (spec §4). */
  citizenIdHashes?: Maybe<Array<CitizenIdHash>>;
  code: Scalars['ID']['output'];
  /** One directive by id; null when not in this province. A member reads only directives addressed to them. */
  directive?: Maybe<Directive>;
  /** Directives published by this province's committees, newest first; keyset-paginated. For secretaries and officers (a member reads memberDirectives). */
  directives?: Maybe<DirectiveConnection>;
  /** Disciplinary measures decided from `from` to `to` inclusive, optionally of one measure, within the reader's scope; keyset-paginated by id like members. */
  disciplines?: Maybe<DisciplineConnection>;
  /** Members excused more than 3 times in a row at the regular meetings they were expected at, in the calendar year up to the end of `period` (YYYY-MM); keyset-paginated by member id. For secretaries (their cell), commune officers (their commune) and province officers. */
  excusedInARow?: Maybe<ExcusedStreakConnection>;
  /** Members exempt from work and activities on `asOf` (default today, Vietnam time) and counted here that day; by member id, keyset-paginated. */
  exemptMembers?: Maybe<ExemptionConnection>;
  /** Exits (death, removal, expulsion, resignation) dated from `from` to `to` inclusive, optionally of one type; by member id, keyset-paginated. */
  exits?: Maybe<MemberExitConnection>;
  /** Process 7: members with unpaid dues in at least minMonths (default: the configured 3) of the configured window (default 12 months) ending with asOf (YYYY-MM), the months in a province they were transferred from included (a transfer does not reset the count); keyset-paginated like members. */
  feeArrears?: Maybe<FeeArrearsConnection>;
  /** Process 7: the fee rates in force for a month (YYYY-MM), from the configuration. */
  feeRates?: Maybe<FeeRates>;
  /** Process 7, party fees: a member's statement month by month, from..to (YYYY-MM, at most 24 months); null when this province does not hold the member. */
  feeStatement?: Maybe<FeeStatement>;
  /** One meeting of any status by id; null when not in this province. */
  handbookMeeting?: Maybe<HandbookMeeting>;
  /** Meetings of any status in a month (YYYY-MM, by start when held, else by planned time), optionally of one cell or one status; keyset-paginated like members. Within the reader's scope: a member sees their cell's, a secretary their cell's, a commune officer their commune's. */
  handbookMeetings?: Maybe<HandbookMeetingConnection>;
  /** Meetings held in a month (YYYY-MM), optionally of one cell; keyset-paginated like members. */
  meetings?: Maybe<MeetingConnection>;
  /** One member by national member id; null when this province does not hold them. */
  member?: Maybe<Member>;
  /** What a member sees in the handbook: directives whose audience includes the member's cell, newest first (none for an exempt or exited member); null when this province does not hold the member. */
  memberDirectives?: Maybe<MemberDirectiveConnection>;
  /** Applied CSV uploads (process 10), newest first; at most 100. */
  memberImports?: Maybe<Array<MemberImport>>;
  /** The members this province holds today (no exit, not transferred out), keyset-paginated: `first` at most 500 (default 50), `after` = a previous page's endCursor. */
  members?: Maybe<MemberConnection>;
  /** Who on the register within the reader's scope is still due or overdue for an occasion on a day (default today in Viet Nam); keyset-paginated by id. */
  meritCareDue?: Maybe<MeritCareDueConnection>;
  /** The register of people with merit within the reader's scope (their organisation responsible), optionally of one category; keyset-paginated by id like members. */
  meritPeople?: Maybe<MeritPersonConnection>;
  /** Official members counted today who hold no valid party card (waiting for one, or a lost card not yet reissued), by member id, keyset-paginated like members. */
  officialMembersWithoutCard?: Maybe<MemberConnection>;
  /** Feedback awaiting an answer from members in the reader's scope (a secretary's cell, a commune officer's commune, a province officer's province), oldest first; keyset-paginated. */
  openFeedback?: Maybe<DirectiveFeedbackConnection>;
  /** One organisation by id; null when not in this province. */
  organisation?: Maybe<PartyOrg>;
  /** Probationary members still not recognised as official more than the probation (12 months) after admission, as of asOf (default today), oldest admission first; at most 500. */
  overdueProbationaryMembers?: Maybe<Array<Member>>;
  /** One card by its number (any status); null when no card of this province has it. */
  partyCard?: Maybe<PartyCard>;
  /** Process 8, annual quality rating: distribution by level of the year's current ratings, in the whole province or under one organisation. */
  qualityReport?: Maybe<QualityReport>;
  /** Figures for one month, period YYYY-MM (e.g. "2026-10"). */
  report?: Maybe<ProvinceReport>;
  /** Every submitted revision of a period's report, oldest first. */
  reportRevisions?: Maybe<Array<ReportSubmission>>;
  /** Rewards decided from `from` to `to` inclusive, optionally of one kind, within the reader's scope; keyset-paginated by id like members. */
  rewards?: Maybe<RewardConnection>;
  /** The provincial party committee: the root of the organisation tree. */
  rootOrganisation?: Maybe<PartyOrg>;
  /** The latest submitted revision of a period's report (YYYY-MM), served from its snapshot; null when not submitted. */
  submittedReport?: Maybe<ReportSubmission>;
  /** One transfer by national transfer id; null when this province is neither its source nor its destination. */
  transfer?: Maybe<Transfer>;
  /** Transfers this province issued (OUT) or received (IN), newest letter first; keyset-paginated like members (`first` ≤ 500). */
  transfers?: Maybe<TransferConnection>;
};


export type Province01AuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type Province01BadgesDueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  ceremony: Ceremony;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeEarlier?: InputMaybe<Scalars['Boolean']['input']>;
  milestone?: InputMaybe<BadgeMilestone>;
  year: Scalars['Int']['input'];
};


export type Province01CadreArgs = {
  id: Scalars['ID']['input'];
};


export type Province01CadresCheckupDueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf: Scalars['Date']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CheckupStatus>;
};


export type Province01CadresDueStepRaiseArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type Province01CadresEligibleForGradePromotionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf: Scalars['Date']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type Province01CadresNotEvaluatedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};


export type Province01CadresRetiringArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type Province01CandidatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<CandidateState>;
};


export type Province01DirectiveArgs = {
  id: Scalars['ID']['input'];
};


export type Province01DirectivesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type Province01DisciplinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['Date']['input'];
  measure?: InputMaybe<DisciplineMeasure>;
  to: Scalars['Date']['input'];
};


export type Province01ExcusedInARowArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  cellId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  period: Scalars['String']['input'];
};


export type Province01ExemptMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type Province01ExitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  type?: InputMaybe<ExitType>;
};


export type Province01FeeArrearsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  minMonths?: InputMaybe<Scalars['Int']['input']>;
};


export type Province01FeeRatesArgs = {
  month: Scalars['String']['input'];
};


export type Province01FeeStatementArgs = {
  from: Scalars['String']['input'];
  memberId: Scalars['ID']['input'];
  to: Scalars['String']['input'];
};


export type Province01HandbookMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type Province01HandbookMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  cellId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  month: Scalars['String']['input'];
  status?: InputMaybe<MeetingStatus>;
};


export type Province01MeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  cellId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  month: Scalars['String']['input'];
};


export type Province01MemberArgs = {
  id: Scalars['ID']['input'];
};


export type Province01MemberDirectivesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  memberId: Scalars['ID']['input'];
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type Province01MemberImportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type Province01MembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type Province01MeritCareDueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  occasion: MeritOccasionInput;
  on?: InputMaybe<Scalars['Date']['input']>;
};


export type Province01MeritPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<MeritCategory>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type Province01OfficialMembersWithoutCardArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type Province01OpenFeedbackArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type Province01OrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type Province01OverdueProbationaryMembersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type Province01PartyCardArgs = {
  number: Scalars['String']['input'];
};


export type Province01QualityReportArgs = {
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type Province01ReportArgs = {
  period: Scalars['String']['input'];
};


export type Province01ReportRevisionsArgs = {
  period: Scalars['String']['input'];
};


export type Province01RewardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['Date']['input'];
  kind?: InputMaybe<RewardKind>;
  to: Scalars['Date']['input'];
};


export type Province01SubmittedReportArgs = {
  period: Scalars['String']['input'];
};


export type Province01TransferArgs = {
  id: Scalars['ID']['input'];
};


export type Province01TransfersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<TransferDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<TransferState>;
};

/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutations = {
  __typename?: 'ProvinceMutations';
  /** Carrier → destination: receives a transfer (idempotent by transfer id: a retry returns the first decision). */
  acceptTransfer: TransferDecision;
  /** Admits a pending candidate: a probationary member counted from the decision date. Checks the age limits (in completed months) and the introducers again. */
  admitMember: AdmitMemberPayload;
  /** The committee answers OPEN feedback (ANSWERED, or CLOSED with close: true): province officers, or a commune officer for feedback on their commune committee's directives. */
  answerFeedback: DirectiveFeedbackPayload;
  /** Records the award of a badge at a ceremony; refuses a milestone the member already has, or one they are not yet due. */
  awardBadge: AwardBadgePayload;
  /** Carrier → destination: refuses a transfer id not yet received (idempotent); returns the decision already taken if any. */
  cancelIncomingTransfer: TransferDecision;
  /** Cancels a scheduled meeting, with the reason. */
  cancelMeeting: HandbookMeetingPayload;
  /** Asks to cancel a transfer out not yet received; it is CANCELLED once the destination confirms it has not received it. */
  cancelTransfer: TransferPayload;
  /** Carrier → destination: the source has applied the receipt (idempotent). */
  confirmTransferSettled: Transfer;
  /** Corrects fields of a member record. The record keeps every version: who, when, what changed and why (phiếu bổ sung 3-HSĐV). */
  correctMember: CorrectMemberPayload;
  /** Ends a member's exemption: state ACTIVE again from a date. */
  endExemption: ExemptionPayload;
  /** Exempts an official member from work and activities (state EXEMPT) from a date, by chi bộ resolution. */
  exemptMember: ExemptionPayload;
  /** Grants the next step: province officers. Refused with STEP_RAISE_NOT_DUE before the due date (less earlyMonths), with EARLY_RAISE_QUOTA_EXCEEDED when the year's early raises are used up. */
  grantStepRaise: GrantStepRaisePayload;
  /** Applies a CSV of new member records or movements for a commune: every row validated, accepted rows in one transaction. */
  importMembersCsv: ImportMembersCsvPayload;
  /** Issues a member's first party card. Official (chính thức) members only. */
  issueCard: PartyCardPayload;
  /** Issues a transfer letter (giấy giới thiệu). OFFICIAL: the member is IN_TRANSIT and still counted here until the destination receives them. */
  issueTransfer: TransferPayload;
  /** Records that a member of the audience read a directive; marking it again keeps the first time. The member's own act (MEMBER token for memberId). */
  markDirectiveRead: MarkDirectiveReadPayload;
  /** Carrier → province: the Centre acknowledged this revision (idempotent). */
  markReportDelivered: ReportSubmission;
  /** Promotes a cadre to the next grade (nâng ngạch): province officers. Moves the grade, its date (decidedOn) and the coefficient, and records the promotion. Refused with GRADE_PROMOTION_NOT_ELIGIBLE (and `reasons`) when the cadre is not eligible on decidedOn. */
  promoteGrade: PromoteGradePayload;
  /** Publishes a directive of a committee to organisations within its own subtree: province officers for the provincial committee or any commune, a commune officer for their own commune committee. */
  publishDirective: DirectivePayload;
  /** Rates a member for a year (process 8); a second rating of the same year is a correction and needs a reason. */
  rateMember: RateMemberPayload;
  /** Recognises a probationary member as official by the cell's resolution, after the probation. */
  recognizeOfficial: Member;
  /** Records presence per member for a scheduled or held meeting (again for a member: the new value replaces the old). Only the cell's expected members: exempt members are refused. */
  recordAttendance: HandbookMeetingPayload;
  /** Records a new cadre (no id) or updates one (id): province officers. A step, coefficient or step date is set here only when recording the cadre's state as found; raises go through grantStepRaise. */
  recordCadre: RecordCadrePayload;
  /** Records a disciplinary measure against a cadre who is not a member (it delays the step raise like a member's): province officers. */
  recordCadreDiscipline: RecordCadreDisciplinePayload;
  /** Records a health check-up: province officers. */
  recordCheckup: RecordCheckupPayload;
  /** Records a disciplinary measure decided by a committee: commune officers and province officers. KHAI_TRU also records the member's exit (EXPELLED), with every rule of recordExit. */
  recordDiscipline: RecordDisciplinePayload;
  /** Records a cadre's annual evaluation, once per cadre and year: province officers. */
  recordEvaluation: RecordEvaluationPayload;
  /** Records an exit: sets the state and left_on (the member is no longer counted from that date), ends an exemption, and marks the valid card kept by the family (death) or recovered. */
  recordExit: RecordExitPayload;
  /** Records a member's payment for one month; idempotent per member and month. */
  recordFeePayment: RecordFeePaymentPayload;
  /** Records a period out of the Party; it shifts every later badge date by its days. */
  recordInterruption: RecordInterruptionPayload;
  /** Records a scheduled meeting as held, with its start and end. Every expected member must have an attendance row first. */
  recordMeetingHeld: HandbookMeetingPayload;
  /** Records a visit or gift for an occasion: cell secretaries (their cell's people), commune and province officers. A second for the same person and occasion is refused with MERIT_CARE_ALREADY_RECORDED. */
  recordMeritCare: RecordMeritCarePayload;
  /** Records a reward decided by a committee: commune officers (members of their commune) and province officers. */
  recordReward: RecordRewardPayload;
  /** Registers an outstanding candidate with two introducers (official, active members of this province). */
  registerCandidate: Candidate;
  /** Registers a person with merit: commune officers (their commune's organisations and members) and province officers. */
  registerMeritPerson: MeritPersonPayload;
  /** Issues a card in place of the member's last one, which becomes REISSUED (or LOST when the reason is LOST). */
  reissueCard: PartyCardPayload;
  /** Marks the member's valid card LOST; they count as without a card until a card is reissued. */
  reportCardLost: PartyCardPayload;
  /** Schedules a cell meeting (the handbook invitation): type, topic, planned time, and when documents were posted if they were. The meeting writes are for the cell's secretary, its commune's officers and province officers. */
  scheduleMeeting: HandbookMeetingPayload;
  /** Sets a member's fee basis from a month on (process 7). */
  setFeeBasis: SetFeeBasisPayload;
  /** Carrier → source: applies the destination's decision (the acknowledgement; idempotent). */
  settleTransfer: Transfer;
  /** A member of the audience answers a directive with feedback (status OPEN). The member's own act (MEMBER token for memberId). */
  submitFeedback: DirectiveFeedbackPayload;
  /**
   * Submits the report of an ended month to the Centre and locks the period. Without a reason on a locked period
   * it returns the latest revision unchanged; with a reason (3 to 1000 characters) it submits a correction as a
   * new revision, unless the latest revision already has that reason and those figures (a retry).
   */
  submitReport: SubmitReportPayload;
  /** Corrects a person on the register (every field replaced): commune officers and province officers. */
  updateMeritPerson: MeritPersonPayload;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsAcceptTransferArgs = {
  message: TransferMessageInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsAdmitMemberArgs = {
  input: AdmitMemberInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsAnswerFeedbackArgs = {
  input: AnswerFeedbackInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsAwardBadgeArgs = {
  input: AwardBadgeInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsCancelIncomingTransferArgs = {
  message: TransferMessageInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsCancelMeetingArgs = {
  input: CancelMeetingInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsCancelTransferArgs = {
  input: CancelTransferInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsConfirmTransferSettledArgs = {
  id: Scalars['ID']['input'];
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsCorrectMemberArgs = {
  input: CorrectMemberInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsEndExemptionArgs = {
  input: EndExemptionInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsExemptMemberArgs = {
  input: ExemptMemberInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsGrantStepRaiseArgs = {
  input: GrantStepRaiseInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsImportMembersCsvArgs = {
  input: ImportMembersCsvInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsIssueCardArgs = {
  input: IssueCardInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsIssueTransferArgs = {
  input: IssueTransferInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsMarkDirectiveReadArgs = {
  input: MarkDirectiveReadInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsMarkReportDeliveredArgs = {
  period: Scalars['String']['input'];
  revision: Scalars['Int']['input'];
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsPromoteGradeArgs = {
  input: PromoteGradeInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsPublishDirectiveArgs = {
  input: PublishDirectiveInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsRateMemberArgs = {
  input: RateMemberInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsRecognizeOfficialArgs = {
  input: RecognizeOfficialInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsRecordAttendanceArgs = {
  input: RecordAttendanceInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsRecordCadreArgs = {
  input: RecordCadreInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsRecordCadreDisciplineArgs = {
  input: RecordCadreDisciplineInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsRecordCheckupArgs = {
  input: RecordCheckupInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsRecordDisciplineArgs = {
  input: RecordDisciplineInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsRecordEvaluationArgs = {
  input: RecordEvaluationInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsRecordExitArgs = {
  input: RecordExitInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsRecordFeePaymentArgs = {
  input: RecordFeePaymentInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsRecordInterruptionArgs = {
  input: RecordInterruptionInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsRecordMeetingHeldArgs = {
  input: RecordMeetingHeldInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsRecordMeritCareArgs = {
  input: RecordMeritCareInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsRecordRewardArgs = {
  input: RecordRewardInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsRegisterCandidateArgs = {
  input: RegisterCandidateInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsRegisterMeritPersonArgs = {
  input: MeritPersonInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsReissueCardArgs = {
  input: ReissueCardInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsReportCardLostArgs = {
  input: ReportCardLostInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsScheduleMeetingArgs = {
  input: ScheduleMeetingInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsSetFeeBasisArgs = {
  input: SetFeeBasisInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsSettleTransferArgs = {
  input: SettleTransferInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsSubmitFeedbackArgs = {
  input: SubmitFeedbackInput;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsSubmitReportArgs = {
  period: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Writes a province accepts, reached as `mutation { provinceNN { … } }`. Every area of the standard adds its fields with `extend type ProvinceMutations @shareable`. */
export type ProvinceMutationsUpdateMeritPersonArgs = {
  id: Scalars['ID']['input'];
  input: MeritPersonInput;
};

/** A province's figures for one month (YYYY-MM), as of the last day of that month. */
export type ProvinceReport = {
  __typename?: 'ProvinceReport';
  /** Members admitted by this province in the period (admission decision date in the month). This area's counts are rounded to a multiple of 5 for aggregate-only readers (CENTRAL_ANALYST; docs/disclosure-control.md). */
  admissionCount?: Maybe<Scalars['Int']['output']>;
  /** Admissions in the period by age band (spec §5: nhóm tuổi, whole years at the decision date), every key, zeros included: U30 (dưới 30 tuổi), A30_40 (30 đến 40), A41_50 (41 đến 50), A51_60 (51 đến 60), A61_70 (61 đến 70), O70 (trên 70). */
  admissionsByAgeBand?: Maybe<Array<Count>>;
  /** Admissions in the period by ethnicity code (only codes with admissions, by code; for aggregate-only readers, only codes whose rounded count is not 0). */
  admissionsByEthnicity?: Maybe<Array<Count>>;
  /** Admissions in the period by sex (keys NAM, NU; every key, zeros included). */
  admissionsBySex?: Maybe<Array<Count>>;
  /** Last day of the period: member counts are taken as of this date. */
  asOf: Scalars['Date']['output'];
  /** present ÷ expected over the month's meetings; null when no meeting expected anyone; for aggregate-only readers, of the rounded counts (null when the rounded expected is 0). */
  attendanceRate?: Maybe<Scalars['Float']['output']>;
  /** Party badges (process 4); null in a month without a ceremony. */
  badges?: Maybe<BadgeFigures>;
  /** Cadres in office on the period's last day with no evaluation for the year before the period's. Rounded for aggregate-only readers. */
  cadresNotEvaluated?: Maybe<Scalars['Int']['output']>;
  /** Candidates pending on the last day of the period (registered by then, not admitted by then). */
  candidatesPending?: Maybe<Scalars['Int']['output']>;
  /** Party cards (process 3). */
  cards?: Maybe<CardFigures>;
  /** Active party cells (chi bộ and chi bộ cơ sở). */
  cellCount: Scalars['Int']['output'];
  /** Active cells that held a regular or combined meeting in the month. */
  cellsWithRegularMeeting: Scalars['Int']['output'];
  /** Cadres in office whose check-up is overdue on the period's last day. Rounded for aggregate-only readers. */
  checkupsOverdue?: Maybe<Scalars['Int']['output']>;
  /** When these figures were computed. */
  computedAt: Scalars['DateTime']['output'];
  /** Directives and feedback for the period. */
  directives: DirectiveReport;
  /** Disciplinary measures decided in the month, one entry per measure (zeros included). */
  disciplinesByMeasure?: Maybe<Array<DisciplineMeasureCount>>;
  /** Members counted on asOf who were exempt from work and activities that day; rounded to a multiple of 5 for aggregate-only readers (CENTRAL_ANALYST; docs/disclosure-control.md). */
  exemptCount?: Maybe<Scalars['Int']['output']>;
  /** Exits dated in the month, one entry per type (zeros included). */
  exitsByType?: Maybe<Array<ExitCount>>;
  /** Party fees of the period (process 7). */
  fees?: Maybe<FeeReport>;
  femaleCount?: Maybe<Scalars['Int']['output']>;
  /** The electronic handbook's figures for the period. */
  handbook: HandbookReport;
  maleCount?: Maybe<Scalars['Int']['output']>;
  /** Meetings held in the month, of any type. */
  meetingsHeld: Scalars['Int']['output'];
  /** Members counted by this province on asOf (official + probationary, exempt and in-transit included). Every count of this report is rounded to a multiple of 5 for aggregate-only readers (CENTRAL_ANALYST; docs/disclosure-control.md). */
  memberCount?: Maybe<Scalars['Int']['output']>;
  /** Care for people with merit; null when the rules date no occasion on or after the period (a Tết year not configured). */
  meritCare?: Maybe<MeritCareFigures>;
  officialCount?: Maybe<Scalars['Int']['output']>;
  /** Transfers out issued and not received, past their deadline on asOf (or today for the current month). */
  overdueTransfersOut: Scalars['Int']['output'];
  /** The period asked for, YYYY-MM. */
  period: Scalars['String']['output'];
  probationaryCount?: Maybe<Scalars['Int']['output']>;
  /** Members counted on the last day of the period who are still probationary more than the probation after admission. */
  probationaryOverdue?: Maybe<Scalars['Int']['output']>;
  /** Cadres whose retirement notice is due in the period's month (notice from on or before its last day, last day of work on or after its first). Rounded for aggregate-only readers. */
  retirementsDue?: Maybe<Scalars['Int']['output']>;
  /** Rewards decided in the month, one entry per kind (zeros included). */
  rewardsByKind?: Maybe<Array<RewardKindCount>>;
  /** Cadres whose next step raise falls due in the period's quarter. Rounded to a multiple of 5 for aggregate-only readers (CENTRAL_ANALYST; docs/disclosure-control.md). */
  stepRaisesDue?: Maybe<Scalars['Int']['output']>;
  /**
   * Always empty: no figure is withheld any more. Withholding counts of 1 to 4 did not protect them (differences
   * across months, organisations and related figures gave them back); every count is now rounded to a multiple of 5
   * for aggregate-only readers instead (docs/disclosure-control.md).
   * @deprecated Always empty: counts are rounded for aggregate-only readers, never withheld (docs/disclosure-control.md).
   */
  suppressed: Array<Scalars['String']['output']>;
  /** Official transfers received here during the month (members in). */
  transfersIn: Scalars['Int']['output'];
  /** Official transfers received here on or before asOf whose source has not yet confirmed releasing the member. */
  transfersInUnconfirmed: Array<Scalars['ID']['output']>;
  /** Official transfers out received by their destination during the month (members out). */
  transfersOut: Scalars['Int']['output'];
  /** Official transfers out whose member this province still counts on asOf while the destination may already have received them (national total: docs/transfers.md). */
  transfersOutPending: Array<Scalars['ID']['output']>;
};

export type PublishDirectiveInput = {
  /** 1 to 200 distinct active organisations, each the issuer or below it. */
  audienceOrgIds: Array<Scalars['ID']['input']>;
  /** 1 to 20000 characters. */
  body: Scalars['String']['input'];
  /** 1 to 50 characters. */
  docNo?: InputMaybe<Scalars['String']['input']>;
  /** The provincial committee (TINH) or a commune committee (XA) of this province, active. */
  issuerOrgId: Scalars['ID']['input'];
  /** 1 to 300 characters. */
  title: Scalars['String']['input'];
};

/** Counts are rounded to a multiple of 5 for aggregate-only readers (CENTRAL_ANALYST; docs/disclosure-control.md). */
export type QualityCapBreach = {
  __typename?: 'QualityCapBreach';
  httCount?: Maybe<Scalars['Int']['output']>;
  htxsCount?: Maybe<Scalars['Int']['output']>;
  organisation: PartyOrg;
};

/** What happens when a rating takes an organisation's HTXS over the cap. */
export type QualityCapMode =
  /** Từ chối: không lưu */
  | 'REFUSE'
  /** Cảnh báo: lưu và trả về cảnh báo */
  | 'WARN';

/** A rating took its organisation's HTXS above the configured share of HTT. */
export type QualityCapWarning = {
  __typename?: 'QualityCapWarning';
  capPercent: Scalars['Int']['output'];
  httCount: Scalars['Int']['output'];
  htxsCount: Scalars['Int']['output'];
  message: Scalars['String']['output'];
  organisation: PartyOrg;
  year: Scalars['Int']['output'];
};

/** Mức xếp loại chất lượng đảng viên (QĐ 366-QĐ/TW): ≥ 90 điểm HTXS, 70 – < 90 HTT, 50 – < 70 HT, < 50 KHT. */
export type QualityLevel =
  /** Hoàn thành nhiệm vụ */
  | 'HT'
  /** Hoàn thành tốt nhiệm vụ */
  | 'HTT'
  /** Hoàn thành xuất sắc nhiệm vụ */
  | 'HTXS'
  /** Không hoàn thành nhiệm vụ */
  | 'KHT';

/** The count is rounded to a multiple of 5 for aggregate-only readers (CENTRAL_ANALYST; docs/disclosure-control.md), and the share is then of the rounded counts. */
export type QualityLevelCount = {
  __typename?: 'QualityLevelCount';
  count?: Maybe<Scalars['Int']['output']>;
  level: QualityLevel;
  /** count ÷ rated; null when nobody is rated. */
  share?: Maybe<Scalars['Float']['output']>;
};

/** One version of a member's rating for a year. */
export type QualityRating = {
  __typename?: 'QualityRating';
  actor: Scalars['String']['output'];
  /** Who approved the rating (e.g. the upper committee). */
  approver: Scalars['String']['output'];
  /** False once a later version corrected it. */
  current: Scalars['Boolean']['output'];
  decisionDate: Scalars['Date']['output'];
  level: QualityLevel;
  member: Member;
  /** The member's cell when rated: the HTXS cap is counted per organisation. Null for a rating given in another province, which a transfer brought (see province and organisationName). */
  organisation?: Maybe<PartyOrg>;
  /** The name of the organisation that gave it, in whichever province. */
  organisationName: Scalars['String']['output'];
  /** The province whose organisation gave the rating: this one, or one the member was transferred from. */
  province: Scalars['ID']['output'];
  /** Why the rating was corrected; null for version 1. */
  reason?: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  /** 0 to 100. */
  score: Scalars['Int']['output'];
  /** 1 for the first rating, then 2, 3 … for corrections. */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/**
 * Distribution of a year's ratings. Province officers read any organisation; commune officers and cell secretaries
 * name one within their scope; CENTRAL_ANALYST reads the whole province or any organisation, every count rounded to a multiple of 5
 * (docs/disclosure-control.md).
 */
export type QualityReport = {
  __typename?: 'QualityReport';
  capMode: QualityCapMode;
  capPercent: Scalars['Int']['output'];
  /** Every level, HTXS to KHT, with its count (0 included). */
  levels: Array<QualityLevelCount>;
  /** Members counted on 31 December of the year. */
  membersCounted?: Maybe<Scalars['Int']['output']>;
  /** The organisation reported on; null for the whole province. */
  organisation?: Maybe<PartyOrg>;
  /** Organisations whose HTXS exceed the cap. */
  organisationsOverCap: Array<QualityCapBreach>;
  /** Current ratings of the year (members who left during the year included). */
  rated?: Maybe<Scalars['Int']['output']>;
  /** Members counted on 31 December without a rating. */
  unrated?: Maybe<Scalars['Int']['output']>;
  year: Scalars['Int']['output'];
};

export type RateMemberInput = {
  /** Who approved (3 to 200 characters). */
  approver: Scalars['String']['input'];
  /** From 1 January of the year rated to today. */
  decisionDate: Scalars['Date']['input'];
  memberId: Scalars['ID']['input'];
  /** Required when the member already has a rating for the year (a correction, 3 to 1000 characters); not given otherwise. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Whole points, 0 to 100. */
  score: Scalars['Int']['input'];
  /** The year rated: one in which this province counted the member, not after the current year. */
  year: Scalars['Int']['input'];
};

export type RateMemberPayload = {
  __typename?: 'RateMemberPayload';
  /** The rating this one corrected, now no longer current. */
  previous?: Maybe<QualityRating>;
  rating: QualityRating;
  /** Empty unless the cap is exceeded in WARN mode (in REFUSE mode the rating is refused instead). */
  warnings: Array<QualityCapWarning>;
};

export type RecognizeOfficialInput = {
  memberId: Scalars['ID']['input'];
  /** Date of the resolution: not before the end of the probation (admission + 12 months), not in the future. */
  resolutionDate: Scalars['Date']['input'];
  /** Number of the cell's resolution (nghị quyết công nhận đảng viên chính thức). */
  resolutionNo: Scalars['String']['input'];
};

export type RecordAttendanceInput = {
  /** 1 to 500 entries, one per member. */
  entries: Array<AttendanceEntry>;
  meetingId: Scalars['ID']['input'];
};

export type RecordCadreDisciplineInput = {
  /** A cadre who is not a member: a member-cadre's measures are recorded with recordDiscipline, on the member. */
  cadreId: Scalars['ID']['input'];
  /** Not in the future, not before 1990. */
  decidedOn: Scalars['Date']['input'];
  /** 1 to 100 characters; one measure per cadre and decision number. */
  decisionNo: Scalars['String']['input'];
  /** KHIEN_TRACH, CANH_CAO or CACH_CHUC (KHAI_TRU is a Party measure, for members). */
  measure: DisciplineMeasure;
};

export type RecordCadreDisciplinePayload = {
  __typename?: 'RecordCadreDisciplinePayload';
  cadre: Cadre;
  discipline: CadreDiscipline;
};

export type RecordCadreInput = {
  /** From 1940, at least 18 years before today. */
  birthDate: Scalars['Date']['input'];
  /** Greater than 0 and less than 20, at most 2 decimals. */
  coefficient: Scalars['Float']['input'];
  /** A person's name (letters, single spaces, ' ’ - .), 2 to 100 characters. */
  fullName: Scalars['String']['input'];
  /** 1 to 20 characters. */
  gradeCode: Scalars['String']['input'];
  gradeLevel: GradeLevel;
  /** The day the cadre entered the current grade: not in the future, not before the cadre turned 18, not after stepSince. Omitted: unknown for a new cadre, unchanged on an update. */
  gradeSince?: InputMaybe<Scalars['Date']['input']>;
  /** Given to update a cadre; omitted to record a new one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Not in the future. */
  lastCheckup?: InputMaybe<Scalars['Date']['input']>;
  level: CadreLevel;
  /** The member record, when the cadre is a member of this province (one cadre record per member). */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** 3 to 200 characters. */
  position: Scalars['String']['input'];
  /** 1 to 50 characters. */
  salaryScale: Scalars['String']['input'];
  sex: Sex;
  /** 1 to 20. */
  step: Scalars['Int']['input'];
  /** Not in the future, not before the cadre turned 18. */
  stepSince: Scalars['Date']['input'];
};

export type RecordCadrePayload = {
  __typename?: 'RecordCadrePayload';
  cadre: Cadre;
};

export type RecordCheckupInput = {
  cadreId: Scalars['ID']['input'];
  /** Not in the future, not before the last check-up recorded. */
  checkedOn: Scalars['Date']['input'];
};

export type RecordCheckupPayload = {
  __typename?: 'RecordCheckupPayload';
  cadre: Cadre;
};

export type RecordDisciplineInput = {
  /** 3 to 200 characters. */
  decidedBy: Scalars['String']['input'];
  /** Not before the member joined this province, not in the future; for KHAI_TRU the day the member leaves the Party. */
  decidedOn: Scalars['Date']['input'];
  /** 1 to 100 characters; one measure per member and decision number. */
  decisionNo: Scalars['String']['input'];
  /** After decidedOn; not given for KHAI_TRU. */
  inForceUntil?: InputMaybe<Scalars['Date']['input']>;
  level: DecisionLevel;
  measure: DisciplineMeasure;
  memberId: Scalars['ID']['input'];
  /** Required for CACH_CHUC (3 to 200 characters), not given otherwise. */
  post?: InputMaybe<Scalars['String']['input']>;
  /** 3 to 1000 characters. */
  reason: Scalars['String']['input'];
};

export type RecordDisciplinePayload = {
  __typename?: 'RecordDisciplinePayload';
  discipline: Discipline;
  /** The exit an expulsion recorded (the same as recordExit with EXPELLED); null for the other measures. */
  exit?: Maybe<MemberExit>;
  /** The member after the decision (EXPELLED and no longer counted here from decidedOn for KHAI_TRU). */
  member: Member;
};

export type RecordEvaluationInput = {
  cadreId: Scalars['ID']['input'];
  /** 3 to 200 characters. */
  evaluatedBy: Scalars['String']['input'];
  /** Not in the future, not before the year began. */
  evaluatedOn: Scalars['Date']['input'];
  result: EvaluationResult;
  /** From 1990 to the current year; one evaluation per cadre and year. */
  year: Scalars['Int']['input'];
};

export type RecordEvaluationPayload = {
  __typename?: 'RecordEvaluationPayload';
  cadre: Cadre;
  evaluation: CadreEvaluation;
};

export type RecordExitInput = {
  /** Not before the member joined this province, not in the future. */
  date: Scalars['Date']['input'];
  decisionNo: Scalars['String']['input'];
  memberId: Scalars['ID']['input'];
  /** Optional note (1 to 1000 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
  type: ExitType;
};

export type RecordExitPayload = {
  __typename?: 'RecordExitPayload';
  /** The card whose status the exit changed (KEPT_BY_FAMILY or RECOVERED); null when the member held none. */
  card?: Maybe<PartyCard>;
  exit: MemberExit;
  member: Member;
};

export type RecordFeePaymentInput = {
  /** Whole VND, at least what is due for the month. */
  amountVnd: Scalars['Int']['input'];
  channel: FeeChannel;
  memberId: Scalars['ID']['input'];
  /** The month paid for, YYYY-MM: one the member is counted in, not more than 12 months after paidOn. */
  month: Scalars['String']['input'];
  /** Not in the future. */
  paidOn: Scalars['Date']['input'];
  receiptNo?: InputMaybe<Scalars['String']['input']>;
};

export type RecordFeePaymentPayload = {
  __typename?: 'RecordFeePaymentPayload';
  payment: FeePayment;
  /** True when this exact payment was already recorded: nothing was written (safe to retry). */
  replayed: Scalars['Boolean']['output'];
};

export type RecordInterruptionInput = {
  decisionNo?: InputMaybe<Scalars['String']['input']>;
  /** Not before the admission decision date; must not overlap another interruption. */
  fromDate: Scalars['Date']['input'];
  kind: InterruptionKind;
  memberId: Scalars['ID']['input'];
  /** After fromDate, not in the future. */
  toDate: Scalars['Date']['input'];
};

export type RecordInterruptionPayload = {
  __typename?: 'RecordInterruptionPayload';
  interruption: PartyInterruption;
  member: Member;
};

export type RecordMeetingHeldInput = {
  /** When the documents went on the handbook, if not recorded at scheduling: not in the future. */
  docsPublishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** After startedAt, within 12 hours of it, not in the future. */
  endedAt: Scalars['DateTime']['input'];
  meetingId: Scalars['ID']['input'];
  /** Not in the future. */
  startedAt: Scalars['DateTime']['input'];
};

export type RecordMeritCareInput = {
  /** 3 to 200 characters. */
  givenBy: Scalars['String']['input'];
  /** Not in the future, not after the occasion's year ends, not before the person was registered. */
  givenOn: Scalars['Date']['input'];
  kind: MeritCareKind;
  occasion: MeritOccasionInput;
  personId: Scalars['ID']['input'];
  /** 0 to 1,000,000,000 VND. */
  valueVnd: Scalars['Int']['input'];
};

export type RecordMeritCarePayload = {
  __typename?: 'RecordMeritCarePayload';
  care: MeritCare;
};

export type RecordRewardInput = {
  /** Not before the member joined this province, not in the future. */
  decidedOn: Scalars['Date']['input'];
  /** 1 to 100 characters; one reward per member and decision number. */
  decisionNo: Scalars['String']['input'];
  /** 3 to 200 characters. */
  issuedBy: Scalars['String']['input'];
  kind: RewardKind;
  level: DecisionLevel;
  memberId: Scalars['ID']['input'];
  /** 3 to 300 characters. */
  title: Scalars['String']['input'];
};

export type RecordRewardPayload = {
  __typename?: 'RecordRewardPayload';
  reward: Reward;
};

export type RegisterCandidateInput = {
  awarenessCertificateOn?: InputMaybe<Scalars['Date']['input']>;
  birthDate: Scalars['Date']['input'];
  birthplace?: InputMaybe<Scalars['String']['input']>;
  /** The cell (chi bộ) that proposes the candidate. */
  cellId: Scalars['ID']['input'];
  /** 12 digits. */
  citizenId: Scalars['String']['input'];
  educationGeneral?: InputMaybe<Scalars['String']['input']>;
  educationProfessional?: InputMaybe<Scalars['String']['input']>;
  /** 2-digit code of the national ethnicity catalogue. */
  ethnicityCode: Scalars['String']['input'];
  fullName: Scalars['String']['input'];
  hometown?: InputMaybe<Scalars['String']['input']>;
  /** Exactly two distinct official, active members of this province. */
  introducerIds: Array<Scalars['ID']['input']>;
  occupation?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  politicalTheory?: InputMaybe<PoliticalTheoryLevel>;
  /** When the cell registered the candidate; not in the future. */
  registeredOn: Scalars['Date']['input'];
  /** 2-digit code of the national religion catalogue; omit for none. */
  religionCode?: InputMaybe<Scalars['String']['input']>;
  sex: Sex;
};

export type ReissueCardInput = {
  decisionNo: Scalars['String']['input'];
  /** After the issue date of the card it replaces, not in the future. */
  issuedOn: Scalars['Date']['input'];
  memberId: Scalars['ID']['input'];
  number: Scalars['String']['input'];
  reason: CardReissueReason;
};

/** A rejected row's fault: a row with several faults appears once per field. */
export type RejectedRow = {
  __typename?: 'RejectedRow';
  /** CSV column at fault, or (row) for the row as a whole. */
  field: Scalars['String']['output'];
  /** Line of the file (the header is line 1). */
  line: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

export type ReportCardLostInput = {
  /** The day the loss was reported: not before the card's issue date, not in the future. */
  lostOn: Scalars['Date']['input'];
  memberId: Scalars['ID']['input'];
};

/** The figures of a submitted report, as computed when it was submitted. For aggregate-only readers (CENTRAL_ANALYST) every count is rounded to a multiple of 5 as in the live report, and attendanceRate is null (the snapshot holds the rate of the exact counts; read the live report's, docs/disclosure-control.md). */
export type ReportFigures = {
  __typename?: 'ReportFigures';
  /** present ÷ expected; null when no meeting expected anyone. */
  attendanceRate?: Maybe<Scalars['Float']['output']>;
  cellCount: Scalars['Int']['output'];
  cellsWithRegularMeeting: Scalars['Int']['output'];
  femaleCount: Scalars['Int']['output'];
  maleCount: Scalars['Int']['output'];
  meetingsHeld: Scalars['Int']['output'];
  memberCount: Scalars['Int']['output'];
  officialCount: Scalars['Int']['output'];
  probationaryCount: Scalars['Int']['output'];
  transfersIn: Scalars['Int']['output'];
  transfersInUnconfirmed: Array<Scalars['ID']['output']>;
  transfersOut: Scalars['Int']['output'];
  transfersOutPending: Array<Scalars['ID']['output']>;
};

/** One revision of a province's report for a period, as submitted (served from its snapshot). */
export type ReportSubmission = {
  __typename?: 'ReportSubmission';
  /** sha256 (hex) of the canonical JSON of { province, period, figures }: of the figures as this reader sees them (rounded for aggregate-only readers, whom the exact figures' checksum would let test guesses). */
  checksum: Scalars['String']['output'];
  /** When the figures were computed. */
  computedAt: Scalars['DateTime']['output'];
  /** True once the Centre acknowledged this revision. */
  deliveredToCentre: Scalars['Boolean']['output'];
  /** Whether the figures computed now differ from the submitted ones (a later change to the records). */
  differsFromLive: Scalars['Boolean']['output'];
  figures: ReportFigures;
  /** The figures that differ now, submitted vs live. */
  liveDifferences: Array<FigureDifference>;
  /** YYYY-MM */
  period: Scalars['String']['output'];
  provinceCode: Scalars['ID']['output'];
  /** Why this revision corrects the previous one (null for a first submission without a note). */
  reason?: Maybe<Scalars['String']['output']>;
  /** 1 for the first submission, then 2, 3 … for corrections. */
  revision: Scalars['Int']['output'];
};

/** A reward (khen thưởng) of a member. */
export type Reward = {
  __typename?: 'Reward';
  actor: Scalars['String']['output'];
  decidedOn: Scalars['Date']['output'];
  decisionNo: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The body that decided, e.g. "Đảng ủy xã Đông Anh". */
  issuedBy: Scalars['String']['output'];
  kind: RewardKind;
  level: DecisionLevel;
  member: Member;
  recordedAt: Scalars['DateTime']['output'];
  /** What it was given for, e.g. "Đảng viên hoàn thành xuất sắc nhiệm vụ 5 năm liền". */
  title: Scalars['String']['output'];
};

export type RewardConnection = {
  __typename?: 'RewardConnection';
  edges: Array<RewardEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RewardEdge = {
  __typename?: 'RewardEdge';
  cursor: Scalars['String']['output'];
  node: Reward;
};

/** Hình thức khen thưởng. */
export type RewardKind =
  /** Bằng khen */
  | 'BANG_KHEN'
  /** Giấy khen */
  | 'GIAY_KHEN'
  /** Hình thức khác */
  | 'KHAC';

export type RewardKindCount = {
  __typename?: 'RewardKindCount';
  /** Rounded to a multiple of 5 for aggregate-only readers (CENTRAL_ANALYST; docs/disclosure-control.md). */
  count?: Maybe<Scalars['Int']['output']>;
  kind: RewardKind;
};

export type ScheduleMeetingInput = {
  /** A cell (chi bộ or chi bộ cơ sở) of this province, active. */
  cellId: Scalars['ID']['input'];
  /** When the documents went on the handbook, if they have: not in the future. */
  docsPublishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** When the meeting is planned for: in the future. */
  scheduledAt: Scalars['DateTime']['input'];
  /** 1 to 500 characters. */
  topic: Scalars['String']['input'];
  type: MeetingType;
};

export type SetFeeBasisInput = {
  /** Required for SOCIAL_INSURANCE (last month's salary for compulsory social insurance), PENSION and OTHER; whole VND, 1 to 1,000,000,000. Not given for STUDENT or EXEMPT. */
  baseAmountVnd?: InputMaybe<Scalars['Int']['input']>;
  basis: FeeBasis;
  /** First month the basis applies to, YYYY-MM. Setting a basis again for the same month replaces it (the audit log keeps the old one). */
  effectiveMonth: Scalars['String']['input'];
  /** Required with EXEMPT, and only then. PARTY_AGE_50 needs a party age of 50 years by the end of effectiveMonth. */
  exemptionReason?: InputMaybe<FeeExemptionReason>;
  memberId: Scalars['ID']['input'];
  /** Up to 500 characters, e.g. the decision behind a reduction. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** With a reduction: 1 to the configured maximum (12) months from effectiveMonth. */
  reductionMonths?: InputMaybe<Scalars['Int']['input']>;
  /** 0 (default) or one of the configured reductions (30, 50, 70); not with EXEMPT. */
  reductionPercent?: InputMaybe<Scalars['Int']['input']>;
};

export type SetFeeBasisPayload = {
  __typename?: 'SetFeeBasisPayload';
  basis: FeeBasisEntry;
  member: Member;
  /** The entry for the same month that this one replaced, if any. */
  replaced?: Maybe<FeeBasisEntry>;
};

export type SettleTransferInput = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  receivedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The destination's decision: RECEIVED, CANCELLED or REJECTED. */
  state: TransferState;
};

/** Giới tính. */
export type Sex =
  /** Nam */
  | 'NAM'
  /** Nữ */
  | 'NU';

export type SubmitFeedbackInput = {
  /** 1 to 5000 characters. */
  body: Scalars['String']['input'];
  directiveId: Scalars['ID']['input'];
  /** A member of the directive's audience. */
  memberId: Scalars['ID']['input'];
};

export type SubmitReportPayload = {
  __typename?: 'SubmitReportPayload';
  /** False when the call returned an existing revision (submitting twice is idempotent). */
  created: Scalars['Boolean']['output'];
  submission: ReportSubmission;
};

/** A transfer of party activity, identified nationally by the id the source created. */
export type Transfer = {
  __typename?: 'Transfer';
  direction: TransferDirection;
  /** Last day to present the letter (issuedOn + 30 days); past it, an unreceived transfer is OVERDUE. */
  dueOn: Scalars['Date']['output'];
  fromProvince: Scalars['ID']['output'];
  /** The member's name as it travels in the record. */
  fullName: Scalars['String']['output'];
  /** National transfer id (UUID), created by the source; the destination keys its receipt on it. */
  id: Scalars['ID']['output'];
  issuedOn: Scalars['Date']['output'];
  kind: TransferKind;
  /** Số giấy giới thiệu. */
  letterNo: Scalars['String']['output'];
  /** The member as this province holds them (null for a cancelled or rejected transfer in). */
  member?: Maybe<Member>;
  /** National member id. */
  memberId: Scalars['ID']['output'];
  /** Why it was rejected or cancelled. */
  reason?: Maybe<Scalars['String']['output']>;
  receivedOn?: Maybe<Scalars['Date']['output']>;
  /** Source: when the destination's decision was applied here. Destination: when the source confirmed it applied the receipt. */
  settledAt?: Maybe<Scalars['DateTime']['output']>;
  state: TransferState;
  /** The receiving cell (an organisation id of the destination). */
  toOrgId: Scalars['ID']['output'];
  toProvince: Scalars['ID']['output'];
};

export type TransferConnection = {
  __typename?: 'TransferConnection';
  edges: Array<TransferEdge>;
  pageInfo: PageInfo;
  /** Transfers matching the filter, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** The destination's decision on a transfer id: taken once, then returned to every retry. */
export type TransferDecision = {
  __typename?: 'TransferDecision';
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  receivedOn?: Maybe<Scalars['Date']['output']>;
  /** RECEIVED, CANCELLED or REJECTED. */
  state: TransferState;
};

/** Chiều chuyển, seen from this province. */
export type TransferDirection =
  /** Chuyển đến */
  | 'IN'
  /** Chuyển đi */
  | 'OUT';

export type TransferEdge = {
  __typename?: 'TransferEdge';
  cursor: Scalars['String']['output'];
  node: Transfer;
};

/** Loại chuyển sinh hoạt đảng. */
export type TransferKind =
  /** Chuyển sinh hoạt chính thức: the destination counts the member from the receipt date */
  | 'OFFICIAL'
  /** Chuyển sinh hoạt tạm thời: never moves the count */
  | 'TEMPORARY';

export type TransferMessage = {
  __typename?: 'TransferMessage';
  /** DELIVER while ISSUED, CANCEL while CANCEL_REQUESTED. */
  action: Scalars['String']['output'];
  fromProvince: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  issuedOn: Scalars['Date']['output'];
  kind: TransferKind;
  letterNo: Scalars['String']['output'];
  memberId: Scalars['ID']['output'];
  record: Scalars['String']['output'];
  toOrgId: Scalars['ID']['output'];
  toProvince: Scalars['ID']['output'];
};

/** A transfer message as the carrier carries it from the source to the destination. */
export type TransferMessageInput = {
  fromProvince: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  issuedOn: Scalars['Date']['input'];
  kind: TransferKind;
  letterNo: Scalars['String']['input'];
  memberId: Scalars['ID']['input'];
  /** The record that travels with the member: canonical JSON (docs/transfers.md, "The record"). */
  record: Scalars['String']['input'];
  toOrgId: Scalars['ID']['input'];
  toProvince: Scalars['ID']['input'];
};

export type TransferPayload = {
  __typename?: 'TransferPayload';
  transfer: Transfer;
};

/** Trạng thái giấy giới thiệu sinh hoạt đảng. */
export type TransferState =
  /** Đã hủy */
  | 'CANCELLED'
  /** Đang chờ hủy: the source asked to cancel, the destination has not answered yet */
  | 'CANCEL_REQUESTED'
  /** Đã cấp giấy giới thiệu (đang chuyển) */
  | 'ISSUED'
  /** Quá hạn: issued, not received within the deadline (30 days) */
  | 'OVERDUE'
  /** Đã tiếp nhận */
  | 'RECEIVED'
  /** Bị từ chối: the destination could not receive it (reason given); the member stays at the source */
  | 'REJECTED';

export type UnconfirmedReceipt = {
  __typename?: 'UnconfirmedReceipt';
  fromProvince: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Province01: Province01;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Province01:
    ( { __typename: 'Province01' }
    & GraphQLRecursivePick<FederationTypes['Province01'], {"code":true}> );
};


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Province: ( Omit<Province01, 'auditLog' | 'badgesDue' | 'cadre' | 'cadresCheckupDue' | 'cadresDueStepRaise' | 'cadresEligibleForGradePromotion' | 'cadresNotEvaluated' | 'cadresRetiring' | 'candidates' | 'carrierOutbox' | 'directive' | 'directives' | 'disciplines' | 'excusedInARow' | 'exemptMembers' | 'exits' | 'feeArrears' | 'feeStatement' | 'handbookMeeting' | 'handbookMeetings' | 'meetings' | 'member' | 'memberDirectives' | 'memberImports' | 'members' | 'meritCareDue' | 'meritPeople' | 'officialMembersWithoutCard' | 'openFeedback' | 'organisation' | 'overdueProbationaryMembers' | 'partyCard' | 'qualityReport' | 'report' | 'reportRevisions' | 'rewards' | 'rootOrganisation' | 'submittedReport' | 'transfer' | 'transfers'> & { auditLog?: Maybe<_RefType['AuditEntryConnection']>, badgesDue?: Maybe<_RefType['BadgeDueConnection']>, cadre?: Maybe<_RefType['Cadre']>, cadresCheckupDue?: Maybe<_RefType['CadreConnection']>, cadresDueStepRaise?: Maybe<_RefType['CadreConnection']>, cadresEligibleForGradePromotion?: Maybe<_RefType['CadreConnection']>, cadresNotEvaluated?: Maybe<_RefType['CadreConnection']>, cadresRetiring?: Maybe<_RefType['CadreConnection']>, candidates?: Maybe<_RefType['CandidateConnection']>, carrierOutbox?: Maybe<_RefType['CarrierOutbox']>, directive?: Maybe<_RefType['Directive']>, directives?: Maybe<_RefType['DirectiveConnection']>, disciplines?: Maybe<_RefType['DisciplineConnection']>, excusedInARow?: Maybe<_RefType['ExcusedStreakConnection']>, exemptMembers?: Maybe<_RefType['ExemptionConnection']>, exits?: Maybe<_RefType['MemberExitConnection']>, feeArrears?: Maybe<_RefType['FeeArrearsConnection']>, feeStatement?: Maybe<_RefType['FeeStatement']>, handbookMeeting?: Maybe<_RefType['HandbookMeeting']>, handbookMeetings?: Maybe<_RefType['HandbookMeetingConnection']>, meetings?: Maybe<_RefType['MeetingConnection']>, member?: Maybe<_RefType['Member']>, memberDirectives?: Maybe<_RefType['MemberDirectiveConnection']>, memberImports?: Maybe<Array<_RefType['MemberImport']>>, members?: Maybe<_RefType['MemberConnection']>, meritCareDue?: Maybe<_RefType['MeritCareDueConnection']>, meritPeople?: Maybe<_RefType['MeritPersonConnection']>, officialMembersWithoutCard?: Maybe<_RefType['MemberConnection']>, openFeedback?: Maybe<_RefType['DirectiveFeedbackConnection']>, organisation?: Maybe<_RefType['PartyOrg']>, overdueProbationaryMembers?: Maybe<Array<_RefType['Member']>>, partyCard?: Maybe<_RefType['PartyCard']>, qualityReport?: Maybe<_RefType['QualityReport']>, report?: Maybe<_RefType['ProvinceReport']>, reportRevisions?: Maybe<Array<_RefType['ReportSubmission']>>, rewards?: Maybe<_RefType['RewardConnection']>, rootOrganisation?: Maybe<_RefType['PartyOrg']>, submittedReport?: Maybe<_RefType['ReportSubmission']>, transfer?: Maybe<_RefType['Transfer']>, transfers?: Maybe<_RefType['TransferConnection']> } );
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActivityState: ActivityState;
  AdmitMemberInput: AdmitMemberInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AdmitMemberPayload: ResolverTypeWrapper<Omit<AdmitMemberPayload, 'candidate' | 'member'> & { candidate: ResolversTypes['Candidate'], member: ResolversTypes['Member'] }>;
  AnswerFeedbackInput: AnswerFeedbackInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Attendance: ResolverTypeWrapper<AttendanceRow>;
  AttendanceEntry: AttendanceEntry;
  AuditEntry: ResolverTypeWrapper<AuditRow>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditFilter: AuditFilter;
  AwardBadgeInput: AwardBadgeInput;
  AwardBadgePayload: ResolverTypeWrapper<Omit<AwardBadgePayload, 'award'> & { award: ResolversTypes['BadgeAward'] }>;
  BadgeAward: ResolverTypeWrapper<BadgeAwardRow>;
  BadgeDue: ResolverTypeWrapper<BadgeDueRow>;
  BadgeDueConnection: ResolverTypeWrapper<Omit<BadgeDueConnection, 'edges'> & { edges: Array<ResolversTypes['BadgeDueEdge']> }>;
  BadgeDueEdge: ResolverTypeWrapper<Omit<BadgeDueEdge, 'node'> & { node: ResolversTypes['BadgeDue'] }>;
  BadgeFigures: ResolverTypeWrapper<Omit<BadgeFigures, 'byMilestone'> & { byMilestone: Array<ResolversTypes['BadgeMilestoneFigures']> }>;
  BadgeMilestone: BadgeMilestone;
  BadgeMilestoneFigures: ResolverTypeWrapper<BadgeMilestoneFiguresRow>;
  Cadre: ResolverTypeWrapper<CadreRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CadreCheckup: ResolverTypeWrapper<CadreCheckup>;
  CadreConnection: ResolverTypeWrapper<Omit<CadreConnection, 'edges'> & { edges: Array<ResolversTypes['CadreEdge']> }>;
  CadreDiscipline: ResolverTypeWrapper<CadreDisciplineRow>;
  CadreEdge: ResolverTypeWrapper<Omit<CadreEdge, 'node'> & { node: ResolversTypes['Cadre'] }>;
  CadreEvaluation: ResolverTypeWrapper<CadreEvaluationRow>;
  CadreGradePromotion: ResolverTypeWrapper<CadreGradePromotion>;
  CadreGradePromotionGranted: ResolverTypeWrapper<CadreGradePromotionRow>;
  CadreLevel: CadreLevel;
  CadreRetirement: ResolverTypeWrapper<CadreRetirement>;
  CadreStepRaise: ResolverTypeWrapper<CadreStepRaise>;
  CadreStepRaiseGranted: ResolverTypeWrapper<CadreStepRaiseRow>;
  CancelMeetingInput: CancelMeetingInput;
  CancelTransferInput: CancelTransferInput;
  Candidate: ResolverTypeWrapper<CandidateRow>;
  CandidateConnection: ResolverTypeWrapper<Omit<CandidateConnection, 'edges'> & { edges: Array<ResolversTypes['CandidateEdge']> }>;
  CandidateEdge: ResolverTypeWrapper<Omit<CandidateEdge, 'node'> & { node: ResolversTypes['Candidate'] }>;
  CandidateState: CandidateState;
  CardFigures: ResolverTypeWrapper<CardFigures>;
  CardReissueReason: CardReissueReason;
  CardStatus: CardStatus;
  CarrierOutbox: ResolverTypeWrapper<CarrierOutboxParent>;
  Ceremony: Ceremony;
  CheckupStatus: CheckupStatus;
  CitizenIdHash: ResolverTypeWrapper<CitizenIdHash>;
  CorrectMemberInput: CorrectMemberInput;
  CorrectMemberPayload: ResolverTypeWrapper<Omit<CorrectMemberPayload, 'correction' | 'member'> & { correction: ResolversTypes['MemberCorrection'], member: ResolversTypes['Member'] }>;
  Count: ResolverTypeWrapper<Count>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecisionLevel: DecisionLevel;
  Directive: ResolverTypeWrapper<DirectiveRow>;
  DirectiveConnection: ResolverTypeWrapper<Omit<DirectiveConnection, 'edges'> & { edges: Array<ResolversTypes['DirectiveEdge']> }>;
  DirectiveEdge: ResolverTypeWrapper<Omit<DirectiveEdge, 'node'> & { node: ResolversTypes['Directive'] }>;
  DirectiveFeedback: ResolverTypeWrapper<DirectiveFeedbackRow>;
  DirectiveFeedbackConnection: ResolverTypeWrapper<Omit<DirectiveFeedbackConnection, 'edges'> & { edges: Array<ResolversTypes['DirectiveFeedbackEdge']> }>;
  DirectiveFeedbackEdge: ResolverTypeWrapper<Omit<DirectiveFeedbackEdge, 'node'> & { node: ResolversTypes['DirectiveFeedback'] }>;
  DirectiveFeedbackPayload: ResolverTypeWrapper<Omit<DirectiveFeedbackPayload, 'feedback'> & { feedback: ResolversTypes['DirectiveFeedback'] }>;
  DirectivePayload: ResolverTypeWrapper<Omit<DirectivePayload, 'directive'> & { directive: ResolversTypes['Directive'] }>;
  DirectiveReport: ResolverTypeWrapper<DirectiveReportRow>;
  Discipline: ResolverTypeWrapper<DisciplineRow>;
  DisciplineConnection: ResolverTypeWrapper<Omit<DisciplineConnection, 'edges'> & { edges: Array<ResolversTypes['DisciplineEdge']> }>;
  DisciplineEdge: ResolverTypeWrapper<Omit<DisciplineEdge, 'node'> & { node: ResolversTypes['Discipline'] }>;
  DisciplineMeasure: DisciplineMeasure;
  DisciplineMeasureCount: ResolverTypeWrapper<DisciplineMeasureCount>;
  EarlyAwardReason: EarlyAwardReason;
  Education: ResolverTypeWrapper<Education>;
  EndExemptionInput: EndExemptionInput;
  EvaluationResult: EvaluationResult;
  ExcusedStreak: ResolverTypeWrapper<ExcusedStreakRow>;
  ExcusedStreakConnection: ResolverTypeWrapper<Omit<ExcusedStreakConnection, 'edges'> & { edges: Array<ResolversTypes['ExcusedStreakEdge']> }>;
  ExcusedStreakEdge: ResolverTypeWrapper<Omit<ExcusedStreakEdge, 'node'> & { node: ResolversTypes['ExcusedStreak'] }>;
  ExemptMemberInput: ExemptMemberInput;
  Exemption: ResolverTypeWrapper<ExemptionRow>;
  ExemptionConnection: ResolverTypeWrapper<Omit<ExemptionConnection, 'edges'> & { edges: Array<ResolversTypes['ExemptionEdge']> }>;
  ExemptionEdge: ResolverTypeWrapper<Omit<ExemptionEdge, 'node'> & { node: ResolversTypes['Exemption'] }>;
  ExemptionPayload: ResolverTypeWrapper<Omit<ExemptionPayload, 'exemption' | 'member'> & { exemption: ResolversTypes['Exemption'], member: ResolversTypes['Member'] }>;
  ExemptionReason: ExemptionReason;
  ExitCount: ResolverTypeWrapper<ExitCount>;
  ExitType: ExitType;
  FeeArrear: ResolverTypeWrapper<Omit<FeeArrear, 'member'> & { member: ResolversTypes['Member'] }>;
  FeeArrearEdge: ResolverTypeWrapper<Omit<FeeArrearEdge, 'node'> & { node: ResolversTypes['FeeArrear'] }>;
  FeeArrearsConnection: ResolverTypeWrapper<Omit<FeeArrearsConnection, 'edges'> & { edges: Array<ResolversTypes['FeeArrearEdge']> }>;
  FeeBasis: FeeBasis;
  FeeBasisEntry: ResolverTypeWrapper<FeeBasisRow>;
  FeeChannel: FeeChannel;
  FeeExemptionReason: FeeExemptionReason;
  FeeMonth: ResolverTypeWrapper<FeeMonthRow>;
  FeeMonthStatus: FeeMonthStatus;
  FeePayment: ResolverTypeWrapper<FeePaymentRow>;
  FeeRates: ResolverTypeWrapper<FeeRates>;
  FeeReport: ResolverTypeWrapper<FeeReportParent>;
  FeeStatement: ResolverTypeWrapper<Omit<FeeStatement, 'member' | 'months'> & { member: ResolversTypes['Member'], months: Array<ResolversTypes['FeeMonth']> }>;
  FeedbackStatus: FeedbackStatus;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  FigureDifference: ResolverTypeWrapper<FigureDifference>;
  GradeLevel: GradeLevel;
  GradePromotionReason: ResolverTypeWrapper<GradePromotionReason>;
  GradePromotionReasonKind: GradePromotionReasonKind;
  GrantStepRaiseInput: GrantStepRaiseInput;
  GrantStepRaisePayload: ResolverTypeWrapper<Omit<GrantStepRaisePayload, 'cadre' | 'raise'> & { cadre: ResolversTypes['Cadre'], raise: ResolversTypes['CadreStepRaiseGranted'] }>;
  HandbookMeeting: ResolverTypeWrapper<HandbookMeetingRow>;
  HandbookMeetingConnection: ResolverTypeWrapper<Omit<HandbookMeetingConnection, 'edges'> & { edges: Array<ResolversTypes['HandbookMeetingEdge']> }>;
  HandbookMeetingEdge: ResolverTypeWrapper<Omit<HandbookMeetingEdge, 'node'> & { node: ResolversTypes['HandbookMeeting'] }>;
  HandbookMeetingPayload: ResolverTypeWrapper<Omit<HandbookMeetingPayload, 'meeting'> & { meeting: ResolversTypes['HandbookMeeting'] }>;
  HandbookReport: ResolverTypeWrapper<HandbookReportRow>;
  ImportKind: ImportKind;
  ImportMembersCsvInput: ImportMembersCsvInput;
  ImportMembersCsvPayload: ResolverTypeWrapper<Omit<ImportMembersCsvPayload, 'import'> & { import?: Maybe<ResolversTypes['MemberImport']> }>;
  InterruptionKind: InterruptionKind;
  IssueCardInput: IssueCardInput;
  IssueTransferInput: IssueTransferInput;
  MarkDirectiveReadInput: MarkDirectiveReadInput;
  MarkDirectiveReadPayload: ResolverTypeWrapper<Omit<MarkDirectiveReadPayload, 'directive' | 'member'> & { directive: ResolversTypes['Directive'], member: ResolversTypes['Member'] }>;
  Meeting: ResolverTypeWrapper<MeetingRow>;
  MeetingConnection: ResolverTypeWrapper<Omit<MeetingConnection, 'edges'> & { edges: Array<ResolversTypes['MeetingEdge']> }>;
  MeetingEdge: ResolverTypeWrapper<Omit<MeetingEdge, 'node'> & { node: ResolversTypes['Meeting'] }>;
  MeetingFlag: MeetingFlag;
  MeetingStatus: MeetingStatus;
  MeetingType: MeetingType;
  Member: ResolverTypeWrapper<MemberRow>;
  MemberConnection: ResolverTypeWrapper<Omit<MemberConnection, 'edges'> & { edges: Array<ResolversTypes['MemberEdge']> }>;
  MemberCorrection: ResolverTypeWrapper<CorrectionRow>;
  MemberDirective: ResolverTypeWrapper<MemberDirectiveRow>;
  MemberDirectiveConnection: ResolverTypeWrapper<Omit<MemberDirectiveConnection, 'edges'> & { edges: Array<ResolversTypes['MemberDirectiveEdge']> }>;
  MemberDirectiveEdge: ResolverTypeWrapper<Omit<MemberDirectiveEdge, 'node'> & { node: ResolversTypes['MemberDirective'] }>;
  MemberEdge: ResolverTypeWrapper<Omit<MemberEdge, 'node'> & { node: ResolversTypes['Member'] }>;
  MemberExit: ResolverTypeWrapper<ExitRow>;
  MemberExitConnection: ResolverTypeWrapper<Omit<MemberExitConnection, 'edges'> & { edges: Array<ResolversTypes['MemberExitEdge']> }>;
  MemberExitEdge: ResolverTypeWrapper<Omit<MemberExitEdge, 'node'> & { node: ResolversTypes['MemberExit'] }>;
  MemberFilter: MemberFilter;
  MemberImport: ResolverTypeWrapper<ImportRow>;
  MemberStatus: MemberStatus;
  MeritCare: ResolverTypeWrapper<MeritCareRow>;
  MeritCareDueConnection: ResolverTypeWrapper<Omit<MeritCareDueConnection, 'edges' | 'occasion'> & { edges: Array<ResolversTypes['MeritPersonEdge']>, occasion: ResolversTypes['MeritOccasion'] }>;
  MeritCareFigures: ResolverTypeWrapper<Omit<MeritCareFigures, 'occasion'> & { occasion: ResolversTypes['MeritOccasion'] }>;
  MeritCareKind: MeritCareKind;
  MeritCareStatus: MeritCareStatus;
  MeritCategory: MeritCategory;
  MeritOccasion: ResolverTypeWrapper<Occasion>;
  MeritOccasionInput: MeritOccasionInput;
  MeritOccasionKind: MeritOccasionKind;
  MeritPerson: ResolverTypeWrapper<MeritPersonRow>;
  MeritPersonConnection: ResolverTypeWrapper<Omit<MeritPersonConnection, 'edges'> & { edges: Array<ResolversTypes['MeritPersonEdge']> }>;
  MeritPersonEdge: ResolverTypeWrapper<Omit<MeritPersonEdge, 'node'> & { node: ResolversTypes['MeritPerson'] }>;
  MeritPersonInput: MeritPersonInput;
  MeritPersonPayload: ResolverTypeWrapper<Omit<MeritPersonPayload, 'person'> & { person: ResolversTypes['MeritPerson'] }>;
  MeritRelation: MeritRelation;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OrgLevel: OrgLevel;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartyCard: ResolverTypeWrapper<PartyCardRow>;
  PartyCardPayload: ResolverTypeWrapper<Omit<PartyCardPayload, 'card' | 'member' | 'previous'> & { card: ResolversTypes['PartyCard'], member: ResolversTypes['Member'], previous?: Maybe<ResolversTypes['PartyCard']> }>;
  PartyInterruption: ResolverTypeWrapper<InterruptionRow>;
  PartyOrg: ResolverTypeWrapper<OrgRow>;
  PoliticalTheoryLevel: PoliticalTheoryLevel;
  Presence: Presence;
  PromoteGradeInput: PromoteGradeInput;
  PromoteGradePayload: ResolverTypeWrapper<Omit<PromoteGradePayload, 'cadre' | 'promotion'> & { cadre: ResolversTypes['Cadre'], promotion: ResolversTypes['CadreGradePromotionGranted'] }>;
  Province: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Province']>;
  Province01: ResolverTypeWrapper<Omit<Province01, 'auditLog' | 'badgesDue' | 'cadre' | 'cadresCheckupDue' | 'cadresDueStepRaise' | 'cadresEligibleForGradePromotion' | 'cadresNotEvaluated' | 'cadresRetiring' | 'candidates' | 'carrierOutbox' | 'directive' | 'directives' | 'disciplines' | 'excusedInARow' | 'exemptMembers' | 'exits' | 'feeArrears' | 'feeStatement' | 'handbookMeeting' | 'handbookMeetings' | 'meetings' | 'member' | 'memberDirectives' | 'memberImports' | 'members' | 'meritCareDue' | 'meritPeople' | 'officialMembersWithoutCard' | 'openFeedback' | 'organisation' | 'overdueProbationaryMembers' | 'partyCard' | 'qualityReport' | 'report' | 'reportRevisions' | 'rewards' | 'rootOrganisation' | 'submittedReport' | 'transfer' | 'transfers'> & { auditLog?: Maybe<ResolversTypes['AuditEntryConnection']>, badgesDue?: Maybe<ResolversTypes['BadgeDueConnection']>, cadre?: Maybe<ResolversTypes['Cadre']>, cadresCheckupDue?: Maybe<ResolversTypes['CadreConnection']>, cadresDueStepRaise?: Maybe<ResolversTypes['CadreConnection']>, cadresEligibleForGradePromotion?: Maybe<ResolversTypes['CadreConnection']>, cadresNotEvaluated?: Maybe<ResolversTypes['CadreConnection']>, cadresRetiring?: Maybe<ResolversTypes['CadreConnection']>, candidates?: Maybe<ResolversTypes['CandidateConnection']>, carrierOutbox?: Maybe<ResolversTypes['CarrierOutbox']>, directive?: Maybe<ResolversTypes['Directive']>, directives?: Maybe<ResolversTypes['DirectiveConnection']>, disciplines?: Maybe<ResolversTypes['DisciplineConnection']>, excusedInARow?: Maybe<ResolversTypes['ExcusedStreakConnection']>, exemptMembers?: Maybe<ResolversTypes['ExemptionConnection']>, exits?: Maybe<ResolversTypes['MemberExitConnection']>, feeArrears?: Maybe<ResolversTypes['FeeArrearsConnection']>, feeStatement?: Maybe<ResolversTypes['FeeStatement']>, handbookMeeting?: Maybe<ResolversTypes['HandbookMeeting']>, handbookMeetings?: Maybe<ResolversTypes['HandbookMeetingConnection']>, meetings?: Maybe<ResolversTypes['MeetingConnection']>, member?: Maybe<ResolversTypes['Member']>, memberDirectives?: Maybe<ResolversTypes['MemberDirectiveConnection']>, memberImports?: Maybe<Array<ResolversTypes['MemberImport']>>, members?: Maybe<ResolversTypes['MemberConnection']>, meritCareDue?: Maybe<ResolversTypes['MeritCareDueConnection']>, meritPeople?: Maybe<ResolversTypes['MeritPersonConnection']>, officialMembersWithoutCard?: Maybe<ResolversTypes['MemberConnection']>, openFeedback?: Maybe<ResolversTypes['DirectiveFeedbackConnection']>, organisation?: Maybe<ResolversTypes['PartyOrg']>, overdueProbationaryMembers?: Maybe<Array<ResolversTypes['Member']>>, partyCard?: Maybe<ResolversTypes['PartyCard']>, qualityReport?: Maybe<ResolversTypes['QualityReport']>, report?: Maybe<ResolversTypes['ProvinceReport']>, reportRevisions?: Maybe<Array<ResolversTypes['ReportSubmission']>>, rewards?: Maybe<ResolversTypes['RewardConnection']>, rootOrganisation?: Maybe<ResolversTypes['PartyOrg']>, submittedReport?: Maybe<ResolversTypes['ReportSubmission']>, transfer?: Maybe<ResolversTypes['Transfer']>, transfers?: Maybe<ResolversTypes['TransferConnection']> }>;
  ProvinceMutations: ResolverTypeWrapper<Omit<ProvinceMutations, 'admitMember' | 'answerFeedback' | 'awardBadge' | 'cancelMeeting' | 'cancelTransfer' | 'confirmTransferSettled' | 'correctMember' | 'endExemption' | 'exemptMember' | 'grantStepRaise' | 'importMembersCsv' | 'issueCard' | 'issueTransfer' | 'markDirectiveRead' | 'markReportDelivered' | 'promoteGrade' | 'publishDirective' | 'rateMember' | 'recognizeOfficial' | 'recordAttendance' | 'recordCadre' | 'recordCadreDiscipline' | 'recordCheckup' | 'recordDiscipline' | 'recordEvaluation' | 'recordExit' | 'recordFeePayment' | 'recordInterruption' | 'recordMeetingHeld' | 'recordMeritCare' | 'recordReward' | 'registerCandidate' | 'registerMeritPerson' | 'reissueCard' | 'reportCardLost' | 'scheduleMeeting' | 'setFeeBasis' | 'settleTransfer' | 'submitFeedback' | 'submitReport' | 'updateMeritPerson'> & { admitMember: ResolversTypes['AdmitMemberPayload'], answerFeedback: ResolversTypes['DirectiveFeedbackPayload'], awardBadge: ResolversTypes['AwardBadgePayload'], cancelMeeting: ResolversTypes['HandbookMeetingPayload'], cancelTransfer: ResolversTypes['TransferPayload'], confirmTransferSettled: ResolversTypes['Transfer'], correctMember: ResolversTypes['CorrectMemberPayload'], endExemption: ResolversTypes['ExemptionPayload'], exemptMember: ResolversTypes['ExemptionPayload'], grantStepRaise: ResolversTypes['GrantStepRaisePayload'], importMembersCsv: ResolversTypes['ImportMembersCsvPayload'], issueCard: ResolversTypes['PartyCardPayload'], issueTransfer: ResolversTypes['TransferPayload'], markDirectiveRead: ResolversTypes['MarkDirectiveReadPayload'], markReportDelivered: ResolversTypes['ReportSubmission'], promoteGrade: ResolversTypes['PromoteGradePayload'], publishDirective: ResolversTypes['DirectivePayload'], rateMember: ResolversTypes['RateMemberPayload'], recognizeOfficial: ResolversTypes['Member'], recordAttendance: ResolversTypes['HandbookMeetingPayload'], recordCadre: ResolversTypes['RecordCadrePayload'], recordCadreDiscipline: ResolversTypes['RecordCadreDisciplinePayload'], recordCheckup: ResolversTypes['RecordCheckupPayload'], recordDiscipline: ResolversTypes['RecordDisciplinePayload'], recordEvaluation: ResolversTypes['RecordEvaluationPayload'], recordExit: ResolversTypes['RecordExitPayload'], recordFeePayment: ResolversTypes['RecordFeePaymentPayload'], recordInterruption: ResolversTypes['RecordInterruptionPayload'], recordMeetingHeld: ResolversTypes['HandbookMeetingPayload'], recordMeritCare: ResolversTypes['RecordMeritCarePayload'], recordReward: ResolversTypes['RecordRewardPayload'], registerCandidate: ResolversTypes['Candidate'], registerMeritPerson: ResolversTypes['MeritPersonPayload'], reissueCard: ResolversTypes['PartyCardPayload'], reportCardLost: ResolversTypes['PartyCardPayload'], scheduleMeeting: ResolversTypes['HandbookMeetingPayload'], setFeeBasis: ResolversTypes['SetFeeBasisPayload'], settleTransfer: ResolversTypes['Transfer'], submitFeedback: ResolversTypes['DirectiveFeedbackPayload'], submitReport: ResolversTypes['SubmitReportPayload'], updateMeritPerson: ResolversTypes['MeritPersonPayload'] }>;
  ProvinceReport: ResolverTypeWrapper<ReportParent>;
  PublishDirectiveInput: PublishDirectiveInput;
  QualityCapBreach: ResolverTypeWrapper<Omit<QualityCapBreach, 'organisation'> & { organisation: ResolversTypes['PartyOrg'] }>;
  QualityCapMode: QualityCapMode;
  QualityCapWarning: ResolverTypeWrapper<Omit<QualityCapWarning, 'organisation'> & { organisation: ResolversTypes['PartyOrg'] }>;
  QualityLevel: QualityLevel;
  QualityLevelCount: ResolverTypeWrapper<QualityLevelCount>;
  QualityRating: ResolverTypeWrapper<QualityRatingRow>;
  QualityReport: ResolverTypeWrapper<Omit<QualityReport, 'organisation' | 'organisationsOverCap'> & { organisation?: Maybe<ResolversTypes['PartyOrg']>, organisationsOverCap: Array<ResolversTypes['QualityCapBreach']> }>;
  RateMemberInput: RateMemberInput;
  RateMemberPayload: ResolverTypeWrapper<Omit<RateMemberPayload, 'previous' | 'rating' | 'warnings'> & { previous?: Maybe<ResolversTypes['QualityRating']>, rating: ResolversTypes['QualityRating'], warnings: Array<ResolversTypes['QualityCapWarning']> }>;
  RecognizeOfficialInput: RecognizeOfficialInput;
  RecordAttendanceInput: RecordAttendanceInput;
  RecordCadreDisciplineInput: RecordCadreDisciplineInput;
  RecordCadreDisciplinePayload: ResolverTypeWrapper<Omit<RecordCadreDisciplinePayload, 'cadre' | 'discipline'> & { cadre: ResolversTypes['Cadre'], discipline: ResolversTypes['CadreDiscipline'] }>;
  RecordCadreInput: RecordCadreInput;
  RecordCadrePayload: ResolverTypeWrapper<Omit<RecordCadrePayload, 'cadre'> & { cadre: ResolversTypes['Cadre'] }>;
  RecordCheckupInput: RecordCheckupInput;
  RecordCheckupPayload: ResolverTypeWrapper<Omit<RecordCheckupPayload, 'cadre'> & { cadre: ResolversTypes['Cadre'] }>;
  RecordDisciplineInput: RecordDisciplineInput;
  RecordDisciplinePayload: ResolverTypeWrapper<Omit<RecordDisciplinePayload, 'discipline' | 'exit' | 'member'> & { discipline: ResolversTypes['Discipline'], exit?: Maybe<ResolversTypes['MemberExit']>, member: ResolversTypes['Member'] }>;
  RecordEvaluationInput: RecordEvaluationInput;
  RecordEvaluationPayload: ResolverTypeWrapper<Omit<RecordEvaluationPayload, 'cadre' | 'evaluation'> & { cadre: ResolversTypes['Cadre'], evaluation: ResolversTypes['CadreEvaluation'] }>;
  RecordExitInput: RecordExitInput;
  RecordExitPayload: ResolverTypeWrapper<Omit<RecordExitPayload, 'card' | 'exit' | 'member'> & { card?: Maybe<ResolversTypes['PartyCard']>, exit: ResolversTypes['MemberExit'], member: ResolversTypes['Member'] }>;
  RecordFeePaymentInput: RecordFeePaymentInput;
  RecordFeePaymentPayload: ResolverTypeWrapper<Omit<RecordFeePaymentPayload, 'payment'> & { payment: ResolversTypes['FeePayment'] }>;
  RecordInterruptionInput: RecordInterruptionInput;
  RecordInterruptionPayload: ResolverTypeWrapper<Omit<RecordInterruptionPayload, 'interruption' | 'member'> & { interruption: ResolversTypes['PartyInterruption'], member: ResolversTypes['Member'] }>;
  RecordMeetingHeldInput: RecordMeetingHeldInput;
  RecordMeritCareInput: RecordMeritCareInput;
  RecordMeritCarePayload: ResolverTypeWrapper<Omit<RecordMeritCarePayload, 'care'> & { care: ResolversTypes['MeritCare'] }>;
  RecordRewardInput: RecordRewardInput;
  RecordRewardPayload: ResolverTypeWrapper<Omit<RecordRewardPayload, 'reward'> & { reward: ResolversTypes['Reward'] }>;
  RegisterCandidateInput: RegisterCandidateInput;
  ReissueCardInput: ReissueCardInput;
  RejectedRow: ResolverTypeWrapper<RejectedRow>;
  ReportCardLostInput: ReportCardLostInput;
  ReportFigures: ResolverTypeWrapper<ReportFigures>;
  ReportSubmission: ResolverTypeWrapper<SubmissionRow>;
  Reward: ResolverTypeWrapper<RewardRow>;
  RewardConnection: ResolverTypeWrapper<Omit<RewardConnection, 'edges'> & { edges: Array<ResolversTypes['RewardEdge']> }>;
  RewardEdge: ResolverTypeWrapper<Omit<RewardEdge, 'node'> & { node: ResolversTypes['Reward'] }>;
  RewardKind: RewardKind;
  RewardKindCount: ResolverTypeWrapper<RewardKindCount>;
  ScheduleMeetingInput: ScheduleMeetingInput;
  SetFeeBasisInput: SetFeeBasisInput;
  SetFeeBasisPayload: ResolverTypeWrapper<Omit<SetFeeBasisPayload, 'basis' | 'member' | 'replaced'> & { basis: ResolversTypes['FeeBasisEntry'], member: ResolversTypes['Member'], replaced?: Maybe<ResolversTypes['FeeBasisEntry']> }>;
  SettleTransferInput: SettleTransferInput;
  Sex: Sex;
  SubmitFeedbackInput: SubmitFeedbackInput;
  SubmitReportPayload: ResolverTypeWrapper<Omit<SubmitReportPayload, 'submission'> & { submission: ResolversTypes['ReportSubmission'] }>;
  Transfer: ResolverTypeWrapper<TransferRow>;
  TransferConnection: ResolverTypeWrapper<Omit<TransferConnection, 'edges'> & { edges: Array<ResolversTypes['TransferEdge']> }>;
  TransferDecision: ResolverTypeWrapper<TransferDecision>;
  TransferDirection: TransferDirection;
  TransferEdge: ResolverTypeWrapper<Omit<TransferEdge, 'node'> & { node: ResolversTypes['Transfer'] }>;
  TransferKind: TransferKind;
  TransferMessage: ResolverTypeWrapper<TransferRow>;
  TransferMessageInput: TransferMessageInput;
  TransferPayload: ResolverTypeWrapper<Omit<TransferPayload, 'transfer'> & { transfer: ResolversTypes['Transfer'] }>;
  TransferState: TransferState;
  UnconfirmedReceipt: ResolverTypeWrapper<UnconfirmedReceipt>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AdmitMemberInput: AdmitMemberInput;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  AdmitMemberPayload: Omit<AdmitMemberPayload, 'candidate' | 'member'> & { candidate: ResolversParentTypes['Candidate'], member: ResolversParentTypes['Member'] };
  AnswerFeedbackInput: AnswerFeedbackInput;
  Boolean: Scalars['Boolean']['output'];
  Attendance: AttendanceRow;
  AttendanceEntry: AttendanceEntry;
  AuditEntry: AuditRow;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> };
  Int: Scalars['Int']['output'];
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditFilter: AuditFilter;
  AwardBadgeInput: AwardBadgeInput;
  AwardBadgePayload: Omit<AwardBadgePayload, 'award'> & { award: ResolversParentTypes['BadgeAward'] };
  BadgeAward: BadgeAwardRow;
  BadgeDue: BadgeDueRow;
  BadgeDueConnection: Omit<BadgeDueConnection, 'edges'> & { edges: Array<ResolversParentTypes['BadgeDueEdge']> };
  BadgeDueEdge: Omit<BadgeDueEdge, 'node'> & { node: ResolversParentTypes['BadgeDue'] };
  BadgeFigures: Omit<BadgeFigures, 'byMilestone'> & { byMilestone: Array<ResolversParentTypes['BadgeMilestoneFigures']> };
  BadgeMilestoneFigures: BadgeMilestoneFiguresRow;
  Cadre: CadreRow;
  Float: Scalars['Float']['output'];
  CadreCheckup: CadreCheckup;
  CadreConnection: Omit<CadreConnection, 'edges'> & { edges: Array<ResolversParentTypes['CadreEdge']> };
  CadreDiscipline: CadreDisciplineRow;
  CadreEdge: Omit<CadreEdge, 'node'> & { node: ResolversParentTypes['Cadre'] };
  CadreEvaluation: CadreEvaluationRow;
  CadreGradePromotion: CadreGradePromotion;
  CadreGradePromotionGranted: CadreGradePromotionRow;
  CadreRetirement: CadreRetirement;
  CadreStepRaise: CadreStepRaise;
  CadreStepRaiseGranted: CadreStepRaiseRow;
  CancelMeetingInput: CancelMeetingInput;
  CancelTransferInput: CancelTransferInput;
  Candidate: CandidateRow;
  CandidateConnection: Omit<CandidateConnection, 'edges'> & { edges: Array<ResolversParentTypes['CandidateEdge']> };
  CandidateEdge: Omit<CandidateEdge, 'node'> & { node: ResolversParentTypes['Candidate'] };
  CardFigures: CardFigures;
  CarrierOutbox: CarrierOutboxParent;
  CitizenIdHash: CitizenIdHash;
  CorrectMemberInput: CorrectMemberInput;
  CorrectMemberPayload: Omit<CorrectMemberPayload, 'correction' | 'member'> & { correction: ResolversParentTypes['MemberCorrection'], member: ResolversParentTypes['Member'] };
  Count: Count;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Directive: DirectiveRow;
  DirectiveConnection: Omit<DirectiveConnection, 'edges'> & { edges: Array<ResolversParentTypes['DirectiveEdge']> };
  DirectiveEdge: Omit<DirectiveEdge, 'node'> & { node: ResolversParentTypes['Directive'] };
  DirectiveFeedback: DirectiveFeedbackRow;
  DirectiveFeedbackConnection: Omit<DirectiveFeedbackConnection, 'edges'> & { edges: Array<ResolversParentTypes['DirectiveFeedbackEdge']> };
  DirectiveFeedbackEdge: Omit<DirectiveFeedbackEdge, 'node'> & { node: ResolversParentTypes['DirectiveFeedback'] };
  DirectiveFeedbackPayload: Omit<DirectiveFeedbackPayload, 'feedback'> & { feedback: ResolversParentTypes['DirectiveFeedback'] };
  DirectivePayload: Omit<DirectivePayload, 'directive'> & { directive: ResolversParentTypes['Directive'] };
  DirectiveReport: DirectiveReportRow;
  Discipline: DisciplineRow;
  DisciplineConnection: Omit<DisciplineConnection, 'edges'> & { edges: Array<ResolversParentTypes['DisciplineEdge']> };
  DisciplineEdge: Omit<DisciplineEdge, 'node'> & { node: ResolversParentTypes['Discipline'] };
  DisciplineMeasureCount: DisciplineMeasureCount;
  Education: Education;
  EndExemptionInput: EndExemptionInput;
  ExcusedStreak: ExcusedStreakRow;
  ExcusedStreakConnection: Omit<ExcusedStreakConnection, 'edges'> & { edges: Array<ResolversParentTypes['ExcusedStreakEdge']> };
  ExcusedStreakEdge: Omit<ExcusedStreakEdge, 'node'> & { node: ResolversParentTypes['ExcusedStreak'] };
  ExemptMemberInput: ExemptMemberInput;
  Exemption: ExemptionRow;
  ExemptionConnection: Omit<ExemptionConnection, 'edges'> & { edges: Array<ResolversParentTypes['ExemptionEdge']> };
  ExemptionEdge: Omit<ExemptionEdge, 'node'> & { node: ResolversParentTypes['Exemption'] };
  ExemptionPayload: Omit<ExemptionPayload, 'exemption' | 'member'> & { exemption: ResolversParentTypes['Exemption'], member: ResolversParentTypes['Member'] };
  ExitCount: ExitCount;
  FeeArrear: Omit<FeeArrear, 'member'> & { member: ResolversParentTypes['Member'] };
  FeeArrearEdge: Omit<FeeArrearEdge, 'node'> & { node: ResolversParentTypes['FeeArrear'] };
  FeeArrearsConnection: Omit<FeeArrearsConnection, 'edges'> & { edges: Array<ResolversParentTypes['FeeArrearEdge']> };
  FeeBasisEntry: FeeBasisRow;
  FeeMonth: FeeMonthRow;
  FeePayment: FeePaymentRow;
  FeeRates: FeeRates;
  FeeReport: FeeReportParent;
  FeeStatement: Omit<FeeStatement, 'member' | 'months'> & { member: ResolversParentTypes['Member'], months: Array<ResolversParentTypes['FeeMonth']> };
  FieldChange: FieldChange;
  FigureDifference: FigureDifference;
  GradePromotionReason: GradePromotionReason;
  GrantStepRaiseInput: GrantStepRaiseInput;
  GrantStepRaisePayload: Omit<GrantStepRaisePayload, 'cadre' | 'raise'> & { cadre: ResolversParentTypes['Cadre'], raise: ResolversParentTypes['CadreStepRaiseGranted'] };
  HandbookMeeting: HandbookMeetingRow;
  HandbookMeetingConnection: Omit<HandbookMeetingConnection, 'edges'> & { edges: Array<ResolversParentTypes['HandbookMeetingEdge']> };
  HandbookMeetingEdge: Omit<HandbookMeetingEdge, 'node'> & { node: ResolversParentTypes['HandbookMeeting'] };
  HandbookMeetingPayload: Omit<HandbookMeetingPayload, 'meeting'> & { meeting: ResolversParentTypes['HandbookMeeting'] };
  HandbookReport: HandbookReportRow;
  ImportMembersCsvInput: ImportMembersCsvInput;
  ImportMembersCsvPayload: Omit<ImportMembersCsvPayload, 'import'> & { import?: Maybe<ResolversParentTypes['MemberImport']> };
  IssueCardInput: IssueCardInput;
  IssueTransferInput: IssueTransferInput;
  MarkDirectiveReadInput: MarkDirectiveReadInput;
  MarkDirectiveReadPayload: Omit<MarkDirectiveReadPayload, 'directive' | 'member'> & { directive: ResolversParentTypes['Directive'], member: ResolversParentTypes['Member'] };
  Meeting: MeetingRow;
  MeetingConnection: Omit<MeetingConnection, 'edges'> & { edges: Array<ResolversParentTypes['MeetingEdge']> };
  MeetingEdge: Omit<MeetingEdge, 'node'> & { node: ResolversParentTypes['Meeting'] };
  Member: MemberRow;
  MemberConnection: Omit<MemberConnection, 'edges'> & { edges: Array<ResolversParentTypes['MemberEdge']> };
  MemberCorrection: CorrectionRow;
  MemberDirective: MemberDirectiveRow;
  MemberDirectiveConnection: Omit<MemberDirectiveConnection, 'edges'> & { edges: Array<ResolversParentTypes['MemberDirectiveEdge']> };
  MemberDirectiveEdge: Omit<MemberDirectiveEdge, 'node'> & { node: ResolversParentTypes['MemberDirective'] };
  MemberEdge: Omit<MemberEdge, 'node'> & { node: ResolversParentTypes['Member'] };
  MemberExit: ExitRow;
  MemberExitConnection: Omit<MemberExitConnection, 'edges'> & { edges: Array<ResolversParentTypes['MemberExitEdge']> };
  MemberExitEdge: Omit<MemberExitEdge, 'node'> & { node: ResolversParentTypes['MemberExit'] };
  MemberFilter: MemberFilter;
  MemberImport: ImportRow;
  MeritCare: MeritCareRow;
  MeritCareDueConnection: Omit<MeritCareDueConnection, 'edges' | 'occasion'> & { edges: Array<ResolversParentTypes['MeritPersonEdge']>, occasion: ResolversParentTypes['MeritOccasion'] };
  MeritCareFigures: Omit<MeritCareFigures, 'occasion'> & { occasion: ResolversParentTypes['MeritOccasion'] };
  MeritOccasion: Occasion;
  MeritOccasionInput: MeritOccasionInput;
  MeritPerson: MeritPersonRow;
  MeritPersonConnection: Omit<MeritPersonConnection, 'edges'> & { edges: Array<ResolversParentTypes['MeritPersonEdge']> };
  MeritPersonEdge: Omit<MeritPersonEdge, 'node'> & { node: ResolversParentTypes['MeritPerson'] };
  MeritPersonInput: MeritPersonInput;
  MeritPersonPayload: Omit<MeritPersonPayload, 'person'> & { person: ResolversParentTypes['MeritPerson'] };
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PartyCard: PartyCardRow;
  PartyCardPayload: Omit<PartyCardPayload, 'card' | 'member' | 'previous'> & { card: ResolversParentTypes['PartyCard'], member: ResolversParentTypes['Member'], previous?: Maybe<ResolversParentTypes['PartyCard']> };
  PartyInterruption: InterruptionRow;
  PartyOrg: OrgRow;
  PromoteGradeInput: PromoteGradeInput;
  PromoteGradePayload: Omit<PromoteGradePayload, 'cadre' | 'promotion'> & { cadre: ResolversParentTypes['Cadre'], promotion: ResolversParentTypes['CadreGradePromotionGranted'] };
  Province: ResolversInterfaceTypes<ResolversParentTypes>['Province'];
  Province01: Omit<Province01, 'auditLog' | 'badgesDue' | 'cadre' | 'cadresCheckupDue' | 'cadresDueStepRaise' | 'cadresEligibleForGradePromotion' | 'cadresNotEvaluated' | 'cadresRetiring' | 'candidates' | 'carrierOutbox' | 'directive' | 'directives' | 'disciplines' | 'excusedInARow' | 'exemptMembers' | 'exits' | 'feeArrears' | 'feeStatement' | 'handbookMeeting' | 'handbookMeetings' | 'meetings' | 'member' | 'memberDirectives' | 'memberImports' | 'members' | 'meritCareDue' | 'meritPeople' | 'officialMembersWithoutCard' | 'openFeedback' | 'organisation' | 'overdueProbationaryMembers' | 'partyCard' | 'qualityReport' | 'report' | 'reportRevisions' | 'rewards' | 'rootOrganisation' | 'submittedReport' | 'transfer' | 'transfers'> & { auditLog?: Maybe<ResolversParentTypes['AuditEntryConnection']>, badgesDue?: Maybe<ResolversParentTypes['BadgeDueConnection']>, cadre?: Maybe<ResolversParentTypes['Cadre']>, cadresCheckupDue?: Maybe<ResolversParentTypes['CadreConnection']>, cadresDueStepRaise?: Maybe<ResolversParentTypes['CadreConnection']>, cadresEligibleForGradePromotion?: Maybe<ResolversParentTypes['CadreConnection']>, cadresNotEvaluated?: Maybe<ResolversParentTypes['CadreConnection']>, cadresRetiring?: Maybe<ResolversParentTypes['CadreConnection']>, candidates?: Maybe<ResolversParentTypes['CandidateConnection']>, carrierOutbox?: Maybe<ResolversParentTypes['CarrierOutbox']>, directive?: Maybe<ResolversParentTypes['Directive']>, directives?: Maybe<ResolversParentTypes['DirectiveConnection']>, disciplines?: Maybe<ResolversParentTypes['DisciplineConnection']>, excusedInARow?: Maybe<ResolversParentTypes['ExcusedStreakConnection']>, exemptMembers?: Maybe<ResolversParentTypes['ExemptionConnection']>, exits?: Maybe<ResolversParentTypes['MemberExitConnection']>, feeArrears?: Maybe<ResolversParentTypes['FeeArrearsConnection']>, feeStatement?: Maybe<ResolversParentTypes['FeeStatement']>, handbookMeeting?: Maybe<ResolversParentTypes['HandbookMeeting']>, handbookMeetings?: Maybe<ResolversParentTypes['HandbookMeetingConnection']>, meetings?: Maybe<ResolversParentTypes['MeetingConnection']>, member?: Maybe<ResolversParentTypes['Member']>, memberDirectives?: Maybe<ResolversParentTypes['MemberDirectiveConnection']>, memberImports?: Maybe<Array<ResolversParentTypes['MemberImport']>>, members?: Maybe<ResolversParentTypes['MemberConnection']>, meritCareDue?: Maybe<ResolversParentTypes['MeritCareDueConnection']>, meritPeople?: Maybe<ResolversParentTypes['MeritPersonConnection']>, officialMembersWithoutCard?: Maybe<ResolversParentTypes['MemberConnection']>, openFeedback?: Maybe<ResolversParentTypes['DirectiveFeedbackConnection']>, organisation?: Maybe<ResolversParentTypes['PartyOrg']>, overdueProbationaryMembers?: Maybe<Array<ResolversParentTypes['Member']>>, partyCard?: Maybe<ResolversParentTypes['PartyCard']>, qualityReport?: Maybe<ResolversParentTypes['QualityReport']>, report?: Maybe<ResolversParentTypes['ProvinceReport']>, reportRevisions?: Maybe<Array<ResolversParentTypes['ReportSubmission']>>, rewards?: Maybe<ResolversParentTypes['RewardConnection']>, rootOrganisation?: Maybe<ResolversParentTypes['PartyOrg']>, submittedReport?: Maybe<ResolversParentTypes['ReportSubmission']>, transfer?: Maybe<ResolversParentTypes['Transfer']>, transfers?: Maybe<ResolversParentTypes['TransferConnection']> } | FederationReferenceTypes['Province01'];
  ProvinceMutations: Omit<ProvinceMutations, 'admitMember' | 'answerFeedback' | 'awardBadge' | 'cancelMeeting' | 'cancelTransfer' | 'confirmTransferSettled' | 'correctMember' | 'endExemption' | 'exemptMember' | 'grantStepRaise' | 'importMembersCsv' | 'issueCard' | 'issueTransfer' | 'markDirectiveRead' | 'markReportDelivered' | 'promoteGrade' | 'publishDirective' | 'rateMember' | 'recognizeOfficial' | 'recordAttendance' | 'recordCadre' | 'recordCadreDiscipline' | 'recordCheckup' | 'recordDiscipline' | 'recordEvaluation' | 'recordExit' | 'recordFeePayment' | 'recordInterruption' | 'recordMeetingHeld' | 'recordMeritCare' | 'recordReward' | 'registerCandidate' | 'registerMeritPerson' | 'reissueCard' | 'reportCardLost' | 'scheduleMeeting' | 'setFeeBasis' | 'settleTransfer' | 'submitFeedback' | 'submitReport' | 'updateMeritPerson'> & { admitMember: ResolversParentTypes['AdmitMemberPayload'], answerFeedback: ResolversParentTypes['DirectiveFeedbackPayload'], awardBadge: ResolversParentTypes['AwardBadgePayload'], cancelMeeting: ResolversParentTypes['HandbookMeetingPayload'], cancelTransfer: ResolversParentTypes['TransferPayload'], confirmTransferSettled: ResolversParentTypes['Transfer'], correctMember: ResolversParentTypes['CorrectMemberPayload'], endExemption: ResolversParentTypes['ExemptionPayload'], exemptMember: ResolversParentTypes['ExemptionPayload'], grantStepRaise: ResolversParentTypes['GrantStepRaisePayload'], importMembersCsv: ResolversParentTypes['ImportMembersCsvPayload'], issueCard: ResolversParentTypes['PartyCardPayload'], issueTransfer: ResolversParentTypes['TransferPayload'], markDirectiveRead: ResolversParentTypes['MarkDirectiveReadPayload'], markReportDelivered: ResolversParentTypes['ReportSubmission'], promoteGrade: ResolversParentTypes['PromoteGradePayload'], publishDirective: ResolversParentTypes['DirectivePayload'], rateMember: ResolversParentTypes['RateMemberPayload'], recognizeOfficial: ResolversParentTypes['Member'], recordAttendance: ResolversParentTypes['HandbookMeetingPayload'], recordCadre: ResolversParentTypes['RecordCadrePayload'], recordCadreDiscipline: ResolversParentTypes['RecordCadreDisciplinePayload'], recordCheckup: ResolversParentTypes['RecordCheckupPayload'], recordDiscipline: ResolversParentTypes['RecordDisciplinePayload'], recordEvaluation: ResolversParentTypes['RecordEvaluationPayload'], recordExit: ResolversParentTypes['RecordExitPayload'], recordFeePayment: ResolversParentTypes['RecordFeePaymentPayload'], recordInterruption: ResolversParentTypes['RecordInterruptionPayload'], recordMeetingHeld: ResolversParentTypes['HandbookMeetingPayload'], recordMeritCare: ResolversParentTypes['RecordMeritCarePayload'], recordReward: ResolversParentTypes['RecordRewardPayload'], registerCandidate: ResolversParentTypes['Candidate'], registerMeritPerson: ResolversParentTypes['MeritPersonPayload'], reissueCard: ResolversParentTypes['PartyCardPayload'], reportCardLost: ResolversParentTypes['PartyCardPayload'], scheduleMeeting: ResolversParentTypes['HandbookMeetingPayload'], setFeeBasis: ResolversParentTypes['SetFeeBasisPayload'], settleTransfer: ResolversParentTypes['Transfer'], submitFeedback: ResolversParentTypes['DirectiveFeedbackPayload'], submitReport: ResolversParentTypes['SubmitReportPayload'], updateMeritPerson: ResolversParentTypes['MeritPersonPayload'] };
  ProvinceReport: ReportParent;
  PublishDirectiveInput: PublishDirectiveInput;
  QualityCapBreach: Omit<QualityCapBreach, 'organisation'> & { organisation: ResolversParentTypes['PartyOrg'] };
  QualityCapWarning: Omit<QualityCapWarning, 'organisation'> & { organisation: ResolversParentTypes['PartyOrg'] };
  QualityLevelCount: QualityLevelCount;
  QualityRating: QualityRatingRow;
  QualityReport: Omit<QualityReport, 'organisation' | 'organisationsOverCap'> & { organisation?: Maybe<ResolversParentTypes['PartyOrg']>, organisationsOverCap: Array<ResolversParentTypes['QualityCapBreach']> };
  RateMemberInput: RateMemberInput;
  RateMemberPayload: Omit<RateMemberPayload, 'previous' | 'rating' | 'warnings'> & { previous?: Maybe<ResolversParentTypes['QualityRating']>, rating: ResolversParentTypes['QualityRating'], warnings: Array<ResolversParentTypes['QualityCapWarning']> };
  RecognizeOfficialInput: RecognizeOfficialInput;
  RecordAttendanceInput: RecordAttendanceInput;
  RecordCadreDisciplineInput: RecordCadreDisciplineInput;
  RecordCadreDisciplinePayload: Omit<RecordCadreDisciplinePayload, 'cadre' | 'discipline'> & { cadre: ResolversParentTypes['Cadre'], discipline: ResolversParentTypes['CadreDiscipline'] };
  RecordCadreInput: RecordCadreInput;
  RecordCadrePayload: Omit<RecordCadrePayload, 'cadre'> & { cadre: ResolversParentTypes['Cadre'] };
  RecordCheckupInput: RecordCheckupInput;
  RecordCheckupPayload: Omit<RecordCheckupPayload, 'cadre'> & { cadre: ResolversParentTypes['Cadre'] };
  RecordDisciplineInput: RecordDisciplineInput;
  RecordDisciplinePayload: Omit<RecordDisciplinePayload, 'discipline' | 'exit' | 'member'> & { discipline: ResolversParentTypes['Discipline'], exit?: Maybe<ResolversParentTypes['MemberExit']>, member: ResolversParentTypes['Member'] };
  RecordEvaluationInput: RecordEvaluationInput;
  RecordEvaluationPayload: Omit<RecordEvaluationPayload, 'cadre' | 'evaluation'> & { cadre: ResolversParentTypes['Cadre'], evaluation: ResolversParentTypes['CadreEvaluation'] };
  RecordExitInput: RecordExitInput;
  RecordExitPayload: Omit<RecordExitPayload, 'card' | 'exit' | 'member'> & { card?: Maybe<ResolversParentTypes['PartyCard']>, exit: ResolversParentTypes['MemberExit'], member: ResolversParentTypes['Member'] };
  RecordFeePaymentInput: RecordFeePaymentInput;
  RecordFeePaymentPayload: Omit<RecordFeePaymentPayload, 'payment'> & { payment: ResolversParentTypes['FeePayment'] };
  RecordInterruptionInput: RecordInterruptionInput;
  RecordInterruptionPayload: Omit<RecordInterruptionPayload, 'interruption' | 'member'> & { interruption: ResolversParentTypes['PartyInterruption'], member: ResolversParentTypes['Member'] };
  RecordMeetingHeldInput: RecordMeetingHeldInput;
  RecordMeritCareInput: RecordMeritCareInput;
  RecordMeritCarePayload: Omit<RecordMeritCarePayload, 'care'> & { care: ResolversParentTypes['MeritCare'] };
  RecordRewardInput: RecordRewardInput;
  RecordRewardPayload: Omit<RecordRewardPayload, 'reward'> & { reward: ResolversParentTypes['Reward'] };
  RegisterCandidateInput: RegisterCandidateInput;
  ReissueCardInput: ReissueCardInput;
  RejectedRow: RejectedRow;
  ReportCardLostInput: ReportCardLostInput;
  ReportFigures: ReportFigures;
  ReportSubmission: SubmissionRow;
  Reward: RewardRow;
  RewardConnection: Omit<RewardConnection, 'edges'> & { edges: Array<ResolversParentTypes['RewardEdge']> };
  RewardEdge: Omit<RewardEdge, 'node'> & { node: ResolversParentTypes['Reward'] };
  RewardKindCount: RewardKindCount;
  ScheduleMeetingInput: ScheduleMeetingInput;
  SetFeeBasisInput: SetFeeBasisInput;
  SetFeeBasisPayload: Omit<SetFeeBasisPayload, 'basis' | 'member' | 'replaced'> & { basis: ResolversParentTypes['FeeBasisEntry'], member: ResolversParentTypes['Member'], replaced?: Maybe<ResolversParentTypes['FeeBasisEntry']> };
  SettleTransferInput: SettleTransferInput;
  SubmitFeedbackInput: SubmitFeedbackInput;
  SubmitReportPayload: Omit<SubmitReportPayload, 'submission'> & { submission: ResolversParentTypes['ReportSubmission'] };
  Transfer: TransferRow;
  TransferConnection: Omit<TransferConnection, 'edges'> & { edges: Array<ResolversParentTypes['TransferEdge']> };
  TransferDecision: TransferDecision;
  TransferEdge: Omit<TransferEdge, 'node'> & { node: ResolversParentTypes['Transfer'] };
  TransferMessage: TransferRow;
  TransferMessageInput: TransferMessageInput;
  TransferPayload: Omit<TransferPayload, 'transfer'> & { transfer: ResolversParentTypes['Transfer'] };
  UnconfirmedReceipt: UnconfirmedReceipt;
};

export type AdmitMemberPayloadResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['AdmitMemberPayload'] = ResolversParentTypes['AdmitMemberPayload']> = {
  candidate?: Resolver<ResolversTypes['Candidate'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
};

export type AttendanceResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['Attendance'] = ResolversParentTypes['Attendance']> = {
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  presence?: Resolver<ResolversTypes['Presence'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  details?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type AwardBadgePayloadResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['AwardBadgePayload'] = ResolversParentTypes['AwardBadgePayload']> = {
  award?: Resolver<ResolversTypes['BadgeAward'], ParentType, ContextType>;
};

export type BadgeAwardResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['BadgeAward'] = ResolversParentTypes['BadgeAward']> = {
  ceremony?: Resolver<ResolversTypes['Ceremony'], ParentType, ContextType>;
  ceremonyDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decisionNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  earlyReason?: Resolver<Maybe<ResolversTypes['EarlyAwardReason']>, ParentType, ContextType>;
  eligibleOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  milestone?: Resolver<ResolversTypes['BadgeMilestone'], ParentType, ContextType>;
  posthumous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BadgeDueResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['BadgeDue'] = ResolversParentTypes['BadgeDue']> = {
  ceremony?: Resolver<ResolversTypes['Ceremony'], ParentType, ContextType>;
  ceremonyDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  eligibleOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  interruptionDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  milestone?: Resolver<ResolversTypes['BadgeMilestone'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BadgeDueConnectionResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['BadgeDueConnection'] = ResolversParentTypes['BadgeDueConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BadgeDueEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BadgeDueEdgeResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['BadgeDueEdge'] = ResolversParentTypes['BadgeDueEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BadgeDue'], ParentType, ContextType>;
};

export type BadgeFiguresResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['BadgeFigures'] = ResolversParentTypes['BadgeFigures']> = {
  byMilestone?: Resolver<Array<ResolversTypes['BadgeMilestoneFigures']>, ParentType, ContextType>;
  ceremony?: Resolver<ResolversTypes['Ceremony'], ParentType, ContextType>;
  ceremonyDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type BadgeMilestoneFiguresResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['BadgeMilestoneFigures'] = ResolversParentTypes['BadgeMilestoneFigures']> = {
  awarded?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  due?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  milestone?: Resolver<ResolversTypes['BadgeMilestone'], ParentType, ContextType>;
};

export type CadreResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['Cadre'] = ResolversParentTypes['Cadre']> = {
  birthDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  checkup?: Resolver<ResolversTypes['CadreCheckup'], ParentType, ContextType, Partial<CadreCheckupArgs>>;
  coefficient?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  disciplines?: Resolver<Array<ResolversTypes['CadreDiscipline']>, ParentType, ContextType>;
  evaluations?: Resolver<Array<ResolversTypes['CadreEvaluation']>, ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gradeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gradeLevel?: Resolver<ResolversTypes['GradeLevel'], ParentType, ContextType>;
  gradePromotion?: Resolver<ResolversTypes['CadreGradePromotion'], ParentType, ContextType, Partial<CadreGradePromotionArgs>>;
  gradePromotions?: Resolver<Array<ResolversTypes['CadreGradePromotionGranted']>, ParentType, ContextType>;
  gradeSince?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastCheckup?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['CadreLevel'], ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  nextStepRaise?: Resolver<ResolversTypes['CadreStepRaise'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retirement?: Resolver<ResolversTypes['CadreRetirement'], ParentType, ContextType>;
  salaryScale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['Sex'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stepRaises?: Resolver<Array<ResolversTypes['CadreStepRaiseGranted']>, ParentType, ContextType>;
  stepSince?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type CadreCheckupResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['CadreCheckup'] = ResolversParentTypes['CadreCheckup']> = {
  dueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CheckupStatus'], ParentType, ContextType>;
};

export type CadreConnectionResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['CadreConnection'] = ResolversParentTypes['CadreConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CadreEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CadreDisciplineResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['CadreDiscipline'] = ResolversParentTypes['CadreDiscipline']> = {
  decidedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decisionNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['DisciplineMeasure'], ParentType, ContextType>;
};

export type CadreEdgeResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['CadreEdge'] = ResolversParentTypes['CadreEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Cadre'], ParentType, ContextType>;
};

export type CadreEvaluationResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['CadreEvaluation'] = ResolversParentTypes['CadreEvaluation']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evaluatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evaluatedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['EvaluationResult'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CadreGradePromotionResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['CadreGradePromotion'] = ResolversParentTypes['CadreGradePromotion']> = {
  eligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  eligibleFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  minMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['GradePromotionReason']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toGradeCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CadreGradePromotionGrantedResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['CadreGradePromotionGranted'] = ResolversParentTypes['CadreGradePromotionGranted']> = {
  coefficient?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  decidedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decisionNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromGradeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromGradeLevel?: Resolver<ResolversTypes['GradeLevel'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  toGradeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toGradeLevel?: Resolver<ResolversTypes['GradeLevel'], ParentType, ContextType>;
};

export type CadreRetirementResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['CadreRetirement'] = ResolversParentTypes['CadreRetirement']> = {
  ageMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ageYears?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  noticeFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reachesAgeOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  retiresOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CadreStepRaiseResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['CadreStepRaise'] = ResolversParentTypes['CadreStepRaise']> = {
  delayMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  earlyMaxMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  earlyMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CadreStepRaiseGrantedResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['CadreStepRaiseGranted'] = ResolversParentTypes['CadreStepRaiseGranted']> = {
  coefficient?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  decisionNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  earlyMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fromStep?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  raisedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  toStep?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CandidateResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['Candidate'] = ResolversParentTypes['Candidate']> = {
  awarenessCertificateOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  birthDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  cell?: Resolver<ResolversTypes['PartyOrg'], ParentType, ContextType>;
  citizenId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decisionDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  decisionNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ethnicityCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  introducers?: Resolver<Array<ResolversTypes['Member']>, ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  religionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['Sex'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['CandidateState'], ParentType, ContextType>;
};

export type CandidateConnectionResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['CandidateConnection'] = ResolversParentTypes['CandidateConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CandidateEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CandidateEdgeResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['CandidateEdge'] = ResolversParentTypes['CandidateEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Candidate'], ParentType, ContextType>;
};

export type CardFiguresResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['CardFigures'] = ResolversParentTypes['CardFigures']> = {
  issued?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  officialWithoutCard?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reissued?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CarrierOutboxResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['CarrierOutbox'] = ResolversParentTypes['CarrierOutbox']> = {
  reports?: Resolver<Array<ResolversTypes['ReportSubmission']>, ParentType, ContextType>;
  transfers?: Resolver<Array<ResolversTypes['TransferMessage']>, ParentType, ContextType>;
  unconfirmedReceipts?: Resolver<Array<ResolversTypes['UnconfirmedReceipt']>, ParentType, ContextType>;
};

export type CitizenIdHashResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['CitizenIdHash'] = ResolversParentTypes['CitizenIdHash']> = {
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transferId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type CorrectMemberPayloadResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['CorrectMemberPayload'] = ResolversParentTypes['CorrectMemberPayload']> = {
  correction?: Resolver<ResolversTypes['MemberCorrection'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
};

export type CountResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['Count'] = ResolversParentTypes['Count']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DirectiveResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['Directive'] = ResolversParentTypes['Directive']> = {
  audience?: Resolver<Array<ResolversTypes['PartyOrg']>, ParentType, ContextType>;
  audienceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  docNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  feedback?: Resolver<Array<ResolversTypes['DirectiveFeedback']>, ParentType, ContextType, Partial<DirectiveFeedbackArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['PartyOrg'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  readCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  readRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DirectiveConnectionResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['DirectiveConnection'] = ResolversParentTypes['DirectiveConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DirectiveEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DirectiveEdgeResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['DirectiveEdge'] = ResolversParentTypes['DirectiveEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Directive'], ParentType, ContextType>;
};

export type DirectiveFeedbackResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['DirectiveFeedback'] = ResolversParentTypes['DirectiveFeedback']> = {
  answer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  answeredBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  directive?: Resolver<ResolversTypes['Directive'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FeedbackStatus'], ParentType, ContextType>;
};

export type DirectiveFeedbackConnectionResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['DirectiveFeedbackConnection'] = ResolversParentTypes['DirectiveFeedbackConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DirectiveFeedbackEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DirectiveFeedbackEdgeResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['DirectiveFeedbackEdge'] = ResolversParentTypes['DirectiveFeedbackEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DirectiveFeedback'], ParentType, ContextType>;
};

export type DirectiveFeedbackPayloadResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['DirectiveFeedbackPayload'] = ResolversParentTypes['DirectiveFeedbackPayload']> = {
  feedback?: Resolver<ResolversTypes['DirectiveFeedback'], ParentType, ContextType>;
};

export type DirectivePayloadResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['DirectivePayload'] = ResolversParentTypes['DirectivePayload']> = {
  directive?: Resolver<ResolversTypes['Directive'], ParentType, ContextType>;
};

export type DirectiveReportResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['DirectiveReport'] = ResolversParentTypes['DirectiveReport']> = {
  directivesPublished?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  feedbackAnswered?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  feedbackReceived?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  openFeedback?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DisciplineResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['Discipline'] = ResolversParentTypes['Discipline']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decisionNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForceUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['DecisionLevel'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['DisciplineMeasure'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  post?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type DisciplineConnectionResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['DisciplineConnection'] = ResolversParentTypes['DisciplineConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DisciplineEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DisciplineEdgeResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['DisciplineEdge'] = ResolversParentTypes['DisciplineEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Discipline'], ParentType, ContextType>;
};

export type DisciplineMeasureCountResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['DisciplineMeasureCount'] = ResolversParentTypes['DisciplineMeasureCount']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['DisciplineMeasure'], ParentType, ContextType>;
};

export type EducationResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['Education'] = ResolversParentTypes['Education']> = {
  general?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  politicalTheory?: Resolver<Maybe<ResolversTypes['PoliticalTheoryLevel']>, ParentType, ContextType>;
  professional?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ExcusedStreakResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['ExcusedStreak'] = ResolversParentTypes['ExcusedStreak']> = {
  firstMeetingAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lastMeetingAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  timesInARow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ExcusedStreakConnectionResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['ExcusedStreakConnection'] = ResolversParentTypes['ExcusedStreakConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ExcusedStreakEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ExcusedStreakEdgeResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['ExcusedStreakEdge'] = ResolversParentTypes['ExcusedStreakEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ExcusedStreak'], ParentType, ContextType>;
};

export type ExemptionResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['Exemption'] = ResolversParentTypes['Exemption']> = {
  endResolutionNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['ExemptionReason'], ParentType, ContextType>;
  resolutionNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ExemptionConnectionResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['ExemptionConnection'] = ResolversParentTypes['ExemptionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ExemptionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ExemptionEdgeResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['ExemptionEdge'] = ResolversParentTypes['ExemptionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Exemption'], ParentType, ContextType>;
};

export type ExemptionPayloadResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['ExemptionPayload'] = ResolversParentTypes['ExemptionPayload']> = {
  exemption?: Resolver<ResolversTypes['Exemption'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
};

export type ExitCountResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['ExitCount'] = ResolversParentTypes['ExitCount']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ExitType'], ParentType, ContextType>;
};

export type FeeArrearResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['FeeArrear'] = ResolversParentTypes['FeeArrear']> = {
  amountOwedVnd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  unpaidMonths?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FeeArrearEdgeResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['FeeArrearEdge'] = ResolversParentTypes['FeeArrearEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FeeArrear'], ParentType, ContextType>;
};

export type FeeArrearsConnectionResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['FeeArrearsConnection'] = ResolversParentTypes['FeeArrearsConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FeeArrearEdge']>, ParentType, ContextType>;
  fromMonth?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  toMonth?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FeeBasisEntryResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['FeeBasisEntry'] = ResolversParentTypes['FeeBasisEntry']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  baseAmountVnd?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['FeeBasis'], ParentType, ContextType>;
  effectiveMonth?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exemptionReason?: Resolver<Maybe<ResolversTypes['FeeExemptionReason']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reductionMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reductionPercent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FeeMonthResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['FeeMonth'] = ResolversParentTypes['FeeMonth']> = {
  amountDueVnd?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  baseAmountVnd?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  basis?: Resolver<Maybe<ResolversTypes['FeeBasis']>, ParentType, ContextType>;
  channel?: Resolver<Maybe<ResolversTypes['FeeChannel']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paidOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  paidVnd?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  partyAgeExempt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  province?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reductionPercent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FeeMonthStatus'], ParentType, ContextType>;
};

export type FeePaymentResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['FeePayment'] = ResolversParentTypes['FeePayment']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  amountDueVnd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  amountVnd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['FeeBasis'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['FeeChannel'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paidOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  receiptNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type FeeRatesResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['FeeRates'] = ResolversParentTypes['FeeRates']> = {
  effectiveFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveUntil?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  exemptPartyAgeYears?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxReductionMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  otherPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  pensionPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reductionPercents?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  socialInsurancePercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  studentMonthlyVnd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FeeReportResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['FeeReport'] = ResolversParentTypes['FeeReport']> = {
  amountCollectedVnd?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  amountDueVnd?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  collectionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  membersDue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  membersInArrears?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  membersPaid?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  membersWithoutBasis?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type FeeStatementResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['FeeStatement'] = ResolversParentTypes['FeeStatement']> = {
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['FeeMonth']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalDueVnd?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalPaidVnd?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unpaidMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FigureDifferenceResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['FigureDifference'] = ResolversParentTypes['FigureDifference']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  live?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  submitted?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GradePromotionReasonResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['GradePromotionReason'] = ResolversParentTypes['GradePromotionReason']> = {
  kind?: Resolver<ResolversTypes['GradePromotionReasonKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type GrantStepRaisePayloadResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['GrantStepRaisePayload'] = ResolversParentTypes['GrantStepRaisePayload']> = {
  cadre?: Resolver<ResolversTypes['Cadre'], ParentType, ContextType>;
  raise?: Resolver<ResolversTypes['CadreStepRaiseGranted'], ParentType, ContextType>;
};

export type HandbookMeetingResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['HandbookMeeting'] = ResolversParentTypes['HandbookMeeting']> = {
  attendance?: Resolver<Array<ResolversTypes['Attendance']>, ParentType, ContextType>;
  cancelReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cell?: Resolver<ResolversTypes['PartyOrg'], ParentType, ContextType>;
  docsPublishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  durationMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  flags?: Resolver<Array<ResolversTypes['MeetingFlag']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  present?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scheduledAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MeetingStatus'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['MeetingType'], ParentType, ContextType>;
};

export type HandbookMeetingConnectionResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['HandbookMeetingConnection'] = ResolversParentTypes['HandbookMeetingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['HandbookMeetingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HandbookMeetingEdgeResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['HandbookMeetingEdge'] = ResolversParentTypes['HandbookMeetingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HandbookMeeting'], ParentType, ContextType>;
};

export type HandbookMeetingPayloadResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['HandbookMeetingPayload'] = ResolversParentTypes['HandbookMeetingPayload']> = {
  meeting?: Resolver<ResolversTypes['HandbookMeeting'], ParentType, ContextType>;
};

export type HandbookReportResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['HandbookReport'] = ResolversParentTypes['HandbookReport']> = {
  activeCells?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attendanceRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cellsWithRegularMeeting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  complianceRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  flaggedMeetings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lateDocumentMeetings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lowAttendanceMeetings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meetingsCancelled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meetingsHeld?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meetingsScheduled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  membersExcusedInARow?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  shortMeetings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportMembersCsvPayloadResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['ImportMembersCsvPayload'] = ResolversParentTypes['ImportMembersCsvPayload']> = {
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  applied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  duplicate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  import?: Resolver<Maybe<ResolversTypes['MemberImport']>, ParentType, ContextType>;
  rejected?: Resolver<Array<ResolversTypes['RejectedRow']>, ParentType, ContextType>;
  rejectedRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MarkDirectiveReadPayloadResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['MarkDirectiveReadPayload'] = ResolversParentTypes['MarkDirectiveReadPayload']> = {
  directive?: Resolver<ResolversTypes['Directive'], ParentType, ContextType>;
  firstRead?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  readAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type MeetingResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  attendance?: Resolver<Array<ResolversTypes['Attendance']>, ParentType, ContextType>;
  cell?: Resolver<ResolversTypes['PartyOrg'], ParentType, ContextType>;
  docsPublishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  endedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  flags?: Resolver<Array<ResolversTypes['MeetingFlag']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  present?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['MeetingType'], ParentType, ContextType>;
};

export type MeetingConnectionResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['MeetingConnection'] = ResolversParentTypes['MeetingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MeetingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeetingEdgeResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['MeetingEdge'] = ResolversParentTypes['MeetingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
};

export type MemberResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member']> = {
  admissionDecisionDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  admissionDecisionNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  badges?: Resolver<Array<ResolversTypes['BadgeAward']>, ParentType, ContextType>;
  birthDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  birthplace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cadre?: Resolver<Maybe<ResolversTypes['Cadre']>, ParentType, ContextType>;
  cardNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cell?: Resolver<ResolversTypes['PartyOrg'], ParentType, ContextType>;
  citizenId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  corrections?: Resolver<Array<ResolversTypes['MemberCorrection']>, ParentType, ContextType>;
  disciplines?: Resolver<Array<ResolversTypes['Discipline']>, ParentType, ContextType>;
  education?: Resolver<ResolversTypes['Education'], ParentType, ContextType>;
  ethnicityCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ethnicityName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  exemptions?: Resolver<Array<ResolversTypes['Exemption']>, ParentType, ContextType>;
  exit?: Resolver<Maybe<ResolversTypes['MemberExit']>, ParentType, ContextType>;
  feeBases?: Resolver<Array<ResolversTypes['FeeBasisEntry']>, ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hometown?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interruptionDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  interruptions?: Resolver<Array<ResolversTypes['PartyInterruption']>, ParentType, ContextType>;
  meritPeople?: Resolver<Array<ResolversTypes['MeritPerson']>, ParentType, ContextType>;
  occupation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  officialDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  partyAgeYears?: Resolver<ResolversTypes['Float'], ParentType, ContextType, Partial<MemberPartyAgeYearsArgs>>;
  partyCard?: Resolver<Maybe<ResolversTypes['PartyCard']>, ParentType, ContextType>;
  partyCards?: Resolver<Array<ResolversTypes['PartyCard']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provinceCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  qualityRatings?: Resolver<Array<ResolversTypes['QualityRating']>, ParentType, ContextType, RequireFields<MemberQualityRatingsArgs, 'history'>>;
  religionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  religionName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rewards?: Resolver<Array<ResolversTypes['Reward']>, ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['Sex'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ActivityState'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MemberStatus'], ParentType, ContextType>;
};

export type MemberConnectionResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['MemberConnection'] = ResolversParentTypes['MemberConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MemberEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MemberCorrectionResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['MemberCorrection'] = ResolversParentTypes['MemberCorrection']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MemberDirectiveResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['MemberDirective'] = ResolversParentTypes['MemberDirective']> = {
  directive?: Resolver<ResolversTypes['Directive'], ParentType, ContextType>;
  feedback?: Resolver<Array<ResolversTypes['DirectiveFeedback']>, ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type MemberDirectiveConnectionResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['MemberDirectiveConnection'] = ResolversParentTypes['MemberDirectiveConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MemberDirectiveEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MemberDirectiveEdgeResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['MemberDirectiveEdge'] = ResolversParentTypes['MemberDirectiveEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MemberDirective'], ParentType, ContextType>;
};

export type MemberEdgeResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['MemberEdge'] = ResolversParentTypes['MemberEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
};

export type MemberExitResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['MemberExit'] = ResolversParentTypes['MemberExit']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decisionNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ExitType'], ParentType, ContextType>;
};

export type MemberExitConnectionResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['MemberExitConnection'] = ResolversParentTypes['MemberExitConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MemberExitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MemberExitEdgeResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['MemberExitEdge'] = ResolversParentTypes['MemberExitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MemberExit'], ParentType, ContextType>;
};

export type MemberImportResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['MemberImport'] = ResolversParentTypes['MemberImport']> = {
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  allOrNothing?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  communeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ImportKind'], ParentType, ContextType>;
  rejectedRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeritCareResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['MeritCare'] = ResolversParentTypes['MeritCare']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  givenBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  givenOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MeritCareKind'], ParentType, ContextType>;
  occasion?: Resolver<ResolversTypes['MeritOccasion'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['MeritPerson'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  valueVnd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeritCareDueConnectionResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['MeritCareDueConnection'] = ResolversParentTypes['MeritCareDueConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MeritPersonEdge']>, ParentType, ContextType>;
  occasion?: Resolver<ResolversTypes['MeritOccasion'], ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MeritCareStatus'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeritCareFiguresResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['MeritCareFigures'] = ResolversParentTypes['MeritCareFigures']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  done?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  due?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  occasion?: Resolver<ResolversTypes['MeritOccasion'], ParentType, ContextType>;
  overdue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  registered?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MeritOccasionResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['MeritOccasion'] = ResolversParentTypes['MeritOccasion']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dueFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MeritOccasionKind'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeritPersonResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['MeritPerson'] = ResolversParentTypes['MeritPerson']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  birthYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  cadreName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  care?: Resolver<Array<ResolversTypes['MeritCare']>, ParentType, ContextType>;
  careStatus?: Resolver<ResolversTypes['MeritCareStatus'], ParentType, ContextType, RequireFields<MeritPersonCareStatusArgs, 'occasion'>>;
  category?: Resolver<ResolversTypes['MeritCategory'], ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  org?: Resolver<ResolversTypes['PartyOrg'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['MeritRelation'], ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['Sex'], ParentType, ContextType>;
};

export type MeritPersonConnectionResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['MeritPersonConnection'] = ResolversParentTypes['MeritPersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MeritPersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeritPersonEdgeResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['MeritPersonEdge'] = ResolversParentTypes['MeritPersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MeritPerson'], ParentType, ContextType>;
};

export type MeritPersonPayloadResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['MeritPersonPayload'] = ResolversParentTypes['MeritPersonPayload']> = {
  person?: Resolver<ResolversTypes['MeritPerson'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  province01?: Resolver<Maybe<ResolversTypes['ProvinceMutations']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PartyCardResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['PartyCard'] = ResolversParentTypes['PartyCard']> = {
  decisionNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reissueReason?: Resolver<Maybe<ResolversTypes['CardReissueReason']>, ParentType, ContextType>;
  replacesNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CardStatus'], ParentType, ContextType>;
};

export type PartyCardPayloadResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['PartyCardPayload'] = ResolversParentTypes['PartyCardPayload']> = {
  card?: Resolver<ResolversTypes['PartyCard'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  previous?: Resolver<Maybe<ResolversTypes['PartyCard']>, ParentType, ContextType>;
};

export type PartyInterruptionResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['PartyInterruption'] = ResolversParentTypes['PartyInterruption']> = {
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  decisionNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InterruptionKind'], ParentType, ContextType>;
  toDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type PartyOrgResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['PartyOrg'] = ResolversParentTypes['PartyOrg']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['PartyOrg']>, ParentType, ContextType>;
  communeCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['OrgLevel'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['PartyOrg']>, ParentType, ContextType>;
  provinceCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PromoteGradePayloadResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['PromoteGradePayload'] = ResolversParentTypes['PromoteGradePayload']> = {
  cadre?: Resolver<ResolversTypes['Cadre'], ParentType, ContextType>;
  promotion?: Resolver<ResolversTypes['CadreGradePromotionGranted'], ParentType, ContextType>;
};

export type ProvinceResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['Province'] = ResolversParentTypes['Province']> = {
  __resolveType: TypeResolveFn<'Province01', ParentType, ContextType>;
};

export type Province01Resolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['Province01'] = ResolversParentTypes['Province01'], FederationReferenceType extends FederationReferenceTypes['Province01'] = FederationReferenceTypes['Province01']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province01']> | FederationReferenceType, FederationReferenceType, ContextType>;
  auditLog?: Resolver<Maybe<ResolversTypes['AuditEntryConnection']>, ParentType, ContextType, RequireFields<Province01AuditLogArgs, 'first'>>;
  badgesDue?: Resolver<Maybe<ResolversTypes['BadgeDueConnection']>, ParentType, ContextType, RequireFields<Province01BadgesDueArgs, 'ceremony' | 'first' | 'includeEarlier' | 'year'>>;
  cadre?: Resolver<Maybe<ResolversTypes['Cadre']>, ParentType, ContextType, RequireFields<Province01CadreArgs, 'id'>>;
  cadresCheckupDue?: Resolver<Maybe<ResolversTypes['CadreConnection']>, ParentType, ContextType, RequireFields<Province01CadresCheckupDueArgs, 'asOf' | 'first' | 'status'>>;
  cadresDueStepRaise?: Resolver<Maybe<ResolversTypes['CadreConnection']>, ParentType, ContextType, RequireFields<Province01CadresDueStepRaiseArgs, 'first' | 'from' | 'to'>>;
  cadresEligibleForGradePromotion?: Resolver<Maybe<ResolversTypes['CadreConnection']>, ParentType, ContextType, RequireFields<Province01CadresEligibleForGradePromotionArgs, 'asOf' | 'first'>>;
  cadresNotEvaluated?: Resolver<Maybe<ResolversTypes['CadreConnection']>, ParentType, ContextType, RequireFields<Province01CadresNotEvaluatedArgs, 'first' | 'year'>>;
  cadresRetiring?: Resolver<Maybe<ResolversTypes['CadreConnection']>, ParentType, ContextType, RequireFields<Province01CadresRetiringArgs, 'first' | 'from' | 'to'>>;
  candidates?: Resolver<Maybe<ResolversTypes['CandidateConnection']>, ParentType, ContextType, RequireFields<Province01CandidatesArgs, 'first'>>;
  carrierOutbox?: Resolver<Maybe<ResolversTypes['CarrierOutbox']>, ParentType, ContextType>;
  citizenIdHashes?: Resolver<Maybe<Array<ResolversTypes['CitizenIdHash']>>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  directive?: Resolver<Maybe<ResolversTypes['Directive']>, ParentType, ContextType, RequireFields<Province01DirectiveArgs, 'id'>>;
  directives?: Resolver<Maybe<ResolversTypes['DirectiveConnection']>, ParentType, ContextType, RequireFields<Province01DirectivesArgs, 'first'>>;
  disciplines?: Resolver<Maybe<ResolversTypes['DisciplineConnection']>, ParentType, ContextType, RequireFields<Province01DisciplinesArgs, 'first' | 'from' | 'to'>>;
  excusedInARow?: Resolver<Maybe<ResolversTypes['ExcusedStreakConnection']>, ParentType, ContextType, RequireFields<Province01ExcusedInARowArgs, 'first' | 'period'>>;
  exemptMembers?: Resolver<Maybe<ResolversTypes['ExemptionConnection']>, ParentType, ContextType, RequireFields<Province01ExemptMembersArgs, 'first'>>;
  exits?: Resolver<Maybe<ResolversTypes['MemberExitConnection']>, ParentType, ContextType, RequireFields<Province01ExitsArgs, 'first' | 'from' | 'to'>>;
  feeArrears?: Resolver<Maybe<ResolversTypes['FeeArrearsConnection']>, ParentType, ContextType, RequireFields<Province01FeeArrearsArgs, 'asOf' | 'first'>>;
  feeRates?: Resolver<Maybe<ResolversTypes['FeeRates']>, ParentType, ContextType, RequireFields<Province01FeeRatesArgs, 'month'>>;
  feeStatement?: Resolver<Maybe<ResolversTypes['FeeStatement']>, ParentType, ContextType, RequireFields<Province01FeeStatementArgs, 'from' | 'memberId' | 'to'>>;
  handbookMeeting?: Resolver<Maybe<ResolversTypes['HandbookMeeting']>, ParentType, ContextType, RequireFields<Province01HandbookMeetingArgs, 'id'>>;
  handbookMeetings?: Resolver<Maybe<ResolversTypes['HandbookMeetingConnection']>, ParentType, ContextType, RequireFields<Province01HandbookMeetingsArgs, 'first' | 'month'>>;
  meetings?: Resolver<Maybe<ResolversTypes['MeetingConnection']>, ParentType, ContextType, RequireFields<Province01MeetingsArgs, 'first' | 'month'>>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType, RequireFields<Province01MemberArgs, 'id'>>;
  memberDirectives?: Resolver<Maybe<ResolversTypes['MemberDirectiveConnection']>, ParentType, ContextType, RequireFields<Province01MemberDirectivesArgs, 'first' | 'memberId' | 'unreadOnly'>>;
  memberImports?: Resolver<Maybe<Array<ResolversTypes['MemberImport']>>, ParentType, ContextType, RequireFields<Province01MemberImportsArgs, 'first'>>;
  members?: Resolver<Maybe<ResolversTypes['MemberConnection']>, ParentType, ContextType, RequireFields<Province01MembersArgs, 'first'>>;
  meritCareDue?: Resolver<Maybe<ResolversTypes['MeritCareDueConnection']>, ParentType, ContextType, RequireFields<Province01MeritCareDueArgs, 'first' | 'occasion'>>;
  meritPeople?: Resolver<Maybe<ResolversTypes['MeritPersonConnection']>, ParentType, ContextType, RequireFields<Province01MeritPeopleArgs, 'first'>>;
  officialMembersWithoutCard?: Resolver<Maybe<ResolversTypes['MemberConnection']>, ParentType, ContextType, RequireFields<Province01OfficialMembersWithoutCardArgs, 'first'>>;
  openFeedback?: Resolver<Maybe<ResolversTypes['DirectiveFeedbackConnection']>, ParentType, ContextType, RequireFields<Province01OpenFeedbackArgs, 'first'>>;
  organisation?: Resolver<Maybe<ResolversTypes['PartyOrg']>, ParentType, ContextType, RequireFields<Province01OrganisationArgs, 'id'>>;
  overdueProbationaryMembers?: Resolver<Maybe<Array<ResolversTypes['Member']>>, ParentType, ContextType, RequireFields<Province01OverdueProbationaryMembersArgs, 'first'>>;
  partyCard?: Resolver<Maybe<ResolversTypes['PartyCard']>, ParentType, ContextType, RequireFields<Province01PartyCardArgs, 'number'>>;
  qualityReport?: Resolver<Maybe<ResolversTypes['QualityReport']>, ParentType, ContextType, RequireFields<Province01QualityReportArgs, 'year'>>;
  report?: Resolver<Maybe<ResolversTypes['ProvinceReport']>, ParentType, ContextType, RequireFields<Province01ReportArgs, 'period'>>;
  reportRevisions?: Resolver<Maybe<Array<ResolversTypes['ReportSubmission']>>, ParentType, ContextType, RequireFields<Province01ReportRevisionsArgs, 'period'>>;
  rewards?: Resolver<Maybe<ResolversTypes['RewardConnection']>, ParentType, ContextType, RequireFields<Province01RewardsArgs, 'first' | 'from' | 'to'>>;
  rootOrganisation?: Resolver<Maybe<ResolversTypes['PartyOrg']>, ParentType, ContextType>;
  submittedReport?: Resolver<Maybe<ResolversTypes['ReportSubmission']>, ParentType, ContextType, RequireFields<Province01SubmittedReportArgs, 'period'>>;
  transfer?: Resolver<Maybe<ResolversTypes['Transfer']>, ParentType, ContextType, RequireFields<Province01TransferArgs, 'id'>>;
  transfers?: Resolver<Maybe<ResolversTypes['TransferConnection']>, ParentType, ContextType, RequireFields<Province01TransfersArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProvinceMutationsResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['ProvinceMutations'] = ResolversParentTypes['ProvinceMutations']> = {
  acceptTransfer?: Resolver<ResolversTypes['TransferDecision'], ParentType, ContextType, RequireFields<ProvinceMutationsAcceptTransferArgs, 'message'>>;
  admitMember?: Resolver<ResolversTypes['AdmitMemberPayload'], ParentType, ContextType, RequireFields<ProvinceMutationsAdmitMemberArgs, 'input'>>;
  answerFeedback?: Resolver<ResolversTypes['DirectiveFeedbackPayload'], ParentType, ContextType, RequireFields<ProvinceMutationsAnswerFeedbackArgs, 'input'>>;
  awardBadge?: Resolver<ResolversTypes['AwardBadgePayload'], ParentType, ContextType, RequireFields<ProvinceMutationsAwardBadgeArgs, 'input'>>;
  cancelIncomingTransfer?: Resolver<ResolversTypes['TransferDecision'], ParentType, ContextType, RequireFields<ProvinceMutationsCancelIncomingTransferArgs, 'message'>>;
  cancelMeeting?: Resolver<ResolversTypes['HandbookMeetingPayload'], ParentType, ContextType, RequireFields<ProvinceMutationsCancelMeetingArgs, 'input'>>;
  cancelTransfer?: Resolver<ResolversTypes['TransferPayload'], ParentType, ContextType, RequireFields<ProvinceMutationsCancelTransferArgs, 'input'>>;
  confirmTransferSettled?: Resolver<ResolversTypes['Transfer'], ParentType, ContextType, RequireFields<ProvinceMutationsConfirmTransferSettledArgs, 'id'>>;
  correctMember?: Resolver<ResolversTypes['CorrectMemberPayload'], ParentType, ContextType, RequireFields<ProvinceMutationsCorrectMemberArgs, 'input'>>;
  endExemption?: Resolver<ResolversTypes['ExemptionPayload'], ParentType, ContextType, RequireFields<ProvinceMutationsEndExemptionArgs, 'input'>>;
  exemptMember?: Resolver<ResolversTypes['ExemptionPayload'], ParentType, ContextType, RequireFields<ProvinceMutationsExemptMemberArgs, 'input'>>;
  grantStepRaise?: Resolver<ResolversTypes['GrantStepRaisePayload'], ParentType, ContextType, RequireFields<ProvinceMutationsGrantStepRaiseArgs, 'input'>>;
  importMembersCsv?: Resolver<ResolversTypes['ImportMembersCsvPayload'], ParentType, ContextType, RequireFields<ProvinceMutationsImportMembersCsvArgs, 'input'>>;
  issueCard?: Resolver<ResolversTypes['PartyCardPayload'], ParentType, ContextType, RequireFields<ProvinceMutationsIssueCardArgs, 'input'>>;
  issueTransfer?: Resolver<ResolversTypes['TransferPayload'], ParentType, ContextType, RequireFields<ProvinceMutationsIssueTransferArgs, 'input'>>;
  markDirectiveRead?: Resolver<ResolversTypes['MarkDirectiveReadPayload'], ParentType, ContextType, RequireFields<ProvinceMutationsMarkDirectiveReadArgs, 'input'>>;
  markReportDelivered?: Resolver<ResolversTypes['ReportSubmission'], ParentType, ContextType, RequireFields<ProvinceMutationsMarkReportDeliveredArgs, 'period' | 'revision'>>;
  promoteGrade?: Resolver<ResolversTypes['PromoteGradePayload'], ParentType, ContextType, RequireFields<ProvinceMutationsPromoteGradeArgs, 'input'>>;
  publishDirective?: Resolver<ResolversTypes['DirectivePayload'], ParentType, ContextType, RequireFields<ProvinceMutationsPublishDirectiveArgs, 'input'>>;
  rateMember?: Resolver<ResolversTypes['RateMemberPayload'], ParentType, ContextType, RequireFields<ProvinceMutationsRateMemberArgs, 'input'>>;
  recognizeOfficial?: Resolver<ResolversTypes['Member'], ParentType, ContextType, RequireFields<ProvinceMutationsRecognizeOfficialArgs, 'input'>>;
  recordAttendance?: Resolver<ResolversTypes['HandbookMeetingPayload'], ParentType, ContextType, RequireFields<ProvinceMutationsRecordAttendanceArgs, 'input'>>;
  recordCadre?: Resolver<ResolversTypes['RecordCadrePayload'], ParentType, ContextType, RequireFields<ProvinceMutationsRecordCadreArgs, 'input'>>;
  recordCadreDiscipline?: Resolver<ResolversTypes['RecordCadreDisciplinePayload'], ParentType, ContextType, RequireFields<ProvinceMutationsRecordCadreDisciplineArgs, 'input'>>;
  recordCheckup?: Resolver<ResolversTypes['RecordCheckupPayload'], ParentType, ContextType, RequireFields<ProvinceMutationsRecordCheckupArgs, 'input'>>;
  recordDiscipline?: Resolver<ResolversTypes['RecordDisciplinePayload'], ParentType, ContextType, RequireFields<ProvinceMutationsRecordDisciplineArgs, 'input'>>;
  recordEvaluation?: Resolver<ResolversTypes['RecordEvaluationPayload'], ParentType, ContextType, RequireFields<ProvinceMutationsRecordEvaluationArgs, 'input'>>;
  recordExit?: Resolver<ResolversTypes['RecordExitPayload'], ParentType, ContextType, RequireFields<ProvinceMutationsRecordExitArgs, 'input'>>;
  recordFeePayment?: Resolver<ResolversTypes['RecordFeePaymentPayload'], ParentType, ContextType, RequireFields<ProvinceMutationsRecordFeePaymentArgs, 'input'>>;
  recordInterruption?: Resolver<ResolversTypes['RecordInterruptionPayload'], ParentType, ContextType, RequireFields<ProvinceMutationsRecordInterruptionArgs, 'input'>>;
  recordMeetingHeld?: Resolver<ResolversTypes['HandbookMeetingPayload'], ParentType, ContextType, RequireFields<ProvinceMutationsRecordMeetingHeldArgs, 'input'>>;
  recordMeritCare?: Resolver<ResolversTypes['RecordMeritCarePayload'], ParentType, ContextType, RequireFields<ProvinceMutationsRecordMeritCareArgs, 'input'>>;
  recordReward?: Resolver<ResolversTypes['RecordRewardPayload'], ParentType, ContextType, RequireFields<ProvinceMutationsRecordRewardArgs, 'input'>>;
  registerCandidate?: Resolver<ResolversTypes['Candidate'], ParentType, ContextType, RequireFields<ProvinceMutationsRegisterCandidateArgs, 'input'>>;
  registerMeritPerson?: Resolver<ResolversTypes['MeritPersonPayload'], ParentType, ContextType, RequireFields<ProvinceMutationsRegisterMeritPersonArgs, 'input'>>;
  reissueCard?: Resolver<ResolversTypes['PartyCardPayload'], ParentType, ContextType, RequireFields<ProvinceMutationsReissueCardArgs, 'input'>>;
  reportCardLost?: Resolver<ResolversTypes['PartyCardPayload'], ParentType, ContextType, RequireFields<ProvinceMutationsReportCardLostArgs, 'input'>>;
  scheduleMeeting?: Resolver<ResolversTypes['HandbookMeetingPayload'], ParentType, ContextType, RequireFields<ProvinceMutationsScheduleMeetingArgs, 'input'>>;
  setFeeBasis?: Resolver<ResolversTypes['SetFeeBasisPayload'], ParentType, ContextType, RequireFields<ProvinceMutationsSetFeeBasisArgs, 'input'>>;
  settleTransfer?: Resolver<ResolversTypes['Transfer'], ParentType, ContextType, RequireFields<ProvinceMutationsSettleTransferArgs, 'input'>>;
  submitFeedback?: Resolver<ResolversTypes['DirectiveFeedbackPayload'], ParentType, ContextType, RequireFields<ProvinceMutationsSubmitFeedbackArgs, 'input'>>;
  submitReport?: Resolver<ResolversTypes['SubmitReportPayload'], ParentType, ContextType, RequireFields<ProvinceMutationsSubmitReportArgs, 'period'>>;
  updateMeritPerson?: Resolver<ResolversTypes['MeritPersonPayload'], ParentType, ContextType, RequireFields<ProvinceMutationsUpdateMeritPersonArgs, 'id' | 'input'>>;
};

export type ProvinceReportResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['ProvinceReport'] = ResolversParentTypes['ProvinceReport']> = {
  admissionCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  admissionsByAgeBand?: Resolver<Maybe<Array<ResolversTypes['Count']>>, ParentType, ContextType>;
  admissionsByEthnicity?: Resolver<Maybe<Array<ResolversTypes['Count']>>, ParentType, ContextType>;
  admissionsBySex?: Resolver<Maybe<Array<ResolversTypes['Count']>>, ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  attendanceRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  badges?: Resolver<Maybe<ResolversTypes['BadgeFigures']>, ParentType, ContextType>;
  cadresNotEvaluated?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  candidatesPending?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  cards?: Resolver<Maybe<ResolversTypes['CardFigures']>, ParentType, ContextType>;
  cellCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cellsWithRegularMeeting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  checkupsOverdue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  directives?: Resolver<ResolversTypes['DirectiveReport'], ParentType, ContextType>;
  disciplinesByMeasure?: Resolver<Maybe<Array<ResolversTypes['DisciplineMeasureCount']>>, ParentType, ContextType>;
  exemptCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  exitsByType?: Resolver<Maybe<Array<ResolversTypes['ExitCount']>>, ParentType, ContextType>;
  fees?: Resolver<Maybe<ResolversTypes['FeeReport']>, ParentType, ContextType>;
  femaleCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  handbook?: Resolver<ResolversTypes['HandbookReport'], ParentType, ContextType>;
  maleCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  meetingsHeld?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memberCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  meritCare?: Resolver<Maybe<ResolversTypes['MeritCareFigures']>, ParentType, ContextType>;
  officialCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  overdueTransfersOut?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  probationaryCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  probationaryOverdue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  retirementsDue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rewardsByKind?: Resolver<Maybe<Array<ResolversTypes['RewardKindCount']>>, ParentType, ContextType>;
  stepRaisesDue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suppressed?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  transfersIn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transfersInUnconfirmed?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  transfersOut?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transfersOutPending?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type QualityCapBreachResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['QualityCapBreach'] = ResolversParentTypes['QualityCapBreach']> = {
  httCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  htxsCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['PartyOrg'], ParentType, ContextType>;
};

export type QualityCapWarningResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['QualityCapWarning'] = ResolversParentTypes['QualityCapWarning']> = {
  capPercent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  httCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  htxsCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['PartyOrg'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QualityLevelCountResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['QualityLevelCount'] = ResolversParentTypes['QualityLevelCount']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['QualityLevel'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type QualityRatingResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['QualityRating'] = ResolversParentTypes['QualityRating']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  approver?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  decisionDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['QualityLevel'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['PartyOrg']>, ParentType, ContextType>;
  organisationName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QualityReportResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['QualityReport'] = ResolversParentTypes['QualityReport']> = {
  capMode?: Resolver<ResolversTypes['QualityCapMode'], ParentType, ContextType>;
  capPercent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  levels?: Resolver<Array<ResolversTypes['QualityLevelCount']>, ParentType, ContextType>;
  membersCounted?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['PartyOrg']>, ParentType, ContextType>;
  organisationsOverCap?: Resolver<Array<ResolversTypes['QualityCapBreach']>, ParentType, ContextType>;
  rated?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unrated?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RateMemberPayloadResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['RateMemberPayload'] = ResolversParentTypes['RateMemberPayload']> = {
  previous?: Resolver<Maybe<ResolversTypes['QualityRating']>, ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['QualityRating'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['QualityCapWarning']>, ParentType, ContextType>;
};

export type RecordCadreDisciplinePayloadResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['RecordCadreDisciplinePayload'] = ResolversParentTypes['RecordCadreDisciplinePayload']> = {
  cadre?: Resolver<ResolversTypes['Cadre'], ParentType, ContextType>;
  discipline?: Resolver<ResolversTypes['CadreDiscipline'], ParentType, ContextType>;
};

export type RecordCadrePayloadResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['RecordCadrePayload'] = ResolversParentTypes['RecordCadrePayload']> = {
  cadre?: Resolver<ResolversTypes['Cadre'], ParentType, ContextType>;
};

export type RecordCheckupPayloadResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['RecordCheckupPayload'] = ResolversParentTypes['RecordCheckupPayload']> = {
  cadre?: Resolver<ResolversTypes['Cadre'], ParentType, ContextType>;
};

export type RecordDisciplinePayloadResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['RecordDisciplinePayload'] = ResolversParentTypes['RecordDisciplinePayload']> = {
  discipline?: Resolver<ResolversTypes['Discipline'], ParentType, ContextType>;
  exit?: Resolver<Maybe<ResolversTypes['MemberExit']>, ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
};

export type RecordEvaluationPayloadResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['RecordEvaluationPayload'] = ResolversParentTypes['RecordEvaluationPayload']> = {
  cadre?: Resolver<ResolversTypes['Cadre'], ParentType, ContextType>;
  evaluation?: Resolver<ResolversTypes['CadreEvaluation'], ParentType, ContextType>;
};

export type RecordExitPayloadResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['RecordExitPayload'] = ResolversParentTypes['RecordExitPayload']> = {
  card?: Resolver<Maybe<ResolversTypes['PartyCard']>, ParentType, ContextType>;
  exit?: Resolver<ResolversTypes['MemberExit'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
};

export type RecordFeePaymentPayloadResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['RecordFeePaymentPayload'] = ResolversParentTypes['RecordFeePaymentPayload']> = {
  payment?: Resolver<ResolversTypes['FeePayment'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RecordInterruptionPayloadResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['RecordInterruptionPayload'] = ResolversParentTypes['RecordInterruptionPayload']> = {
  interruption?: Resolver<ResolversTypes['PartyInterruption'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
};

export type RecordMeritCarePayloadResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['RecordMeritCarePayload'] = ResolversParentTypes['RecordMeritCarePayload']> = {
  care?: Resolver<ResolversTypes['MeritCare'], ParentType, ContextType>;
};

export type RecordRewardPayloadResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['RecordRewardPayload'] = ResolversParentTypes['RecordRewardPayload']> = {
  reward?: Resolver<ResolversTypes['Reward'], ParentType, ContextType>;
};

export type RejectedRowResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['RejectedRow'] = ResolversParentTypes['RejectedRow']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportFiguresResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['ReportFigures'] = ResolversParentTypes['ReportFigures']> = {
  attendanceRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cellCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cellsWithRegularMeeting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  femaleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meetingsHeld?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  officialCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  probationaryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transfersIn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transfersInUnconfirmed?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  transfersOut?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transfersOutPending?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ReportSubmissionResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['ReportSubmission'] = ResolversParentTypes['ReportSubmission']> = {
  checksum?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredToCentre?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  differsFromLive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  figures?: Resolver<ResolversTypes['ReportFigures'], ParentType, ContextType>;
  liveDifferences?: Resolver<Array<ResolversTypes['FigureDifference']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provinceCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RewardResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['Reward'] = ResolversParentTypes['Reward']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decisionNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RewardKind'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['DecisionLevel'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RewardConnectionResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['RewardConnection'] = ResolversParentTypes['RewardConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RewardEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RewardEdgeResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['RewardEdge'] = ResolversParentTypes['RewardEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Reward'], ParentType, ContextType>;
};

export type RewardKindCountResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['RewardKindCount'] = ResolversParentTypes['RewardKindCount']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RewardKind'], ParentType, ContextType>;
};

export type SetFeeBasisPayloadResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['SetFeeBasisPayload'] = ResolversParentTypes['SetFeeBasisPayload']> = {
  basis?: Resolver<ResolversTypes['FeeBasisEntry'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  replaced?: Resolver<Maybe<ResolversTypes['FeeBasisEntry']>, ParentType, ContextType>;
};

export type SubmitReportPayloadResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['SubmitReportPayload'] = ResolversParentTypes['SubmitReportPayload']> = {
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  submission?: Resolver<ResolversTypes['ReportSubmission'], ParentType, ContextType>;
};

export type TransferResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['Transfer'] = ResolversParentTypes['Transfer']> = {
  direction?: Resolver<ResolversTypes['TransferDirection'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fromProvince?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TransferKind'], ParentType, ContextType>;
  letterNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  memberId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receivedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  settledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['TransferState'], ParentType, ContextType>;
  toOrgId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  toProvince?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type TransferConnectionResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['TransferConnection'] = ResolversParentTypes['TransferConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TransferEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TransferDecisionResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['TransferDecision'] = ResolversParentTypes['TransferDecision']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receivedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['TransferState'], ParentType, ContextType>;
};

export type TransferEdgeResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['TransferEdge'] = ResolversParentTypes['TransferEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Transfer'], ParentType, ContextType>;
};

export type TransferMessageResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['TransferMessage'] = ResolversParentTypes['TransferMessage']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromProvince?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TransferKind'], ParentType, ContextType>;
  letterNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  memberId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  record?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toOrgId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  toProvince?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type TransferPayloadResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['TransferPayload'] = ResolversParentTypes['TransferPayload']> = {
  transfer?: Resolver<ResolversTypes['Transfer'], ParentType, ContextType>;
};

export type UnconfirmedReceiptResolvers<ContextType = ProvinceContext, ParentType extends ResolversParentTypes['UnconfirmedReceipt'] = ResolversParentTypes['UnconfirmedReceipt']> = {
  fromProvince?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ProvinceContext> = {
  AdmitMemberPayload?: AdmitMemberPayloadResolvers<ContextType>;
  Attendance?: AttendanceResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  AwardBadgePayload?: AwardBadgePayloadResolvers<ContextType>;
  BadgeAward?: BadgeAwardResolvers<ContextType>;
  BadgeDue?: BadgeDueResolvers<ContextType>;
  BadgeDueConnection?: BadgeDueConnectionResolvers<ContextType>;
  BadgeDueEdge?: BadgeDueEdgeResolvers<ContextType>;
  BadgeFigures?: BadgeFiguresResolvers<ContextType>;
  BadgeMilestoneFigures?: BadgeMilestoneFiguresResolvers<ContextType>;
  Cadre?: CadreResolvers<ContextType>;
  CadreCheckup?: CadreCheckupResolvers<ContextType>;
  CadreConnection?: CadreConnectionResolvers<ContextType>;
  CadreDiscipline?: CadreDisciplineResolvers<ContextType>;
  CadreEdge?: CadreEdgeResolvers<ContextType>;
  CadreEvaluation?: CadreEvaluationResolvers<ContextType>;
  CadreGradePromotion?: CadreGradePromotionResolvers<ContextType>;
  CadreGradePromotionGranted?: CadreGradePromotionGrantedResolvers<ContextType>;
  CadreRetirement?: CadreRetirementResolvers<ContextType>;
  CadreStepRaise?: CadreStepRaiseResolvers<ContextType>;
  CadreStepRaiseGranted?: CadreStepRaiseGrantedResolvers<ContextType>;
  Candidate?: CandidateResolvers<ContextType>;
  CandidateConnection?: CandidateConnectionResolvers<ContextType>;
  CandidateEdge?: CandidateEdgeResolvers<ContextType>;
  CardFigures?: CardFiguresResolvers<ContextType>;
  CarrierOutbox?: CarrierOutboxResolvers<ContextType>;
  CitizenIdHash?: CitizenIdHashResolvers<ContextType>;
  CorrectMemberPayload?: CorrectMemberPayloadResolvers<ContextType>;
  Count?: CountResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Directive?: DirectiveResolvers<ContextType>;
  DirectiveConnection?: DirectiveConnectionResolvers<ContextType>;
  DirectiveEdge?: DirectiveEdgeResolvers<ContextType>;
  DirectiveFeedback?: DirectiveFeedbackResolvers<ContextType>;
  DirectiveFeedbackConnection?: DirectiveFeedbackConnectionResolvers<ContextType>;
  DirectiveFeedbackEdge?: DirectiveFeedbackEdgeResolvers<ContextType>;
  DirectiveFeedbackPayload?: DirectiveFeedbackPayloadResolvers<ContextType>;
  DirectivePayload?: DirectivePayloadResolvers<ContextType>;
  DirectiveReport?: DirectiveReportResolvers<ContextType>;
  Discipline?: DisciplineResolvers<ContextType>;
  DisciplineConnection?: DisciplineConnectionResolvers<ContextType>;
  DisciplineEdge?: DisciplineEdgeResolvers<ContextType>;
  DisciplineMeasureCount?: DisciplineMeasureCountResolvers<ContextType>;
  Education?: EducationResolvers<ContextType>;
  ExcusedStreak?: ExcusedStreakResolvers<ContextType>;
  ExcusedStreakConnection?: ExcusedStreakConnectionResolvers<ContextType>;
  ExcusedStreakEdge?: ExcusedStreakEdgeResolvers<ContextType>;
  Exemption?: ExemptionResolvers<ContextType>;
  ExemptionConnection?: ExemptionConnectionResolvers<ContextType>;
  ExemptionEdge?: ExemptionEdgeResolvers<ContextType>;
  ExemptionPayload?: ExemptionPayloadResolvers<ContextType>;
  ExitCount?: ExitCountResolvers<ContextType>;
  FeeArrear?: FeeArrearResolvers<ContextType>;
  FeeArrearEdge?: FeeArrearEdgeResolvers<ContextType>;
  FeeArrearsConnection?: FeeArrearsConnectionResolvers<ContextType>;
  FeeBasisEntry?: FeeBasisEntryResolvers<ContextType>;
  FeeMonth?: FeeMonthResolvers<ContextType>;
  FeePayment?: FeePaymentResolvers<ContextType>;
  FeeRates?: FeeRatesResolvers<ContextType>;
  FeeReport?: FeeReportResolvers<ContextType>;
  FeeStatement?: FeeStatementResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  FigureDifference?: FigureDifferenceResolvers<ContextType>;
  GradePromotionReason?: GradePromotionReasonResolvers<ContextType>;
  GrantStepRaisePayload?: GrantStepRaisePayloadResolvers<ContextType>;
  HandbookMeeting?: HandbookMeetingResolvers<ContextType>;
  HandbookMeetingConnection?: HandbookMeetingConnectionResolvers<ContextType>;
  HandbookMeetingEdge?: HandbookMeetingEdgeResolvers<ContextType>;
  HandbookMeetingPayload?: HandbookMeetingPayloadResolvers<ContextType>;
  HandbookReport?: HandbookReportResolvers<ContextType>;
  ImportMembersCsvPayload?: ImportMembersCsvPayloadResolvers<ContextType>;
  MarkDirectiveReadPayload?: MarkDirectiveReadPayloadResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  MeetingConnection?: MeetingConnectionResolvers<ContextType>;
  MeetingEdge?: MeetingEdgeResolvers<ContextType>;
  Member?: MemberResolvers<ContextType>;
  MemberConnection?: MemberConnectionResolvers<ContextType>;
  MemberCorrection?: MemberCorrectionResolvers<ContextType>;
  MemberDirective?: MemberDirectiveResolvers<ContextType>;
  MemberDirectiveConnection?: MemberDirectiveConnectionResolvers<ContextType>;
  MemberDirectiveEdge?: MemberDirectiveEdgeResolvers<ContextType>;
  MemberEdge?: MemberEdgeResolvers<ContextType>;
  MemberExit?: MemberExitResolvers<ContextType>;
  MemberExitConnection?: MemberExitConnectionResolvers<ContextType>;
  MemberExitEdge?: MemberExitEdgeResolvers<ContextType>;
  MemberImport?: MemberImportResolvers<ContextType>;
  MeritCare?: MeritCareResolvers<ContextType>;
  MeritCareDueConnection?: MeritCareDueConnectionResolvers<ContextType>;
  MeritCareFigures?: MeritCareFiguresResolvers<ContextType>;
  MeritOccasion?: MeritOccasionResolvers<ContextType>;
  MeritPerson?: MeritPersonResolvers<ContextType>;
  MeritPersonConnection?: MeritPersonConnectionResolvers<ContextType>;
  MeritPersonEdge?: MeritPersonEdgeResolvers<ContextType>;
  MeritPersonPayload?: MeritPersonPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartyCard?: PartyCardResolvers<ContextType>;
  PartyCardPayload?: PartyCardPayloadResolvers<ContextType>;
  PartyInterruption?: PartyInterruptionResolvers<ContextType>;
  PartyOrg?: PartyOrgResolvers<ContextType>;
  PromoteGradePayload?: PromoteGradePayloadResolvers<ContextType>;
  Province?: ProvinceResolvers<ContextType>;
  Province01?: Province01Resolvers<ContextType>;
  ProvinceMutations?: ProvinceMutationsResolvers<ContextType>;
  ProvinceReport?: ProvinceReportResolvers<ContextType>;
  QualityCapBreach?: QualityCapBreachResolvers<ContextType>;
  QualityCapWarning?: QualityCapWarningResolvers<ContextType>;
  QualityLevelCount?: QualityLevelCountResolvers<ContextType>;
  QualityRating?: QualityRatingResolvers<ContextType>;
  QualityReport?: QualityReportResolvers<ContextType>;
  RateMemberPayload?: RateMemberPayloadResolvers<ContextType>;
  RecordCadreDisciplinePayload?: RecordCadreDisciplinePayloadResolvers<ContextType>;
  RecordCadrePayload?: RecordCadrePayloadResolvers<ContextType>;
  RecordCheckupPayload?: RecordCheckupPayloadResolvers<ContextType>;
  RecordDisciplinePayload?: RecordDisciplinePayloadResolvers<ContextType>;
  RecordEvaluationPayload?: RecordEvaluationPayloadResolvers<ContextType>;
  RecordExitPayload?: RecordExitPayloadResolvers<ContextType>;
  RecordFeePaymentPayload?: RecordFeePaymentPayloadResolvers<ContextType>;
  RecordInterruptionPayload?: RecordInterruptionPayloadResolvers<ContextType>;
  RecordMeritCarePayload?: RecordMeritCarePayloadResolvers<ContextType>;
  RecordRewardPayload?: RecordRewardPayloadResolvers<ContextType>;
  RejectedRow?: RejectedRowResolvers<ContextType>;
  ReportFigures?: ReportFiguresResolvers<ContextType>;
  ReportSubmission?: ReportSubmissionResolvers<ContextType>;
  Reward?: RewardResolvers<ContextType>;
  RewardConnection?: RewardConnectionResolvers<ContextType>;
  RewardEdge?: RewardEdgeResolvers<ContextType>;
  RewardKindCount?: RewardKindCountResolvers<ContextType>;
  SetFeeBasisPayload?: SetFeeBasisPayloadResolvers<ContextType>;
  SubmitReportPayload?: SubmitReportPayloadResolvers<ContextType>;
  Transfer?: TransferResolvers<ContextType>;
  TransferConnection?: TransferConnectionResolvers<ContextType>;
  TransferDecision?: TransferDecisionResolvers<ContextType>;
  TransferEdge?: TransferEdgeResolvers<ContextType>;
  TransferMessage?: TransferMessageResolvers<ContextType>;
  TransferPayload?: TransferPayloadResolvers<ContextType>;
  UnconfirmedReceipt?: UnconfirmedReceiptResolvers<ContextType>;
};

