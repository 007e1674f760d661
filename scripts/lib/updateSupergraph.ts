// Joins a province's own system to the running federation, or changes one, without touching the running gateway
// until the new composition is known to be good: compose the national supergraph with that province's served
// SDL and URL, refuse a composition that fails or a change that breaks clients, then replace the supergraph file
// in one rename. A gateway watching the file (SUPERGRAPH_WATCH_MS) serves it within its interval.
// Every other subgraph keeps the URL the current supergraph records, and the SDL of the standard, or the SDL
// that an earlier join kept in `joinedDir` (one file per subgraph: what that province serves).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { composeWithHints, CompositionError, type SubgraphOverride } from '../../schema/compose.ts';
import { findProvince, provinceSubgraphName } from '../../schema/provinces.ts';

export interface SupergraphUpdateOptions {
  /** The supergraph file the gateway serves and watches (SUPERGRAPH_PATH). */
  supergraphPath: string;
  /** Where joined provinces' own SDLs are kept, one `<subgraph>.graphql` each. */
  joinedDir: string;
  /** The province that joins or changes: its code, where the gateway reaches it, and what it serves. */
  province: { code: string; url: string; sdl?: string; token?: string };
  /** Write even when clients would break (announced with the provinces beforehand). Default false. */
  allowBreaking?: boolean;
}

export type SupergraphUpdateOutcome = 'UPDATED' | 'UNCHANGED' | 'SDL_UNAVAILABLE' | 'COMPOSITION_FAILED' | 'BREAKING_CHANGE';

export interface SupergraphUpdateResult {
  outcome: SupergraphUpdateOutcome;
  /** What a person reads: one line per composition error or change. */
  lines: string[];
}

/** `_service { sdl }` of a running subgraph (what the gateway would compose). */
async function servedSdl(url: string, token?: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: { _service?: { sdl?: string } }; errors?: Array<{ message: string }> };
  const sdl = body.data?._service?.sdl;
  if (!sdl) throw new Error(`HTTP ${response.status}${body.errors ? `: ${body.errors.map((e) => e.message).join('; ')}` : ''}`);
  return sdl;
}

/** The URL of each subgraph in a supergraph (its join__Graph enum). */
const urlsOf = (supergraphSdl: string): Map<string, string> =>
  new Map(Supergraph.build(supergraphSdl).subgraphs().values().map((s) => [s.name, s.url]));

const apiSchemaOf = (supergraphSdl: string) => Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();

export async function updateSupergraph(options: SupergraphUpdateOptions): Promise<SupergraphUpdateResult> {
  const { supergraphPath, joinedDir, province } = options;
  if (!findProvince(province.code)) throw new Error(`--province: "${province.code}" is not a province code (schema/provinces.json)`);
  const name = provinceSubgraphName(province.code);
  let sdl = province.sdl;
  if (sdl === undefined) {
    try {
      sdl = await servedSdl(province.url, province.token);
    } catch (error) {
      return { outcome: 'SDL_UNAVAILABLE', lines: [`cannot read _service { sdl } from ${province.url}: ${(error as Error).message}`] };
    }
  }
  const current = readFileSync(supergraphPath, 'utf8');
  const overrides = new Map<string, SubgraphOverride>([...urlsOf(current)].map(([n, url]) => [n, { url }]));
  if (existsSync(joinedDir)) {
    for (const file of readdirSync(joinedDir).filter((f) => f.endsWith('.graphql'))) {
      const joined = file.replace(/\.graphql$/, '');
      overrides.set(joined, { ...overrides.get(joined), sdl: readFileSync(join(joinedDir, file), 'utf8') });
    }
  }
  overrides.set(name, { url: province.url, sdl });
  let fresh: string;
  try {
    fresh = composeWithHints(overrides).supergraphSdl;
  } catch (error) {
    if (!(error instanceof CompositionError)) throw error;
    return { outcome: 'COMPOSITION_FAILED', lines: [`${name} does not compose with the national supergraph:`, ...error.messages.map((m) => `  ${m}`)] };
  }
  if (fresh === current) return { outcome: 'UNCHANGED', lines: [`${name}: the supergraph is already this composition`] };
  const changes = await diff(apiSchemaOf(current), apiSchemaOf(fresh));
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  const lines = changes.map((c) => `  ${c.criticality.level.padEnd(12)} ${c.path ?? ''}: ${c.message}`);
  if (breaking.length && !options.allowBreaking) {
    return { outcome: 'BREAKING_CHANGE', lines: [`${name}: ${breaking.length} change(s) would break clients; nothing written (--allow-breaking to write anyway):`, ...lines] };
  }
  // Keep what this province serves for the next join, then the supergraph, each by a rename: a watching gateway
  // never reads half a file.
  mkdirSync(joinedDir, { recursive: true });
  const replace = (path: string, text: string) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(`${path}.tmp`, text);
    renameSync(`${path}.tmp`, path);
  };
  replace(join(joinedDir, `${name}.graphql`), sdl);
  replace(supergraphPath, fresh);
  return { outcome: 'UPDATED', lines: [`${name} at ${province.url}: ${changes.length} change(s) to the national schema`, ...lines] };
}
