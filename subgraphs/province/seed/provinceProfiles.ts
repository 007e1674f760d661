// What makes one province's demo data look like that province: its region (name forms, hamlet words), the
// share of ethnic minorities among its members and the religions they declare.
//
// The shares are rough, from memory of population patterns, not statistics [M]: they exist so that Cao Bằng's
// data does not look like Hà Nội's. Ethnicity codes are the 2-digit national list (01 Kinh, 02 Tày, 03 Thái,
// 04 Hoa, 05 Khơ-me, 06 Mường, 07 Nùng, 08 Mông, 09 Dao, 10 Gia-rai, 12 Ê-đê, 13 Ba-na, 14 Xơ-đăng,
// 15 Sán Chay, 16 Cơ-ho, 17 Chăm, 18 Sán Dìu, 19 Hrê, 20 Mnông, 21 Ra-glai, 22 Xtiêng, 23 Bru-Vân Kiều,
// 25 Giáy, 26 Cơ-tu, 27 Gié-Triêng, 28 Mạ, 29 Khơ-mú, 30 Co, 31 Tà-ôi, 32 Chơ-ro, 34 Xinh-mun, 35 Hà Nhì,
// 36 Chu-ru, 40 Phù Lá, 42 Lự, 44 Chứt, 46 Pà Thẻn, 54 Rơ-măm). Religion codes 01..05 stand for Phật giáo,
// Công giáo, Tin lành, Cao Đài, Phật giáo Hòa Hảo [M: confirm against the national catalogue].

/** Drives name forms: Hoàng/Vũ in the north and centre, Huỳnh/Võ in the south; thôn, bản or ấp. */
export type Region = 'NORTH_DELTA' | 'NORTH_MOUNTAIN' | 'CENTRAL' | 'HIGHLANDS' | 'SOUTH';

export interface ProvinceProfile {
  region: Region;
  /** Share of members who are Kinh (ethnicity '01'). */
  kinhShare: number;
  /** The other ethnicities, weighted. */
  minorities: ReadonlyArray<readonly [code: string, weight: number]>;
  /** Share of members with a declared religion (religion_code not NULL). */
  religionShare: number;
  religions: ReadonlyArray<readonly [code: string, weight: number]>;
}

const DEFAULT_RELIGIONS = [['01', 55], ['02', 30], ['03', 8], ['04', 4], ['05', 3]] as const;
const CATHOLIC_HEAVY = [['01', 30], ['02', 65], ['03', 5]] as const;
const PROTESTANT_HEAVY = [['01', 30], ['02', 30], ['03', 40]] as const;

type Entry = [Region, number, ProvinceProfile['minorities'], number?, ProvinceProfile['religions']?];

