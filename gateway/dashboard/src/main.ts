// The national dashboard (GET / and /dashboard): the page's entry, bundled by esbuild when the gateway starts
// (gateway/src/http/browserAssets.ts). It reads the chosen period's figures through the gateway in four typed
// operations (../operations/) and draws them; it holds no data of its own.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import './dashboard.css';
import {
  DashboardNationalDocument,
  DashboardPeriodStatusDocument,
  DashboardProvinceDocument,
  DashboardTrendDocument,
  type DashboardPeriodStatusQuery,
} from '../generated/graphql.ts';
import { h, replaceContent } from './dom.ts';
import { provinceProblems, refusedAt } from './figures.ts';
import { execute, RequestFailedError, type GraphQLResponse } from './graphqlClient.ts';
import { addMonths, defaultPeriod, isPeriod, lastTwelveMonths, monthLabel, nextCeremonyPeriod } from './periods.ts';
import { currentReader, forgetToken, storeToken, takeTokenFromUrl, type Reader } from './token.ts';
import { feesChart, membersChart, sexChart, trendChart, type ProvinceSeries } from './views/charts.ts';
import { membersTable, movementsTable, policyTable } from './views/nationalTables.ts';
import { communesTable, provinceSummary, transferMatrix } from './views/province.ts';
import { statusPanel, reportStatuses } from './views/status.ts';
import { meanByMonth, trendTable } from './views/trend.ts';

const ANALYST = 'CENTRAL_ANALYST';

function readerNote(reader: Reader): HTMLElement {
  if (reader.role === ANALYST) {
    return h(
      'p',
      { id: 'reader', class: 'rounded' },
      h('strong', {}, 'Tài khoản phân tích Trung ương (CENTRAL_ANALYST). '),
      'Mọi số đếm là số liệu làm tròn ngẫu nhiên đến bội số của 5 (lệch tối đa ±4 so với số thực, không thiên lệch, 0 vẫn là 0); ',
      'tỷ lệ được tính từ các số đã làm tròn, và tổng cả nước là tổng các số đã làm tròn. ',
      'Danh sách cá nhân và hồ sơ chuyển sinh hoạt không được cấp cho tài khoản này.',
    );
  }
  return h(
    'p',
    { id: 'reader' },
    h('strong', {}, `${reader.role}${reader.province ? ` · tỉnh ${reader.province}` : ''}. `),
    'Số liệu chính xác của tỉnh mình; số liệu của tỉnh khác không được xem.',
  );
}

function selectedPeriod(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('period');
  return isPeriod(fromUrl) ? fromUrl : defaultPeriod();
}

function setUrlParam(name: string, value: string | null): void {
  const url = new URL(window.location.href);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  window.history.replaceState(null, '', url.pathname + url.search);
}

async function showProvince(reader: Reader, code: string, period: string, names: ReadonlyMap<string, string>): Promise<void> {
  setUrlParam('province', code);
  replaceContent('province-detail', h('p', { class: 'loading' }, `Đang tải ${names.get(code) ?? code}…`));
  const { data, errors } = await execute(DashboardProvinceDocument, { code, period }, reader.token);
  const province = data?.province;
  const problem = provinceProblems(errors).get(code);
  if (!province) {
    replaceContent('province-detail', h('p', { class: `panel-note ${problem?.state ?? 'unavailable'}` }, `${names.get(code) ?? code}: ${problem?.message ?? 'không có số liệu'}`));
    return;
  }
  const state = (field: string) => (refusedAt(errors, field) ? 'withheld' : problem?.state ?? 'none');
  replaceContent(
    'province-detail',
    h('h2', {}, `${province.name} · kỳ ${monthLabel(period)}`),
    provinceSummary(province),
    h('div', { class: 'columns' }, communesTable(province, state('rootOrganisation')), transferMatrix(province, names, state('transfers'))),
  );
  document.getElementById('province-detail')?.setAttribute('data-province', code);
}

