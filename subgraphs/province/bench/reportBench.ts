// One province's whole monthly report, timed at the subgraph (loopback, no gateway): every figure of
// `report(period)` in one request, and each area's figures alone, so a slow area shows. A tool, not a test.
//
//   BENCH_DATABASE_URL=postgres://user:pw@127.0.0.1:5432/postgres \
//   node --import tsx subgraphs/province/bench/reportBench.ts [--code 01] [--scale 0.1] [--seed 1]
//        [--as-of 2026-10-31] [--periods 2026-10,2026-09,2026-03] [--runs 15] [--reseed]
//        [--role PROVINCE_OFFICER|CENTRAL_ANALYST]   (an analyst's counts are rounded: docs/disclosure-control.md)
//
// The province is seeded once into database bench_report_<code>_<scale> on that server (kept for the next run;
// --reseed starts again). Without BENCH_DATABASE_URL an embedded server is started in a temporary folder.
// Prints, per period and per selection, the median and 90th percentile of `runs` sequential requests, in ms.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createTokenSigner, generateSigningKey, jwksOf } from '../../../auth/signer.ts';
import { createTokenVerifier } from '../../../auth/verifier.ts';
import { startEmbeddedPostgres } from '../../../scripts/lib/embeddedPostgres.ts';
import { createPool, ensureDatabase, migrate } from '../../shared/db.ts';
import { createLogger } from '../../shared/logger.ts';
import { isSeeded, seedProvince } from '../seed/seedProvince.ts';
import { startProvinceSubgraph } from '../src/server.ts';

const { values } = parseArgs({
  options: {
    code: { type: 'string', default: '01' },
    scale: { type: 'string', default: '0.1' },
    seed: { type: 'string', default: '1' },
    'as-of': { type: 'string', default: '2026-10-31' },
    periods: { type: 'string', default: '2026-10,2026-09,2026-03' },
    runs: { type: 'string', default: '15' },
    reseed: { type: 'boolean', default: false },
    role: { type: 'string', default: 'PROVINCE_OFFICER' },
  },
});
const code = values.code!;
const scale = Number(values.scale);
const runs = Number(values.runs);
const periods = values.periods!.split(',');

/** Every figure of ProvinceReport, by area: the whole report is all of them in one selection. */
const SELECTIONS: Record<string, string> = {
  foundation: 'memberCount officialCount probationaryCount maleCount femaleCount cellCount meetingsHeld cellsWithRegularMeeting attendanceRate suppressed',
  admission: 'admissionCount admissionsBySex { key value } admissionsByAgeBand { key value } admissionsByEthnicity { key value } candidatesPending probationaryOverdue',
  cards: 'cards { issued reissued officialWithoutCard }',
  badges: 'badges { ceremony ceremonyDate byMilestone { milestone due awarded } }',
  lifecycle: 'exitsByType { type count } exemptCount',
  handbook: 'handbook { activeCells cellsWithRegularMeeting complianceRate meetingsHeld attendanceRate shortMeetings lowAttendanceMeetings lateDocumentMeetings flaggedMeetings membersExcusedInARow meetingsScheduled meetingsCancelled }',
  directives: 'directives { directivesPublished feedbackReceived feedbackAnswered openFeedback }',
  fees: 'fees { membersDue membersPaid membersWithoutBasis amountDueVnd amountCollectedVnd collectionRate membersInArrears }',
  // the lists of transfer ids are the national check's: an analyst gets FORBIDDEN for them
  exchange: `transfersIn transfersOut overdueTransfersOut${values.role === 'CENTRAL_ANALYST' ? '' : ' transfersOutPending transfersInUnconfirmed'}`,
};
SELECTIONS['whole report'] = Object.values(SELECTIONS).join(' ');

let serverUrl = process.env.BENCH_DATABASE_URL;
let stopServer = async () => {};
let tempDir: string | undefined;
if (!serverUrl) {
  tempDir = mkdtempSync(join(tmpdir(), 'report-bench-pg-'));
  chmodSync(tempDir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: join(tempDir, 'data'), port: 56000 + (process.pid % 3000) });
  serverUrl = server.urlFor('postgres');
  stopServer = server.stop;
}
const dbName = `bench_report_${code}_${String(scale).replace('.', '_')}`;
const dbUrl = new URL(serverUrl);
dbUrl.pathname = `/${dbName}`;
if (values.reseed) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(dbName)} WITH (FORCE)`);
  await admin.end();
}
await ensureDatabase(dbUrl.toString());
const pool = createPool(dbUrl.toString(), { max: 10, applicationName: 'report-bench' });
await migrate(pool, new URL('../migrations', import.meta.url).pathname);
if (!(await isSeeded(pool))) {
  const started = performance.now();
  const summary = await seedProvince(pool, { code, scale, seed: Number(values.seed), asOf: values['as-of']! });
  console.log(`seeded province ${code} at scale ${scale} in ${((performance.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(summary)}`);
}

const key = await generateSigningKey('bench');
const auth = { issuer: 'urn:bench', audience: 'urn:bench-api' };
const verifier = createTokenVerifier({ jwks: { set: jwksOf(key) }, ...auth });
const token = await createTokenSigner({ key: key.privateJwk, ...auth }).mint(values.role === 'CENTRAL_ANALYST' ? { role: 'CENTRAL_ANALYST' } : { role: 'PROVINCE_OFFICER', province: code }, { ttlSeconds: 3600 });
const server = await startProvinceSubgraph(
  { code, pool, logger: createLogger('silent'), verifier },
  { port: 0, host: '127.0.0.1' },
);

async function ask(period: string, selection: string): Promise<number> {
  const body = JSON.stringify({
    query: `query($r: [_Any!]!, $p: String!) { _entities(representations: $r) { ... on Province${code} { report(period: $p) { ${selection} } } } }`,
    variables: { r: [{ __typename: `Province${code}`, code }], p: period },
  });
  const started = performance.now();
  const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  const json = (await response.json()) as { errors?: unknown[] };
  const ms = performance.now() - started;
  if (json.errors) throw new Error(`errors: ${JSON.stringify(json.errors).slice(0, 500)}`);
  return ms;
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
try {
  const { rows: [size] } = await pool.query<{ members: number }>('SELECT count(*)::int AS members FROM member WHERE left_on IS NULL');
  console.log(`province ${code}, scale ${scale}: ${size.members} live members; ${runs} sequential requests per line; load average ${loadavg()[0].toFixed(1)}`);
  for (const period of periods) {
    for (const [name, selection] of Object.entries(SELECTIONS)) {
      await ask(period, selection); // warm: plans, caches
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(await ask(period, selection));
      console.log(`${period}  ${name.padEnd(13)} median ${quantile(times, 0.5).toFixed(1).padStart(7)} ms   p90 ${quantile(times, 0.9).toFixed(1).padStart(7)} ms`);
    }
  }
} finally {
  await server.stop();
  await pool.end();
  await stopServer();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}
