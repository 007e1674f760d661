// `npm run bench [-- --scale 0.005 --duration 10 --connections 10,50]`: the gateway under load, side by side with
// Hive Gateway, on the real stack at a seed scale. Loopback only, bounded in time (about 12 x duration s plus
// the start; the first run at a scale also seeds it and installs Hive Gateway into gateway/bench/hive/).
//
// What runs, each in its own process so that each one's CPU is its own (read from /proc):
//   PostgreSQL (embedded, .data/bench/scale-<scale>/, seeded once per scale and reused)
//   the 35 subgraphs (benchStack.ts)   our gateway (benchGateway.ts createGateway: the whole product gateway)
//   Hive Gateway (gateway/bench/hive/, its own package and lockfile) on the same supergraph, URLs rewritten
// and this process, the load generator (undici, one keep-alive pool per target).
//
// Measured: (a) the national dashboard (every ProvinceReport figure, examples/dashboard.graphql) and the national
// member count through each gateway at each connection count, a distinct `period` on every request so that
// neither gateway can merge requests (and ours cannot serve one from cache: createGateway has none unless given);
// (b) one province's member page (100 members with their cells) through our gateway and directly at the
// subgraph; (c) SQL statements and PostgreSQL CPU per national query; (d) the seed time and the stack's memory.
// Prints a table and the ratios, and writes them into BENCHMARKS.md between its "npm run bench" markers.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';
import { createTokenSigner, generateSigningKey, jwksOf } from '../../auth/signer.ts';
import { provinces, provinceSubgraphName } from '../../schema/provinces.ts';
import { prepareDatabases } from '../../scripts/lib/databases.ts';
import { startEmbeddedPostgres } from '../../scripts/lib/embeddedPostgres.ts';
import { freePort } from '../../scripts/lib/freePort.ts';
import { operationsOfSource } from '../src/warmPlans.ts';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '0.005' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10,50' },
    'no-hive': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
  },
});
const SCALE = Number(args.scale);
const DURATION_S = Number(args.duration);
const CONNECTIONS = args.connections!.split(',').map(Number);
if (!(SCALE > 0 && SCALE <= 1) || !(DURATION_S > 0 && DURATION_S <= 120) || CONNECTIONS.some((c) => !(c >= 1 && c <= 200))) {
  console.error('usage: npm run bench -- [--scale 0.005 (0-1]] [--duration 10 (s, up to 120)] [--connections 10,50]');
  process.exit(2);
}
const root = fileURLToPath(new URL('../../', import.meta.url));
const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));
const hiveDir = here('./hive/');
const AS_OF = '2026-11-15';
const say = (line = '') => process.stdout.write(`${line}\n`);
const children: ChildProcess[] = [];
// Whatever ends this process (a crash included: a subgraph process that died made a later IPC send throw) ends
// the children too; a run that failed once at full scale left both gateways running.
process.on('exit', () => {
  for (const c of children) c.kill('SIGTERM');
});
process.env.APOLLO_TELEMETRY_DISABLED = '1';

