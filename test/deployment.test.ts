// The docker-compose deployment: valid for docker-compose, generated from the current provinces.json, and with
// a service and a database for every province. Images are not built here (no registry for base images in CI).
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { COMPOSE_FILE, generateCompose, generatePostgresInit, POSTGRES_INIT_FILE } from '../scripts/generateCompose.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (file: string) => readFileSync(join(root, file), 'utf8');

// Expected codes straight from the JSON, not through schema/provinces.ts or the generator under test.
const codes: string[] = JSON.parse(read('schema/provinces.json')).provinces.map((p: { code: string }) => p.code);

/** Runs docker-compose on the committed file. Its absence fails the test: a skip would let CI pass unchecked. */
function dockerCompose(...args: string[]) {
  const r = spawnSync('docker-compose', ['-f', COMPOSE_FILE, ...args], { cwd: root, encoding: 'utf8' });
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error('docker-compose is not installed, so docker-compose.yml cannot be validated: install it once with `DEBIAN_FRONTEND=noninteractive apt-get install -y docker-compose` (.ci/run does)');
  }
  return r;
}

test('docker-compose accepts docker-compose.yml (config -q)', () => {
  const r = dockerCompose('config', '-q');
  assert.equal(r.status, 0, `docker-compose config -q failed:\n${r.stderr}`);
});

test('docker-compose.yml and the postgres init script are what scripts/generateCompose.ts generates now', () => {
  const remedy = 'is stale: run `npm run compose:docker` and commit it';
  assert.ok(read(COMPOSE_FILE) === generateCompose(), `${COMPOSE_FILE} ${remedy}`);
  assert.ok(read(POSTGRES_INIT_FILE) === generatePostgresInit(), `${POSTGRES_INIT_FILE} ${remedy}`);
});

/** Each service's block of lines in the committed file, by name (the generator writes 2-space service keys). */
function serviceBlocks(yaml: string): Map<string, string> {
  const services = yaml.split(/^services:\n/m)[1]?.split(/^\S/m)[0] ?? '';
  const blocks = new Map<string, string>();
  for (const block of services.split(/^(?=  [\w-]+:\n)/m)) {
    const name = /^  ([\w-]+):\n/.exec(block)?.[1];
    if (name) blocks.set(name, block);
  }
  return blocks;
}

test('every province in provinces.json has a service, a database and a place in the gateway', () => {
  const blocks = serviceBlocks(read(COMPOSE_FILE));
  const sql = read(POSTGRES_INIT_FILE);
  const gateway = blocks.get('gateway') ?? '';
  assert.ok(blocks.has('postgres') && blocks.has('central') && gateway, 'postgres, central and gateway services');
  assert.match(sql, /^CREATE DATABASE central;$/m);
  for (const code of codes) {
    const block = blocks.get(`province-${code}`);
    assert.ok(block, `no service province-${code}`);
    assert.match(block, /<<: \*province\n/, `province-${code} does not use the shared province service`);
    assert.match(block, new RegExp(`PROVINCE_CODE: "${code}"\\n`));
    assert.match(block, new RegExp(`DATABASE_URL: postgres://\\S+@postgres:5432/province_${code}\\n`));
    assert.match(sql, new RegExp(`^CREATE DATABASE province_${code};$`, 'm'), `no database province_${code}`);
    assert.match(gateway, new RegExp(`province-${code}:\\n\\s+condition: service_healthy`), `gateway does not wait for province-${code}`);
  }
  const provinceServices = [...blocks.keys()].filter((s) => s.startsWith('province-'));
  assert.equal(provinceServices.length, codes.length, 'a province service for a code not in provinces.json');
});

test('docker-compose resolves a service for every province (merge keys included)', () => {
  const r = dockerCompose('config', '--services');
  assert.equal(r.status, 0, r.stderr);
  const expected = ['carrier', 'central', 'gateway', 'postgres', ...codes.map((c) => `province-${c}`)].sort();
  assert.deepEqual(r.stdout.trim().split('\n').sort(), expected);
});

