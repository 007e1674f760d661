// GET /health: the process is up (liveness). GET /ready: the supergraph is loaded and /graphql serves queries
// (readiness), with each subgraph's status for the people looking at it.
import type { RequestHandler } from 'express';
import { probeSubgraph, type ProbeResult } from './probeSubgraph.ts';

export const health: RequestHandler = (_req, res) => {
  res.json({ status: 'ok' });
};

export interface ReadinessOptions {
  /** True once the gateway has loaded its supergraph and mounted /graphql. */
  isLoaded: () => boolean;
  /** The subgraphs to probe, by supergraph name, at the URLs the gateway really uses. */
  subgraphUrls: () => ReadonlyMap<string, string>;
  /** Deadline of each probe; see DEFAULT_PROBE_TIMEOUT_MS. */
  probeTimeoutMs: number;
}

export function readiness(options: ReadinessOptions): RequestHandler {
  // Concurrent /ready calls share one round of probes: one call fans out to 35 subgraphs, so a burst of probes
  // from several orchestrators must not multiply that.
  let inFlight: Promise<Record<string, ProbeResult>> | undefined;
  const probeAll = async (): Promise<Record<string, ProbeResult>> => {
    const entries = [...options.subgraphUrls()].sort(([a], [b]) => a.localeCompare(b));
    const results = await Promise.all(entries.map(([, url]) => probeSubgraph(url, options.probeTimeoutMs)));
    return Object.fromEntries(entries.map(([name], i) => [name, results[i]!]));
  };

  return async (_req, res) => {
    if (!options.isLoaded()) {
      res.status(503).json({ ready: false, reason: 'the supergraph is still loading' });
      return;
    }
    inFlight ??= probeAll().finally(() => {
      inFlight = undefined;
    });
    const subgraphs = await inFlight;
    // Ready means "this gateway can serve queries", whatever the subgraphs' state: a province that is down costs
    // only its own fields (null plus a tagged error), and every gateway replica would see the same province
    // down, so taking this one out of the load balancer would help nobody. The statuses are for people.
    const down = Object.values(subgraphs).filter((s) => s !== 'up').length;
    res.json({ ready: true, down, subgraphs });
  };
}
