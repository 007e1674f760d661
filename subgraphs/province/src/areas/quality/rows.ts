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
  org_id: string;
  approver: string;
  decision_date: string;
  reason: string | null;
  is_current: boolean;
  recorded_at: Date;
  actor: string;
}
