// Charts drawn by Chart.js (bundled with the page by esbuild: no CDN). A province without a figure is a gap in its
// chart (null), never a bar of 0, and its label is marked.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { h } from '../dom.ts';
import { formatInteger, formatRate } from '../figures.ts';

// Only what the page draws, registered once (Chart.js is tree-shakeable: the rest stays out of the bundle).
Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);
Chart.defaults.font.family = "'Noto Sans', sans-serif";
Chart.defaults.color = '#333';
// The page is compared with the API by a test and looked at in screenshots: no animation to wait for.
Chart.defaults.animation = false;

const RED = '#b71c1c';
const GOLD = '#f9a825';
const BLUE = '#1565c0';
const TEAL = '#00897b';

const charts = new Map<string, Chart>();

/** A chart in a fixed-height box (Chart.js sizes the canvas to its parent). */
function draw(id: string, title: string, config: ChartConfiguration): HTMLElement {
  charts.get(id)?.destroy();
  const canvas = h('canvas', { id, role: 'img', 'aria-label': title });
  const figure = h('figure', { class: 'chart' }, h('figcaption', {}, title), h('div', { class: 'chart-box' }, canvas));
  // Drawn once the figure is in the document, where it has a size.
  queueMicrotask(() => charts.set(id, new Chart(canvas, config)));
  return figure;
}

export interface ProvinceSeries {
  code: string;
  name: string;
  /** false: the province gave no figures (its label is marked "⚠"). */
  answered: boolean;
}

const labelsOf = (provinces: readonly ProvinceSeries[]) => provinces.map((p) => (p.answered ? p.code : `${p.code} ⚠`));

function stackedBar(id: string, title: string, provinces: readonly ProvinceSeries[], series: Array<{ label: string; color: string; values: Array<number | null> }>): HTMLElement {
  return draw(id, title, {
    type: 'bar',
    data: { labels: labelsOf(provinces), datasets: series.map((s) => ({ label: s.label, data: s.values, backgroundColor: s.color, stack: 'a' })) },
    options: {
      maintainAspectRatio: false,
      scales: { x: { stacked: true, ticks: { autoSkip: false, maxRotation: 90 } }, y: { stacked: true, ticks: { callback: (v) => formatInteger(Number(v)) } } },
      plugins: {
        tooltip: {
          callbacks: {
            title: (items) => provinces[items[0]?.dataIndex ?? 0]?.name ?? '',
            label: (item) => `${item.dataset.label}: ${item.raw === null ? 'không có số liệu' : formatInteger(Number(item.raw))}`,
          },
        },
      },
    },
  });
}

export function membersChart(provinces: readonly ProvinceSeries[], official: Array<number | null>, probationary: Array<number | null>): HTMLElement {
  return stackedBar('chart-members', 'Đảng viên chính thức và dự bị', provinces, [
    { label: 'Chính thức', color: RED, values: official },
    { label: 'Dự bị', color: GOLD, values: probationary },
  ]);
}

export function sexChart(provinces: readonly ProvinceSeries[], male: Array<number | null>, female: Array<number | null>): HTMLElement {
  return stackedBar('chart-sex', 'Đảng viên theo giới tính', provinces, [
    { label: 'Nam', color: BLUE, values: male },
    { label: 'Nữ', color: TEAL, values: female },
  ]);
}

const rateAxis = { min: 0, max: 1, ticks: { callback: (v: string | number) => formatRate(Number(v)) } };

export function feesChart(provinces: readonly ProvinceSeries[], collectionRate: Array<number | null>): HTMLElement {
  return draw('chart-fees', 'Tỷ lệ thu đảng phí trong kỳ', {
    type: 'bar',
    data: { labels: labelsOf(provinces), datasets: [{ label: 'Đã thu / phải thu', data: collectionRate, backgroundColor: RED }] },
    options: {
      maintainAspectRatio: false,
      scales: { x: { ticks: { autoSkip: false, maxRotation: 90 } }, y: rateAxis },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { title: (items) => provinces[items[0]?.dataIndex ?? 0]?.name ?? '', label: (item) => (item.raw === null ? 'không có số liệu' : formatRate(Number(item.raw))) } },
      },
    },
  });
}

export function trendChart(months: readonly string[], compliance: Array<number | null>, attendance: Array<number | null>): HTMLElement {
  return draw('chart-trend', 'Sinh hoạt chi bộ 12 tháng (trung bình các tỉnh có số liệu)', {
    type: 'line',
    data: {
      labels: [...months],
      datasets: [
        { label: 'Chi bộ sinh hoạt đúng kỳ', data: compliance, borderColor: RED, backgroundColor: RED },
        { label: 'Tỷ lệ đảng viên dự họp', data: attendance, borderColor: BLUE, backgroundColor: BLUE },
      ],
    },
    options: {
      maintainAspectRatio: false,
      scales: { y: rateAxis },
      plugins: { tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${item.raw === null ? 'không có số liệu' : formatRate(Number(item.raw))}` } } },
    },
  });
}
