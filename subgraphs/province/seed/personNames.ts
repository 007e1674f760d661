// Vietnamese full names for demo members. Kinh names are "family middle given" with family names weighted
// roughly as in the population (Nguyễn ~38%, Trần, Lê, Phạm ...), Hoàng/Vũ in the north and centre becoming
// Huỳnh/Võ in the south. Several minorities use their own family names and forms (Mông "Giàng A Páo",
// Ê-đê "Y Bhin Niê" / "H'Hen Niê"), so a Sơn La or Đắk Lắk list reads like one.
import { Random, Weighted } from './random.ts';
import type { Region } from './provinceProfiles.ts';

export type Sex = 'NAM' | 'NU';

const nfc = (words: readonly string[]): string[] => words.map((w) => w.normalize('NFC'));

const COMMON_FAMILIES: ReadonlyArray<readonly [string, number]> = [
  ['Nguyễn', 380], ['Trần', 110], ['Lê', 95], ['Phạm', 70], ['Phan', 45], ['Đặng', 21], ['Bùi', 20],
  ['Đỗ', 14], ['Hồ', 13], ['Ngô', 13], ['Dương', 10], ['Lý', 5], ['Đinh', 6], ['Trịnh', 5], ['Đào', 5],
  ['Mai', 4], ['Cao', 4], ['Lương', 4], ['Trương', 5], ['Đoàn', 4], ['Hà', 4], ['Lâm', 3], ['Tạ', 2],
  ['Chu', 2], ['Tô', 2], ['Kiều', 1], ['Quách', 1], ['Lưu', 2], ['Thái', 1], ['Triệu', 1],
];

function kinhFamilies(region: Region): Weighted<string> {
  const south = region === 'SOUTH';
  return new Weighted([
    ...COMMON_FAMILIES,
    [south ? 'Huỳnh' : 'Hoàng', 51],
    [south ? 'Võ' : region === 'CENTRAL' || region === 'HIGHLANDS' ? 'Võ' : 'Vũ', 39],
  ].map(([name, weight]) => [String(name).normalize('NFC'), Number(weight)] as const));
}

const MALE_MIDDLE = new Weighted(
  [['Văn', 45], ['Đức', 8], ['Hữu', 7], ['Minh', 7], ['Quang', 6], ['Xuân', 5], ['Công', 5], ['Thanh', 5],
   ['Ngọc', 4], ['Đình', 5], ['Trọng', 3], ['Quốc', 4], ['Anh', 2], ['Tiến', 2], ['Mạnh', 2]] as const,
);
const FEMALE_MIDDLE = new Weighted(
  [['Thị', 62], ['Ngọc', 7], ['Thu', 6], ['Thanh', 5], ['Minh', 3], ['Hồng', 4], ['Phương', 3], ['Thùy', 3],
   ['Kim', 3], ['Bích', 2], ['Mai', 2]] as const,
);
/** A second middle word some women carry after Thị: "Nguyễn Thị Thu Hà". */
const FEMALE_SECOND_MIDDLE = nfc(['Thu', 'Ngọc', 'Thanh', 'Minh', 'Kim', 'Bích', 'Hồng', 'Thúy', 'Diệu']);

const MALE_GIVEN = nfc([
  'Hùng', 'Dũng', 'Tuấn', 'Minh', 'Hải', 'Nam', 'Long', 'Sơn', 'Thắng', 'Cường', 'Hưng', 'Tùng', 'Quân',
  'Phong', 'Trung', 'Đức', 'Hoàng', 'Bình', 'Hiếu', 'Huy', 'Khánh', 'Thành', 'Tâm', 'Toàn', 'Vinh', 'Phúc',
  'Lâm', 'Tiến', 'Hậu', 'Thịnh', 'Lợi', 'Hòa', 'Quang', 'Tú', 'Kiên', 'Đạt', 'Duy', 'An', 'Bảo', 'Nghĩa',
  'Thuận', 'Chiến', 'Công', 'Định', 'Giang', 'Hiệp', 'Lộc', 'Phát', 'Sang', 'Thái', 'Trí', 'Việt',
]);
const FEMALE_GIVEN = nfc([
  'Lan', 'Hương', 'Hoa', 'Mai', 'Linh', 'Trang', 'Thảo', 'Hạnh', 'Hằng', 'Nga', 'Hà', 'Huyền', 'Ngọc', 'Yến',
  'Phương', 'Thủy', 'Dung', 'Loan', 'Tuyết', 'Nhung', 'Oanh', 'Vân', 'Hiền', 'Thu', 'Quỳnh', 'Anh', 'Châu',
  'Giang', 'Hồng', 'Liên', 'Nhàn', 'Thúy', 'Xuân', 'Diệp', 'My', 'Chi', 'Vy', 'Trâm', 'Lụa', 'Sen', 'Đào',
]);

/** How a minority writes names, and its usual family names. Unlisted ethnicities use Kinh forms. */
interface MinorityNaming {
  form: 'KINH' | 'MONG' | 'EDE' | 'JARAI' | 'KHMER';
  families: string[];
}

