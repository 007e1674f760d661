// The national tables of the chosen month: members (official, probationary, by sex, cells, meetings); movements
// and fees (admissions, exits, disciplinary measures, transfers, badges due, fee collection, the period report's
// status); and the cadre system and care for people with merit (raises, retirements, check-ups, evaluations,
// visits and gifts for the next occasion).
import type { DashboardNationalQuery } from '../../generated/graphql.ts';
import { h } from '../dom.ts';
import { figureCell, formatInteger, formatMillionVnd, formatRate, STATE_TEXT, sumOf, type ProvinceProblem } from '../figures.ts';

export type NationalProvince = DashboardNationalQuery['provinces'][number];
export type ProvinceReport = NonNullable<NationalProvince['report']>;

export interface ReportStatus {
  /** Submitted, late, missing (not yet due) for the chosen period. */
  label: string;
  state: 'submitted' | 'late' | 'missing' | 'unknown';
  differs: boolean | null;
}

export interface NationalTablesInput {
  provinces: readonly NationalProvince[];
  problems: ReadonlyMap<string, ProvinceProblem>;
  reportStatus: ReadonlyMap<string, ReportStatus>;
  onDrillDown: (code: string) => void;
}

const exitsTotal = (report: ProvinceReport): number | null => {
  if (!report.exitsByType) return null;
  const { total, counted } = sumOf(report.exitsByType.map((e) => e.count));
  return counted === report.exitsByType.length ? total : null;
};

/** Disciplinary measures decided in the month, every measure together (khiển trách to khai trừ). */
const disciplinesTotal = (report: ProvinceReport): number | null => {
  if (!report.disciplinesByMeasure) return null;
  const { total, counted } = sumOf(report.disciplinesByMeasure.map((d) => d.count));
  return counted === report.disciplinesByMeasure.length ? total : null;
};

const badgesDue = (p: NationalProvince): number | null => {
  const byMilestone = p.ceremony?.badges?.byMilestone;
  if (!byMilestone) return null;
  const { total, counted } = sumOf(byMilestone.map((m) => m.due));
  return counted === byMilestone.length ? total : null;
};

/** A whole row for a province that did not answer or refused: one cell saying so, not a row of zeros. */
function problemRow(p: NationalProvince, problem: ProvinceProblem | undefined, columns: number): HTMLTableRowElement {
  const state = problem?.state ?? 'unavailable';
  return h(
    'tr',
    { 'data-province': p.code, 'data-state': state, class: `row-${state}` },
    h('td', {}, p.code),
    h('th', { scope: 'row' }, p.name),
    h('td', { colspan: String(columns), class: `figure ${state}`, title: problem?.message }, `${STATE_TEXT[state].text}${problem ? ` (${problem.code})` : ''}`),
  );
}

function totalsRow(label: string, cells: Array<{ values: Array<number | null | undefined>; rate?: boolean; format?: (n: number) => string }>, provinces: number): HTMLTableRowElement {
  return h(
    'tr',
    { class: 'totals' },
    h('td', {}),
    h('th', { scope: 'row' }, label),
    ...cells.map(({ values, rate, format = formatInteger }) => {
      if (rate) return h('td', {});
      const { total, counted } = sumOf(values);
      return h('td', { class: 'figure', title: `Tổng của ${counted}/${provinces} tỉnh có số liệu` }, counted === provinces ? format(total) : `${format(total)} (${counted}/${provinces})`);
    }),
  );
}

