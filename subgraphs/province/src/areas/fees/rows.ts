// Row types of party fees (process 7, db.ts): what the SQL returns and the resolvers receive (codegen mappers).
import type { ReportSummary } from '../../core/reportSummaries.ts';

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
  /** The province that counted the member that month, when not this one (brought by a transfer). */
  province_code: string | null;
}

/** A month's fee figures (from the report summary: resolvers.ts figures), members counted on its last day. */
export interface FeeMonthFigures {
  members_due: number;
  members_without_basis: number;
  members_paid: number;
  due_vnd: number;
  collected_vnd: number;
  /** Σ min(paid, due): what the collection rate counts (a voluntary overpayment does not raise it). */
  covered_vnd: number;
}

/** What FeeReport's field resolvers receive: the period and the report's summary (core/reportSummaries.ts). */
export interface FeeReportParent {
  period: string;
  summary: ReportSummary;
}
