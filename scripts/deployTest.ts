// `npm run deploy:test`: the container deployment, for real, on this machine: the base images built from Debian's
// packages (scripts/deploy/baseImages.ts), the app images from the repository's Dockerfiles as docker-compose.yml
// names them, keys generated for the run and passed as secrets, the whole compose stack up under Podman
// (PostgreSQL, the Centre, 34 provinces, the gateway, the carrier, each in its own container, health checks and
// start order as the compose file says), the smoke test (scripts/deploy/smoke.ts), then everything removed and
// checked gone. Prints one line per step with its time; exits 1 on any failure, after cleaning up.
//   npm run deploy:test [-- --timeout-min 30] [--seed-scale 0.0005] [--rebuild-base]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER } from '../auth/config.ts';
import { createTokenSigner, readSigningKey } from '../auth/signer.ts';
import { provinces } from '../schema/provinces.ts';
import { COMPOSE_FILE, provinceService } from './generateCompose.ts';
import { BASE_IMAGES, ensureBaseImages } from './deploy/baseImages.ts';
import { writeDeploymentKeys } from './deploy/keys.ts';
import { projectContainers, pumpHealthChecks, run, startPodmanService, type PodmanService } from './deploy/podman.ts';
import { smokeTest } from './deploy/smoke.ts';
import { cliArgs } from './lib/cliArgs.ts';
import { freePort } from './lib/freePort.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PROJECT = 'pmfdeploytest';
const SUBGRAPH_TIMEOUT_MS = 5000;

const cli = cliArgs('usage: npm run deploy:test [-- --timeout-min 30] [--seed-scale 0.0005] [--rebuild-base]');
const timeoutMin = Number(cli.option('--timeout-min') ?? 30);
const seedScale = cli.option('--seed-scale') ?? '0.0005';
const rebuildBase = cli.flag('--rebuild-base');
if (!(timeoutMin >= 5 && timeoutMin <= 120)) cli.fail('--timeout-min must be 5 to 120');
if (cli.args.length > 0) cli.fail(`unexpected argument ${cli.args[0]}`);

const started = Date.now();
const deadline = started + timeoutMin * 60_000;
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const remainingMs = () => Math.max(1, deadline - Date.now());

const workDir = mkdtempSync(join(tmpdir(), 'pmf-deploy-'));
let podman: PodmanService | undefined;
let composeEnv: NodeJS.ProcessEnv = {};
const compose = (args: string[], options: { echo?: boolean; allowFailure?: boolean; timeoutMs?: number } = {}) =>
  run('docker-compose', ['-p', PROJECT, '-f', join(ROOT, COMPOSE_FILE), ...args], { env: composeEnv, timeoutMs: remainingMs(), ...options });

/** The images docker-compose.yml builds, once each: image name, Dockerfile, build arguments. */
async function buildAppImages(): Promise<void> {
  const { stdout } = await compose(['config']);
  const services = (parse(stdout) as { services: Record<string, { image: string; build?: { context: string; dockerfile: string; args?: Record<string, string> } }> }).services;
  const builds = new Map<string, { context: string; dockerfile: string; args: Record<string, string> }>();
  for (const service of Object.values(services)) {
    if (service.build) builds.set(service.image, { ...service.build, args: service.build.args ?? {} });
  }
  for (const [image, build] of builds) {
    const t = Date.now();
    const args = Object.entries(build.args).flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]);
    const previous = (await podman!.podman(['image', 'inspect', '--format', '{{.Id}}', image], { allowFailure: true })).stdout.trim();
    // Docker's image format: OCI has no HEALTHCHECK, and Podman would drop it.
    await podman!.podman(['build', '--format', 'docker', '-q', ...args, '-f', join(build.context, build.dockerfile), '-t', image, build.context], { timeoutMs: remainingMs() });
    // The image this build replaced would stay behind untagged, run after run: removed unless still in use.
    const built = (await podman!.podman(['image', 'inspect', '--format', '{{.Id}}', image])).stdout.trim();
    if (previous && previous !== built) await podman!.podman(['rmi', previous], { allowFailure: true });
    log(`built ${image} from ${build.dockerfile} (${Object.entries(build.args).map(([k, v]) => `${k}=${v}`).join(', ')}) in ${((Date.now() - t) / 1000).toFixed(0)} s`);
  }
}

async function up(): Promise<void> {
  const pump = pumpHealthChecks(podman!, PROJECT);
  try {
    // Returns once the last service is created: the gateway waits for every subgraph to be healthy, the carrier
    // for the gateway (depends_on ... service_healthy in docker-compose.yml).
    await compose(['up', '-d', '--no-build']);
    for (;;) {
      const containers = await projectContainers(podman!, PROJECT);
      const notHealthy = containers.filter((c) => c.health !== '' && c.health !== 'healthy');
      if (containers.length > 0 && notHealthy.length === 0) {
        log(`stack up: ${containers.length} containers, every health check passing`);
        return;
      }
      if (Date.now() > deadline) throw new Error(`not healthy in time: ${notHealthy.map((c) => `${c.service} ${c.state}/${c.health}`).join(', ')}`);
      await new Promise((r) => setTimeout(r, 2000));
    }
  } finally {
    await pump.stop();
  }
}

/** What a stopped stack must not leave: containers, volumes or networks of the project, or processes of its own. */
async function leftovers(): Promise<string[]> {
  const label = `label=com.docker.compose.project=${PROJECT}`;
  const found: string[] = [];
  for (const [kind, args] of [
    ['container', ['ps', '-a', '-q', '--filter', label]],
    ['volume', ['volume', 'ls', '-q', '--filter', label]],
    ['network', ['network', 'ls', '-q', '--filter', label]],
  ] as const) {
    const { stdout } = await podman!.podman([...args]);
    for (const id of stdout.split('\n').filter(Boolean)) found.push(`${kind} ${id}`);
  }
  return found;
}