export function membersTable({ provinces, problems, onDrillDown }: NationalTablesInput): HTMLTableElement {
  const fields = ['memberCount', 'officialCount', 'probationaryCount', 'maleCount', 'femaleCount', 'cellCount'] as const;
  const head = h(
    'tr',
    {},
    ...['Mã', 'Tỉnh, thành phố', 'Đảng viên', 'Chính thức', 'Dự bị', 'Nam', 'Nữ', 'Chi bộ', 'Sinh hoạt đúng kỳ', 'Tỷ lệ dự họp', ''].map((t) => h('th', { scope: 'col' }, t)),
  );
  const rows = provinces.map((p) => {
    const report = p.report;
    if (!report) return problemRow(p, problems.get(p.code), 9);
    const cell = (field: (typeof fields)[number]) => figureCell(report[field], { province: p.code, field });
    return h(
      'tr',
      { 'data-province': p.code, 'data-state': 'value' },
      h('td', {}, p.code),
      h('th', { scope: 'row' }, p.name),
      ...fields.map(cell),
      figureCell(report.handbook.complianceRate, { province: p.code, field: 'complianceRate', format: formatRate }),
      figureCell(report.attendanceRate, { province: p.code, field: 'attendanceRate', format: formatRate }),
      h('td', {}, h('button', { type: 'button', class: 'link', 'data-drill': p.code }, 'Chi tiết')),
    );
  });
  const table = h(
    'table',
    { id: 'members-table', class: 'figures' },
    h('caption', {}, 'Đảng viên theo tỉnh, thành phố'),
    h('thead', {}, head),
    h('tbody', {}, ...rows),
    h('tfoot', {}, totalsRow('Cả nước', [...fields.map((f) => ({ values: provinces.map((p) => p.report?.[f]) })), { values: [], rate: true }, { values: [], rate: true }, { values: [], rate: true }], provinces.length)),
  );
  table.addEventListener('click', (event) => {
    const code = (event.target as HTMLElement).closest('button[data-drill]')?.getAttribute('data-drill');
    if (code) onDrillDown(code);
  });
  return table;
}

/** "7/11/2026", the date of the ceremony whose badges are counted (the same in every province). */
function ceremonyLabel(provinces: readonly NationalProvince[]): string {
  const date = provinces.find((p) => p.ceremony?.badges)?.ceremony?.badges?.ceremonyDate;
  if (!date) return '';
  const [year, month, day] = date.split('-').map(Number);
  return ` (lễ ${day}/${month}/${year})`;
}

export function movementsTable({ provinces, problems, reportStatus }: NationalTablesInput): HTMLTableElement {
  const head = h(
    'tr',
    {},
    ...['Mã', 'Tỉnh, thành phố', 'Kết nạp', 'Ra khỏi danh sách', 'Kỷ luật', 'Chuyển đến', 'Chuyển đi', 'Chuyển đi quá hạn', `Huy hiệu đến hạn${ceremonyLabel(provinces)}`, 'Đảng phí đã thu', 'Tỷ lệ thu đảng phí', 'Nợ đảng phí (người)', 'Báo cáo kỳ'].map((t) => h('th', { scope: 'col' }, t)),
  );
  const rows = provinces.map((p) => {
    const report = p.report;
    const status = reportStatus.get(p.code);
    const statusCell = h(
      'td',
      { class: `report-${status?.state ?? 'unknown'}`, 'data-province': p.code, 'data-field': 'reportStatus', 'data-state': status?.state ?? 'unknown' },
      status ? status.label + (status.differs ? ' · khác số liệu hiện tại' : '') : STATE_TEXT.unavailable.text,
    );
    if (!report) {
      const row = problemRow(p, problems.get(p.code), 10);
      row.append(statusCell);
      return row;
    }
    const opts = (field: string) => ({ province: p.code, field });
    return h(
      'tr',
      { 'data-province': p.code, 'data-state': 'value' },
      h('td', {}, p.code),
      h('th', { scope: 'row' }, p.name),
      figureCell(report.admissionCount, opts('admissionCount')),
      figureCell(exitsTotal(report), opts('exits')),
      figureCell(disciplinesTotal(report), opts('disciplines')),
      figureCell(report.transfersIn, opts('transfersIn')),
      figureCell(report.transfersOut, opts('transfersOut')),
      figureCell(report.overdueTransfersOut, opts('overdueTransfersOut')),
      figureCell(badgesDue(p), opts('badgesDue')),
      figureCell(report.fees?.amountCollectedVnd, { ...opts('amountCollectedVnd'), format: formatMillionVnd }),
      figureCell(report.fees?.collectionRate, { ...opts('collectionRate'), format: formatRate }),
      figureCell(report.fees?.membersInArrears, opts('membersInArrears')),
      statusCell,
    );
  });
  return h(
    'table',
    { id: 'movements-table', class: 'figures' },
    h('caption', {}, 'Biến động đảng viên, huy hiệu và đảng phí'),
    h('thead', {}, head),
    h('tbody', {}, ...rows),
    h(
      'tfoot',
      {},
      totalsRow(
        'Cả nước',
        [
          { values: provinces.map((p) => p.report?.admissionCount) },
          { values: provinces.map((p) => (p.report ? exitsTotal(p.report) : null)) },
          { values: provinces.map((p) => (p.report ? disciplinesTotal(p.report) : null)) },
          { values: provinces.map((p) => p.report?.transfersIn) },
          { values: provinces.map((p) => p.report?.transfersOut) },
          { values: provinces.map((p) => p.report?.overdueTransfersOut) },
          { values: provinces.map(badgesDue) },
          { values: provinces.map((p) => p.report?.fees?.amountCollectedVnd), format: formatMillionVnd },
          { values: [], rate: true },
          { values: provinces.map((p) => p.report?.fees?.membersInArrears) },
          { values: [], rate: true },
        ],
        provinces.length,
      ),
    ),
  );
}

