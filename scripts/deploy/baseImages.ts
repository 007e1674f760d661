// Base images built on this machine from Debian's packages, for machines that cannot pull the official `node` and
// `postgres` images (no registry): a Debian root file system made by debootstrap and imported into Podman, and on
// it Node.js 20 and PostgreSQL 17 (deploy/base/*.Containerfile). Debian 13 (trixie) because it packages both
// versions (12 has Node 18). The Dockerfiles take them as NODE_IMAGE; docker-compose.yml as POSTGRES_IMAGE.
// Built once and kept in Podman's store; `--rebuild-base` builds them again.
import { createReadStream, copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { run, type PodmanService } from './podman.ts';

export const BASE_IMAGES = {
  debian: 'localhost/party-federation/debian:trixie',
  node: 'localhost/party-federation/node:20-debian',
  postgres: 'localhost/party-federation/postgres:17-debian',
} as const;

const DEBIAN_SUITE = 'trixie';
/** This machine's own certificate authorities (a TLS-inspecting proxy on the way to the npm registry). */
const LOCAL_CA_DIR = '/usr/local/share/ca-certificates';

const exists = async (podman: PodmanService, image: string) =>
  (await podman.podman(['image', 'exists', image], { allowFailure: true })).code === 0;

/** debootstrap's minimal Debian, with this machine's extra CAs, imported as BASE_IMAGES.debian. */
async function buildDebian(podman: PodmanService, workDir: string, log: (line: string) => void): Promise<void> {
  const rootfs = join(workDir, 'rootfs');
  const mirror = process.env.DEBIAN_MIRROR ?? 'http://deb.debian.org/debian';
  log(`debootstrap --variant=minbase ${DEBIAN_SUITE} from ${mirror} (about a minute)`);
  await run('debootstrap', ['--variant=minbase', DEBIAN_SUITE, rootfs, mirror]);
  if (existsSync(LOCAL_CA_DIR)) {
    const target = join(rootfs, LOCAL_CA_DIR);
    mkdirSync(target, { recursive: true });
    for (const file of readdirSync(LOCAL_CA_DIR).filter((f) => f.endsWith('.crt'))) copyFileSync(join(LOCAL_CA_DIR, file), join(target, file));
  }
  const tarFile = join(workDir, 'rootfs.tar');
  await run('tar', ['-C', rootfs, '-cf', tarFile, '.']);
  await podman.podman(['import', '-q', '-', BASE_IMAGES.debian], { input: createReadStream(tarFile) });
  rmSync(rootfs, { recursive: true, force: true });
  rmSync(tarFile, { force: true });
}

/** The three base images, each built unless present (all of them when `rebuild`). */
export async function ensureBaseImages(
  podman: PodmanService,
  options: { repoRoot: string; workDir: string; rebuild: boolean; log: (line: string) => void },
): Promise<void> {
  const { repoRoot, workDir, rebuild, log } = options;
  if (rebuild || !(await exists(podman, BASE_IMAGES.debian))) await buildDebian(podman, workDir, log);
  else log(`kept ${BASE_IMAGES.debian}`);
  for (const kind of ['node', 'postgres'] as const) {
    const image = BASE_IMAGES[kind];
    if (!rebuild && (await exists(podman, image))) {
      log(`kept ${image}`);
      continue;
    }
    log(`building ${image} from deploy/base/${kind}.Containerfile`);
    await podman.podman([
      'build', '--format', 'docker', '-q', '--build-arg', `DEBIAN_IMAGE=${BASE_IMAGES.debian}`,
      '-f', join(repoRoot, `deploy/base/${kind}.Containerfile`), '-t', image, join(repoRoot, 'deploy/base'),
    ]);
  }
}
