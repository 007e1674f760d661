// Row types of care for people with merit (db.ts).
import type { Sex } from '../../core/rows.ts';
import type { OccasionKind } from './rules.ts';

export type MeritCategory =
  | 'HOAT_DONG_CM_TRUOC_1945' | 'HOAT_DONG_CM_1945_KHOI_NGHIA' | 'THAN_NHAN_LIET_SI' | 'BA_ME_VN_ANH_HUNG' | 'ANH_HUNG_LLVT'
  | 'ANH_HUNG_LAO_DONG_KHANG_CHIEN' | 'THUONG_BINH' | 'BENH_BINH' | 'NHIEM_CHAT_DOC_HOA_HOC' | 'BI_DICH_BAT_TU_DAY'
  | 'HOAT_DONG_KHANG_CHIEN' | 'CO_CONG_GIUP_DO_CM' | 'KHAC';
export type MeritRelation = 'SELF' | 'CHA' | 'ME' | 'VO_CHONG' | 'CON' | 'KHAC';
export type MeritCareKind = 'VISIT' | 'GIFT';

/** merit_person (migration 056). */
export interface MeritPersonRow {
  id: string;
  full_name: string;
  birth_year: number | null;
  sex: Sex;
  category: MeritCategory;
  member_id: string | null;
  cadre_name: string | null;
  relation: MeritRelation;
  org_id: string;
  registered_on: string;
  recorded_at: Date;
  actor: string;
}

/** merit_care (migration 056). */
export interface MeritCareRow {
  id: string;
  person_id: string;
  kind: MeritCareKind;
  occasion_kind: OccasionKind;
  occasion_year: number;
  given_on: string;
  /** bigint, read as a number (at most 1,000,000,000 by the table's check). */
  value_vnd: number;
  given_by: string;
  recorded_at: Date;
  actor: string;
}
