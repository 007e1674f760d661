// Row types of Party badges (process 4, db.ts).

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

/** One milestone's figures at a ceremony (ProvinceReport.badges). */
export interface BadgeMilestoneFiguresRow {
  milestone: number;
  due: number;
  awarded: number;
}
