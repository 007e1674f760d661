// Statistical disclosure control of the counts an aggregate-only reader sees (docs/disclosure-control.md):
// unbiased random rounding to base 5, made consistent by a cell key. Shared by the province subgraphs (live
// figures, submitted snapshots) and the Centre (submitted figures, national totals), so that the same cell with
// the same true value publishes the same value wherever it is read.
import { createHmac } from 'node:crypto';
import { readSecret } from '../../config/secrets.ts';

/** For local runs and tests only: a deployment sets DISCLOSURE_CONTROL_KEY, the same in every province and at the Centre. */
export const LOCAL_DISCLOSURE_CONTROL_KEY = 'local-development-disclosure-control-key';

/**
 * DISCLOSURE_CONTROL_KEY, for the configuration modules of the province subgraph and the Centre (each reads it
 * once, at start-up): at least 16 characters; unset, the development key. Every province and the Centre must
 * use the same key, so that a figure publishes one value wherever it is read.
 */
export function readDisclosureControlKey(env: Record<string, string | undefined>): string {
  return readSecret(env, 'DISCLOSURE_CONTROL_KEY', {
    development: LOCAL_DISCLOSURE_CONTROL_KEY,
    minLength: 16,
    holder: 'one random key, the same in all 34 provinces and at the Centre, never given to analysts: README "Secrets"',
  });
}

/**
 * The national check's identity (carrier/src/serviceTokens.ts): an analyst token with this subject, granted only
 * by the token issuer. It reads exact counts: it reconciles national totals, which rounding would not add up.
 */
export const NATIONAL_CHECK_SUBJECT = 'system:national-check';

/** Every published count is a multiple of this. */
export const ROUNDING_BASE = 5;

/** The dimensions that tell one cell from another (organisation id, exit type, sex …); never a period or a date. */
export type CellScope = Readonly<Record<string, string | number>>;

/**
 * The cell's identity: the figure, the province and the scope's dimensions in a canonical order. No period: the
 * same cell with the same true value publishes the same value in every month it is asked for, so asking many
 * equivalent periods gives nothing to average.
 */
export function cellKey(figure: string, province: string, scope: CellScope = {}): string {
  const dims = Object.keys(scope).sort().map((k) => `${k}=${scope[k]}`);
  return [figure, `province=${province}`, ...dims].join('|');
}

/** Rounds true count `n` of cell `cell` (cellKey) to a multiple of `base` (default ROUNDING_BASE). */
export type CountRounder = (cell: string, n: number, base?: number) => number;

/**
 * Amounts (VND) an aggregate-only reader sees are rounded by the same rule to this base: one member's monthly due
 * (0.5–1% of an income: tens to hundreds of thousands of dong) is lost in it, so a difference of two published
 * amounts does not show what one member earns, while a province's monthly total (hundreds of millions) keeps
 * its first three or more digits.
 */
export const AMOUNT_ROUNDING_VND = 1_000_000;

/**
 * The rounding with secret `key` (DISCLOSURE_CONTROL_KEY): n = 5q + r becomes 5q + 5 with probability r/5, else
 * 5q, so E[published] = n and |published − n| ≤ 4; 0 stays 0. The draw is HMAC-SHA256(key, cell + n): the same
 * cell and value always draw the same, different cells (or values) draw independently, and without the key
 * nobody can tell which way a value was rounded.
 */
export function createCountRounder(key: string): CountRounder {
  if (key.length === 0) throw new Error('the disclosure control key is empty');
  return (cell, n, base = ROUNDING_BASE) => {
    if (!Number.isInteger(n) || n < 0) throw new Error(`cannot round ${n} (cell ${cell}): counts are whole and not negative`);
    const r = n % base;
    if (r === 0) return n;
    return n - r + (drawOf(key, cell, n) < r / base ? base : 0);
  };
}

/** A uniform draw in [0, 1) from the first 48 bits of the HMAC. */
function drawOf(key: string, cell: string, n: number): number {
  const digest = createHmac('sha256', key).update(`${cell}\u0000${n}`).digest();
  return digest.readUIntBE(0, 6) / 2 ** 48;
}

/**
 * A share (part ÷ whole, at most 1) of published counts; null when the published whole is 0. Rounded apart, the
 * part can exceed the whole (6 → 10 of 7 → 5): the share is then 1.
 */
export function shareOf(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.min(1, part / whole);
}

/** The counts of a period report's figures (the province's submitted snapshot, the Centre's copy of it). */
export interface PeriodReportCounts {
  memberCount: number;
  officialCount: number;
  probationaryCount: number;
  maleCount: number;
  femaleCount: number;
  cellCount: number;
  meetingsHeld: number;
  cellsWithRegularMeeting: number;
  attendanceRate: number | null;
  transfersIn: number;
  transfersOut: number;
}

/**
 * A submitted report's figures as a reader whose counts are rounded sees them: each count rounded under the
 * cell key of the same figure in the live report (province subgraph, foundation/report.ts and transfers), so a
 * figure read live, from the province's snapshot or from the Centre's copy publishes one value. The snapshot
 * holds the attendance rate but not its counts, and a rate of exact small counts gives them away (3 of 4 is
 * 0.75): it is null; the live report's attendanceRate is computed from the rounded counts.
 */
export function roundReportFigures<F extends Partial<PeriodReportCounts>>(
  figures: F,
  round: (figure: string, n: number, scope?: CellScope) => number,
): F {
  const shown: Record<string, unknown> = { ...figures, attendanceRate: null };
  for (const [field, figure, scope] of REPORT_CELLS) {
    // a snapshot of an older standard may lack a figure: it stays absent
    const n = figures[field];
    if (typeof n === 'number') shown[field] = round(figure, n, scope);
  }
  return shown as F;
}

/** Each count of a period report, its cell's figure and scope (the live report's, foundation/report.ts). */
const REPORT_CELLS: readonly [keyof PeriodReportCounts, string, CellScope?][] = [
  ['memberCount', 'members'],
  ['officialCount', 'members', { status: 'CHINH_THUC' }],
  ['probationaryCount', 'members', { status: 'DU_BI' }],
  ['maleCount', 'members', { sex: 'NAM' }],
  ['femaleCount', 'members', { sex: 'NU' }],
  ['cellCount', 'cells'],
  ['meetingsHeld', 'meetings'],
  ['cellsWithRegularMeeting', 'cells.regularMeeting'],
  ['transfersIn', 'transfers.in'],
  ['transfersOut', 'transfers.out'],
];
