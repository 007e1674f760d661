// How a figure is shown. A number is a number; a figure the API did not give is never shown as 0 but as one of:
//   withheld     refused to this reader (FORBIDDEN: another province's report for a province officer, the
//                transfer lists or the organisation tree for an analyst);
//   unavailable  its province did not answer (the gateway tags the error with extensions.province);
//   none         null with no error: nothing to measure (attendance in a month without meetings).
import type { GraphQLErrorEntry } from './graphqlClient.ts';
import { h } from './dom.ts';

export type FigureState = 'value' | 'withheld' | 'unavailable' | 'none';

export interface ProvinceProblem {
  state: 'withheld' | 'unavailable';
  /** extensions.code, e.g. SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT, FORBIDDEN. */
  code: string;
  message: string;
}

const REFUSED_CODES = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);

/** The first error of each province, by code: which provinces failed or refused in this answer. */
export function provinceProblems(errors: readonly GraphQLErrorEntry[]): Map<string, ProvinceProblem> {
  const problems = new Map<string, ProvinceProblem>();
  for (const error of errors) {
    const province = error.extensions?.province;
    if (typeof province !== 'string' || problems.has(province)) continue;
    const code = error.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
    problems.set(province, { state: REFUSED_CODES.has(code) ? 'withheld' : 'unavailable', code, message: error.message });
  }
  return problems;
}

/** Whether an answer was refused on a field named `field` (e.g. rootOrganisation, transfers). */
export const refusedAt = (errors: readonly GraphQLErrorEntry[], field: string): boolean =>
  errors.some((e) => REFUSED_CODES.has(e.extensions?.code ?? '') && e.path?.includes(field));

const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const millions = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const formatInteger = (n: number): string => integer.format(n);
export const formatRate = (r: number): string => percent.format(r);
export const formatMillionVnd = (vnd: number): string => `${millions.format(vnd / 1_000_000)} tr ₫`;

export const STATE_TEXT: Record<Exclude<FigureState, 'value'>, { text: string; title: string }> = {
  withheld: { text: 'không được xem', title: 'Số liệu không cấp cho tài khoản này (FORBIDDEN)' },
  unavailable: { text: 'không truy cập được', title: 'Hệ thống của tỉnh không trả lời' },
  none: { text: '—', title: 'Không có số liệu (không có gì để đo trong kỳ)' },
};

export interface FigureOptions {
  province?: string;
  field?: string;
  /** The state of the figure's province in this answer, when it failed or was refused. */
  problem?: ProvinceProblem;
  format?: (n: number) => string;
}

/**
 * A table cell for one figure. data-province, data-field, data-state and data-value let the browser test read
 * the page's figures back and compare them with the API's.
 */
export function figureCell(value: number | null | undefined, options: FigureOptions = {}): HTMLTableCellElement {
  const format = options.format ?? formatInteger;
  if (typeof value === 'number') {
    return h('td', { class: 'figure value', 'data-province': options.province, 'data-field': options.field, 'data-state': 'value', 'data-value': String(value) }, format(value));
  }
  const state = options.problem ? options.problem.state : 'none';
  const attributes = {
    class: `figure ${state}`,
    'data-province': options.province,
    'data-field': options.field,
    'data-state': state,
    title: options.problem ? `${STATE_TEXT[state].title}: ${options.problem.code}` : STATE_TEXT[state].title,
  };
  return h('td', attributes, STATE_TEXT[state].text);
}

/** Σ of the figures given, and how many provinces gave one: a total never hides who is missing from it. */
export function sumOf(values: ReadonlyArray<number | null | undefined>): { total: number; counted: number } {
  let total = 0;
  let counted = 0;
  for (const v of values) {
    if (typeof v === 'number') {
      total += v;
      counted += 1;
    }
  }
  return { total, counted };
}
