// Benchmark of bulk data entry (process 10): a 10,000-row NEW_RECORDS file for one commune of a seeded province,
// through the same code a request runs (areas/bulk/runImport.ts), with the time of each phase; then the same file again
// (idempotence: nothing applied) and a 10,000-row MOVEMENTS file.
//
//   npm run bench:bulk [-- --rows 10000 --scale 0.01 --code 01]
//
// Uses the server in BENCH_DATABASE_URL (a user that may create databases) or starts an embedded one in a
// temporary folder, as `npm test` does. Prints one line per run; BENCHMARKS.md has the figures.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startEmbeddedPostgres } from './lib/embeddedPostgres.ts';
import { ANONYMOUS } from '../subgraphs/shared/actor.ts';
import { createPool, migrate } from '../subgraphs/shared/db.ts';
import { ProvinceDb } from '../subgraphs/province/src/core/ProvinceDb.ts';
import { runImport, type ImportRequest } from '../subgraphs/province/src/areas/bulk/runImport.ts';
import { seedProvince } from '../subgraphs/province/seed/seedProvince.ts';
import { loadProvinceRules } from '../subgraphs/province/src/config.ts';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '10000' }, scale: { type: 'string', default: '0.01' }, code: { type: 'string', default: '01' } },
});
const rowCount = Number(values.rows);
const code = values.code!;
// The rules a province started from this environment would apply (ADMISSION_MIN_AGE_MONTHS …, src/config.ts).
const { admission: admissionRules, ...seedRules } = loadProvinceRules(process.env);

let serverUrl = process.env.BENCH_DATABASE_URL;
let stopServer = async () => {};
let tempDir: string | undefined;
if (!serverUrl) {
  tempDir = mkdtempSync(join(tmpdir(), 'bulk-bench-pg-'));
  chmodSync(tempDir, 0o755); // as root, the server runs as a `postgres` user that must reach the folder
  const server = await startEmbeddedPostgres({ dataDir: join(tempDir, 'data'), port: 56000 + (process.pid % 3000) });
  serverUrl = server.urlFor('postgres');
  stopServer = server.stop;
}

const name = `bench_bulk_${code}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${name}`);
await admin.end();
const url = new URL(serverUrl);
url.pathname = `/${name}`;
const pool = createPool(url.toString(), { max: 2 });

try {
  await migrate(pool, new URL('../subgraphs/province/migrations', import.meta.url).pathname);
  await seedProvince(pool, { code, scale: Number(values.scale), seed: 1, asOf: '2026-10-31', rules: seedRules });
  const db = new ProvinceDb(pool);
  const { rows: cells } = await pool.query<{ id: string; commune_code: string }>(
    `SELECT id, commune_code FROM party_org WHERE level IN ('CHI_BO', 'CHI_BO_CO_SO') AND active AND commune_code IS NOT NULL ORDER BY commune_code, id`,
  );
  const commune = cells[0].commune_code;
  const communeCells = cells.filter((c) => c.commune_code === commune).map((c) => c.id);
  const elsewhere = cells.filter((c) => c.commune_code !== commune).map((c) => c.id);
  const members = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM member');
  process.stdout.write(`province ${code} seeded: ${members.rows[0].n} members, commune ${commune} with ${communeCells.length} cells\n`);

  const actor = { ...ANONYMOUS, id: 'bench:bulk' };
  const run = async (label: string, request: ImportRequest) => {
    const phases: Record<string, number> = {};
    const started = performance.now();
    const outcome = await runImport(db, actor, request, (phase, ms) => (phases[phase] = ms));
    const total = performance.now() - started;
    const ms = (v: number | undefined) => (v === undefined ? '-' : `${v.toFixed(0)} ms`);
    process.stdout.write(
      `${label.padEnd(26)} ${String(outcome.rows).padStart(6)} rows, ${(Buffer.byteLength(request.csv) / 1e6).toFixed(2)} MB: ` +
        `parse ${ms(phases.parse)}, validate ${ms(phases.validate)}, apply ${ms(phases.apply)}, total ${ms(total)} ` +
        `(accepted ${outcome.accepted}, rejected rows ${outcome.rejectedRows}, applied ${outcome.applied}, duplicate ${outcome.duplicate})\n`,
    );
  };

  const header = 'citizen_id,full_name,sex,birth_date,ethnicity_code,religion_code,cell_id,admission_decision_date,admission_decision_no,official_date,joined_on,birthplace,hometown,phone,occupation,education_general,education_professional,political_theory';
  const lines = [header];
  const citizenIds: string[] = [];
  for (let i = 0; i < rowCount; i++) {
    const year = 1960 + (i % 40);
    const citizenId = `0999${String(year % 100).padStart(2, '0')}${String(i).padStart(6, '0')}`;
    citizenIds.push(citizenId);
    const birth = `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    const admitted = `${year + 25}-05-19`;
    lines.push([
      citizenId, `Nguyễn Văn Thử ${i}`, i % 3 ? 'NAM' : 'NU', birth, i % 10 ? '01' : '02', i % 7 ? '' : '01',
      communeCells[i % communeCells.length], admitted, `${i}-QĐ/ĐU`, `${year + 26}-05-19`, '', '"Xã Đông Anh, Hà Nội"',
      '"Xã Đông Anh, Hà Nội"', `09${String(i).padStart(8, '0')}`, 'Giáo viên', '12/12', 'Cử nhân Sư phạm', 'SO_CAP',
    ].join(','));
  }
  const newRecords = lines.join('\n') + '\n';
  await run('NEW_RECORDS', { communeCode: commune, kind: 'NEW_RECORDS', csv: newRecords, allOrNothing: true, admissionRules });
  await run('NEW_RECORDS, same file', { communeCode: commune, kind: 'NEW_RECORDS', csv: newRecords, allOrNothing: true, admissionRules });
  const moves = ['citizen_id,movement,moved_on,to_cell_id,decision_no',
    ...citizenIds.map((c, i) => `${c},CELL_CHANGE,2026-10-01,${elsewhere[i % elsewhere.length]},${i}-QĐ/ĐU`)].join('\n');
  await run('MOVEMENTS', { communeCode: commune, kind: 'MOVEMENTS', csv: moves, allOrNothing: true, admissionRules });
} finally {
  await pool.end();
  await stopServer();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}
