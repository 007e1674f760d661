// Row types of the annual quality rating (process 8, db.ts).

export type QualityLevel = 'HTXS' | 'HTT' | 'HT' | 'KHT';

/** One version of a member's rating for a year (quality_rating). */
export interface QualityRatingRow {
  id: string;
  member_id: string;
  year: number;
  version: number;
  score: number;
  level: QualityLevel;
  /** The member's cell when rated here; null for a rating a transfer brought (rated_in_*). */
  org_id: string | null;
  approver: string;
  decision_date: string;
  reason: string | null;
  is_current: boolean;
  recorded_at: Date;
  actor: string;
  /** Where a rating a transfer brought was given: the province, and its organisation's name there. */
  rated_in_province: string | null;
  rated_in_org: string | null;
}
