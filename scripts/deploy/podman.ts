// Podman as this machine's container engine, for `npm run deploy:test`: its Docker-compatible API on a socket of
// the run's own (so docker-compose drives it unchanged), the containers.conf this kind of machine needs, and the
// health checks that Podman runs from systemd timers where there is systemd, and here, where there is none, only
// when asked (`podman healthcheck run`).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  /** Text for the command's stdin (podman import reads the root file system's tar from a pipe instead). */
  input?: NodeJS.ReadableStream;
  /** A non-zero exit is returned, not thrown. */
  allowFailure?: boolean;
  /** Passed through to the terminal as the command runs (long builds show their progress). */
  echo?: boolean;
  /** Killed (SIGTERM) after this long: every step of a run is bounded. */
  timeoutMs?: number;
}

/** Runs a command; throws with its stderr on a non-zero exit unless allowFailure. */
export function run(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'], timeout: options.timeoutMs });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
      if (options.echo) process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
      if (options.echo) process.stderr.write(chunk);
    });
    if (options.input) options.input.pipe(child.stdin);
    else child.stdin.end();
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ENOENT' ? new Error(`${command} is not installed (apt-get install ${command})`) : error),
    );
    child.once('close', (code) => {
      const result = { code: code ?? 1, stdout, stderr };
      if (result.code !== 0 && !options.allowFailure) {
        reject(new Error(`${command} ${args.join(' ')} exited with ${result.code}:\n${stderr.trim().split('\n').slice(-15).join('\n')}`));
      } else resolve(result);
    });
  });
}

export interface PodmanService {
  /** The environment for podman and docker-compose: CONTAINERS_CONF and DOCKER_HOST set. */
  env: NodeJS.ProcessEnv;
  podman(args: string[], options?: Omit<RunOptions, 'env'>): Promise<RunResult>;
  stop(): Promise<void>;
}

/**
 * Hybrid cgroups (v1 controllers, and a cgroup2 tree at /sys/fs/cgroup/unified holding a controller) are refused
 * by crun, Debian's default OCI runtime ("cgroups in hybrid mode not supported, drop all controllers from
 * cgroupv2"); runc runs there. Some of our machines are set up so.
 */
export function hybridCgroupsWithControllers(root = '/sys/fs/cgroup'): boolean {
  const controllers = join(root, 'unified', 'cgroup.controllers');
  return existsSync(controllers) && readFileSync(controllers, 'utf8').trim() !== '';
}

/**
 * Starts `podman system service` on `${workDir}/podman.sock`. Setting resource limits is not permitted in this
 * kind of sandbox, so unless CONTAINERS_CONF names one already, a containers.conf with `default_ulimits = []`
 * is written for the run (harmless where limits are permitted), naming runc as the runtime on hybrid cgroups.
 */
export async function startPodmanService(workDir: string): Promise<PodmanService> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (!env.CONTAINERS_CONF) {
    env.CONTAINERS_CONF = join(workDir, 'containers.conf');
    const engine = hybridCgroupsWithControllers() ? '[engine]\nruntime = "runc"\n' : '';
    writeFileSync(env.CONTAINERS_CONF, `[containers]\ndefault_ulimits = []\n${engine}`);
  }
  await run('podman', ['--version'], { env });
  const socket = join(workDir, 'podman.sock');
  const service: ChildProcess = spawn('podman', ['system', 'service', '--time=0', `unix://${socket}`], { env, stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => service.once('exit', () => resolve()));
  for (let i = 0; i < 100 && !existsSync(socket); i++) await sleep(100);
  if (!existsSync(socket)) throw new Error(`podman system service did not open ${socket} within 10 s`);
  env.DOCKER_HOST = `unix://${socket}`;
  return {
    env,
    podman: (args, options = {}) => run('podman', args, { ...options, env }),
    async stop() {
      service.kill('SIGTERM');
      await Promise.race([exited, sleep(10_000)]);
    },
  };
}

/** A container of a compose project: its name and health ("starting", "healthy", "unhealthy" or "" for none). */
export interface ContainerState {
  name: string;
  service: string;
  state: string;
  health: string;
}

export async function projectContainers(podman: PodmanService, project: string): Promise<ContainerState[]> {
  const { stdout } = await podman.podman(['ps', '-a', '--filter', `label=com.docker.compose.project=${project}`, '--format', 'json']);
  const rows = JSON.parse(stdout || '[]') as Array<{ Names: string[]; State: string; Status: string; Labels: Record<string, string> }>;
  return rows.map((r) => ({
    name: r.Names[0],
    service: r.Labels['com.docker.compose.service'] ?? '',
    state: r.State,
    health: /\((healthy|unhealthy|starting)\)/.exec(r.Status)?.[1] ?? '',
  }));
}

/**
 * Runs the health check of every running container of `project` that is not healthy yet, every `intervalMs`,
 * until stopped: what systemd's timers would do, so that docker-compose's `condition: service_healthy` is met.
 */
export function pumpHealthChecks(podman: PodmanService, project: string, intervalMs = 5_000): { stop(): Promise<void> } {
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const containers = await projectContainers(podman, project).catch(() => []);
      const pending = containers.filter((c) => c.state === 'running' && c.health !== '' && c.health !== 'healthy');
      // One at a time: each check starts a Node process in its container, and the machine has 2 cores.
      for (const c of pending) if (!stopped) await podman.podman(['healthcheck', 'run', c.name], { allowFailure: true });
      await sleep(intervalMs);
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
    },
  };
}
