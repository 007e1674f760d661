// One province: its figures, its communes (members and cells under each commune committee, for the province's
// own officers) and its transfers with every other province (the province's row and column of the national
// matrix: the transfer lists are for its officers only, README "Access").
import type { DashboardProvinceQuery } from '../../generated/graphql.ts';
import { h } from '../dom.ts';
import { figureCell, formatInteger, formatRate, STATE_TEXT, type FigureState } from '../figures.ts';

type Province = NonNullable<DashboardProvinceQuery['province']>;
type Commune = NonNullable<Province['rootOrganisation']>['children'][number];

const CELL_LEVELS = new Set(['CHI_BO', 'CHI_BO_CO_SO']);

/** Members and active cells of a commune: the members are those of its cells, counted on each cell (direct). */
export function communeFigures(commune: Commune): { members: number; cells: number } {
  let members = commune.memberCount;
  let cells = 0;
  for (const child of commune.children) {
    members += child.memberCount;
    if (child.active && CELL_LEVELS.has(child.level)) cells += 1;
    for (const grandchild of child.children) {
      members += grandchild.memberCount;
      if (grandchild.active && CELL_LEVELS.has(grandchild.level)) cells += 1;
    }
  }
  return { members, cells };
}

function withheldNote(id: string, title: string, state: FigureState, why: string): HTMLElement {
  return h('div', { id, class: `panel-note ${state}`, 'data-state': state }, h('h3', {}, title), h('p', {}, `${state === 'value' ? '' : STATE_TEXT[state as Exclude<FigureState, 'value'>].text}: ${why}`));
}

export function communesTable(province: Province, state: FigureState): HTMLElement {
  const root = province.rootOrganisation;
  if (!root) return withheldNote('communes', 'Xã, phường, đặc khu', state, 'danh sách tổ chức đảng chỉ dành cho cán bộ của tỉnh (PROVINCE_OFFICER).');
  const communes = root.children.filter((c) => c.level === 'XA');
  return h(
    'table',
    { id: 'communes', class: 'figures' },
    h('caption', {}, `${communes.length} xã, phường, đặc khu của ${province.name}`),
    h('thead', {}, h('tr', {}, ...['Mã xã', 'Đảng bộ', 'Chi bộ', 'Đảng viên'].map((t) => h('th', { scope: 'col' }, t)))),
    h(
      'tbody',
      {},
      ...communes.map((c) => {
        const { members, cells } = communeFigures(c);
        return h(
          'tr',
          { 'data-commune': c.communeCode ?? c.id },
          h('td', {}, c.communeCode ?? ''),
          h('th', { scope: 'row' }, c.name),
          figureCell(cells, { field: 'cells' }),
          figureCell(members, { field: 'members' }),
        );
      }),
    ),
  );
}

/** Received official transfers by the other province, in and out. */
export function transferMatrix(province: Province, names: ReadonlyMap<string, string>, state: FigureState): HTMLElement {
  const transfers = province.transfers;
  if (!transfers) return withheldNote('transfer-matrix', 'Chuyển sinh hoạt đảng giữa các tỉnh', state, 'danh sách chuyển sinh hoạt chỉ dành cho cán bộ của tỉnh; tài khoản phân tích xem số chuyển đến, chuyển đi của từng tỉnh ở bảng trên.');
  const flows = new Map<string, { in: number; out: number }>();
  for (const { node } of transfers.edges) {
    if (node.kind !== 'OFFICIAL' || node.state !== 'RECEIVED') continue;
    const other = node.direction === 'IN' ? node.fromProvince : node.toProvince;
    const flow = flows.get(other) ?? { in: 0, out: 0 };
    if (node.direction === 'IN') flow.in += 1;
    else flow.out += 1;
    flows.set(other, flow);
  }
  const others = [...flows.keys()].sort();
  return h(
    'table',
    { id: 'transfer-matrix', class: 'figures' },
    h('caption', {}, `Chuyển sinh hoạt chính thức đã tiếp nhận, ${province.name} với các tỉnh (${transfers.edges.length}/${transfers.totalCount} hồ sơ gần nhất)`),
    h('thead', {}, h('tr', {}, ...['Tỉnh, thành phố', `Chuyển đến ${province.code}`, `Chuyển đi từ ${province.code}`].map((t) => h('th', { scope: 'col' }, t)))),
    h(
      'tbody',
      {},
      ...(others.length
        ? others.map((code) => h('tr', {}, h('th', { scope: 'row' }, `${code} ${names.get(code) ?? ''}`), figureCell(flows.get(code)!.in), figureCell(flows.get(code)!.out)))
        : [h('tr', {}, h('td', { colspan: '3' }, 'Không có hồ sơ chuyển sinh hoạt đã tiếp nhận.'))]),
    ),
  );
}

export function provinceSummary(province: Province): HTMLElement {
  const r = province.report;
  const item = (label: string, value: number | null | undefined, field: string, rate = false) =>
    h('div', { class: 'summary-item' }, h('span', {}, label), h('strong', {}, figureCell(value, { province: province.code, field, format: rate ? formatRate : formatInteger }).textContent ?? ''));
  return h(
    'div',
    { class: 'summary' },
    item('Đảng viên', r?.memberCount, 'memberCount'),
    item('Chính thức', r?.officialCount, 'officialCount'),
    item('Dự bị', r?.probationaryCount, 'probationaryCount'),
    item('Nam', r?.maleCount, 'maleCount'),
    item('Nữ', r?.femaleCount, 'femaleCount'),
    item('Chi bộ', r?.cellCount, 'cellCount'),
    item('Sinh hoạt đúng kỳ', r?.handbook.complianceRate, 'complianceRate', true),
    item('Tỷ lệ dự họp', r?.attendanceRate, 'attendanceRate', true),
  );
}
