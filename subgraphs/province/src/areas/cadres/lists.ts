// The register's lists and the report's figures: the candidates SQL reads through the indexes (db.ts), the dates
// the rules give them (schedule.ts), and a page of the result. A province's register is a few thousand cadres, and
// the candidates of a range a fraction of it, so the rules run in code, once, rather than again in SQL.
import { badInput } from '../../../../shared/errors.ts';
import { encodeCursor, type Page } from '../../../../shared/pagination.ts';
import { groupByKey } from '../../core/loaders.ts';
import type { Sql } from '../../core/sql.ts';
import { checkupCandidates, disciplinesOf, evaluationsOf, gradeCandidates, retirementCandidates, stepCandidates, unevaluatedCandidates } from './db.ts';
import type { CadreDisciplineRow, CadreRow } from './rows.ts';
import type { CadreRules, CheckupStatus } from './rules.ts';
import {
  birthRangeFor, checkupOf, gradePromotionOfCadre, inOffice, latestCheckupFor, latestGradeSinceFor, latestStepSinceFor, retirementOfCadre, stepRaiseOfCadre,
} from './schedule.ts';

/** A sorted list's page after the cadre `after` (the cursor names the last cadre of the previous page). */
export function pageOf(sorted: readonly CadreRow[], first: number, after: string | null): Page<CadreRow> {
  let start = 0;
  if (after !== null) {
    const at = sorted.findIndex((c) => c.id === after);
    if (at < 0) throw badInput('after', 'is not a cursor of this list (its cadre is no longer in it)');
    start = at + 1;
  }
  const nodes = sorted.slice(start, start + first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return { totalCount: sorted.length, edges, pageInfo: { hasNextPage: start + first < sorted.length, endCursor: edges.at(-1)?.cursor ?? null } };
}

const byKeyThenId = <K extends string>(key: (c: CadreRow) => K) => (a: CadreRow, b: CadreRow) =>
  key(a).localeCompare(key(b)) || a.id.localeCompare(b.id);

async function withDisciplines(sql: Sql, cadres: CadreRow[]): Promise<Array<[CadreRow, CadreDisciplineRow[]]>> {
  if (cadres.length === 0) return [];
  const ids = cadres.map((c) => c.id);
  const grouped = groupByKey(ids, await disciplinesOf(sql, ids), (d) => d.cadre_id);
  return cadres.map((c, i) => [c, grouped[i]]);
}

/** Cadres in office on their due day whose next raise falls due in [from, to], by due date. */
export async function dueStepRaise(sql: Sql, rules: CadreRules, from: string, to: string): Promise<CadreRow[]> {
  const due = new Map<string, string>();
  const rows: CadreRow[] = [];
  for (const [c, ds] of await withDisciplines(sql, await stepCandidates(sql, latestStepSinceFor(to, rules)))) {
    const { dueOn } = stepRaiseOfCadre(c, ds, rules);
    if (dueOn >= from && dueOn <= to && inOffice(c, dueOn, rules)) {
      due.set(c.id, dueOn);
      rows.push(c);
    }
  }
  return rows.sort(byKeyThenId((c) => due.get(c.id)!));
}

/** Cadres whose notice period (noticeFrom to retiresOn) overlaps [from, to], by retirement date. */
export async function retiring(sql: Sql, rules: CadreRules, from: string, to: string): Promise<CadreRow[]> {
  const { bornFrom, bornTo } = birthRangeFor(from, to, rules);
  const rows = (await retirementCandidates(sql, bornFrom, bornTo)).filter((c) => {
    const r = retirementOfCadre(c, rules);
    return r.noticeFrom <= to && r.retiresOn >= from;
  });
  return rows.sort(byKeyThenId((c) => retirementOfCadre(c, rules).retiresOn));
}

/** Cadres in office on `asOf` whose check-up has `status` (OVERDUE or DUE) on that day, by due date (none first). */
export async function checkupsWith(sql: Sql, rules: CadreRules, asOf: string, status: CheckupStatus): Promise<CadreRow[]> {
  const rows = (await checkupCandidates(sql, latestCheckupFor(asOf, rules)))
    .filter((c) => inOffice(c, asOf, rules) && checkupOf(c, asOf, rules).status === status);
  return rows.sort(byKeyThenId((c) => checkupOf(c, asOf, rules).dueOn ?? ''));
}

/** Cadres in office on `asOf` without an evaluation for `year`, by name. */
export async function notEvaluated(sql: Sql, rules: CadreRules, year: number, asOf: string): Promise<CadreRow[]> {
  const rows = (await unevaluatedCandidates(sql, year)).filter((c) => inOffice(c, asOf, rules));
  return rows.sort(byKeyThenId((c) => c.full_name));
}

/** Cadres in office on `asOf` eligible for promotion to the next grade on that day, by the day they became so. */
export async function eligibleForGradePromotion(sql: Sql, rules: CadreRules, asOf: string): Promise<CadreRow[]> {
  const candidates = (await gradeCandidates(sql, latestGradeSinceFor(asOf, rules))).filter((c) => inOffice(c, asOf, rules));
  if (candidates.length === 0) return [];
  const ids = candidates.map((c) => c.id);
  const [evaluations, disciplines] = await Promise.all([evaluationsOf(sql, ids), disciplinesOf(sql, ids)]);
  const byEval = groupByKey(ids, evaluations, (e) => e.cadre_id);
  const byDisc = groupByKey(ids, disciplines, (d) => d.cadre_id);
  const from = new Map<string, string>();
  candidates.forEach((c, i) => {
    const g = gradePromotionOfCadre(c, byEval[i], byDisc[i], rules, asOf);
    if (g.eligible) from.set(c.id, g.eligibleFrom!);
  });
  return candidates.filter((c) => from.has(c.id)).sort(byKeyThenId((c) => from.get(c.id)!));
}
