// Gateway CPU per national query, per variant (see benchGateway.ts). The gateway is CPU-bound on national
// queries (docs/architecture.md): run this before and after every change to it.
//   node --import tsx gateway/bench/nationalQuery.ts [requests=400] [concurrency=10]
//   BENCH_VARIANTS=apollo-default,createGateway picks variants; BENCH_NODE_ARGS passes flags to the gateways;
//   BENCH_QUERIES=NationalMemberCount picks operations of examples/dashboard.graphql (default: NationalDashboard,
//   every report figure of the 34 provinces, then NationalMemberCount).
// Prints, per variant and operation: requests per second and the gateway process's CPU (user+system) per query,
// read from /proc so that neither the subgraphs nor this load generator count. Every request carries a distinct
// `period` (143 months in turn, far more than are ever in flight), so that the gateway's merging of identical
// subgraph requests in flight (and any cache keyed by variables) cannot hide the cost of a query.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createTokenSigner, generateSigningKey, jwksOf } from '../../auth/signer.ts';
import { operationsOfSource } from '../src/warmPlans.ts';

const REQUESTS = Number(process.argv[2] ?? 400);
const CONCURRENCY = Number(process.argv[3] ?? 10);
const VARIANTS = (process.env.BENCH_VARIANTS ?? 'apollo-default,subgraph-source,createGateway').split(',');
const WARMUP = 50;
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const operations = operationsOfSource(readFileSync(here('../../examples/dashboard.graphql'), 'utf8'));
const QUERIES = (process.env.BENCH_QUERIES ?? 'NationalDashboard,NationalMemberCount').split(',').map((name) => {
  const op = operations.find((o) => o.name === name);
  if (!op) throw new Error(`no operation ${name} in examples/dashboard.graphql`);
  return op;
});
/** 143 months, 2015-01 to 2026-11, in turn (as bench.ts). */
const PERIODS = Array.from({ length: 143 }, (_, i) => `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);

// createGateway verifies a token on every request, as in production (the bare variants ignore it).
const key = await generateSigningKey('bench');
const AUTH = { issuer: 'urn:bench', audience: 'urn:bench-api' };
process.env.BENCH_AUTH = JSON.stringify({ jwks: { set: jwksOf(key) }, ...AUTH });
const TOKEN = await createTokenSigner({ key: key.privateJwk, ...AUTH }).mint({ role: 'CENTRAL_ANALYST' }, { ttlSeconds: 3600 });

/** BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the gateways. */
const gatewayNodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);

/**
 * The gateways run with NODE_ENV=production and NODE_OPTIONS, as gateway/Dockerfile deploys them: graphql-js
 * checks every `instanceOf` against other realms outside production, which costs @apollo/gateway's execution
 * ~1 ms per national query, and the larger young generation cuts GC (BENCHMARKS.md). BENCH_NODE_ENV and
 * BENCH_NODE_OPTIONS override them (e.g. BENCH_NODE_ENV=development BENCH_NODE_OPTIONS= measures without).
 */
const gatewayEnv = {
  ...process.env,
  NODE_ENV: process.env.BENCH_NODE_ENV ?? 'production',
  NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS ?? '--max-semi-space-size=64',
};

function start(args: string[], nodeArgs: string[] = [], env: NodeJS.ProcessEnv = process.env): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', ...args], { stdio: ['ignore', 'pipe', 'inherit'], env });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${args[0]} exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', (line) => resolve({ child, line }));
  });
}

/** utime + stime of a process, in ms (Linux /proc; clock ticks are 100 Hz on every Linux we run). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Sends `requests` queries, CONCURRENCY at a time; returns how many answers had errors (a loaded machine times
 * provinces out: counted and printed rather than aborting the run). */
let sent = 0;
async function load(url: string, query: string, requests: number): Promise<number> {
  let next = 0;
  let bad = 0;
  const worker = async () => {
    while (next++ < requests) {
      const body = JSON.stringify({ query, variables: { period: PERIODS[sent++ % PERIODS.length] } });
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body });
      const answer = (await response.json()) as { errors?: unknown[]; data?: { provinces: unknown[] } };
      if (answer.errors || answer.data?.provinces.length !== 34) {
        if (bad++ === 0) console.error(`first answer with errors: ${JSON.stringify(answer.errors ?? answer).slice(0, 500)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return bad;
}

const subgraphs = await start([here('./benchSubgraphs.ts')]);
try {
  for (const variant of VARIANTS) {
    const gateway = await start([here('./benchGateway.ts'), variant, subgraphs.line], gatewayNodeArgs, gatewayEnv);
    try {
      for (const op of QUERIES) {
        await load(gateway.line, op.query, WARMUP);
        const cpuBefore = cpuMs(gateway.child.pid!);
        const started = performance.now();
        const bad = await load(gateway.line, op.query, REQUESTS);
        const seconds = (performance.now() - started) / 1000;
        const cpu = cpuMs(gateway.child.pid!) - cpuBefore;
        console.log(
          `${variant.padEnd(16)} ${op.name.padEnd(20)} ${(REQUESTS / seconds).toFixed(1).padStart(6)} req/s   ${(cpu / REQUESTS).toFixed(2).padStart(6)} ms gateway CPU per national query   (${REQUESTS} queries, ${CONCURRENCY} at a time, ${bad} with errors)`,
        );
      }
    } finally {
      gateway.child.removeAllListeners('exit');
      gateway.child.kill();
    }
  }
} finally {
  subgraphs.child.removeAllListeners('exit');
  subgraphs.child.kill();
}
