// Starts the whole federation in this process over prepared databases: the central subgraph, one province
// subgraph per database (each its own HTTP server, port and pool) and the gateway, which reaches them over HTTP.
// `npm start` and the end-to-end tests both use it; nothing here relies on sharing the process.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CENTRAL_SUBGRAPH, provinceSubgraphName } from '../../schema/provinces.ts';
import { defaultSubgraphPort, DEFAULT_GATEWAY_PORT } from '../../schema/ports.ts';
import { createGateway, type RunningGateway } from '../../gateway/src/createGateway.ts';
import type { CentralSettings } from '../../subgraphs/central/src/config.ts';
import { startCentralSubgraph } from '../../subgraphs/central/src/server.ts';
import type { ProvinceSettings } from '../../subgraphs/province/src/config.ts';
import { startProvinceSubgraph } from '../../subgraphs/province/src/server.ts';
import type { QueryListener } from '../../subgraphs/province/src/core/ProvinceDb.ts';
import type { Logger } from '../../subgraphs/shared/logger.ts';
import type { TokenVerifier, TokenVerifierOptions } from '../../auth/verifier.ts';
import { startLegacyProvince } from '../../subgraphs/legacy-hanoi/src/server.ts';
import type { RunningServer } from '../../subgraphs/shared/subgraphServer.ts';
import type { PreparedDatabases } from './databases.ts';

export const SUPERGRAPH_FILE = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));

export interface FederationOptions {
  databases: PreparedDatabases;
  logger: Logger;
  /** 'default': the fixed local ports (gateway 4000, central 4100, province NN 4100+NN); 'ephemeral': free ports. */
  ports: 'default' | 'ephemeral';
  gatewayPort?: number;
  /** Reload schema/supergraph.graphql this often (ms) when `npm run supergraph:update` rewrites it. Default: never. */
  watchSupergraphMs?: number;
  subgraphTimeoutMs?: number;
  production?: boolean;
  /** Sees each province's SQL statements (tests count them). */
  onQuery?: (code: string) => QueryListener | undefined;
  /** Where the gateway sends a subgraph's requests, given where it runs (tests put a fault proxy in front). */
  route?: (subgraphName: string, url: string) => string;
  /** Verifies tokens in the gateway and in every subgraph (each checks every request itself). */
  verifier: TokenVerifier;
  /**
   * What `verifier` verifies with (JWKS, issuer, audience): a legacy province system (databases.legacy) checks
   * tokens with its own code, so it gets the settings rather than our verifier. Required when there is one.
   */
  verifierOptions?: TokenVerifierOptions;
  /**
   * Every province subgraph's settings (rules, citizen-ID hash key), as the entry read them from its environment
   * (subgraphs/province/src/config.ts). Unset parts take the spec's values.
   */
  province?: { rules?: Partial<ProvinceSettings['rules']>; citizenIdHashKey?: string; disclosureControlKey?: string };
  /** The central subgraph's settings (subgraphs/central/src/config.ts). Unset parts take their defaults. */
  central?: Partial<CentralSettings>;
}

export interface RunningFederation {
  gateway: RunningGateway;
  /** Running subgraphs by supergraph name ("central", "province79"). */
  subgraphs: Map<string, RunningServer>;
  stop(): Promise<void>;
}

export async function startFederation(options: FederationOptions): Promise<RunningFederation> {
  const { databases, logger, production = false, verifier } = options;
  const portOf = (name: string) => (options.ports === 'default' ? defaultSubgraphPort(name) : 0);
  const subgraphs = new Map<string, RunningServer>();
  const stopAll = async () => {
    await Promise.all([...subgraphs.values()].map((s) => s.stop()));
  };
  try {
    subgraphs.set(
      CENTRAL_SUBGRAPH,
      await startCentralSubgraph(
        { pool: databases.central, logger, production, verifier, ...options.central },
        { port: portOf(CENTRAL_SUBGRAPH) },
      ),
    );
    await Promise.all(
      [...databases.provinces].map(async ([code, pool]) => {
        const name = provinceSubgraphName(code);
        const legacyPool = databases.legacy?.get(code);
        if (legacyPool) {
          // LEGACY_PROVINCES: the province's own system on its port, in place of ours (subgraphs/legacy-hanoi)
          if (!options.verifierOptions) throw new Error(`legacy province ${code} needs verifierOptions`);
          const { disclosureControlKey } = options.province ?? {};
          const legacy = await startLegacyProvince({ code, pool: legacyPool, auth: options.verifierOptions, disclosureControlKey, logger, production, port: portOf(name) });
          subgraphs.set(name, legacy);
          return;
        }
        const server = await startProvinceSubgraph(
          { code, pool, logger, production, verifier, onQuery: options.onQuery?.(code), ...options.province },
          { port: portOf(name) },
        );
        subgraphs.set(name, server);
      }),
    );
    const route = options.route ?? ((_name: string, url: string) => url);
    const routes = new Map([...subgraphs].map(([name, s]) => [name, route(name, s.url)]));
    const gateway = await createGateway({
      port: options.gatewayPort ?? (options.ports === 'default' ? DEFAULT_GATEWAY_PORT : 0),
      supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
      watchSupergraph: options.watchSupergraphMs ? { path: SUPERGRAPH_FILE, intervalMs: options.watchSupergraphMs } : undefined,
      subgraphTimeoutMs: options.subgraphTimeoutMs,
      // A subgraph not running here (a test may run a few provinces) fails as "down". On ephemeral ports it goes to
      // port 9 (discard: refused), never to the default ports, where another copy of the federation may listen.
      subgraphUrl: (name, url) => routes.get(name) ?? (options.ports === 'ephemeral' ? 'http://127.0.0.1:9/graphql' : url),
      production,
      logger,
      verifier,
    });
    return {
      gateway,
      subgraphs,
      async stop() {
        await gateway.stop();
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
