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

/**
 * True when the reader's counts of province `province` (or NATIONAL) are rounded: analysts, except the national
 * check's identity (exact totals); and a province's officer or service reading another province's figures, or
 * national ones (which hold the others'): exact only for its own province, as it reads them at home.
 */
export function roundsCounts(ctx: CentralContext, province: string): boolean {
  const principal = ctx.actor.principal;
  if (principal?.role === 'CENTRAL_ANALYST') return ctx.actor.id !== NATIONAL_CHECK_SUBJECT;
  return !(principal && 'province' in principal && principal.province === province);
}

/** A count of province `province` (or NATIONAL) as the reader may see it. */
export function discloseCount(ctx: CentralContext, province: string, figure: string, n: number, scope?: CellScope): number {
  return roundsCounts(ctx, province) ? ctx.roundCount(cellKey(figure, province, scope), n) : n;
}

/** A national count (a check's flows, transfers in transit) as the reader may see it. */
export const discloseNationalCount = (ctx: CentralContext, figure: string, n: number): number => discloseCount(ctx, NATIONAL, figure, n);

/** A submission's figures as the reader may see them: rounded under the province's live cell keys. */
export function shownFigures(ctx: CentralContext, s: CentralSubmissionRow): SubmittedFiguresJson {
  if (!roundsCounts(ctx, s.province_code)) return s.figures;
  return roundReportFigures(s.figures, (figure, n, scope) => discloseCount(ctx, s.province_code, figure, n, scope));
}

/** The checksum of the figures as shown: the exact figures' would let a rounding reader test guesses of them. */
export function shownChecksum(ctx: CentralContext, s: CentralSubmissionRow): string {
  if (!roundsCounts(ctx, s.province_code)) return s.checksum;
  return sha256Hex(canonicalJson({ province: s.province_code, period: s.period.trim(), figures: shownFigures(ctx, s) }));
}

/**
 * A submission's lists of transfer ids count transfers exactly, whatever the rounded transfersIn/transfersOut
 * publish: at the Centre they are the national check's (a province reads its own at home: exchange/transferAccess.ts).
 */
const exactList = (field: 'transfersOutPending' | 'transfersInUnconfirmed') => (f: SubmittedFiguresJson, _a: unknown, ctx: CentralContext) => {
  if (roundsCounts(ctx, NATIONAL)) {
    throw forbidden(`${field} lists transfers one by one, which would count them exactly; read the rounded transfersIn and transfersOut (at the Centre only the national check's identity reads the lists; a province reads its own at home)`);
  }
  return f[field];
};

export const submittedFiguresResolvers = {
  transfersOutPending: exactList('transfersOutPending'),
  transfersInUnconfirmed: exactList('transfersInUnconfirmed'),
};