/** "Tết 2027", "27/7/2026": the occasion the merit-care figures count (the same in every province). */
function occasionLabel(provinces: readonly NationalProvince[]): string {
  const occasion = provinces.find((p) => p.report?.meritCare)?.report?.meritCare?.occasion;
  if (!occasion) return '';
  return occasion.kind === 'TET' ? ` (Tết ${occasion.year})` : ` (27/7/${occasion.year})`;
}

export function policyTable({ provinces, problems }: NationalTablesInput): HTMLTableElement {
  const fields = ['stepRaisesDue', 'retirementsDue', 'checkupsOverdue', 'cadresNotEvaluated'] as const;
  const merit = ['registered', 'done', 'due', 'overdue'] as const;
  const occasion = occasionLabel(provinces);
  const head = h(
    'tr',
    {},
    ...['Mã', 'Tỉnh, thành phố', 'Nâng bậc lương đến hạn (quý)', 'Nghỉ hưu đến hạn báo', 'Khám sức khỏe quá hạn', 'Chưa đánh giá năm trước',
      'Người có công', `Đã thăm, tặng quà${occasion}`, 'Đến hạn', 'Quá hạn'].map((t) => h('th', { scope: 'col' }, t)),
  );
  const rows = provinces.map((p) => {
    const report = p.report;
    if (!report) return problemRow(p, problems.get(p.code), fields.length + merit.length);
    return h(
      'tr',
      { 'data-province': p.code, 'data-state': 'value' },
      h('td', {}, p.code),
      h('th', { scope: 'row' }, p.name),
      ...fields.map((field) => figureCell(report[field], { province: p.code, field })),
      // meritCare is null when no occasion is dated on or after the period (a Tết year not configured)
      ...merit.map((field) => figureCell(report.meritCare ? report.meritCare[field] : null, { province: p.code, field: `meritCare.${field}` })),
    );
  });
  return h(
    'table',
    { id: 'policy-table', class: 'figures' },
    h('caption', {}, 'Cán bộ thuộc diện cấp ủy quản lý và chăm lo người có công'),
    h('thead', {}, head),
    h('tbody', {}, ...rows),
    h(
      'tfoot',
      {},
      totalsRow(
        'Cả nước',
        [
          ...fields.map((field) => ({ values: provinces.map((p) => p.report?.[field]) })),
          ...merit.map((field) => ({ values: provinces.map((p) => p.report?.meritCare?.[field]) })),
        ],
        provinces.length,
      ),
    ),
  );
}
