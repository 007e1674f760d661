// Row types of the provincial database: what the SQL layer returns and the resolvers receive (codegen mappers).

export type OrgLevel = 'TINH' | 'XA' | 'CAP_TREN_CO_SO' | 'DANG_BO_CO_SO' | 'CHI_BO_CO_SO' | 'CHI_BO' | 'TO_DANG';
export type MemberStatus = 'DU_BI' | 'CHINH_THUC';
export type ActivityState = 'ACTIVE' | 'EXEMPT' | 'IN_TRANSIT' | 'DECEASED' | 'REMOVED' | 'EXPELLED' | 'RESIGNED';
export type Sex = 'NAM' | 'NU';
export type MeetingType = 'REGULAR' | 'THEMATIC' | 'COMBINED' | 'EXTRAORDINARY';
export type Presence = 'PRESENT' | 'EXCUSED' | 'UNEXCUSED';

export interface OrgRow {
  id: string;
  parent_id: string | null;
  level: OrgLevel;
  name: string;
  commune_code: string | null;
  active: boolean;
}

export interface MemberRow {
  id: string;
  citizen_id: string;
  full_name: string;
  sex: Sex;
  birth_date: string;
  ethnicity_code: string | null;
  religion_code: string | null;
  admission_decision_date: string;
  official_date: string | null;
  status: MemberStatus;
  state: ActivityState;
  cell_id: string;
  joined_on: string;
  left_on: string | null;
  // record fields of migration 010 (process 2); null on records that predate them
  birthplace: string | null;
  hometown: string | null;
  phone: string | null;
  occupation: string | null;
  education_general: string | null;
  education_professional: string | null;
  political_theory: 'SO_CAP' | 'TRUNG_CAP' | 'CAO_CAP' | 'CU_NHAN' | null;
  admission_decision_no: string | null;
}

export interface MeetingRow {
  id: string;
  cell_id: string;
  type: MeetingType;
  topic: string;
  started_at: Date;
  ended_at: Date;
  docs_published_at: Date | null;
  /** YYYY-MM of started_at in Vietnam's time zone. */
  month: string;
  expected: number;
  present: number;
}

export interface AttendanceRow {
  meeting_id: string;
  member_id: string;
  presence: Presence;
}

export interface ReportRow {
  member_count: number;
  official_count: number;
  probationary_count: number;
  male_count: number;
  female_count: number;
  cell_count: number;
  meetings_held: number;
  cells_with_regular_meeting: number;
  expected: number;
  present: number;
}

/** One version of a member record's history (member_correction). */
export interface CorrectionRow {
  member_id: string;
  version: number;
  at: Date;
  actor: string;
  reason: string;
  /** GraphQL field name -> old and new value. */
  changes: Record<string, { from: string | null; to: string | null }>;
}

/**
 * What a ProvinceReport's field resolvers receive: the period and the base figures. Areas of the standard add
 * report fields with their own resolvers on ProvinceReport that compute from `firstDay` / `lastDay` lazily, so
 * a dashboard pays only for the figures it asks for.
 */
export interface ReportParent {
  period: string;
  firstDay: string;
  lastDay: string;
  base: ReportRow;
  computedAt: Date;
}

// ---- party fees (process 7, db/fees.ts) ----

export type FeeBasis = 'SOCIAL_INSURANCE' | 'PENSION' | 'STUDENT' | 'OTHER' | 'EXEMPT';
export type FeeExemptionReason = 'PARTY_AGE_50' | 'SOCIAL_PENSION' | 'HARDSHIP';
export type FeeChannel = 'CASH' | 'DVC_PORTAL';

/** A member's fee basis from a month on (fee_basis_entry); months as YYYY-MM. */
export interface FeeBasisRow {
  member_id: string;
  effective_month: string;
  basis: FeeBasis;
  base_amount_vnd: number | null;
  reduction_pct: number;
  reduction_months: number;
  exemption_reason: FeeExemptionReason | null;
  note: string | null;
  recorded_at: Date;
  actor: string;
}

export interface FeePaymentRow {
  member_id: string;
  month: string;
  amount_vnd: number;
  amount_due_vnd: number;
  basis: FeeBasis;
  channel: FeeChannel;
  paid_on: string;
  receipt_no: string | null;
  recorded_at: Date;
  actor: string;
}

/** One month of a member's fee statement: what was due (null without basis or rate) and what was paid. */
export interface FeeMonthRow {
  month: string;
  basis: FeeBasis | null;
  base_amount_vnd: number | null;
  reduction_pct: number;
  party_age_exempt: boolean;
  due_vnd: number | null;
  paid_vnd: number | null;
  channel: FeeChannel | null;
  paid_on: string | null;
}

