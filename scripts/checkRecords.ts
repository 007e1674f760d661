// `npm run check:records -- <database URL>…`: re-checks the member records already stored in province databases
// against today's rules for writes (names, dates, citizen IDs, record fields, control characters), and prints,
// per database, how many records break each rule with a few of their ids. Exit 1 when any record does, so it can
// run after an upgrade or an import from a legacy system. Reads only.
//   npm run check:records -- postgres://postgres:postgres@127.0.0.1:54320/province_79   (npm start running)
import pg from 'pg';
import { todayInVietnam } from '../subgraphs/shared/period.ts';
import { checkStoredMembers } from '../subgraphs/province/src/core/storedRecordCheck.ts';

const urls = process.argv.slice(2).filter((a) => a !== '--');
if (urls.length === 0 || urls.some((u) => !/^postgres(ql)?:\/\//.test(u))) {
  process.stderr.write('usage: npm run check:records -- <postgres://… database URL of a province>…\n');
  process.exit(2);
}
const today = todayInVietnam();
let broken = 0;
for (const url of urls) {
  const label = url.replace(/\/\/[^@/]*@/, '//…@');
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const report = await checkStoredMembers((sql, params) => client.query(sql, params), today, (n) => {
      if (process.stderr.isTTY) process.stderr.write(`\r${label}: ${n.toLocaleString('en-US')} records checked…`);
    });
    if (process.stderr.isTTY) process.stderr.write('\n');
    const records = [...report.problems.values()].reduce((n, p) => n + p.count, 0);
    broken += records;
    process.stdout.write(`${label}: ${report.checked.toLocaleString('en-US')} member records checked; ${report.problems.size === 0 ? 'all pass today\'s rules' : `${records} problems`}\n`);
    for (const [rule, { count, ids }] of report.problems) {
      process.stdout.write(`  ${count}  ${rule}   e.g. ${ids.join(', ')}\n`);
    }
  } catch (error) {
    process.stderr.write(`${label}: ${(error as Error).message}\n`);
    process.exitCode = 2;
  } finally {
    await client.end().catch(() => {});
  }
}
if (broken > 0) process.exitCode = 1;
