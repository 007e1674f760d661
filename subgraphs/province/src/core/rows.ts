// Row types every area shares (organisations, members, meetings, the base report, corrections, party cards):
// what the SQL returns and the resolvers receive (codegen mappers). Each area's own rows are in its rows.ts.
import type { ReportSummary } from './reportSummaries.ts';

export type OrgLevel = 'TINH' | 'XA' | 'CAP_TREN_CO_SO' | 'DANG_BO_CO_SO' | 'CHI_BO_CO_SO' | 'CHI_BO' | 'TO_DANG';
export type MemberStatus = 'DU_BI' | 'CHINH_THUC';
export type ActivityState = 'ACTIVE' | 'EXEMPT' | 'IN_TRANSIT' | 'TRANSFERRED_OUT' | 'DECEASED' | 'REMOVED' | 'EXPELLED' | 'RESIGNED';
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
 * What a ProvinceReport's field resolvers receive: the period, the base figures and the month's summary (one
 * read of the report summaries, migration 050). Areas of the standard add report fields with their own resolvers
 * on ProvinceReport that read `summary`, or compute from `firstDay` / `lastDay` lazily where a figure has no
 * summary yet (docs/report-summaries.md lists them), so a dashboard pays only for the figures it asks for.
 */
export interface ReportParent {
  period: string;
  firstDay: string;
  lastDay: string;
  base: ReportRow;
  /** Every summary-backed figure of the month (core/reportSummaries.ts), read once per report. */
  summary: ReportSummary;
  computedAt: Date;
}

// ---- process 3, party cards: shared because an exit ends the member's card (core/partyCards.ts) ----
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

// Exemption and exits (processes 9 and 10): core/memberExit.ts writes them, areas/lifecycle lists them.
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
