// Composes the supergraph statically with @apollo/composition (rover downloads a binary and fails offline;
// IntrospectAndCompose refuses to start while any province is down: docs/architecture.md).
//   npm run compose            writes schema/supergraph.graphql
//   npm run compose -- --check exits 1 when the committed file differs from a fresh composition
// Both print composition's hints (INCONSISTENT_DESCRIPTION, UNUSED_ENUM_TYPE, …) and how many there were.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { provinces, provinceSubgraphName, CENTRAL_SUBGRAPH } from './provinces.ts';
import { centralSdl, provinceSdl } from './sdl.ts';
import { localSubgraphUrl } from './ports.ts';

export const SUPERGRAPH_PATH = fileURLToPath(new URL('./supergraph.graphql', import.meta.url));

/** A composition hint: not an error, but something composition thinks the schema's authors should know. */
export interface CompositionHint {
  code: string;
  message: string;
}

/** Composes the central subgraph and the 34 province subgraphs; throws with every composition error. */
export function composeSupergraph(): string {
  return composeWithHints().supergraphSdl;
}

/** A subgraph served otherwise than schema/sdl says: a province's own system, or one at another URL. */
export interface SubgraphOverride {
  /** The SDL it serves (`_service { sdl }`); default: the standard's. */
  sdl?: string;
  /** Where the gateway reaches it; default: the local URL of schema/ports.ts. */
  url?: string;
}

/** Composition's errors, each message on its own line. */
export class CompositionError extends Error {
  constructor(readonly messages: string[]) {
    super(`Composition failed:\n${messages.map((m) => `  - ${m}`).join('\n')}`);
    this.name = 'CompositionError';
  }
}

/**
 * The supergraph and composition's hints (npm run compose prints them; schema/__tests__ wants none). `overrides`
 * by subgraph name ("province01") put a province's own SDL or URL in place of the standard's (npm run supergraph:update).
 */
export function composeWithHints(overrides: ReadonlyMap<string, SubgraphOverride> = new Map()): { supergraphSdl: string; hints: CompositionHint[] } {
  const service = (name: string, sdl: () => string) => ({
    name,
    url: overrides.get(name)?.url ?? localSubgraphUrl(name),
    typeDefs: parse(overrides.get(name)?.sdl ?? sdl()),
  });
  const services = [
    service(CENTRAL_SUBGRAPH, centralSdl),
    ...provinces.map((p) => service(provinceSubgraphName(p.code), () => provinceSdl(p.code))),
  ];
  const result = composeServices(services);
  if (result.errors) throw new CompositionError(result.errors.map((e) => e.message));
  const hints = result.hints.map((h) => ({ code: h.definition.code, message: h.message }));
  return { supergraphSdl: result.supergraphSdl + '\n', hints };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const { supergraphSdl: fresh, hints } = composeWithHints();
  const ms = Math.round(performance.now() - started);
  // Hints go to stderr, so that they are seen whichever way the output goes; they do not fail the command.
  for (const hint of hints) console.error(`hint ${hint.code}: ${hint.message}`);
  console.log(`${hints.length} composition hint${hints.length === 1 ? '' : 's'}`);
  if (process.argv.includes('--check')) {
    const committed = readFileSync(SUPERGRAPH_PATH, 'utf8');
    if (committed !== fresh) {
      console.error('schema/supergraph.graphql is stale: run `npm run compose` and commit it.');
      process.exit(1);
    }
    console.log(`schema/supergraph.graphql is up to date (composed 35 subgraphs in ${ms} ms)`);
  } else {
    writeFileSync(SUPERGRAPH_PATH, fresh);
    console.log(`wrote schema/supergraph.graphql (35 subgraphs composed in ${ms} ms)`);
  }
}
