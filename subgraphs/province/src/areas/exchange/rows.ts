// Row types of the exchanges the carrier carries: transfers (db/transfers.ts) and period reports
// (db/periodReports.ts).
import type { ActivityState } from '../../core/rows.ts';
import type { PeriodReportCounts } from '../../../../shared/disclosureControl.ts';

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
  record: import('./db/transferRecord.ts').TransferRecord;
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
export interface ReportFiguresJson extends PeriodReportCounts {
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
