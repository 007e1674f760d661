// What a change of the standard does to the two kinds of party that rely on it, classified by
// @graphql-inspector/core: the clients (dashboards, analysts' operations: they read the new standard from every
// province) and the conforming provinces (they serve the old one until they upgrade). The same diff, read both ways:
// a field removed breaks a client; a field added breaks a province that does not serve it yet, since the gateway
// cannot compose it (every path of the supergraph must be resolvable in the province's subgraph).
import { existsSync, readFileSync } from 'node:fs';
import { ChangeType, CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { operationsUsing } from './operationUsage.ts';
import { CHANGELOG_PATH, compareVersions, parseVersion, readStandard, releasedSdlPath, releasedVersions, schemaOfSdl } from './standard.ts';

export type Criticality = 'BREAKING' | 'DANGEROUS' | 'SAFE';

export interface ClassifiedChange {
  /** Schema coordinate, e.g. `ProvinceNN.report` or `MemberFilter.status`. */
  path: string;
  message: string;
  forClients: Criticality;
  forProvinces: Criticality;
  /** The repository's client operations (examples/, the dashboard's) that use the coordinate, when clients are concerned. */
  operations: string[];
}

const level = (c: Change | undefined): Criticality =>
  !c ? 'SAFE' : c.criticality.level === CriticalityLevel.Breaking ? 'BREAKING' : c.criticality.level === CriticalityLevel.Dangerous ? 'DANGEROUS' : 'SAFE';


/** Every change from `before` to `after`, with what it means for clients and for conforming provinces. */
export async function classifyStandardChange(before: string, after: string): Promise<ClassifiedChange[]> {
  const [old, fresh] = [schemaOfSdl(before), schemaOfSdl(after)];
  const forward = await diff(old, fresh);
  // Read backwards, the diff says what a province still serving `before` lacks against clients of `after`.
  const backward = await diff(fresh, old);
  // One entry per schema coordinate, with the worst of its changes each way (an enum value added comes with its
  // description added: two changes, one coordinate).
  const rank: Record<Criticality, number> = { SAFE: 0, DANGEROUS: 1, BREAKING: 2 };
  const worst = (a: Criticality, b: Criticality) => (rank[b] > rank[a] ? b : a);
  const byPath = new Map<string, ClassifiedChange>();
  const entry = (c: Change) => {
    const path = c.path ?? c.message;
    if (!byPath.has(path)) byPath.set(path, { path, message: c.message, forClients: 'SAFE', forProvinces: 'SAFE', operations: [] });
    return byPath.get(path)!;
  };
  for (const c of forward) {
    const e = entry(c);
    if (rank[level(c)] > rank[e.forClients]) e.message = c.message;
    e.forClients = worst(e.forClients, level(c));
  }
  // A type the new standard adds breaks no province by itself: the fields that reach it do, and are listed.
  for (const c of backward) entry(c).forProvinces = worst(entry(c).forProvinces, c.type === ChangeType.TypeRemoved ? 'SAFE' : level(c));
  for (const e of byPath.values()) if (e.forClients !== 'SAFE') e.operations = operationsUsing(e.path);
  return [...byPath.values()].sort((a, b) => a.path.localeCompare(b.path));
}

/** The CHANGELOG.md section of a version: the text after `## <version>` up to the next `## `. */
export function changelogSection(changelog: string, version: string): string | undefined {
  const start = changelog.search(new RegExp(`^## ${version.replaceAll('.', '\\.')}\\b`, 'm'));
  if (start < 0) return undefined;
  const rest = changelog.slice(start + 3);
  const next = rest.search(/^## /m);
  return next < 0 ? rest : rest.slice(0, next);
}

export interface AnnouncementVerdict {
  ok: boolean;
  report: string[];
}

/**
 * The rule for a change of the standard: a published SDL that differs from the last release is a new version
 * (standard.json) with its CHANGELOG.md section; a change breaking for clients or provinces raises the major and
 * names each breaking coordinate (in backticks) in that section. `npm test` runs it (schema/__tests__/standard.test.ts).
 */
export async function checkAnnounced(currentSdl: string, options: { changelog?: string; version?: string; released?: string[] } = {}): Promise<AnnouncementVerdict> {
  const version = options.version ?? readStandard().version;
  const released = options.released ?? releasedVersions();
  const changelog = options.changelog ?? (existsSync(CHANGELOG_PATH) ? readFileSync(CHANGELOG_PATH, 'utf8') : '');
  const report: string[] = [];
  const fail = (line: string) => (report.push(`✗ ${line}`), { ok: false, report });
  if (!changelogSection(changelog, version)) return fail(`CHANGELOG.md has no section "## ${version}" for the version of standard.json`);
  const latest = released.filter((v) => v !== version).at(-1);
  if (released.includes(version)) {
    if (readFileSync(releasedSdlPath(version), 'utf8') !== currentSdl) {
      return fail(`the standard changed since its release ${version}: raise the version in standard.json and describe the change in CHANGELOG.md`);
    }
    report.push(`the standard is its release ${version}`);
    return { ok: true, report };
  }
  if (!latest) {
    report.push(`${version}: the first release, not yet released (npm run standard -- --release)`);
    return { ok: true, report };
  }
  if (compareVersions(version, latest) <= 0) return fail(`version ${version} in standard.json is not above the last release ${latest}`);
  const changes = await classifyStandardChange(readFileSync(releasedSdlPath(latest), 'utf8'), currentSdl);
  const breaking = changes.filter((c) => c.forClients === 'BREAKING' || c.forProvinces === 'BREAKING');
  const section = changelogSection(changelog, version)!;
  report.push(`${version} against the release ${latest}: ${changes.length} changes, ${breaking.length} breaking`);
  for (const c of changes) {
    report.push(`  ${c.path}: ${c.message} (clients: ${c.forClients}, provinces: ${c.forProvinces})`);
    if (c.operations.length) report.push(`    used by ${c.operations.join(', ')}`);
  }
  let ok = true;
  if (breaking.length && parseVersion(version)[0] === parseVersion(latest)[0]) {
    ok = false;
    report.push(`✗ ${breaking.length} breaking changes need a new major version (${parseVersion(latest)[0] + 1}.0.0), not ${version}`);
  }
  for (const c of breaking) {
    if (!section.includes(`\`${c.path}\``)) {
      ok = false;
      report.push(`✗ breaking change not announced: CHANGELOG.md "## ${version}" does not name \`${c.path}\` (${c.message})`);
    }
  }
  return { ok, report };
}
