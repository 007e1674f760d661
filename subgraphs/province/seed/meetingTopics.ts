// Meeting topics in the words cell secretaries post on the Sổ tay đảng viên: the regular monthly meeting, the
// quarterly thematic one (themes that 2025-2026 directives push) and the extraordinary ones.
import type { MeetingType } from '../src/core/rows.ts';
import type { Random } from './random.ts';

const nfc = (words: readonly string[]): string[] => words.map((w) => w.normalize('NFC'));

const THEMES = nfc([
  'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'Nâng cao chất lượng sinh hoạt chi bộ theo Chỉ thị 50-CT/TW',
  'Chuyển đổi số và sử dụng Sổ tay đảng viên điện tử',
  'Thực hành tiết kiệm, chống lãng phí',
  'Quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng',
  'Bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái',
  'Phòng, chống tham nhũng, tiêu cực',
  'Vận hành chính quyền địa phương hai cấp',
  'Công tác phát triển đảng viên',
  'Bảo đảm an ninh, trật tự trên địa bàn',
  'Xây dựng khu dân cư văn minh, bảo vệ môi trường',
  'Phát huy vai trò nêu gương của cán bộ, đảng viên',
  'Đánh giá, xếp loại chất lượng đảng viên cuối năm',
  'Thực hiện quy chế dân chủ ở cơ sở',
]);

const EXTRAORDINARY_REASONS = nfc([
  'xét đề nghị kết nạp đảng viên',
  'xét công nhận đảng viên chính thức',
  'kiện toàn cấp ủy chi bộ',
  'cho ý kiến về công tác nhân sự',
  'triển khai nhiệm vụ phòng, chống thiên tai',
  'xem xét, đề nghị xóa tên đảng viên',
  'triển khai văn bản khẩn của cấp ủy cấp trên',
]);

export function meetingTopic(random: Random, type: MeetingType, month: number, year: number): string {
  switch (type) {
    case 'REGULAR':
      return `Sinh hoạt chi bộ thường kỳ tháng ${month}/${year}`;
    case 'COMBINED':
      return `Sinh hoạt thường kỳ tháng ${month}/${year} kết hợp chuyên đề: ${random.pick(THEMES)}`;
    case 'THEMATIC':
      return `Sinh hoạt chuyên đề: ${random.pick(THEMES)}`;
    case 'EXTRAORDINARY':
      return `Họp chi bộ bất thường: ${random.pick(EXTRAORDINARY_REASONS)}`;
    default: {
      const unknown: never = type;
      throw new Error(`unknown meeting type ${String(unknown)}`);
    }
  }
}
