// The Kubernetes manifests (deploy/k8s): generated parts current, rendered by kubectl's own kustomize (no
// cluster runs here), each object validated against the Kubernetes API's schemas (kubernetes-models), and the
// references between them checked: selectors that select, Secrets and ConfigMaps that exist, a Deployment and a
// Service for every province in provinces.json, probes, resources, the autoscaler's target.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, it, test } from '@jest/globals';
import { Deployment, StatefulSet } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Namespace, Secret, Service } from 'kubernetes-models/v1';
import { parseAllDocuments } from 'yaml';
import { writeDeploymentKeys } from '../scripts/deploy/keys.ts';
import { generateExampleDatabases, generateProvincesYaml, K8S_FILES } from '../scripts/generateK8s.ts';
import { generatePostgresInit } from '../scripts/generateCompose.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Expected codes straight from the JSON, not through the generator under test.
const CODES: string[] = JSON.parse(readFileSync(join(ROOT, 'schema/provinces.json'), 'utf8')).provinces.map((p: { code: string }) => p.code);

// Untyped YAML until validated.
type Manifest = Record<string, any>;
// Each model's constructor takes its own kind's shape.
const MODELS: Record<string, new (data: any) => { validate(): void }> = {
  'apps/v1/Deployment': Deployment,
  'apps/v1/StatefulSet': StatefulSet,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'v1/ConfigMap': ConfigMap,
  'v1/Namespace': Namespace,
  'v1/Secret': Secret,
  'v1/Service': Service,
};

function kustomize(dir: string): Manifest[] {
  const r = spawnSync('kubectl', ['kustomize', dir], { encoding: 'utf8' });
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') throw new Error('kubectl is not installed: its kustomize renders the manifests');
  assert.equal(r.status, 0, `kubectl kustomize ${dir}:\n${r.stderr}`);
  return parseAllDocuments(r.stdout).map((d) => d.toJS() as Manifest).filter(Boolean);
}

const matches = (selector: Record<string, string>, labels: Record<string, string> = {}) =>
  Object.entries(selector).every(([k, v]) => labels[k] === v);

function validateEach(objects: Manifest[]) {
  for (const o of objects) {
    const Model = MODELS[`${o.apiVersion}/${o.kind}`];
    assert.ok(Model, `${o.kind} ${o.metadata?.name}: ${o.apiVersion}/${o.kind} is not a kind this deployment should have`);
    // kustomize wraps a generated Secret's base64 over lines, which the API server's decoder (Go's base64)
    // skips; the schema's "byte" format does not, so the check sees the value unwrapped.
    const data = o.kind === 'Secret' && o.data ? Object.fromEntries(Object.entries(o.data).map(([k, v]) => [k, String(v).replace(/\s/g, '')])) : o.data;
    try {
      new Model({ ...o, ...(data ? { data } : {}) }).validate();
    } catch (error) {
      assert.fail(`${o.kind} ${o.metadata.name}: ${(error as Error).message}`);
    }
  }
}

test('the generated manifests are what scripts/generateK8s.ts writes now', () => {
  const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');
  const remedy = 'is stale: run `npm run k8s:generate` and commit it';
  assert.ok(read(K8S_FILES.provinces) === generateProvincesYaml(), `${K8S_FILES.provinces} ${remedy}`);
  assert.ok(read(K8S_FILES.exampleDatabases) === generateExampleDatabases(), `${K8S_FILES.exampleDatabases} ${remedy}`);
  assert.ok(read(K8S_FILES.exampleInit) === generatePostgresInit(), `${K8S_FILES.exampleInit} ${remedy}`);
});

test('the base renders, and every object is valid for the Kubernetes API', () => {
  const objects = kustomize(join(ROOT, 'deploy/k8s/base'));
  validateEach(objects);
  const deployments = objects.filter((o) => o.kind === 'Deployment').map((o) => o.metadata.name).sort();
  assert.deepEqual(deployments, ['carrier', 'central', 'gateway', ...CODES.map((c) => `province-${c}`)].sort());
});

