// Row types of exemption and exits (processes 9 and 10, db.ts).

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
