// Who a subgraph is, for people: error messages and logs name the province ("Province 79 (Thành phố Hồ Chí
// Minh)"), and error extensions carry its 2-digit code, because the gateway's own errors for a failed fetch
// carry neither path nor serviceName (docs/architecture.md, "Failure and latency").
import { CENTRAL_SUBGRAPH, findProvince } from '../../schema/provinces.ts';

export interface SubgraphIdentity {
  /** Subgraph name in the supergraph: "central" or "provinceNN". */
  name: string;
  /** 2-digit province code for "provinceNN"; undefined for the Centre. */
  province?: string;
  /** Human label for messages, e.g. "Province 79 (Thành phố Hồ Chí Minh)". */
  label: string;
}

const PROVINCE_SUBGRAPH = /^province(\d\d)$/;

export function identifySubgraph(name: string): SubgraphIdentity {
  if (name === CENTRAL_SUBGRAPH) return { name, label: "The Centre's subgraph (central)" };
  const code = PROVINCE_SUBGRAPH.exec(name)?.[1];
  if (code === undefined) return { name, label: `Subgraph ${name}` };
  // A code missing from provinces.json still gets its tag: the supergraph, not the list, decides what runs.
  const province = findProvince(code);
  return { name, province: code, label: province ? `Province ${code} (${province.name})` : `Province ${code}` };
}

/** The extensions every error from this subgraph carries: `subgraph` always, `province` for a province. */
export function subgraphTags(who: SubgraphIdentity): { subgraph: string; province?: string } {
  return who.province === undefined ? { subgraph: who.name } : { subgraph: who.name, province: who.province };
}
