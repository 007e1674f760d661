// Row types of the Centre's database (codegen mappers point here).
export interface ProvinceRow {
  code: string;
  name: string;
  ascii_name: string;
  kind: 'CITY' | 'PROVINCE';
}

/** A province's submitted report as the Centre stores it (migration 002). */
export interface CentralSubmissionRow {
  province_code: string;
  period: string;
  revision: number;
  computed_at: Date;
  figures: SubmittedFiguresJson;
  checksum: string;
  reason: string | null;
  received_at: Date;
  /** Computed: received after the period's deadline. */
  late: boolean;
}

export interface SubmittedFiguresJson {
  memberCount: number;
  officialCount: number;
  transfersOutPending: string[];
  transfersInUnconfirmed: string[];
  [figure: string]: unknown;
}

/** One line of the national report: a registry row and its submissions of the period. */
export interface NationalReportLineParent {
  province: ProvinceRow;
  revisions: CentralSubmissionRow[];
}

export interface NationalTotalValue {
  total: number;
  provincesCounted: number;
  provincesMissing: string[];
}

export interface NationalReportParent {
  period: string;
  deadline: string;
  memberCount: NationalTotalValue;
  officialCount: NationalTotalValue;
  submitted: string[];
  late: string[];
  missing: string[];
  provinces: NationalReportLineParent[];
}

/** The national check's result as the carrier computed it (carrier/src/nationalCheck.ts). */
export interface NationalCheckRow {
  checked_at: Date;
  result: {
    asOf: string;
    members: NationalTotalValue;
    transfersAwaitingAcknowledgement: string[];
    transfersInTransit: number;
    flows?: { in: number; out: number; unmatched: number } | null;
    overdueTransfers: { id: string; fromProvince: string; toProvince: string; issuedOn: string; dueOn: string }[];
    citizenIdConflicts: { hash: string; provinces: string[] }[];
    conflictCheckMissing: string[];
  };
}
