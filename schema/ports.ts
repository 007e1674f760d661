// Default local ports, one place: gateway 4000, central 4100, province NN at 4100 + NN (province 79 -> 4179).
// The supergraph records these URLs; a deployment overrides them (SUBGRAPH_URL_TEMPLATE in the gateway).
import { CENTRAL_SUBGRAPH } from './provinces.ts';

export const DEFAULT_GATEWAY_PORT = 4000;
export const CENTRAL_PORT = 4100;

/** Local port of a subgraph by its supergraph name ("central" or "provinceNN"). */
export function defaultSubgraphPort(subgraphName: string): number {
  if (subgraphName === CENTRAL_SUBGRAPH) return CENTRAL_PORT;
  const m = /^province(\d\d)$/.exec(subgraphName);
  if (!m) throw new Error(`Not a subgraph name: ${subgraphName}`);
  return CENTRAL_PORT + Number(m[1]);
}

export const localSubgraphUrl = (subgraphName: string): string =>
  `http://127.0.0.1:${defaultSubgraphPort(subgraphName)}/graphql`;