// ---- the queries ----
const dashboardOps = operationsOfSource(readFileSync(join(root, 'examples/dashboard.graphql'), 'utf8'));
const DASHBOARD = dashboardOps.find((o) => o.name === 'NationalDashboard')!;
const MEMBER_COUNT = dashboardOps.find((o) => o.name === 'NationalMemberCount')!;
/** 143 months, 2015-01 to 2026-11: with at most 50 requests in flight, no two carry the same variables. */
const PERIODS = Array.from({ length: 143 }, (_, i) => `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
const MEMBER_FIELDS = 'members(first: 100, after: $after) { edges { node { id fullName status cell { id name } } } pageInfo { endCursor } }';
const PAGE_VIA_GATEWAY = `query MemberPage($after: String) { province(code: "01") { ${MEMBER_FIELDS} } }`;
const PAGE_AT_SUBGRAPH = `query MemberPage($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on Province01 { ${MEMBER_FIELDS} } } }`;

// ---- processes ----
function startNode(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; ipc?: boolean; tsx?: boolean } = {}): ChildProcess {
  const child = spawn(process.execPath, [...(options.tsx === false ? [] : ['--import', 'tsx']), ...args], {
    stdio: ['ignore', 'pipe', 'inherit', ...(options.ipc ? (['ipc'] as const) : [])],
    env: { ...process.env, ...options.env },
    cwd: options.cwd,
  });
  children.push(child);
  return child;
}

const firstLine = (child: ChildProcess, what: string) =>
  new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${what} exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', resolve);
  });

/** utime + stime of a process in ms (100 Hz clock ticks). */
function cpuMs(pid: number): number {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return 0;
  }
}
const rssMb = (pid: number) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
  } catch {
    return 0;
  }
};
/** Proportional set size: shared memory counted once over the processes sharing it (PostgreSQL's shared buffers
 * appear in every backend's RSS, so a sum of RSS counts them once per backend). */
const pssMb = (pid: number) => {
  try {
    return Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))![1]) / 1024;
  } catch {
    return rssMb(pid);
  }
};
/** CPU of the whole PostgreSQL server: the postmaster, its live children, and the children that have exited
 * (an idle pooled connection closes after 30 s, and its backend with it: cutime/cstime keep what they used). */
function postgresCpuMs(postmaster: number): number {
  let total = postgresPids(postmaster).reduce((s, p) => s + cpuMs(p), 0);
  try {
    const f = readFileSync(`/proc/${postmaster}/stat`, 'utf8').split(') ')[1]!.split(' ');
    total += (Number(f[13]) + Number(f[14])) * 10;
  } catch {
    // gone: counted as nothing more
  }
  return total;
}

/** The PostgreSQL server's backends: the postmaster's children. */
function postgresPids(postmaster: number): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1]!.split(' ')[1] === String(postmaster);
      } catch {
        return false;
      }
    })
    .map(Number)
    .concat(postmaster);
}

// ---- load ----
interface Run {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
  cpu: Record<string, number>;
  statements: number;
  firstError?: string;
}

type Check = (body: any) => string | undefined;

async function load(url: string, connections: number, body: (i: number) => string, headers: Record<string, string>, check: Check, seconds: number, watch: Record<string, () => number>, statements: () => Promise<number>): Promise<Run> {
  const target = new URL(url);
  // A request not answered in 30 s counts as an error rather than holding the measurement open.
  const pool = new Pool(target.origin, { connections, headersTimeout: 30_000, bodyTimeout: 30_000 });
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  const cpuBefore = Object.fromEntries(Object.entries(watch).map(([k, f]) => [k, f()]));
  const stmtsBefore = await statements();
  const started = performance.now();
  const until = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < until) {
      const i = next++;
      const t = performance.now();
      try {
        const res = await pool.request({ path: target.pathname, method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: body(i) });
        const text = await res.body.text();
        const problem = res.statusCode !== 200 ? `HTTP ${res.statusCode}: ${text.slice(0, 200)}` : check(JSON.parse(text));
        if (problem) {
          errors++;
          firstError ??= problem;
        }
      } catch (error) {
        errors++;
        firstError ??= String(error);
      }
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (performance.now() - started) / 1000;
  const stmts = (await statements()) - stmtsBefore;
  await pool.close();
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
  const n = latencies.length;
  return {
    requests: n,
    errors,
    rps: n / elapsed,
    p50: q(0.5),
    p99: q(0.99),
    cpu: Object.fromEntries(Object.entries(watch).map(([k, f]) => [k, (f() - cpuBefore[k]!) / Math.max(1, n)])),
    statements: stmts / Math.max(1, n),
    firstError,
  };
}

const nationalCheck: Check = (b) =>
  b.errors ? `errors: ${JSON.stringify(b.errors).slice(0, 300)}` : b.data?.provinces?.length !== 34 ? 'not 34 provinces' : undefined;

// ---- main ----
async function main() {
  const startedAt = new Date();
  say(`npm run bench: scale ${SCALE}, ${DURATION_S} s per measurement, connections ${CONNECTIONS.join(', ')}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  if (!args['no-hive'] && !existsSync(join(hiveDir, 'node_modules/@graphql-hive/gateway/dist/bin.js'))) {
    say('Installing Hive Gateway for the benchmark (npm ci --prefix gateway/bench/hive, first run only)…');
    const r = spawnSync('npm', ['ci', '--prefix', hiveDir, '--no-audit', '--no-fund'], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('npm ci --prefix gateway/bench/hive failed');
  }

  // PostgreSQL and the data, once per scale.
  const dataDir = join(root, `.data/bench/scale-${SCALE}/postgres`);
  mkdirSync(dataDir, { recursive: true });
  const pgPort = await freePort();
  const pg = await startEmbeddedPostgres({ dataDir, port: pgPort, onNotice: (l) => say(`  ${l}`) });
  const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  try {
    const urlFor = (code: string) => pg.urlFor(code === 'central' ? 'central' : `province_${code}`);
    const seedStarted = performance.now();
    let seeded = 0;
    const dbs = await prepareDatabases({ urlFor, seed: { scale: SCALE, seed: 1, asOf: AS_OF }, onSeed: (e) => void (e.phase === 'done' && seeded++) });
    const seedS = (performance.now() - seedStarted) / 1000;
    const members = Number((await Promise.all([...dbs.provinces.values()].map(async (p) => (await p.query('SELECT count(*)::int AS n FROM member WHERE left_on IS NULL')).rows[0].n))).reduce((a, b) => a + b, 0));
    await dbs.close();
    say(seeded ? `Seeded ${seeded} provinces at scale ${SCALE} in ${seedS.toFixed(1)} s (${members} members)` : `Databases at scale ${SCALE} already seeded (${members} members; delete ${dataDir} to reseed)`);

    // Tokens, as in production.
    const key = await generateSigningKey('bench');
    const AUTH = { issuer: 'urn:bench', audience: 'urn:bench-api' };
    const benchAuth = JSON.stringify({ jwks: { set: jwksOf(key) }, ...AUTH });
    const signer = createTokenSigner({ key: key.privateJwk, ...AUTH });
    const analyst = `Bearer ${await signer.mint({ role: 'CENTRAL_ANALYST' }, { ttlSeconds: 7200 })}`;
    const officer = `Bearer ${await signer.mint({ role: 'PROVINCE_OFFICER', province: '01' }, { ttlSeconds: 7200 })}`;

    const urlsOfDb = Object.fromEntries(['central', ...provinces.map((p) => p.code)].map((c) => [c, urlFor(c)]));
    const stack = startNode([here('./benchStack.ts'), JSON.stringify(urlsOfDb)], { env: { BENCH_AUTH: benchAuth }, ipc: true });
    const subgraphUrls = JSON.parse(await firstLine(stack, 'the subgraphs')) as Record<string, string>;
    const stats = () =>
      new Promise<{ statements: number; rssMb: number }>((resolve) => {
        stack.once('message', (m) => resolve(m as { statements: number; rssMb: number }));
        stack.send('stats');
      });
    const statements = async () => (await stats()).statements;

    const ours = startNode([here('./benchGateway.ts'), 'createGateway', JSON.stringify(subgraphUrls)], { env: { BENCH_AUTH: benchAuth } });
    const oursUrl = await firstLine(ours, 'our gateway');
    const gateways: Array<{ name: string; url: string; pid: number }> = [{ name: 'ours', url: oursUrl, pid: ours.pid! }];
    if (!args['no-hive']) {
      let sdl = readFileSync(join(root, 'schema/supergraph.graphql'), 'utf8');
      sdl = sdl.replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (_m, name: string) => `@join__graph(name: "${name}", url: "${subgraphUrls[name]}")`);
      const supergraphFile = join(root, `.data/bench/supergraph-${process.pid}.graphql`);
      writeFileSync(supergraphFile, sdl);
      const port = await freePort();
      const hive = startNode([join(hiveDir, 'node_modules/@graphql-hive/gateway/dist/bin.js'), 'supergraph'], {
        cwd: hiveDir,
        tsx: false,
        env: { BENCH_SUPERGRAPH: supergraphFile, BENCH_PORT: String(port), NODE_ENV: 'production' },
      });
      const url = `http://127.0.0.1:${port}/graphql`;
      for (let i = 0; ; i++) {
        const ok = await fetch(`http://127.0.0.1:${port}/readiness`).then((r) => r.ok, () => false);
        if (ok) break;
        if (i > 720) throw new Error('Hive Gateway did not become ready in 180 s');
        await new Promise((r) => setTimeout(r, 250));
      }
      gateways.push({ name: 'hive', url, pid: hive.pid! });
    }
    const watchOf = (pid: number) => ({
      gateway: () => cpuMs(pid),
      subgraphs: () => cpuMs(stack.pid!),
      postgres: () => postgresCpuMs(postmaster),
    });

    // Warm: plans, connections, JIT, on both gateways.
    for (const g of gateways) {
      for (const op of [DASHBOARD, MEMBER_COUNT]) {
        await load(g.url, 4, (i) => JSON.stringify({ query: op.query, variables: { period: PERIODS[i % PERIODS.length] } }), { authorization: analyst }, nationalCheck, Math.min(3, DURATION_S), watchOf(g.pid), statements);
      }
    }

    const results: Array<{ query: string; connections: number; gateway: string; run: Run }> = [];
    for (const op of [DASHBOARD, MEMBER_COUNT]) {
      for (const c of CONNECTIONS) {
        // Alternate which gateway goes first, so that a drift in the machine's load does not favour one.
        const order = results.length % 4 === 0 ? gateways : [...gateways].reverse();
        for (const g of order) {
          const run = await load(g.url, c, (i) => JSON.stringify({ query: op.query, variables: { period: PERIODS[i % PERIODS.length] } }), { authorization: analyst }, nationalCheck, DURATION_S, watchOf(g.pid), statements);
          results.push({ query: op.name, connections: c, gateway: g.name, run });
          say(`  ${op.name.padEnd(19)} ${String(c).padStart(3)} conn  ${g.name.padEnd(5)} ${run.rps.toFixed(1).padStart(7)} req/s  p50 ${run.p50.toFixed(0).padStart(5)} ms  p99 ${run.p99.toFixed(0).padStart(5)} ms  errors ${run.errors}  gateway CPU ${run.cpu.gateway!.toFixed(1)} ms/req${run.firstError ? `  first error: ${run.firstError.slice(0, 160)}` : ''}`);
        }
      }
    }

    // (b) One province's member page: through our gateway, and directly at province 01's subgraph.
    const cursors: (string | null)[] = [null];
    for (let i = 0; i < 30; i++) {
      const res = await fetch(subgraphUrls[provinceSubgraphName('01')]!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: officer },
        body: JSON.stringify({ query: PAGE_AT_SUBGRAPH, variables: { r: [{ __typename: 'Province01', code: '01' }], after: cursors.at(-1) } }),
      });
      const end = ((await res.json()) as any).data?._entities?.[0]?.members?.pageInfo?.endCursor;
      if (!end) break;
      cursors.push(end);
    }
    cursors.pop(); // the last cursor's page may be short
    const pageCheck: Check = (b) => (b.errors ? `errors: ${JSON.stringify(b.errors).slice(0, 300)}` : undefined);
    const pageWatch = { gateway: () => cpuMs(ours.pid!), subgraphs: () => cpuMs(stack.pid!), postgres: () => postgresCpuMs(postmaster) };
    const pageConns = CONNECTIONS[0]!;
    const viaGateway = await load(oursUrl, pageConns, (i) => JSON.stringify({ query: PAGE_VIA_GATEWAY, variables: { after: cursors[i % cursors.length] } }), { authorization: officer }, pageCheck, DURATION_S, pageWatch, statements);
    const atSubgraph = await load(subgraphUrls[provinceSubgraphName('01')]!, pageConns, (i) => JSON.stringify({ query: PAGE_AT_SUBGRAPH, variables: { r: [{ __typename: 'Province01', code: '01' }], after: cursors[i % cursors.length] } }), { authorization: officer }, pageCheck, DURATION_S, pageWatch, statements);

    // (d) Memory of the stack, now that it has served everything.
    const memory = {
      postgres: postgresPids(postmaster).reduce((s, p) => s + pssMb(p), 0),
      subgraphs: rssMb(stack.pid!),
      ours: rssMb(ours.pid!),
      hive: gateways[1] ? rssMb(gateways[1].pid) : 0,
    };

    const report = render({ startedAt, seedS: seeded ? seedS : undefined, members, results, viaGateway, atSubgraph, pageConns, pages: cursors.length, memory });
    say('');
    say(report);
    if (!args['no-write']) writeBenchmarks(report);
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await pg.stop();
  }
}

