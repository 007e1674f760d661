// The fee arrears list (Province.feeArrears) at a province's full size, side by side: candidates from the report
// summaries (what the subgraph does) against the exact computation over every member in scope (what it did), for
// the configured rule, a lower and a higher threshold, the whole province and one commune, with the months that
// transfers brought (fee_month_elsewhere) if the database has them. Each pair must give the same total and the
// same first page, or the run fails (exit 1). A tool, not a test.
//
//   node --import tsx subgraphs/province/bench/feeArrearsBench.ts <database URL of a seeded, migrated province> [--as-of 2026-11] [--runs 3]
import assert from 'node:assert/strict';
import { parseArgs } from 'node:util';
import { createPool } from '../../shared/db.ts';
import { arrears } from '../src/areas/fees/db.ts';
import { loadFeeRules } from '../src/areas/fees/rules.ts';
import { ProvinceDb } from '../src/core/ProvinceDb.ts';
import { addMonths } from '../src/core/yearMonth.ts';
import type { ScopeArgs } from '../src/core/sql.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'as-of': { type: 'string', default: '2026-11' }, runs: { type: 'string', default: '3' } } });
if (!positionals[0]) {
  console.error('usage: feeArrearsBench.ts <database URL of a seeded, migrated province> [--as-of YYYY-MM] [--runs N]');
  process.exit(2);
}
const pool = createPool(positionals[0], { max: 2 });
const db = new ProvinceDb(pool);
const rules = loadFeeRules({});
const asOf = values['as-of']!;
const runs = Number(values.runs);
const from = addMonths(asOf, 1 - rules.arrears.windowMonths);

const ms = async (work: () => Promise<unknown>) => {
  const t = performance.now();
  await work();
  return performance.now() - t;
};
const median = async (work: () => Promise<unknown>) => {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await ms(work));
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
};

const [{ members, carried }] = await db.sql.rows<{ members: number; carried: number }>(
  'SELECT (SELECT count(*) FROM member WHERE left_on IS NULL)::int AS members, (SELECT count(DISTINCT member_id) FROM fee_month_elsewhere)::int AS carried',
);
// the commune with the most members: the largest list a commune officer reads
const [{ commune }] = await db.sql.rows<{ commune: string }>(
  'SELECT o.commune_code AS commune FROM member m JOIN party_org o ON o.id = m.cell_id GROUP BY 1 ORDER BY count(*) DESC LIMIT 1',
);
console.log(`${members} members held, ${carried} with carried months; arrears window ${from} … ${asOf} ` +
  `(rule: ${rules.arrears.thresholdMonths} of ${rules.arrears.windowMonths} months); summaries: median of ${runs}, every member: one run`);
console.log(`${'list'.padEnd(44)} ${'summaries'.padStart(11)} ${'every member'.padStart(13)} ${'ratio'.padStart(7)}  total`);

const cases: Array<{ label: string; minMonths: number; scope: ScopeArgs }> = [
  { label: `whole province, ${rules.arrears.thresholdMonths}+ months (the rule)`, minMonths: rules.arrears.thresholdMonths, scope: {} },
  { label: 'whole province, 1+ month', minMonths: 1, scope: {} },
  { label: `whole province, ${rules.arrears.thresholdMonths + 3}+ months`, minMonths: rules.arrears.thresholdMonths + 3, scope: {} },
  { label: `commune ${commune}, ${rules.arrears.thresholdMonths}+ months`, minMonths: rules.arrears.thresholdMonths, scope: { communeCode: commune } },
];
let failed = false;
for (const c of cases) {
  const ask = (how: 'summaries' | 'every member') => arrears(db.sql, rules, from, asOf, c.minMonths, c.scope, null, 51, how);
  const fast = await median(() => ask('summaries'));
  let reference = 0;
  const expected = await (async () => {
    const t = performance.now();
    const r = await ask('every member');
    reference = performance.now() - t;
    return r;
  })();
  const got = await ask('summaries');
  let same = 'same total and first page';
  try {
    assert.deepEqual(got, expected);
  } catch {
    failed = true;
    same = `DIFFERENT: ${got.total} against ${expected.total}`;
  }
  console.log(`${c.label.padEnd(44)} ${fast.toFixed(0).padStart(8)} ms ${reference.toFixed(0).padStart(10)} ms ${(reference / fast).toFixed(1).padStart(6)}×  ${expected.total} (${same})`);
}
await pool.end();
process.exit(failed ? 1 : 0);