// ---- annual quality rating (process 8, db/quality.ts) ----

export type QualityLevel = 'HTXS' | 'HTT' | 'HT' | 'KHT';

/** One version of a member's rating for a year (quality_rating). */
export interface QualityRatingRow {
  id: string;
  member_id: string;
  year: number;
  version: number;
  score: number;
  level: QualityLevel;
  org_id: string;
  approver: string;
  decision_date: string;
  reason: string | null;
  is_current: boolean;
  recorded_at: Date;
  actor: string;
}

/** A month's fee figures (db/fees.ts feeMonthFigures), members counted on its last day. */
export interface FeeMonthFigures {
  members_due: number;
  members_without_basis: number;
  members_paid: number;
  due_vnd: number;
  collected_vnd: number;
  /** Σ min(paid, due): what the collection rate counts (a voluntary overpayment does not raise it). */
  covered_vnd: number;
}

/** What FeeReport's field resolvers receive: the period, and its month figures once the first field asks. */
export interface FeeReportParent {
  period: string;
  figures?: Promise<FeeMonthFigures>;
}

// ---- process 3, party cards (db/cards.ts) ----
export type CardStatus = 'ACTIVE' | 'REISSUED' | 'LOST' | 'RECOVERED' | 'KEPT_BY_FAMILY';
export type CardReissueReason = 'LOST' | 'DAMAGED' | 'DETAILS_CHANGED' | 'NATIONWIDE_REISSUE';

export interface PartyCardRow {
  id: number;
  member_id: string;
  number: string;
  issued_on: string;
  decision_no: string;
  status: CardStatus;
  ended_on: string | null;
  reissue_reason: CardReissueReason | null;
  /** Number of the card this one replaced (joined). */
  replaces_number: string | null;
}

// ---- process 4, Party badges (db/badges.ts) ----
export type Ceremony = 'FEB3' | 'MAY19' | 'SEP2' | 'NOV7';
export type InterruptionKind = 'EXPELLED' | 'REMOVED' | 'LOST_CONTACT' | 'TRANSFER_GAP';
export type EarlyAwardReason = 'GRAVELY_ILL' | 'POSTHUMOUS';

export interface InterruptionRow {
  member_id: string;
  kind: InterruptionKind;
  from_on: string;
  to_on: string;
  days: number;
  decision_no: string | null;
}

export interface BadgeAwardRow {
  member_id: string;
  /** Years: 30, 40, 45 … 90. */
  milestone: number;
  ceremony: Ceremony;
  year: number;
  eligible_on: string;
  decision_no: string;
  posthumous: boolean;
  early_reason: EarlyAwardReason | null;
}

export interface BadgeDueRow {
  /** The member's id (the keyset within a milestone). */
  id: string;
  milestone: number;
  eligible_on: string;
  interruption_days: number;
  ceremony: Ceremony;
  year: number;
  ceremony_date: string;
}

// ---- processes 9 and 10, exemption and exits (db/lifecycle.ts) ----
export type ExemptionReason = 'OLD_AGE' | 'POOR_HEALTH';
export type ExitType = 'DECEASED' | 'REMOVED' | 'EXPELLED' | 'RESIGNED';

export interface ExemptionRow {
  /** The member's id (keyset of exemptMembers: one exemption per member on a day). */
  id: string;
  member_id: string;
  reason: ExemptionReason;
  starts_on: string;
  resolution_no: string;
  ends_on: string | null;
  end_resolution_no: string | null;
}

export interface ExitRow {
  /** The member's id (keyset of exits). */
  id: string;
  member_id: string;
  type: ExitType;
  exited_on: string;
  decision_no: string;
  reason: string | null;
}

/** An outstanding candidate for admission (candidate, migration 011). */
export interface CandidateRow {
  id: string;
  citizen_id: string;
  full_name: string;
  sex: Sex;
  birth_date: string;
  ethnicity_code: string | null;
  religion_code: string | null;
  birthplace: string | null;
  hometown: string | null;
  phone: string | null;
  occupation: string | null;
  education_general: string | null;
  education_professional: string | null;
  political_theory: string | null;
  cell_id: string;
  introducer_ids: string[];
  awareness_certificate_on: string | null;
  registered_on: string;
  state: 'PENDING' | 'ADMITTED';
  member_id: string | null;
  decision_no: string | null;
  decision_date: string | null;
  provincial_approval_no: string | null;
}

// ---- process 5, the electronic handbook (db/handbook.ts) ----
export type MeetingStatus = 'SCHEDULED' | 'HELD' | 'CANCELLED';
export type MeetingFlag = 'SHORT' | 'LOW_ATTENDANCE' | 'LATE_DOCUMENTS';

