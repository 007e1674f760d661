// Meeting compliance and attendance, province by month, over the 12 months up to the chosen one.
import type { DashboardTrendQuery } from '../../generated/graphql.ts';
import { h } from '../dom.ts';
import { figureCell, formatRate, provinceProblems, type ProvinceProblem } from '../figures.ts';
import type { GraphQLErrorEntry } from '../graphqlClient.ts';
import { monthLabel } from '../periods.ts';

type TrendProvince = DashboardTrendQuery['provinces'][number];
type TrendReport = TrendProvince['m0'];
const ALIASES = ['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9', 'm10', 'm11'] as const;

export const reportsOf = (p: TrendProvince): TrendReport[] => ALIASES.map((alias) => p[alias]);

/** Unweighted mean of the provinces' rates of one month; null when none gave one. */
export function meanByMonth(provinces: readonly TrendProvince[], rate: (r: NonNullable<TrendReport>) => number | null): Array<number | null> {
  return ALIASES.map((alias) => {
    const rates = provinces.map((p) => p[alias]).flatMap((r) => (r ? [rate(r)] : [])).filter((x): x is number => typeof x === 'number');
    return rates.length ? rates.reduce((a, b) => a + b, 0) / rates.length : null;
  });
}

export function trendTable(
  id: string,
  caption: string,
  months: readonly string[],
  provinces: readonly TrendProvince[],
  names: ReadonlyMap<string, string>,
  errors: readonly GraphQLErrorEntry[],
  rate: (r: NonNullable<TrendReport>) => number | null,
): HTMLTableElement {
  const problems: Map<string, ProvinceProblem> = provinceProblems(errors);
  return h(
    'table',
    { id, class: 'figures heat' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Tỉnh, thành phố'), ...months.map((m) => h('th', { scope: 'col' }, monthLabel(m))))),
    h(
      'tbody',
      {},
      ...provinces.map((p) =>
        h(
          'tr',
          { 'data-province': p.code },
          h('th', { scope: 'row' }, names.get(p.code) ?? p.code),
          ...reportsOf(p).map((r, i) => {
            const value = r ? rate(r) : null;
            const cell = figureCell(value, { province: p.code, field: months[i], problem: r ? undefined : problems.get(p.code), format: formatRate });
            // Shade by the rate: a month below the others stands out without reading every figure.
            if (typeof value === 'number') cell.style.setProperty('--rate', String(value));
            return cell;
          }),
        ),
      ),
    ),
  );
}