async function load(reader: Reader, period: string): Promise<void> {
  document.body.dataset.loaded = 'false';
  replaceContent('reader-note', readerNote(reader));
  const codes = reader.role === ANALYST ? null : reader.province ? [reader.province] : null;
  const months = lastTwelveMonths(period);
  const [m0, m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11] = months as [string, string, string, string, string, string, string, string, string, string, string, string];
  const [national, trend, status] = await Promise.all([
    execute(DashboardNationalDocument, { period, badgePeriod: nextCeremonyPeriod(period), codes }, reader.token),
    execute(DashboardTrendDocument, { m0, m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, codes }, reader.token),
    execute(DashboardPeriodStatusDocument, { period }, reader.token).catch((): GraphQLResponse<DashboardPeriodStatusQuery> => ({ data: null, errors: [] })),
  ]);
  const provinces = national.data?.provinces ?? [];
  const names = new Map((national.data?.registry ?? provinces).map((p) => [p.code, p.name]));
  const problems = provinceProblems(national.errors);
  const series: ProvinceSeries[] = provinces.map((p) => ({ code: p.code, name: p.name, answered: p.report !== null }));
  const statuses = reportStatuses(status.data?.nationalReport ?? null);

  replaceContent('status', h('h2', {}, `Tình trạng kỳ ${monthLabel(period)}`), h('div', { class: 'status-grid' }, ...statusPanel(names, problems, status.data)));
  const input = { provinces, problems, reportStatus: statuses, onDrillDown: (code: string) => void showProvince(reader, code, period, names) };
  replaceContent('tables', membersTable(input), movementsTable(input), policyTable(input));
  replaceContent(
    'charts',
    membersChart(series, provinces.map((p) => p.report?.officialCount ?? null), provinces.map((p) => p.report?.probationaryCount ?? null)),
    sexChart(series, provinces.map((p) => p.report?.maleCount ?? null), provinces.map((p) => p.report?.femaleCount ?? null)),
    trendChart(months.map(monthLabel), meanByMonth(trend.data?.provinces ?? [], (r) => r.handbook.complianceRate), meanByMonth(trend.data?.provinces ?? [], (r) => r.attendanceRate)),
    feesChart(series, provinces.map((p) => p.report?.fees?.collectionRate ?? null)),
  );
  const trendProvinces = trend.data?.provinces ?? [];
  replaceContent(
    'trend',
    trendTable('trend-compliance', 'Chi bộ sinh hoạt đúng kỳ theo tháng', months, trendProvinces, names, trend.errors, (r) => r.handbook.complianceRate),
    trendTable('trend-attendance', 'Tỷ lệ đảng viên dự họp theo tháng', months, trendProvinces, names, trend.errors, (r) => r.attendanceRate),
  );

  const picker = h('select', { id: 'province-picker', 'aria-label': 'Chọn tỉnh, thành phố' }, h('option', { value: '' }, 'Chọn tỉnh, thành phố…'), ...provinces.map((p) => h('option', { value: p.code }, `${p.code} ${p.name}`)));
  picker.addEventListener('change', () => picker.value && void showProvince(reader, picker.value, period, names));
  replaceContent('province-picker-slot', picker);
  const wanted = new URLSearchParams(window.location.search).get('province') ?? (reader.role === ANALYST ? null : reader.province);
  if (wanted && names.has(wanted)) await showProvince(reader, wanted, period, names);
  else replaceContent('province-detail', h('p', { class: 'hint' }, 'Chọn một tỉnh (nút "Chi tiết" trong bảng) để xem các xã, phường và chuyển sinh hoạt.'));
  document.body.dataset.loaded = 'true';
}

function start(): void {
  takeTokenFromUrl();
  // A list of months in Vietnamese rather than <input type="month">, which the browser labels in its own language.
  const periodInput = document.getElementById('period') as HTMLSelectElement;
  const chosen = selectedPeriod();
  const months = new Set([...lastTwelveMonths(defaultPeriod()), ...lastTwelveMonths(addMonths(defaultPeriod(), -12)), chosen]);
  periodInput.replaceChildren(...[...months].sort().reverse().map((m) => h('option', { value: m }, `Tháng ${monthLabel(m)}`)));
  const tokenForm = document.getElementById('token-form') as HTMLFormElement;
  const tokenInput = document.getElementById('token-input') as HTMLInputElement;
  periodInput.value = chosen;
  const run = () => {
    const reader = currentReader();
    if (!reader) {
      replaceContent('reader-note', h('p', { id: 'reader', class: 'withheld' }, 'Cần mã truy cập (token): mở trang bằng đường dẫn "#token=…" mà npm start in ra, hoặc dán token vào ô bên trên.'));
      document.body.dataset.loaded = 'true';
      return;
    }
    load(reader, periodInput.value).catch((error: Error) => {
      const why =
        error instanceof RequestFailedError && error.status === 401
          ? 'token không hợp lệ hoặc đã hết hạn (401); lấy token mới: npm run -s token -- CENTRAL_ANALYST'
          : error.message;
      replaceContent('status', h('p', { class: 'panel-note unavailable', id: 'load-error' }, `Không tải được số liệu: ${why}`));
      document.body.dataset.loaded = 'true';
    });
  };
  periodInput.addEventListener('change', () => {
    if (!isPeriod(periodInput.value)) return;
    setUrlParam('period', periodInput.value);
    run();
  });
  tokenForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (tokenInput.value.trim()) storeToken(tokenInput.value);
    tokenInput.value = '';
    run();
  });
  document.getElementById('forget-token')?.addEventListener('click', () => {
    forgetToken();
    window.location.reload();
  });
  run();
}

start();
