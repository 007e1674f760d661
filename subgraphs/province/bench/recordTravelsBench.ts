// Issue 13's new reads, timed on one seeded province database at whatever scale it holds (full Hà Nội: 500,000
// members): the month's rewards and disciplinary figures (ProvinceReport.rewardsByKind, disciplinesByMeasure), a
// page of each list, and the fee arrears and a fee statement with and without the months that transfers bring
// (fee_month_elsewhere), side by side. A tool, not a test.
//
//   node --import tsx subgraphs/province/bench/recordTravelsBench.ts <database URL> [--as-of 2026-11-15] [--carried 5000] [--runs 7]
//
// It migrates the database (053, 054 …), seeds rewards and discipline when there are none (the area's seeder, as
// `npm start` does), and adds 12 carried months for `carried` members when the table is empty; it prints each
// step's time and, per read, the median of `runs` sequential runs, in ms.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createPool, inTransaction, migrate } from '../../shared/db.ts';
import { loadFeeRules } from '../src/areas/fees/rules.ts';
import { arrears, feeMonthsOfMember } from '../src/areas/fees/db.ts';
import { decisionsInMonth, disciplinePage, rewardPage } from '../src/areas/rewards-discipline/db.ts';
import { rewardsDisciplineSeeder } from '../src/areas/rewards-discipline/seed.ts';
import { defaultProvinceSettings } from '../src/config.ts';
import { ProvinceDb } from '../src/core/ProvinceDb.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'as-of': { type: 'string', default: '2026-11-15' }, carried: { type: 'string', default: '5000' }, runs: { type: 'string', default: '7' } },
});
const url = positionals[0];
if (!url) {
  console.error('usage: recordTravelsBench.ts <database URL of a seeded province> [--as-of YYYY-MM-DD] [--carried N] [--runs N]');
  process.exit(2);
}
const asOf = values['as-of']!;
const runs = Number(values.runs);
const pool = createPool(url, { max: 2 });
const db = new ProvinceDb(pool);
const rules = loadFeeRules({});
const month = asOf.slice(0, 7);
const timed = async <T>(work: () => Promise<T>) => {
  const t = performance.now();
  const result = await work();
  return { result, ms: performance.now() - t };
};
const median = async (work: () => Promise<unknown>) => {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timed(work)).ms);
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
};
const line = (label: string, ms: number, extra = '') => console.log(`${label.padEnd(58)} ${ms.toFixed(1).padStart(9)} ms ${extra}`);

const [{ n: members }] = await db.sql.rows<{ n: number }>('SELECT count(*)::int AS n FROM member WHERE left_on IS NULL');
console.log(`province database: ${members} members held; as of ${asOf}; median of ${runs} runs`);
const migrated = await timed(() => migrate(pool, fileURLToPath(new URL('../migrations/', import.meta.url))));
line(`migrations applied (${migrated.result.join(', ') || 'none'})`, migrated.ms);

const [{ n: rewards }] = await db.sql.rows<{ n: number }>('SELECT count(*)::int AS n FROM member_reward');
if (rewards === 0) {
  const seeded = await timed(async () => {
    const client = await pool.connect();
    try {
      await inTransaction(client, (c) => rewardsDisciplineSeeder.run(c, { code: '01', asOf, seed: 1, scale: 1, rules: defaultProvinceSettings().rules }));
    } finally {
      client.release();
    }
  });
  line('rewards and discipline seeded', seeded.ms);
}
const [{ r, d }] = await db.sql.rows<{ r: number; d: number }>('SELECT (SELECT count(*) FROM member_reward)::int AS r, (SELECT count(*) FROM member_discipline)::int AS d');
console.log(`  ${r} rewards, ${d} disciplinary measures`);

const firstDay = `${month}-01`;
const lastDay = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
line(`the month's figures by kind and measure (${month})`, await median(() => decisionsInMonth(db.sql, firstDay, lastDay)));
line('rewards, a page of 50 over two years (province)', await median(() => rewardPage(db.sql, { from: '2024-11-01', to: asOf, kind: null }, {}, null, 51)));
line('disciplines, a page of 50 over two years (province)', await median(() => disciplinePage(db.sql, { from: '2024-11-01', to: asOf, measure: null }, {}, null, 51)));

const [{ id: someone }] = await db.sql.rows<{ id: string }>('SELECT id FROM member WHERE left_on IS NULL ORDER BY id LIMIT 1');
const fees = async (label: string) => {
  const page = await median(() => arrears(db.sql, rules, addMonth(month, -11), month, 3, {}, null, 51));
  const { result } = await timed(() => arrears(db.sql, rules, addMonth(month, -11), month, 3, {}, null, 51));
  line(`fee arrears, first page of 50, whole province (${label})`, page, `total ${result.total}`);
  line(`fee statement of one member, 12 months (${label})`, await median(() => feeMonthsOfMember(db.sql, rules, someone, addMonth(month, -11), month)));
};
const [{ n: carried }] = await db.sql.rows<{ n: number }>('SELECT count(*)::int AS n FROM fee_month_elsewhere');
if (carried === 0) await fees('no carried months');
if (carried === 0 && Number(values.carried) > 0) {
  const added = await timed(() => db.sql.rows(
    `INSERT INTO fee_month_elsewhere (member_id, month, province_code, basis, due_vnd, paid_vnd, channel, paid_on)
     SELECT m.id, g::date, '79', 'SOCIAL_INSURANCE', 80000, CASE WHEN abs(hashtext(m.id::text || g::text)) % 4 = 0 THEN NULL ELSE 80000 END,
            CASE WHEN abs(hashtext(m.id::text || g::text)) % 4 = 0 THEN NULL ELSE 'CASH'::fee_channel END, NULL
       FROM (SELECT id FROM member WHERE left_on IS NULL ORDER BY hashtext(id::text) LIMIT $1) m,
            -- inside the arrears window: these members are counted here those months too, so every carried row goes
            -- through the check that this province does not count the month itself (the cost measured)
            generate_series($2::date - interval '11 months', $2::date, interval '1 month') g`,
    [Number(values.carried), firstDay],
  ));
  line(`${values.carried} members given 12 carried months`, added.ms);
}
await fees('with carried months');
await pool.end();

function addMonth(m: string, n: number): string {
  const index = Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
