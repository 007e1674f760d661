// Disclosure control of the counts an analyst reads, exactly as the national standard specifies it
// (docs/disclosure-control.md of the standard's repository), so that an analyst reads the same figure from this
// system as from any other holding the same records: a true count n = 5q + r is published as 5q + 5 when the
// draw u < r/5, else 5q; u is the first 48 bits of HMAC-SHA256(DISCLOSURE_CONTROL_KEY, cellKey + NUL + n) / 2^48.
// The cell key is `figure|province=PP|dim=value…` (dimensions sorted), never a period.
import { createHmac } from 'node:crypto';

/** The standard's development key (its public default); a deployment sets DISCLOSURE_CONTROL_KEY. */
export const DEVELOPMENT_DISCLOSURE_CONTROL_KEY = 'local-development-disclosure-control-key';

/** The analyst's national-check identity reads exact counts (it reconciles national totals). */
export const NATIONAL_CHECK_SUBJECT = 'system:national-check';

export type CellScope = Readonly<Record<string, string>>;

export function cellKey(figure: string, province: string, scope: CellScope = {}): string {
  const dims = Object.keys(scope).sort().map((k) => `${k}=${scope[k]}`);
  return [figure, `province=${province}`, ...dims].join('|');
}

/** Rounds a true count of a cell to a multiple of 5 with the key. */
export function createRounder(key: string): (cell: string, n: number) => number {
  return (cell, n) => {
    const r = n % 5;
    if (r === 0) return n;
    const u = createHmac('sha256', key).update(`${cell}\u0000${n}`).digest().readUIntBE(0, 6) / 2 ** 48;
    return n - r + (u < r / 5 ? 5 : 0);
  };
}

/** part ÷ whole of published counts, at most 1; null when the whole is 0. */
export const shareOf = (part: number, whole: number): number | null => (whole === 0 ? null : Math.min(1, part / whole));
