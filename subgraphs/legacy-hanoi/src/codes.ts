// The legacy system's own codes and the national standard's values they stand for (schema/standard/province.graphql
// enums). One table per code, read both ways: the adapter maps legacy -> national when it answers, the loader
// national -> legacy when it fills a legacy database from a national seed. Ethnicity and religion are mapped by
// the database's own catalogue tables (dm_dan_toc, dm_ton_giao), as the legacy system always did.

/** gioi_tinh */
export const SEX = { 1: 'NAM', 2: 'NU' } as const;
/** trang_thai: chính thức, dự bị */
export const STATUS = { CT: 'CHINH_THUC', DB: 'DU_BI' } as const;
/** tinh_trang: đang sinh hoạt, miễn sinh hoạt, đang chuyển đi, từ trần, xóa tên, khai trừ, ra khỏi Đảng */
export const STATE = {
  SH: 'ACTIVE', MS: 'EXEMPT', CD: 'IN_TRANSIT', TT: 'DECEASED', XT: 'REMOVED', KT: 'EXPELLED', RD: 'RESIGNED',
} as const;
/** cap (to_chuc_dang) */
export const ORG_LEVEL = {
  1: 'TINH', 2: 'XA', 3: 'CAP_TREN_CO_SO', 4: 'DANG_BO_CO_SO', 5: 'CHI_BO_CO_SO', 6: 'CHI_BO', 7: 'TO_DANG',
} as const;
/** loai (sinh_hoat_chi_bo): thường kỳ, chuyên đề, kết hợp, bất thường */
export const MEETING_TYPE = { TK: 'REGULAR', CD: 'THEMATIC', KH: 'COMBINED', BT: 'EXTRAORDINARY' } as const;
/** co_mat (diem_danh): có mặt, vắng có phép, vắng không phép */
export const PRESENCE = { C: 'PRESENT', P: 'EXCUSED', K: 'UNEXCUSED' } as const;

/** Levels the standard counts as party cells (chi bộ, chi bộ cơ sở): cellCount, cellsWithRegularMeeting. */
export const CELL_LEVELS = [5, 6] as const;
/** Meeting types that count as a regular meeting (thường kỳ, kết hợp): cellsWithRegularMeeting. */
export const REGULAR_TYPES = ['TK', 'KH'] as const;

type Table = Readonly<Record<string | number, string>>;

/** The national value of a legacy code; a code outside the table is a broken record, not a user mistake. */
export function toNational<T extends Table>(table: T, code: keyof T | string | number, what: string): T[keyof T] {
  const value = table[code as keyof T];
  if (value === undefined) throw new Error(`legacy ${what} code ${JSON.stringify(code)} has no national value`);
  return value;
}

/** The legacy code of a national value (the loader, and filters given in national values). */
export function toLegacy<T extends Table>(table: T, value: string, what: string): keyof T {
  const entry = Object.entries(table).find(([, v]) => v === value);
  if (!entry) throw new Error(`national ${what} ${JSON.stringify(value)} has no legacy code`);
  const key = entry[0];
  return (/^\d+$/.test(key) ? Number(key) : key) as keyof T;
}

/** 'DD/MM/YYYY' (the legacy text dates) -> 'YYYY-MM-DD'. */
export function isoDate(legacy: string): string;
export function isoDate(legacy: string | null): string | null;
export function isoDate(legacy: string | null): string | null {
  if (legacy === null) return null;
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(legacy);
  if (!m) throw new Error(`legacy date ${JSON.stringify(legacy)} is not DD/MM/YYYY`);
  return `${m[3]}-${m[2]}-${m[1]}`;
}

/** 'YYYY-MM-DD' -> 'DD/MM/YYYY'. */
export function legacyDate(iso: string): string;
export function legacyDate(iso: string | null): string | null;
export function legacyDate(iso: string | null): string | null {
  if (iso === null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`date ${JSON.stringify(iso)} is not YYYY-MM-DD`);
  return `${m[3]}/${m[2]}/${m[1]}`;
}
