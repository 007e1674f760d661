// The Centre's side of the disclosure control (docs/disclosure-control.md): an aggregate-only reader's counts
// rounded by the provinces' rule and key, so that a submitted figure publishes here the value it publishes at
// its province, and national totals that tell no more than the provinces' published figures do.
import { cellKey, NATIONAL_CHECK_SUBJECT, roundReportFigures, type CellScope } from '../../../shared/disclosureControl.ts';
import { canonicalJson, sha256Hex } from '../../../shared/canonicalJson.ts';
import type { CentralContext } from '../context.ts';
import { forbidden } from '../../../shared/errors.ts';
import type { CentralSubmissionRow, SubmittedFiguresJson } from '../db/rows.ts';

/** The "province" of a national cell's key. */
const NATIONAL = 'national';

/** True for readers whose counts are rounded: analysts, except the national check's identity (exact totals). */
export function roundsCounts(ctx: CentralContext): boolean {
  return ctx.actor.principal?.role === 'CENTRAL_ANALYST' && ctx.actor.id !== NATIONAL_CHECK_SUBJECT;
}

/** A count of province `province` (or NATIONAL) as the reader may see it. */
export function discloseCount(ctx: CentralContext, province: string, figure: string, n: number, scope?: CellScope): number {
  return roundsCounts(ctx) ? ctx.roundCount(cellKey(figure, province, scope), n) : n;
}

/** A national count (a check's flows, transfers in transit) as the reader may see it. */
export const discloseNationalCount = (ctx: CentralContext, figure: string, n: number): number => discloseCount(ctx, NATIONAL, figure, n);

/** A submission's figures as the reader may see them: rounded under the province's live cell keys. */
export function shownFigures(ctx: CentralContext, s: CentralSubmissionRow): SubmittedFiguresJson {
  if (!roundsCounts(ctx)) return s.figures;
  return roundReportFigures(s.figures, (figure, n, scope) => discloseCount(ctx, s.province_code, figure, n, scope));
}

/** The checksum of the figures as shown: the exact figures' would let a rounding reader test guesses of them. */
export function shownChecksum(ctx: CentralContext, s: CentralSubmissionRow): string {
  if (!roundsCounts(ctx)) return s.checksum;
  return sha256Hex(canonicalJson({ province: s.province_code, period: s.period.trim(), figures: shownFigures(ctx, s) }));
}

/**
 * A submission's lists of transfer ids count transfers exactly, whatever the rounded transfersIn/transfersOut
 * publish: refused to a reader whose counts are rounded, as at the province (exchange/transferAccess.ts).
 */
const exactList = (field: 'transfersOutPending' | 'transfersInUnconfirmed') => (f: SubmittedFiguresJson, _a: unknown, ctx: CentralContext) => {
  if (roundsCounts(ctx)) {
    throw forbidden(`${field} lists transfers one by one, which would count them exactly; CENTRAL_ANALYST reads the rounded transfersIn and transfersOut (only the national check's identity reads the lists)`);
  }
  return f[field];
};

export const submittedFiguresResolvers = {
  transfersOutPending: exactList('transfersOutPending'),
  transfersInUnconfirmed: exactList('transfersInUnconfirmed'),
};