/** A meeting of any status, with its roll counts and (held only) flags. */
export interface HandbookMeetingRow {
  id: string;
  cell_id: string;
  type: MeetingType;
  topic: string;
  status: MeetingStatus;
  /** coalesce(scheduled_at, started_at): meetings recorded without a schedule were planned for their start. */
  scheduled_at: Date;
  docs_published_at: Date | null;
  started_at: Date | null;
  ended_at: Date | null;
  cancel_reason: string | null;
  /** HELD: attendance rows; otherwise the expected set on the planned date. */
  expected: number;
  present: number;
  flags: MeetingFlag[];
}

export interface ExcusedStreakRow {
  /** The member's id (keyset of excusedInARow). */
  id: string;
  times_in_a_row: number;
  first_meeting_at: Date;
  last_meeting_at: Date;
}

/** The month figures of the handbook report (HandbookReport). */
export interface HandbookReportRow {
  active_cells: number;
  cells_with_regular_meeting: number;
  meetings_held: number;
  expected: number;
  present: number;
  short_meetings: number;
  low_attendance_meetings: number;
  late_document_meetings: number;
  flagged_meetings: number;
  members_excused_in_a_row: number;
  meetings_scheduled: number;
  meetings_cancelled: number;
}

// ---- process 6, directives and feedback (db/directives.ts) ----
export type FeedbackStatus = 'OPEN' | 'ANSWERED' | 'CLOSED';

export interface DirectiveRow {
  id: string;
  issuer_org_id: string;
  title: string;
  doc_no: string | null;
  body: string;
  published_at: Date;
  published_by: string;
}

export interface DirectiveFeedbackRow {
  id: string;
  directive_id: string;
  member_id: string;
  body: string;
  created_at: Date;
  status: FeedbackStatus;
  answer: string | null;
  answered_at: Date | null;
  answered_by: string | null;
}

/** A directive as one member sees it; `id` is the directive's (keyset of memberDirectives). */
export interface MemberDirectiveRow {
  id: string;
  member_id: string;
  read_at: Date | null;
}

export interface DirectiveReportRow {
  directives_published: number;
  feedback_received: number;
  feedback_answered: number;
  open_feedback: number;
}

// ---- process 4, transfers (db/transfers.ts) ----

export type TransferKind = 'OFFICIAL' | 'TEMPORARY';
export type TransferDirection = 'OUT' | 'IN';
/** As stored; OVERDUE is derived (ISSUED past the due day). */
export type TransferState = 'ISSUED' | 'CANCEL_REQUESTED' | 'RECEIVED' | 'CANCELLED' | 'REJECTED';

export interface TransferRow {
  id: string;
  direction: TransferDirection;
  kind: TransferKind;
  member_id: string;
  from_province: string;
  to_province: string;
  to_org_id: string;
  letter_no: string;
  issued_on: string;
  state: TransferState;
  previous_state: ActivityState;
  received_on: string | null;
  reason: string | null;
  /** The travelling record (db/transferRecord.ts). */
  record: import('./transferRecord.ts').TransferRecord;
  created_at: Date;
  settled_at: Date | null;
}

/** What the carrier reads from a province (CarrierOutbox). */
export interface CarrierOutboxParent {
  transfers: TransferRow[];
  unconfirmed: { id: string; from_province: string }[];
  reports: SubmissionRow[];
}

// ---- period reports (db/periodReports.ts) ----

/** The figures of a report snapshot, keyed by their GraphQL field names (canonical JSON of them is checksummed). */
export interface ReportFiguresJson {
  memberCount: number;
  officialCount: number;
  probationaryCount: number;
  maleCount: number;
  femaleCount: number;
  cellCount: number;
  meetingsHeld: number;
  cellsWithRegularMeeting: number;
  attendanceRate: number | null;
  transfersIn: number;
  transfersOut: number;
  transfersOutPending: string[];
  transfersInUnconfirmed: string[];
}

export interface SubmissionRow {
  period: string;
  revision: number;
  computed_at: Date;
  figures: ReportFiguresJson;
  checksum: string;
  reason: string | null;
  actor: string;
  pushed_at: Date | null;
}

/** One milestone's figures at a ceremony (ProvinceReport.badges). */
export interface BadgeMilestoneFiguresRow {
  milestone: number;
  due: number;
  awarded: number;
}

/** An applied CSV upload (member_import, migration 012). */
export interface ImportRow {
  id: string;
  sha256: string;
  kind: 'NEW_RECORDS' | 'MOVEMENTS';
  commune_code: string;
  at: Date;
  actor: string;
  row_count: number;
  accepted: number;
  skipped: number;
  rejected_rows: number;
  all_or_nothing: boolean;
}
