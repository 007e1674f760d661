// Measures seedProvince: one fresh database per province on a PostgreSQL server, seeded in sequence, with the
// time, rows per second and this process's peak RSS. A tool, not part of the subgraph.
//
//   node --import tsx subgraphs/province/seed/benchmarkSeed.ts [--scale 0.01] [--codes 01,79] [--seed 1]
//        [--as-of 2026-10-31] [--foundation-only]
//
// --foundation-only skips the areas' seeders (src/areas/*/seed.ts) to time the organisation tree, members, meetings and
// attendance alone.
// Uses the server in BENCH_DATABASE_URL (a user that may create databases) or starts an embedded one in a
// temporary folder, as `npm test` does.
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { provinces } from '../../../schema/provinces.ts';
import { startEmbeddedPostgres } from '../../../scripts/lib/embeddedPostgres.ts';
import { createPool, migrate } from '../../shared/db.ts';
import { loadProvinceRules } from '../src/config.ts';
import { AREA_SEEDERS } from '../src/areas/index.ts';
import { seedProvince, type SeedSummary } from './seedProvince.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '0.01' },
    codes: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'as-of': { type: 'string', default: '2026-10-31' },
    'foundation-only': { type: 'boolean', default: false },
  },
});
if (values['foundation-only']) AREA_SEEDERS.length = 0;
const scale = Number(values.scale);
const codes = values.codes ? values.codes.split(',') : provinces.map((p) => p.code);
const migrations = new URL('../migrations', import.meta.url).pathname;

let serverUrl = process.env.BENCH_DATABASE_URL;
let stop = async () => {};
let tempDir: string | undefined;
const cleanUp = async () => {
  await stop();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
};
// An interrupted run still stops the server it started and removes its folder.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    // The seeding connection errors out as the server stops: expected now, and not a reason to skip the rest.
    process.on('uncaughtException', () => {});
    void cleanUp().finally(() => process.exit(130));
  });
}
if (!serverUrl) {
  tempDir = mkdtempSync(join(tmpdir(), 'seed-bench-pg-'));
  chmodSync(tempDir, 0o755); // as root, the server runs as a `postgres` user that must reach the folder
  const server = await startEmbeddedPostgres({ dataDir: join(tempDir, 'data'), port: 56000 + (process.pid % 3000) });
  serverUrl = server.urlFor('postgres');
  stop = server.stop;
}

async function freshDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}

const rowsOf = (s: SeedSummary) => s.orgs + s.members + s.meetings + s.attendance;

/**
 * CPU seconds a local process has used (Linux /proc; undefined elsewhere). On a busy machine wall time says
 * more about the neighbours than about the seed: CPU time of this process and of the server backend does not.
 */
function cpuSecondsOf(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return undefined;
  }
}
const nodeCpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
let totalNodeCpu = 0;
let totalServerCpu = 0;
let totalMs = 0;
let totalRows = 0;
// The fee rates and HTXS cap a province started from this environment would seed with (FEE_RATES_FILE …).
const rules = loadProvinceRules(process.env);
try {
  for (const code of codes) {
    const pool = createPool(await freshDatabase(`seed_bench_${code}`), { max: 1 });
    await migrate(pool, migrations);
    // One connection, so the backend measured is the one that seeds.
    const { rows } = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    const serverCpuBefore = cpuSecondsOf(rows[0].pid);
    const nodeCpuBefore = nodeCpuSeconds();
    const started = performance.now();
    const phases: string[] = [];
    const summary = await seedProvince(pool, {
      code, scale, seed: Number(values.seed), asOf: values['as-of']!, rules,
      onPhase: (name, phaseMs) => phases.push(`${name} ${(phaseMs / 1000).toFixed(2)} s`),
    });
    const ms = performance.now() - started;
    const nodeCpu = nodeCpuSeconds() - nodeCpuBefore;
    const serverCpu = (cpuSecondsOf(rows[0].pid) ?? NaN) - (serverCpuBefore ?? NaN);
    await pool.end();
    totalMs += ms;
    totalRows += rowsOf(summary);
    totalNodeCpu += nodeCpu;
    totalServerCpu += serverCpu;
    console.log(`${code}  ${(ms / 1000).toFixed(2)} s  ${Math.round(rowsOf(summary) / (ms / 1000))} rows/s  ` +
      `cpu node ${nodeCpu.toFixed(2)} s, server backend ${serverCpu.toFixed(2)} s  ${JSON.stringify(summary)}\n    ${phases.join('; ')}`);
  }
  const rssMiB = process.resourceUsage().maxRSS / 1024;
  const what = values['foundation-only'] ? 'foundation only' : `with ${AREA_SEEDERS.length} area seeders`;
  console.log(`total ${(totalMs / 1000).toFixed(2)} s for ${codes.length} provinces at scale ${scale} (${what}): ${totalRows} rows, ` +
    `${Math.round(totalRows / (totalMs / 1000))} rows/s, peak RSS ${rssMiB.toFixed(0)} MiB; ` +
    `cpu node ${totalNodeCpu.toFixed(1)} s, server backend ${totalServerCpu.toFixed(1)} s; load average ${loadavg()[0].toFixed(1)}`);
} finally {
  await cleanUp();
}
