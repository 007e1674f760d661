// Which OCI runtime the deploy test names: runc on hybrid cgroups with a controller in the cgroup2 tree (crun
// refuses those), the default elsewhere. Each case is a cgroup root laid out in a temporary folder.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from '@jest/globals';
import { hybridCgroupsWithControllers } from '../deploy/podman.ts';

describe('hybridCgroupsWithControllers', () => {
  const root = mkdtempSync(join(tmpdir(), 'cgroup-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const layout = (name: string, controllers: string | null) => {
    const dir = join(root, name);
    mkdirSync(join(dir, 'unified'), { recursive: true });
    if (controllers !== null) writeFileSync(join(dir, 'unified', 'cgroup.controllers'), controllers);
    return dir;
  };

  it('is true for a unified tree holding a controller (the machine where crun failed: "hugetlb")', () => {
    assert.equal(hybridCgroupsWithControllers(layout('hybrid', 'hugetlb\n')), true);
  });
  it('is false for a unified tree with no controller, and for no unified tree (pure v1 or pure v2)', () => {
    assert.equal(hybridCgroupsWithControllers(layout('empty', '\n')), false);
    assert.equal(hybridCgroupsWithControllers(layout('none', null)), false);
    assert.equal(hybridCgroupsWithControllers(join(root, 'absent')), false);
  });
});
