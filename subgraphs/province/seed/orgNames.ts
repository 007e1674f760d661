// Names of communes, grassroots party organisations and cells. Commune names are pairs of the auspicious
// Sino-Vietnamese words real communes are named with ("Tân Hòa", "An Phú"); hamlet words follow the region
// (thôn/xóm in the delta, bản in the mountains, ấp/khu phố in the south).
import type { Random } from './random.ts';
import type { Region } from './provinceProfiles.ts';

const nfc = (words: readonly string[]): string[] => words.map((w) => w.normalize('NFC'));

const FIRST_WORDS = nfc([
  'Tân', 'An', 'Bình', 'Phú', 'Hòa', 'Long', 'Thạnh', 'Vĩnh', 'Đông', 'Tây', 'Nam', 'Bắc', 'Quang', 'Minh',
  'Hưng', 'Thuận', 'Phước', 'Hiệp', 'Thanh', 'Xuân', 'Hồng', 'Đại', 'Kim', 'Mỹ', 'Ngọc', 'Trung', 'Đức',
  'Hải', 'Sơn', 'Thái', 'Thịnh', 'Lộc', 'Cẩm', 'Yên', 'Gia', 'Hoàng', 'Quảng', 'Tiên', 'Việt', 'Nghĩa',
]);
const SECOND_WORDS = nfc([
  'Hòa', 'Phú', 'Bình', 'An', 'Lợi', 'Thành', 'Thịnh', 'Hưng', 'Long', 'Lộc', 'Phong', 'Sơn', 'Hà', 'Lâm',
  'Thủy', 'Xuân', 'Điền', 'Khánh', 'Tiến', 'Hiệp', 'Trung', 'Đông', 'Tây', 'Mỹ', 'Quang', 'Thắng', 'Vinh',
  'Tường', 'Hải', 'Lạc', 'Nguyên', 'Châu', 'Phúc', 'Hội', 'Dương', 'Đức',
]);

/**
 * `count` distinct commune names for one province, in a seeded order: a shuffle of all word pairs, so no name
 * repeats until the 1,400-odd pairs run out (the largest province needs about 300).
 */
export function communeNames(random: Random, count: number): string[] {
  const pairs: string[] = [];
  for (const first of FIRST_WORDS) {
    for (const second of SECOND_WORDS) if (first !== second) pairs.push(`${first} ${second}`);
  }
  for (let i = pairs.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [pairs[i], pairs[j]] = [pairs[j], pairs[i]];
  }
  return Array.from({ length: count }, (_, i) =>
    i < pairs.length ? pairs[i] : `${pairs[i % pairs.length]} ${Math.floor(i / pairs.length) + 1}`,
  );
}

export type CommuneKind = 'XA' | 'PHUONG';

/** A commune as its organisations are named after it: `name` "Tân Hòa", `label` "xã Tân Hòa". */
export interface CommuneLabel {
  name: string;
  label: string;
}

export function communeLabel(kind: CommuneKind, name: string): CommuneLabel {
  return { name, label: kind === 'XA' ? `xã ${name}` : `phường ${name}` };
}

export const communeOrgName = (commune: CommuneLabel): string => `Đảng bộ ${commune.label}`;

/** What a grassroots party organisation is attached to: decides its name and the names of its cells. */
export interface Workplace {
  /** e.g. "Trường Trung học phổ thông Tân Hòa". */
  name: string;
  /** Departments that become its cells: "Tổ Toán – Tin", "Khoa Nội". */
  departments: readonly string[];
}

