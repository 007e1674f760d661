// Row types of rewards and discipline (db.ts).

export type RewardKind = 'GIAY_KHEN' | 'BANG_KHEN' | 'KHAC';
export type DecisionLevel = 'CHI_BO' | 'CO_SO' | 'CAP_TREN_CO_SO' | 'TINH' | 'TRUNG_UONG';
export type DisciplineMeasure = 'KHIEN_TRACH' | 'CANH_CAO' | 'CACH_CHUC' | 'KHAI_TRU';

/** member_reward (migration 054). */
export interface RewardRow {
  id: string;
  member_id: string;
  kind: RewardKind;
  level: DecisionLevel;
  title: string;
  decision_no: string;
  decided_on: string;
  issued_by: string;
  recorded_at: Date;
  actor: string;
}

/** member_discipline (migration 054). */
export interface DisciplineRow {
  id: string;
  member_id: string;
  measure: DisciplineMeasure;
  level: DecisionLevel;
  decision_no: string;
  decided_on: string;
  decided_by: string;
  reason: string;
  post: string | null;
  in_force_until: string | null;
  recorded_at: Date;
  actor: string;
}