// The images as docker-compose.yml builds them (Dockerfile and build arguments); `npm run deploy:test` builds
// and runs them for real, which needs Podman and minutes: this is the quick check that runs in every `npm test`.
const IMAGES: Array<[string, Record<string, string>]> = [
  ['subgraphs/Dockerfile', { SUBGRAPH: 'province' }],
  ['subgraphs/Dockerfile', { SUBGRAPH: 'central' }],
  ['gateway/Dockerfile', {}],
  ['carrier/Dockerfile', {}],
];

/** A Dockerfile as built with `args`: its text with them substituted, the sources it copies and its entry. */
function image(dockerfile: string, args: Record<string, string>) {
  const text = read(dockerfile).replace(/\$\{(\w+)\}/g, (whole, name: string) => args[name] ?? whole);
  const copies = [...text.matchAll(/^COPY (.+) \S+$/gm)].flatMap((m) => m[1].split(' '));
  const entry = /^CMD \[(?:"node", "--import", "tsx", "|"sh", "-c", "exec node --import tsx )([^" ]+)"\]$/m.exec(text)?.[1];
  return { text, copies, entry };
}

test('each Dockerfile copies folders that exist and runs an entry that exists, for each of its build arguments', () => {
  for (const [dockerfile, args] of IMAGES) {
    const { text, copies, entry } = image(dockerfile, args);
    assert.ok(copies.includes('package-lock.json'), `${dockerfile} must install from the lockfile (npm ci)`);
    for (const source of copies) assert.ok(existsSync(join(root, source)), `${dockerfile}: COPY ${source} does not exist`);
    assert.ok(entry && existsSync(join(root, entry)), `${dockerfile} ${JSON.stringify(args)}: entry ${entry} does not exist`);
    assert.ok(copies.some((c) => entry.startsWith(c)), `${dockerfile}: entry ${entry} is not copied into the image`);
    assert.match(text, /^USER node$/m, `${dockerfile} must not run as root`);
    assert.match(text, /^HEALTHCHECK /m, `${dockerfile} needs a HEALTHCHECK`);
    assert.match(text, /^ARG NODE_IMAGE=node:20-slim\nFROM \$\{NODE_IMAGE\}$/m, `${dockerfile}: the official image by default, a local one by NODE_IMAGE`);
  }
});

test('the compose file builds each image from the Dockerfile and arguments above, and gives every service its secrets', () => {
  const r = dockerCompose('config');
  assert.equal(r.status, 0, r.stderr);
  const services = (parse(r.stdout) as { services: Record<string, { build?: { dockerfile: string; args?: Record<string, string> }; secrets?: Array<{ source: string } | string>; environment?: Record<string, string> }> }).services;
  const builds = new Set(Object.values(services).flatMap((s) => (s.build ? [JSON.stringify([s.build.dockerfile, { ...s.build.args, NODE_IMAGE: undefined }])] : [])));
  assert.deepEqual([...builds].sort(), IMAGES.map(([f, a]) => JSON.stringify([f, a])).sort());
  for (const [name, service] of Object.entries(services)) {
    const mounted = new Set((service.secrets ?? []).map((x) => (typeof x === 'string' ? x : x.source)));
    for (const [variable, value] of Object.entries(service.environment ?? {})) {
      const secret = /^\/run\/secrets\/([\w-]+)$/.exec(String(value))?.[1];
      if (secret) assert.ok(mounted.has(secret), `${name}: ${variable} reads /run/secrets/${secret}, which is not mounted`);
    }
  }
});

/** The repository files `entry` imports, directly or not (relative imports of .ts files), entry included. */
function importedFiles(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of read(file).matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+\.ts)'/g)) {
      visit(relative(root, normalize(join(root, dirname(file), spec!))));
    }
  };
  visit(entry);
  return seen;
}

test("each Dockerfile copies every file its entry imports (a new shared folder is easy to forget)", () => {
  for (const [dockerfile, args] of IMAGES) {
    const { copies, entry } = image(dockerfile, args);
    const missing = [...importedFiles(entry!)].filter((file) => !copies.some((c) => file === c || file.startsWith(c.endsWith('/') ? c : `${c}/`)));
    assert.deepEqual(missing, [], `${dockerfile} ${JSON.stringify(args)} does not copy what ${entry} imports`);
  }
});
