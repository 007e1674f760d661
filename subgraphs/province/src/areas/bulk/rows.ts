// Row types of bulk data entry (process 10, db.ts).

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