describe('the example overlay, rendered whole', () => {
  let dir: string;
  let objects: Manifest[];
  const named = (kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name);
  const workloads = () => objects.filter((o) => o.kind === 'Deployment' || o.kind === 'StatefulSet');

  beforeAll(async () => {
    // A copy, with keys of its own: the overlay's secretGenerator reads them from files.
    dir = mkdtempSync(join(tmpdir(), 'k8s-'));
    cpSync(join(ROOT, 'deploy/k8s'), dir, { recursive: true, filter: (src) => !src.includes('/example/secrets') });
    await writeDeploymentKeys(join(dir, 'example/secrets'));
    objects = kustomize(join(dir, 'example'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('validates against the Kubernetes API schemas, all in the namespace', () => {
    validateEach(objects);
    for (const o of objects.filter((o) => o.kind !== 'Namespace')) assert.equal(o.metadata.namespace, 'party-federation', `${o.kind} ${o.metadata.name}`);
  });

  it('has a subgraph Deployment and Service for every province, with its code', () => {
    for (const code of CODES) {
      const deployment = named('Deployment', `province-${code}`);
      assert.ok(deployment, `no Deployment province-${code}`);
      const env = deployment.spec.template.spec.containers[0].env as Array<{ name: string; value?: string }>;
      assert.equal(env.find((e) => e.name === 'PROVINCE_CODE')?.value, code);
      assert.ok(named('Service', `province-${code}`), `no Service province-${code}`);
    }
  });

  it('every selector selects: Deployments their pods, Services and budgets a workload', () => {
    for (const w of workloads()) assert.ok(matches(w.spec.selector.matchLabels, w.spec.template.metadata.labels), `${w.kind} ${w.metadata.name}`);
    for (const s of objects.filter((o) => o.kind === 'Service')) {
      const selected = workloads().filter((w) => matches(s.spec.selector, w.spec.template.metadata.labels));
      assert.equal(selected.length, 1, `Service ${s.metadata.name} selects ${selected.length} workloads`);
      const ports = selected[0].spec.template.spec.containers.flatMap((c: Manifest) => (c.ports ?? []).map((p: Manifest) => p.name));
      for (const p of s.spec.ports) assert.ok(ports.includes(p.targetPort), `Service ${s.metadata.name}: no container port ${p.targetPort}`);
    }
    for (const b of objects.filter((o) => o.kind === 'PodDisruptionBudget')) {
      assert.ok(workloads().some((w) => matches(b.spec.selector.matchLabels, w.spec.template.metadata.labels)), `PodDisruptionBudget ${b.metadata.name}`);
    }
    const hpa = named('HorizontalPodAutoscaler', 'gateway')!;
    assert.ok(named(hpa.spec.scaleTargetRef.kind, hpa.spec.scaleTargetRef.name), 'the autoscaler targets a Deployment that exists');
  });

  it('every Secret and ConfigMap a pod reads exists, with the keys it reads', () => {
    for (const w of workloads()) {
      const spec = w.spec.template.spec;
      for (const c of spec.containers) {
        for (const e of c.env ?? []) {
          const ref = e.valueFrom?.secretKeyRef;
          if (ref) assert.ok(named('Secret', ref.name)?.stringData?.[ref.key] ?? named('Secret', ref.name)?.data?.[ref.key], `${w.metadata.name}: Secret ${ref.name} key ${ref.key}`);
        }
        for (const f of c.envFrom ?? []) assert.ok(named('ConfigMap', f.configMapRef.name), `${w.metadata.name}: ConfigMap ${f.configMapRef.name}`);
      }
      for (const v of spec.volumes ?? []) {
        if (v.secret) {
          const secret = named('Secret', v.secret.secretName);
          assert.ok(secret, `${w.metadata.name}: Secret ${v.secret.secretName}`);
          for (const item of v.secret.items ?? []) assert.ok(secret.data?.[item.key], `${w.metadata.name}: Secret ${v.secret.secretName} key ${item.key}`);
        }
        if (v.configMap) assert.ok(named('ConfigMap', v.configMap.name), `${w.metadata.name}: ConfigMap ${v.configMap.name}`);
      }
    }
  });

  it('every serving container has requests, a memory limit, and probes on /ready and /health', () => {
    for (const w of workloads()) {
      for (const c of w.spec.template.spec.containers) {
        assert.ok(c.resources?.requests?.cpu && c.resources?.requests?.memory && c.resources?.limits?.memory, `${w.metadata.name}: resources`);
        if (w.metadata.name === 'carrier' || w.metadata.name === 'postgres') continue;
        assert.equal(c.livenessProbe?.httpGet?.path, '/health', `${w.metadata.name}: liveness`);
        assert.equal(c.readinessProbe?.httpGet?.path, '/ready', `${w.metadata.name}: readiness`);
      }
    }
  });
});