const PROFILES: Record<string, Entry> = {
  '01': ['NORTH_DELTA', 0.985, [['06', 6], ['02', 2], ['07', 1], ['09', 1]], 0.02, CATHOLIC_HEAVY],
  '04': ['NORTH_MOUNTAIN', 0.12, [['02', 55], ['07', 30], ['08', 6], ['09', 6], ['15', 2]]],
  '08': ['NORTH_MOUNTAIN', 0.35, [['02', 40], ['09', 18], ['08', 16], ['07', 8], ['15', 6], ['25', 4], ['46', 1]]],
  '11': ['NORTH_MOUNTAIN', 0.28, [['03', 55], ['08', 30], ['29', 8], ['35', 3], ['42', 2]]],
  '12': ['NORTH_MOUNTAIN', 0.22, [['03', 40], ['08', 28], ['09', 14], ['35', 8], ['25', 5], ['42', 3]]],
  '14': ['NORTH_MOUNTAIN', 0.2, [['03', 60], ['08', 18], ['06', 9], ['09', 5], ['29', 4], ['34', 2]]],
  '15': ['NORTH_MOUNTAIN', 0.45, [['02', 30], ['08', 22], ['09', 20], ['03', 10], ['25', 6], ['07', 5], ['35', 3], ['40', 2]]],
  '19': ['NORTH_MOUNTAIN', 0.68, [['02', 50], ['07', 18], ['09', 14], ['15', 8], ['18', 6], ['08', 4]]],
  '20': ['NORTH_MOUNTAIN', 0.15, [['07', 48], ['02', 40], ['09', 8], ['15', 2], ['08', 2]]],
  '22': ['NORTH_DELTA', 0.9, [['09', 40], ['02', 25], ['18', 15], ['15', 10], ['04', 10]]],
  '24': ['NORTH_DELTA', 0.93, [['07', 40], ['02', 30], ['15', 12], ['18', 12], ['04', 6]]],
  '25': ['NORTH_DELTA', 0.8, [['06', 75], ['09', 10], ['02', 8], ['18', 7]]],
  '31': ['NORTH_DELTA', 0.995, [['04', 60], ['06', 40]]],
  '33': ['NORTH_DELTA', 0.997, [['06', 60], ['04', 40]], 0.03, CATHOLIC_HEAVY],
  '37': ['NORTH_DELTA', 0.99, [['06', 90], ['04', 10]], 0.05, CATHOLIC_HEAVY],
  '38': ['CENTRAL', 0.87, [['06', 60], ['03', 32], ['08', 4], ['09', 4]]],
  '40': ['CENTRAL', 0.88, [['03', 70], ['29', 18], ['08', 10], ['46', 2]], 0.03, CATHOLIC_HEAVY],
  '42': ['CENTRAL', 0.995, [['44', 50], ['06', 50]], 0.03, CATHOLIC_HEAVY],
  '44': ['CENTRAL', 0.94, [['23', 70], ['31', 20], ['44', 10]]],
  '46': ['CENTRAL', 0.96, [['31', 60], ['26', 30], ['23', 10]]],
  '48': ['CENTRAL', 0.93, [['26', 45], ['14', 25], ['27', 20], ['30', 10]]],
  '51': ['CENTRAL', 0.8, [['19', 40], ['14', 30], ['13', 15], ['30', 8], ['27', 5], ['54', 2]]],
  '52': ['HIGHLANDS', 0.75, [['10', 65], ['13', 30], ['19', 5]], 0.04, PROTESTANT_HEAVY],
  '56': ['CENTRAL', 0.88, [['17', 50], ['21', 40], ['16', 10]]],
  '66': ['HIGHLANDS', 0.8, [['12', 55], ['20', 12], ['02', 10], ['07', 10], ['10', 8], ['08', 5]], 0.04, PROTESTANT_HEAVY],
  '68': ['HIGHLANDS', 0.85, [['16', 35], ['20', 20], ['28', 12], ['17', 12], ['36', 8], ['02', 7], ['07', 6]], 0.04, PROTESTANT_HEAVY],
  '75': ['SOUTH', 0.92, [['22', 40], ['04', 30], ['32', 10], ['07', 10], ['02', 10]], 0.05, CATHOLIC_HEAVY],
  '79': ['SOUTH', 0.95, [['04', 75], ['05', 15], ['17', 5], ['32', 5]], 0.03],
  '80': ['SOUTH', 0.97, [['05', 60], ['17', 20], ['04', 20]], 0.06, [['01', 30], ['04', 60], ['02', 10]]],
  '82': ['SOUTH', 0.995, [['04', 60], ['05', 40]], 0.03, [['01', 55], ['02', 25], ['05', 15], ['04', 5]]],
  '86': ['SOUTH', 0.86, [['05', 90], ['04', 10]], 0.03],
  '91': ['SOUTH', 0.88, [['05', 80], ['04', 12], ['17', 8]], 0.06, [['01', 30], ['05', 60], ['02', 10]]],
  '92': ['SOUTH', 0.82, [['05', 85], ['04', 15]], 0.03],
  '96': ['SOUTH', 0.92, [['05', 80], ['04', 20]], 0.03],
};

export function provinceProfile(code: string): ProvinceProfile {
  const entry = PROFILES[code];
  if (!entry) throw new Error(`No demo-data profile for province code ${JSON.stringify(code)}`);
  const [region, kinhShare, minorities, religionShare = 0.02, religions = DEFAULT_RELIGIONS] = entry;
  return { region, kinhShare, minorities, religionShare, religions };
}