function render(r: {
  startedAt: Date; seedS?: number; members: number; pageConns: number; pages: number;
  results: Array<{ query: string; connections: number; gateway: string; run: Run }>;
  viaGateway: Run; atSubgraph: Run; memory: Record<string, number>;
}): string {
  const f = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '–');
  const lines: string[] = [];
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  lines.push(`Measured ${r.startedAt.toISOString()} by \`npm run bench -- --scale ${SCALE} --duration ${DURATION_S} --connections ${CONNECTIONS.join(',')}\` on ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')} (the machine is shared: absolute figures are noisy, ratios within one run are fair).`);
  lines.push(`Data: scale ${SCALE}, ${r.members.toLocaleString('en-US')} live members${r.seedS !== undefined ? `, seeded in ${f(r.seedS)} s` : ' (seeded by an earlier run)'}. Every request carries a distinct \`period\` (143 months in turn), so neither gateway can merge requests.`);
  lines.push('');
  lines.push('| Query | Conn. | Gateway | req/s | p50 ms | p99 ms | Errors | Gateway CPU ms/req | Subgraphs CPU ms/req | PostgreSQL CPU ms/req | SQL statements/req |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const { query, connections, gateway, run } of r.results) {
    lines.push(`| ${query} | ${connections} | ${gateway === 'ours' ? 'ours (createGateway)' : 'Hive Gateway'} | ${f(run.rps)} | ${f(run.p50, 0)} | ${f(run.p99, 0)} | ${run.errors}/${run.requests} | ${f(run.cpu.gateway!)} | ${f(run.cpu.subgraphs!)} | ${f(run.cpu.postgres!)} | ${f(run.statements, 0)} |`);
  }
  const pairs = new Map<string, { ours?: Run; hive?: Run }>();
  for (const { query, connections, gateway, run } of r.results) {
    const k = `${query} @ ${connections}`;
    pairs.set(k, { ...pairs.get(k), [gateway]: run });
  }
  if ([...pairs.values()].some((p) => p.hive)) {
    lines.push('');
    lines.push('| Query @ connections | req/s ours ÷ Hive (target ≥ 3) | p99 ours ÷ Hive (target ≤ 0.5) | gateway CPU/req ours ÷ Hive | our gateway CPU/req (target < 5 ms) |');
    lines.push('|---|---|---|---|---|');
    for (const [k, p] of pairs) {
      if (!p.ours || !p.hive) continue;
      lines.push(`| ${k} | ${f(p.ours.rps / p.hive.rps, 2)} | ${f(p.ours.p99 / p.hive.p99, 2)} | ${f(p.ours.cpu.gateway! / p.hive.cpu.gateway!, 2)} | ${f(p.ours.cpu.gateway!)} ms |`);
    }
  }
  lines.push('');
  lines.push(`Member page (province 01, 100 members with their cells, ${r.pages} distinct pages in turn, ${r.pageConns} connections, a province officer's token):`);
  lines.push('');
  lines.push('| Path | req/s | p50 ms | p99 ms | Errors |');
  lines.push('|---|---|---|---|---|');
  lines.push(`| through our gateway | ${f(r.viaGateway.rps)} | ${f(r.viaGateway.p50)} | ${f(r.viaGateway.p99)} | ${r.viaGateway.errors}/${r.viaGateway.requests} |`);
  lines.push(`| at the subgraph | ${f(r.atSubgraph.rps)} | ${f(r.atSubgraph.p50)} | ${f(r.atSubgraph.p99)} | ${r.atSubgraph.errors}/${r.atSubgraph.requests} |`);
  lines.push(`| gateway ÷ subgraph (target ≤ 1.5) | ${f(r.atSubgraph.rps / r.viaGateway.rps, 2)} (time per request) | ${f(r.viaGateway.p50 / r.atSubgraph.p50, 2)} | ${f(r.viaGateway.p99 / r.atSubgraph.p99, 2)} | |`);
  lines.push('');
  lines.push(`Memory at the end: PostgreSQL ${f(r.memory.postgres!, 0)} MiB (PSS over its processes), RSS of the 35 subgraphs ${f(r.memory.subgraphs!, 0)} MiB, our gateway ${f(r.memory.ours!, 0)} MiB: the stack ${f(r.memory.postgres! + r.memory.subgraphs! + r.memory.ours!, 0)} MiB${r.memory.hive ? ` (Hive Gateway, not part of it: ${f(r.memory.hive, 0)} MiB)` : ''}.`);
  return lines.join('\n');
}

const START = '<!-- npm run bench: start (written by gateway/bench/bench.ts) -->';
const END = '<!-- npm run bench: end -->';

function writeBenchmarks(report: string): void {
  const file = join(root, 'BENCHMARKS.md');
  const text = readFileSync(file, 'utf8');
  const block = `${START}\n${report}\n${END}`;
  const next = text.includes(START) && text.includes(END)
    ? text.slice(0, text.indexOf(START)) + block + text.slice(text.indexOf(END) + END.length)
    : `${text.trimEnd()}\n\n## The gateway under load (\`npm run bench\`)\n\n${block}\n`;
  writeFileSync(file, next);
  say(`\nwritten to BENCHMARKS.md`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    for (const c of children) c.kill('SIGTERM');
    process.exit(1);
  },
);