/** Podman's "123.4MB / 25.28GB" (decimal units) as MiB. */
function mebibytes(usage: string): number {
  const m = /^([\d.]+)\s*([kMG]?B)/.exec(usage);
  if (!m) return NaN;
  const factor = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9 }[m[2] as 'B' | 'kB' | 'MB' | 'GB'];
  return (Number(m[1]) * factor) / 2 ** 20;
}

/** Memory of each kind of container (the figures the Kubernetes requests are sized from, README "Kubernetes"). */
async function reportMemory(): Promise<void> {
  const containers = await projectContainers(podman!, PROJECT);
  const { stdout } = await podman!.podman(['stats', '--no-stream', '--format', 'json', ...containers.map((c) => c.name)]);
  const byName = new Map((JSON.parse(stdout) as Array<{ name: string; mem_usage: string }>).map((r) => [r.name, mebibytes(r.mem_usage)]));
  const kinds = new Map<string, number[]>();
  for (const c of containers) {
    const kind = c.service.startsWith('province-') ? 'province' : c.service;
    kinds.set(kind, [...(kinds.get(kind) ?? []), byName.get(c.name) ?? NaN]);
  }
  const total = [...byName.values()].reduce((a, b) => a + b, 0);
  const describe = ([kind, values]: [string, number[]]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return values.length === 1
      ? `${kind} ${sorted[0].toFixed(0)}`
      : `${kind} ×${values.length} ${sorted[0].toFixed(0)}–${sorted.at(-1)!.toFixed(0)} (median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)})`;
  };
  log(`memory (MiB) after the smoke test: ${[...kinds].map(describe).join(', ')}; all ${total.toFixed(0)}`);
}

async function printLogsOfTrouble(): Promise<void> {
  const containers = await projectContainers(podman!, PROJECT).catch(() => []);
  for (const c of containers.filter((c) => c.state !== 'running' || c.health === 'unhealthy' || c.health === 'starting').slice(0, 5)) {
    const { stdout, stderr } = await podman!.podman(['logs', '--tail', '20', c.name], { allowFailure: true });
    console.error(`--- ${c.service} (${c.state}/${c.health}) ---\n${(stdout + stderr).trim()}`);
  }
}

async function cleanUp(): Promise<boolean> {
  if (!podman) return true;
  await compose(['down', '-v', '--remove-orphans', '-t', '10'], { allowFailure: true, timeoutMs: 180_000 });
  const left = await leftovers();
  await podman.stop();
  rmSync(workDir, { recursive: true, force: true });
  if (left.length > 0) log(`FAIL left behind: ${left.join(', ')}`);
  else log('stack removed: no container, volume or network of the project left');
  return left.length === 0;
}

async function main(): Promise<void> {
  for (const [tool, args] of [['docker-compose', ['version', '--short']], ['debootstrap', ['--version']]] as const) await run(tool, [...args]);
  podman = await startPodmanService(workDir);
  log(`podman service at ${podman.env.DOCKER_HOST} (CONTAINERS_CONF ${podman.env.CONTAINERS_CONF})`);
  await ensureBaseImages(podman, { repoRoot: ROOT, workDir, rebuild: rebuildBase, log });
  const secretsDir = join(workDir, 'secrets');
  await writeDeploymentKeys(secretsDir);
  log(`keys generated for this run in ${secretsDir}`);
  const gatewayPort = await freePort();
  composeEnv = {
    ...podman.env,
    NODE_IMAGE: BASE_IMAGES.node,
    POSTGRES_IMAGE: BASE_IMAGES.postgres,
    SECRETS_DIR: secretsDir,
    GATEWAY_PUBLISHED_PORT: String(gatewayPort),
    SEED_SCALE: seedScale,
    SUBGRAPH_TIMEOUT_MS: String(SUBGRAPH_TIMEOUT_MS),
    POSTGRES_PASSWORD: `pw-${process.pid}-${Date.now()}`,
    LOG_LEVEL: 'warn',
  };
  // A run stopped before its clean-up (the machine lost power) left its project behind: remove it first.
  await compose(['down', '-v', '--remove-orphans', '-t', '5'], { allowFailure: true });
  await buildAppImages();
  await up();
  const signer = createTokenSigner({ key: readSigningKey(join(secretsDir, 'carrier-signing-key')), issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE });
  await smokeTest({
    gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`,
    signer,
    provinceCodes: provinces.map((p) => p.code),
    subgraphTimeoutMs: SUBGRAPH_TIMEOUT_MS,
    stopProvince: async (code) => void (await compose(['stop', '-t', '10', provinceService(code)])),
    startProvince: async (code) => void (await compose(['start', provinceService(code)])),
    log,
  });
  await reportMemory();
}

let failed = false;
const stopOnSignal = (signal: NodeJS.Signals) => {
  log(`${signal}: cleaning up`);
  void cleanUp().finally(() => process.exit(130));
};
process.once('SIGINT', stopOnSignal);
process.once('SIGTERM', stopOnSignal);
const timer = setTimeout(() => {
  log(`FAIL: over the time limit of ${timeoutMin} min`);
  void cleanUp().finally(() => process.exit(1));
}, timeoutMin * 60_000 + 60_000);
try {
  await main();
} catch (error) {
  failed = true;
  log(`FAIL ${(error as Error).message}`);
  if (podman) await printLogsOfTrouble();
}
const clean = await cleanUp();
clearTimeout(timer);
log(failed || !clean ? 'deploy test FAILED' : 'deploy test passed');
process.exit(failed || !clean ? 1 : 0);
