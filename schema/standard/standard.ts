// The national standard's version and its rules that are not SDL (standard.json), and where its published files
// live. The conformance kit, the changelog check and the supergraph update read them from here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildASTSchema, parse, type GraphQLSchema } from 'graphql';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export interface Standard {
  /** Semantic version: a change that breaks a conforming province or a client raises the major. */
  version: string;
  /** Areas every province must keep; the others may answer AREA_NOT_KEPT. */
  requiredAreas: string[];
  /** The slowest answer a conforming province may give, by probe, in ms. */
  latencyBudgetMs: { report: number; membersPage: number; entities: number };
}

export const STANDARD_FILES = {
  sdl: here('./province.graphql'),
  areas: here('./areas.json'),
  reference: here('../../docs/standard/reference.md'),
} as const;

export const CHANGELOG_PATH = here('./CHANGELOG.md');
const RELEASED_DIR = here('./released/');

export function readStandard(): Standard {
  const { version, requiredAreas, latencyBudgetMs } = JSON.parse(readFileSync(here('./standard.json'), 'utf8')) as Standard;
  return { version, requiredAreas, latencyBudgetMs: { report: latencyBudgetMs.report, membersPage: latencyBudgetMs.membersPage, entities: latencyBudgetMs.entities } };
}

export const releasedSdlPath = (version: string): string => `${RELEASED_DIR}${version}.graphql`;

/** [major, minor, patch] of a version string; throws on anything else. */
export function parseVersion(version: string): [number, number, number] {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!m) throw new Error(`"${version}" is not a version MAJOR.MINOR.PATCH`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

export const compareVersions = (a: string, b: string): number => {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

/** The released versions, oldest first. */
export function releasedVersions(): string[] {
  if (!existsSync(RELEASED_DIR)) return [];
  return readdirSync(RELEASED_DIR)
    .filter((f) => /^\d+\.\d+\.\d+\.graphql$/.test(f))
    .map((f) => f.replace(/\.graphql$/, ''))
    .sort(compareVersions);
}

/** The SDL of a province subgraph of the standard for one province: NN replaced by its code. */
export const sdlForProvince = (templateSdl: string, code: string): string =>
  templateSdl.replace(/\b(Province|province)NN\b/g, `$1${code}`).replace(/\bNN\b/g, code);

/**
 * A schema from a subgraph SDL (the standard's or a province's `_service.sdl`) without validating it as a whole:
 * federation directives (@key, @shareable, @link) are used without being defined there, which graphql-js accepts
 * only with assumeValidSDL. Throws a GraphQLError when the SDL does not parse.
 */
export const schemaOfSdl = (sdl: string): GraphQLSchema => buildASTSchema(parse(sdl), { assumeValidSDL: true });
