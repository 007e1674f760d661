// The cadre system's and merit care's report figures on one seeded province database at whatever scale it holds
// (full Hà Nội: 500,000 members), each the median of `runs` sequential runs. A tool, not a test.
//
//   node --import tsx subgraphs/province/bench/cadreMeritBench.ts <database URL of a seeded province> [--as-of 2026-10-31] [--runs 5]
//
// It migrates the database (055 … 057) and seeds the two areas when they are empty (their seeders, as the demo
// seed does), printing each step's time.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createPool, inTransaction, migrate } from '../../shared/db.ts';
import { cadresSeeder } from '../src/areas/cadres/seed.ts';
import { checkupsWith, dueStepRaise, notEvaluated, retiring } from '../src/areas/cadres/lists.ts';
import { quarterOf } from '../src/areas/cadres/schedule.ts';
import { registerFigures } from '../src/areas/merit-care/db.ts';
import { occasionOnOrAfter } from '../src/areas/merit-care/rules.ts';
import { meritCareSeeder } from '../src/areas/merit-care/seed.ts';
import { defaultProvinceSettings } from '../src/config.ts';
import { ProvinceDb } from '../src/core/ProvinceDb.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'as-of': { type: 'string', default: '2026-10-31' }, runs: { type: 'string', default: '5' } } });
if (!positionals[0]) {
  console.error('usage: cadreMeritBench.ts <database URL of a seeded province> [--as-of YYYY-MM-DD] [--runs N]');
  process.exit(2);
}
const pool = createPool(positionals[0], { max: 2 });
const db = new ProvinceDb(pool);
const asOf = values['as-of']!;
const runs = Number(values.runs);
const { rules } = defaultProvinceSettings();
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
const line = (label: string, t: number, extra = '') => console.log(`${label.padEnd(56)} ${t.toFixed(1).padStart(9)} ms ${extra}`);

line('migrations applied', await ms(() => migrate(pool, fileURLToPath(new URL('../migrations/', import.meta.url)))));
for (const [table, seeder] of [['cadre', cadresSeeder], ['merit_person', meritCareSeeder]] as const) {
  const [{ n }] = await db.sql.rows<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  if (n > 0) continue;
  line(`${seeder.name} seeded`, await ms(async () => {
    const client = await pool.connect();
    try {
      await inTransaction(client, (c) => seeder.run(c, { code: '01', asOf, seed: 1, scale: 1, rules }));
    } finally {
      client.release();
    }
  }));
}
const [{ members, cadres, people }] = await db.sql.rows<{ members: number; cadres: number; people: number }>(
  `SELECT (SELECT count(*) FROM member WHERE left_on IS NULL)::int AS members, (SELECT count(*) FROM cadre)::int AS cadres,
          (SELECT count(*) FROM merit_person)::int AS people`,
);
console.log(`${members} members held, ${cadres} cadres, ${people} people with merit; as of ${asOf}; median of ${runs} runs`);
const month = { first: `${asOf.slice(0, 7)}-01`, last: asOf };
const quarter = quarterOf(month.first);
const cadre = rules.cadres;
let n = 0;
line('stepRaisesDue (the quarter)', await median(async () => (n = (await dueStepRaise(db.sql, cadre, quarter.first, quarter.last)).length)), `= ${n}`);
line('retirementsDue (the month)', await median(async () => (n = (await retiring(db.sql, cadre, month.first, month.last)).length)), `= ${n}`);
line('checkupsOverdue', await median(async () => (n = (await checkupsWith(db.sql, cadre, month.last, 'OVERDUE')).length)), `= ${n}`);
const year = Number(asOf.slice(0, 4)) - 1;
line(`cadresNotEvaluated (${year})`, await median(async () => (n = (await notEvaluated(db.sql, cadre, year, month.last)).length)), `= ${n}`);
const occasion = occasionOnOrAfter(rules.meritCare, month.first)!;
let figures = { registered: 0, done: 0 };
line(`meritCare (${occasion.kind} ${occasion.year})`, await median(async () => (figures = await registerFigures(db.sql, occasion, month.last))), JSON.stringify(figures));
await pool.end();
