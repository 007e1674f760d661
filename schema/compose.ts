// Composes the supergraph statically with @apollo/composition (rover downloads a binary and fails offline;
// IntrospectAndCompose refuses to start while any province is down: docs/architecture.md).
//   npm run compose            writes schema/supergraph.graphql
//   npm run compose -- --check exits 1 when the committed file differs from a fresh composition
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { provinces, provinceSubgraphName, CENTRAL_SUBGRAPH } from './provinces.ts';
import { centralSdl, provinceSdl } from './sdl.ts';
import { localSubgraphUrl } from './ports.ts';

export const SUPERGRAPH_PATH = fileURLToPath(new URL('./supergraph.graphql', import.meta.url));

/** Composes the central subgraph and the 34 province subgraphs; throws with every composition error. */
export function composeSupergraph(): string {
  const services = [
    { name: CENTRAL_SUBGRAPH, url: localSubgraphUrl(CENTRAL_SUBGRAPH), typeDefs: parse(centralSdl()) },
    ...provinces.map((p) => ({
      name: provinceSubgraphName(p.code),
      url: localSubgraphUrl(provinceSubgraphName(p.code)),
      typeDefs: parse(provinceSdl(p.code)),
    })),
  ];
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const fresh = composeSupergraph();
  const ms = Math.round(performance.now() - started);
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
