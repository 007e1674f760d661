// What is wrong right now: provinces that did not answer, period reports late or missing, submissions whose
// figures differ from the live ones, and the latest national check.
import type { DashboardPeriodStatusQuery } from '../../generated/graphql.ts';
import { h } from '../dom.ts';
import { formatInteger, type ProvinceProblem } from '../figures.ts';
import type { ReportStatus } from './nationalTables.ts';

type NationalReport = DashboardPeriodStatusQuery['nationalReport'];

/** Each province's report status for the tables, from the Centre's national report. */
export function reportStatuses(report: NationalReport | null): Map<string, ReportStatus> {
  const statuses = new Map<string, ReportStatus>();
  if (!report) return statuses;
  const late = new Set(report.late);
  for (const line of report.provinces) {
    const differs = line.province?.submittedReport?.differsFromLive ?? null;
    if (line.latest) {
      statuses.set(line.code, { state: line.latest.late ? 'late' : 'submitted', label: line.latest.late ? `nộp muộn (lần ${line.latest.revision})` : `đã nộp (lần ${line.latest.revision})`, differs });
    } else {
      statuses.set(line.code, late.has(line.code) ? { state: 'late', label: 'quá hạn, chưa nộp', differs: null } : { state: 'missing', label: 'chưa nộp', differs: null });
    }
  }
  return statuses;
}

/** A short list one per line; a long one (34 late provinces) as one paragraph, so that it does not fill the page. */
function list(id: string, title: string, items: string[], empty: string): HTMLElement {
  const body = items.length === 0 ? h('p', { class: 'ok' }, empty) : items.length <= 6 ? h('ul', {}, ...items.map((i) => h('li', {}, i))) : h('p', { class: 'problem' }, `${items.length} tỉnh: ${items.join(', ')}`);
  return h('div', { class: items.length ? 'status-item has-problems' : 'status-item', id }, h('h3', {}, title), body);
}

export function statusPanel(
  names: ReadonlyMap<string, string>,
  problems: ReadonlyMap<string, ProvinceProblem>,
  data: DashboardPeriodStatusQuery | null,
): HTMLElement[] {
  const name = (code: string) => `${code} ${names.get(code) ?? ''}`.trim();
  const unavailable = [...problems].filter(([, p]) => p.state === 'unavailable').map(([code, p]) => `${name(code)}: ${p.code}`);
  const report = data?.nationalReport ?? null;
  const differing = (report?.provinces ?? [])
    .filter((l) => l.province?.submittedReport?.differsFromLive)
    .map((l) => `${name(l.code)}: ${l.province!.submittedReport!.liveDifferences.map((d) => `${d.field} ${d.submitted ?? '—'} → ${d.live ?? '—'}`).join(', ')}`);
  const check = data?.nationalCheck ?? null;
  return [
    list('status-unavailable', 'Tỉnh không truy cập được', unavailable, 'Cả 34 tỉnh, thành phố đều trả lời.'),
    report
      ? list('status-late', `Báo cáo kỳ quá hạn (hạn nộp ${report.deadline})`, report.late.map((code) => names.get(code) ?? code), `Không tỉnh nào quá hạn; ${report.submitted.length} tỉnh đã nộp, ${report.missing.length} chưa nộp.`)
      : h('div', { class: 'status-item withheld', id: 'status-late' }, h('h3', {}, 'Báo cáo kỳ'), h('p', {}, 'Không đọc được báo cáo quốc gia của Trung ương.')),
    list('status-differs', 'Số liệu hiện tại khác báo cáo đã nộp', differing, 'Không có khác biệt (trong các tỉnh đọc được).'),
    h(
      'div',
      { class: 'status-item', id: 'status-check' },
      h('h3', {}, 'Kiểm tra quốc gia gần nhất'),
      check
        ? h(
            'p',
            {},
            `${check.asOf}: ${formatInteger(check.members.total)} đảng viên (${check.members.provincesCounted} tỉnh`,
            check.members.provincesMissing.length ? `, thiếu ${check.members.provincesMissing.join(', ')}` : '',
            `); ${check.transfersInTransit} hồ sơ đang chuyển, ${check.overdueTransfers.length} quá hạn`,
            check.flows ? `; trong tháng chuyển đến ${check.flows.in}, chuyển đi ${check.flows.out}, lệch ${check.flows.unmatched}.` : '.',
          )
        : h('p', {}, 'Chưa có lần kiểm tra nào.'),
    ),
  ];
}
