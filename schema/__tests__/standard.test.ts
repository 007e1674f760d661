// The standard as published: its files are what `npm run standard` builds from schema/sdl, a change since the
// last release is announced (a new version, breaking coordinates named in CHANGELOG.md), and the classification
// of changes is right on hand-made changes whose effect on clients and provinces is known.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from '@jest/globals';
import { checkAnnounced, classifyStandardChange, type ClassifiedChange } from '../standard/changes.ts';
import { buildStandard } from '../standard/publish.ts';
import { readStandard, releasedSdlPath, STANDARD_FILES } from '../standard/standard.ts';

const released = readFileSync(releasedSdlPath('1.0.0'), 'utf8');
const edit = (from: string, to: string) => {
  assert.ok(released.includes(from), `the release has ${from}`);
  // Both copies: the Province interface and the ProvinceNN type list the same fields.
  return released.replaceAll(from, to);
};
const MEETINGS = '  "Meetings held in a month (YYYY-MM), optionally of one cell; keyset-paginated like members."\n  meetings(month: String!, cellId: ID, first: Int = 50, after: String): MeetingConnection\n';
const at = (changes: ClassifiedChange[], path: string) => changes.find((c) => c.path === path);

describe('the published standard', () => {
  it('is what `npm run standard` builds from schema/sdl (run it and commit when this fails)', () => {
    const built = buildStandard();
    for (const k of Object.keys(STANDARD_FILES) as Array<keyof typeof STANDARD_FILES>) {
      assert.equal(readFileSync(STANDARD_FILES[k], 'utf8'), built[k], `${STANDARD_FILES[k]} is stale`);
    }
  });

  it('changes since the last release are announced', async () => {
    const verdict = await checkAnnounced(buildStandard().sdl);
    assert.ok(verdict.ok, verdict.report.join('\n'));
  });

  it('lists every field of ProvinceNN in exactly one area, the required ones first', () => {
    const { areas } = JSON.parse(readFileSync(STANDARD_FILES.areas, 'utf8')) as { areas: Array<{ name: string; required: boolean; provinceFields: string[] }> };
    const listed = areas.flatMap((a) => a.provinceFields);
    const published = readFileSync(STANDARD_FILES.sdl, 'utf8');
    const declared = [...published.matchAll(/^type ProvinceNN[^{]*\{([^}]*)\}/gm)][0][1].match(/^\s{2}(\w+)[(:]/gm)!.map((l) => l.trim().replace(/[(:]$/, ''));
    assert.deepEqual([...listed].sort(), declared.filter((f) => f !== 'code').sort());
    assert.equal(new Set(listed).size, listed.length);
    assert.deepEqual(areas.filter((a) => a.required).map((a) => a.name), readStandard().requiredAreas);
  });
});

describe('a change of the standard, classified for clients and for conforming provinces', () => {
  it('a field removed breaks clients; a province that still serves it is fine', async () => {
    const changes = await classifyStandardChange(released, edit(MEETINGS, ''));
    assert.deepEqual(
      [at(changes, 'ProvinceNN.meetings')?.forClients, at(changes, 'ProvinceNN.meetings')?.forProvinces],
      ['BREAKING', 'SAFE'],
    );
    // the repository's operations that would break: the example of the month's meetings asks for them
    assert.ok(at(changes, 'ProvinceNN.meetings')!.operations.includes('examples/foundation.graphql MeetingsOfMonth'), JSON.stringify(at(changes, 'ProvinceNN.meetings')));
  });

  it('a field added is safe for clients and breaks every province that does not serve it yet', async () => {
    const changes = await classifyStandardChange(released, edit('  rootOrganisation: PartyOrg\n', '  rootOrganisation: PartyOrg\n  rewards: Int\n'));
    const added = changes.filter((c) => c.path === 'ProvinceNN.rewards' || c.path === 'Province.rewards');
    assert.equal(added.length, 2, JSON.stringify(changes));
    for (const c of added) assert.deepEqual([c.forClients, c.forProvinces], ['SAFE', 'BREAKING']);
  });

  it('a nullable field made non-null: safe for clients, breaking for a province that may answer null', async () => {
    const changes = await classifyStandardChange(released, edit('  rootOrganisation: PartyOrg\n', '  rootOrganisation: PartyOrg!\n'));
    const changed = at(changes, 'ProvinceNN.rootOrganisation');
    assert.deepEqual([changed?.forClients, changed?.forProvinces], ['SAFE', 'BREAKING']);
  });

  it('a new required argument breaks clients; an enum value added is dangerous for clients', async () => {
    const argument = await classifyStandardChange(released, edit('  organisation(id: ID!): PartyOrg\n', '  organisation(id: ID!, asOf: Date!): PartyOrg\n'));
    assert.ok(argument.filter((c) => c.path.endsWith('.organisation.asOf')).every((c) => c.forClients === 'BREAKING') && argument.length > 0, JSON.stringify(argument));
    const value = await classifyStandardChange(released, edit('  "Chính thức"\n  CHINH_THUC\n', '  "Chính thức"\n  CHINH_THUC\n  "Danh dự"\n  DANH_DU\n'));
    assert.equal(at(value, 'MemberStatus.DANH_DU')?.forClients, 'DANGEROUS');
  });

  it('a description changed is safe both ways', async () => {
    const changes = await classifyStandardChange(released, edit('"Giới tính."', '"Giới tính (sex)."'));
    assert.ok(changes.length > 0 && changes.every((c) => c.forClients === 'SAFE' && c.forProvinces === 'SAFE'), JSON.stringify(changes));
  });

  it('npm test fails on an unannounced breaking change, and on a breaking change without a new major', async () => {
    const removed = edit(MEETINGS, '');
    const options = (version: string, notes: string) => ({ version, released: ['1.0.0'], changelog: `# Changes\n\n## ${version}\n\n${notes}\n\n## 1.0.0\n` });
    const unannounced = await checkAnnounced(removed, options('2.0.0', 'Meetings moved.'));
    assert.equal(unannounced.ok, false);
    assert.match(unannounced.report.join('\n'), /breaking change not announced: .*`ProvinceNN\.meetings`/);
    const minor = await checkAnnounced(removed, options('1.1.0', 'Removed `ProvinceNN.meetings` and `Province.meetings`.'));
    assert.match(minor.report.join('\n'), /need a new major version \(2\.0\.0\)/);
    const announced = await checkAnnounced(removed, options('2.0.0', 'Removed `ProvinceNN.meetings` and `Province.meetings`: read handbookMeetings.'));
    assert.ok(announced.ok, announced.report.join('\n'));
    const noSection = await checkAnnounced(removed, { version: '2.0.0', released: ['1.0.0'], changelog: '## 1.0.0\n' });
    assert.match(noSection.report.join('\n'), /no section "## 2\.0\.0"/);
  });

  it('a safe change needs a new version and its section, nothing more', async () => {
    const described = edit('"Giới tính."', '"Giới tính (sex)."');
    const same = await checkAnnounced(described, { version: '1.0.0', released: ['1.0.0'], changelog: '## 1.0.0\n' });
    assert.match(same.report.join('\n'), /changed since its release 1\.0\.0/);
    const patch = await checkAnnounced(described, { version: '1.0.1', released: ['1.0.0'], changelog: '## 1.0.1\nA clearer description of Sex.\n## 1.0.0\n' });
    assert.ok(patch.ok, patch.report.join('\n'));
  });
});
