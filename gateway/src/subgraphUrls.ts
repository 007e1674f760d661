// Where each subgraph is reached, from the deployment's settings: the supergraph records local URLs
// (schema/ports.ts), a deployment overrides them with a template for the provinces and one URL for the Centre.
import { CENTRAL_SUBGRAPH } from '../../schema/provinces.ts';

export interface SubgraphUrlSettings {
  /** e.g. http://province-{code}:4000/graphql; {code} is the 2-digit province code. Unset: keep the supergraph's. */
  subgraphUrlTemplate?: string;
  /** Unset: keep the supergraph's URL for "central". */
  centralUrl?: string;
}

/** The `subgraphUrl` option of createGateway for these settings. */
export function subgraphUrlFromSettings(settings: SubgraphUrlSettings): (subgraphName: string, supergraphUrl: string) => string {
  const { subgraphUrlTemplate, centralUrl } = settings;
  return (name, supergraphUrl) => {
    if (name === CENTRAL_SUBGRAPH) return centralUrl ?? supergraphUrl;
    const code = /^province(\d\d)$/.exec(name)?.[1];
    return code !== undefined && subgraphUrlTemplate !== undefined
      ? subgraphUrlTemplate.replaceAll('{code}', code)
      : supergraphUrl;
  };
}