const MINORITY_NAMING: Record<string, MinorityNaming> = {
  '02': { form: 'KINH', families: nfc(['Hoàng', 'Nông', 'Lục', 'Đàm', 'Lương', 'Triệu', 'Ma', 'Bế', 'Hà', 'Vi', 'Lăng']) },
  '07': { form: 'KINH', families: nfc(['Hoàng', 'Nông', 'Lục', 'Vi', 'Lý', 'Mã', 'Chu', 'Lăng', 'Hứa']) },
  '03': { form: 'KINH', families: nfc(['Lò', 'Lường', 'Quàng', 'Cầm', 'Điêu', 'Vì', 'Tòng', 'Lù', 'Hà', 'Sầm']) },
  '06': { form: 'KINH', families: nfc(['Bùi', 'Đinh', 'Quách', 'Hà', 'Xa', 'Bạch']) },
  '09': { form: 'KINH', families: nfc(['Triệu', 'Bàn', 'Đặng', 'Chảo', 'Lý', 'Phùng', 'Tẩn']) },
  '04': { form: 'KINH', families: nfc(['Lâm', 'Lý', 'Quách', 'Hứa', 'Mã', 'Tăng', 'Diệp', 'Trần', 'La']) },
  '17': { form: 'KINH', families: nfc(['Đàng', 'Thiên', 'Quảng', 'Lưu', 'Thập', 'Bá', 'Châu']) },
  '08': { form: 'MONG', families: nfc(['Giàng', 'Sùng', 'Vàng', 'Thào', 'Lầu', 'Hờ', 'Lý', 'Mua', 'Sình', 'Vừ']) },
  '12': { form: 'EDE', families: nfc(['Niê', 'Êban', 'Mlô', 'Ktla', 'Byă', 'Knul', 'Adrơng', 'Hwing']) },
  '10': { form: 'JARAI', families: nfc(['Rơ Mah', 'Ksor', 'Siu', 'Rah Lan', 'Kpă', 'Nay', 'Puih', 'Rơ Châm']) },
  '05': { form: 'KHMER', families: nfc(['Thạch', 'Sơn', 'Kim', 'Danh', 'Lâm', 'Châu', 'Trà', 'Huỳnh']) },
};

const MONG_MALE_GIVEN = nfc(['Páo', 'Dình', 'Chứ', 'Sử', 'Pó', 'Lử', 'Dế', 'Sính', 'Cở', 'Tủa', 'Chù', 'Vảng']);
const MONG_FEMALE_GIVEN = nfc(['Mỷ', 'Dợ', 'Sú', 'Mai', 'Ly', 'Dung', 'Chi', 'Pà', 'Xúa']);
const HIGHLAND_MALE_GIVEN = nfc(['Bhin', 'Ngông', 'Jốk', 'Khoa', 'Thuật', 'Blốc', 'Wơn', 'Kông', 'Phước', 'Tuấn']);
const HIGHLAND_FEMALE_GIVEN = nfc(['Hen', 'Yim', 'Lan', 'Nga', 'Blưm', 'Mai', 'Bơ Khăp', 'Yơn', 'Lê']);
const KHMER_GIVEN = nfc(['Sóc', 'Phol', 'Sa Rươl', 'Sô Phal', 'Chanh Đa', 'Ri Na', 'Sa Rinh', 'Sóc Khê', 'Pha Ly', 'Kim Sơn']);

/** Names for one province: built once, then drawn hundreds of thousands of times. */
export class PersonNamer {
  private readonly kinh: Weighted<string>;

  constructor(region: Region) {
    this.kinh = kinhFamilies(region);
  }

  fullName(random: Random, sex: Sex, ethnicityCode: string): string {
    const naming = MINORITY_NAMING[ethnicityCode];
    const female = sex === 'NU';
    if (!naming) return this.kinhForm(random, this.kinh.draw(random), female);
    const family = random.pick(naming.families);
    switch (naming.form) {
      case 'KINH':
        return this.kinhForm(random, family, female);
      case 'MONG':
        return female
          ? `${family} Thị ${random.pick(MONG_FEMALE_GIVEN)}`
          : `${family} A ${random.pick(MONG_MALE_GIVEN)}`;
      case 'EDE':
        return female
          ? `H'${random.pick(HIGHLAND_FEMALE_GIVEN)} ${family}`
          : `Y ${random.pick(HIGHLAND_MALE_GIVEN)} ${family}`;
      case 'JARAI':
        return female
          ? `${family} H'${random.pick(HIGHLAND_FEMALE_GIVEN)}`
          : `${family} ${random.pick(HIGHLAND_MALE_GIVEN)}`;
      case 'KHMER':
        return female ? `${family} Thị ${random.pick(KHMER_GIVEN)}` : `${family} ${random.pick(KHMER_GIVEN)}`;
      default: {
        const unknown: never = naming.form;
        throw new Error(`unknown name form ${String(unknown)}`);
      }
    }
  }

  private kinhForm(random: Random, family: string, female: boolean): string {
    const given = random.pick(female ? FEMALE_GIVEN : MALE_GIVEN);
    let middle: string = (female ? FEMALE_MIDDLE : MALE_MIDDLE).draw(random);
    if (middle === given) middle = female ? 'Thị' : 'Văn';
    if (female && middle === 'Thị' && random.chance(0.2)) {
      const second = random.pick(FEMALE_SECOND_MIDDLE);
      if (second !== given) middle = `Thị ${second}`;
    }
    return `${family} ${middle} ${given}`;
  }
}