const WORKPLACE_KINDS: ReadonlyArray<(commune: CommuneLabel, random: Random) => Workplace> = [
  ({ name: c }) => ({ name: `Trường Trung học phổ thông ${c}`, departments: nfc(['Tổ Toán – Tin', 'Tổ Ngữ văn', 'Tổ Khoa học tự nhiên', 'Tổ Khoa học xã hội', 'Tổ Ngoại ngữ', 'Tổ Văn phòng']) }),
  ({ name: c }) => ({ name: `Trung tâm Y tế khu vực ${c}`, departments: nfc(['Khoa Nội', 'Khoa Ngoại', 'Khoa Sản', 'Khoa Nhi', 'Khoa Khám bệnh', 'Phòng Hành chính – Tổ chức', 'Khoa Y tế công cộng']) }),
  ({ name: c }, r) => ({ name: `Công ty Cổ phần ${r.pick(nfc(['Xây dựng', 'May', 'Cơ khí', 'Chế biến nông sản', 'Vận tải', 'Thương mại']))} ${c}`, departments: nfc(['Phòng Kỹ thuật', 'Phòng Kế toán', 'Phòng Kinh doanh', 'Phân xưởng 1', 'Phân xưởng 2', 'Đội Sản xuất', 'Văn phòng Công ty']) }),
  ({ label }) => ({ name: `Cơ quan Ủy ban nhân dân ${label}`, departments: nfc(['Văn phòng', 'Phòng Kinh tế', 'Phòng Văn hóa – Xã hội', 'Trung tâm Phục vụ hành chính công', 'Phòng Tài chính']) }),
  ({ label }) => ({ name: `các cơ quan Đảng ${label}`, departments: nfc(['Văn phòng Đảng ủy', 'Ban Xây dựng Đảng', 'Ủy ban Kiểm tra', 'Trung tâm Chính trị']) }),
  ({ label }) => ({ name: `Mặt trận Tổ quốc và các đoàn thể ${label}`, departments: nfc(['Mặt trận Tổ quốc', 'Hội Liên hiệp Phụ nữ', 'Đoàn Thanh niên', 'Hội Cựu chiến binh', 'Hội Nông dân']) }),
];

const SMALL_UNITS = nfc(['Trường Tiểu học', 'Trường Trung học cơ sở', 'Trường Mầm non', 'Trạm Y tế', 'Quỹ Tín dụng nhân dân', 'Hợp tác xã Nông nghiệp', 'Bưu điện văn hóa']);

export function drawWorkplace(random: Random, commune: CommuneLabel): Workplace {
  return random.pick(WORKPLACE_KINDS)(commune, random);
}

export const grassrootsCommitteeName = (workplace: Workplace): string => `Đảng bộ ${workplace.name}`;

/** Cell number `index` (0-based) of a grassroots party committee. */
export function departmentCellName(workplace: Workplace, index: number): string {
  const department = workplace.departments[index];
  return department ? `Chi bộ ${department}` : `Chi bộ số ${index + 1}`;
}

/** A small grassroots cell in an agency of the commune: "Chi bộ Trường Tiểu học An Phú 2". */
export function smallUnitCellName(random: Random, commune: string, serial: number): string {
  const unit = random.pick(SMALL_UNITS);
  return serial > 1 ? `Chi bộ ${unit} ${commune} ${serial}` : `Chi bộ ${unit} ${commune}`;
}

const DIRECTION_WORDS = nfc(['Đông', 'Tây', 'Nam', 'Bắc', 'Thượng', 'Hạ', 'Trung', 'Tân', 'Cựu', 'Nội', 'Ngoại']);

/** A residential cell (a hamlet or a street group): "Chi bộ thôn Đông 3", "Chi bộ bản Nà Phát", "Chi bộ khu phố 5". */
export function residentialCellName(random: Random, region: Region, kind: CommuneKind, serial: number): string {
  if (kind === 'PHUONG') return region === 'SOUTH' ? `Chi bộ khu phố ${serial}` : `Chi bộ tổ dân phố số ${serial}`;
  switch (region) {
    case 'SOUTH':
      return `Chi bộ ấp ${random.pick(DIRECTION_WORDS)} ${serial}`;
    case 'NORTH_MOUNTAIN':
      return random.chance(0.6) ? `Chi bộ bản ${serial}` : `Chi bộ thôn ${random.pick(DIRECTION_WORDS)} ${serial}`;
    case 'HIGHLANDS':
      return random.chance(0.4) ? `Chi bộ buôn ${serial}` : `Chi bộ thôn ${serial}`;
    case 'NORTH_DELTA':
    case 'CENTRAL':
      return random.chance(0.3) ? `Chi bộ xóm ${serial}` : `Chi bộ thôn ${random.pick(DIRECTION_WORDS)} ${serial}`;
    default: {
      const unknown: never = region;
      throw new Error(`unknown region ${String(unknown)}`);
    }
  }
}
