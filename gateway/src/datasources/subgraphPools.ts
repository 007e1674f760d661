// One keep-alive connection pool per subgraph origin, shared by every data source that calls that origin, and
// closed together when the gateway stops.
import { Pool } from 'undici';

export interface SubgraphPoolsOptions {
  /**
   * Most sockets open to one origin. Default 128: a national query takes one socket per province, so this allows
   * 128 national queries in flight before requests queue in the gateway instead of opening more connections.
   */
  connectionsPerOrigin?: number;
}

export interface SubgraphPools {
  /** The pool for this URL's origin (created on first use). */
  poolFor(url: URL): Pool;
  /** Closes every pool: in-flight requests finish, idle sockets close. */
  close(): Promise<void>;
}

export function createSubgraphPools(options: SubgraphPoolsOptions = {}): SubgraphPools {
  const pools = new Map<string, Pool>();
  return {
    poolFor(url) {
      let pool = pools.get(url.origin);
      if (!pool) {
        pool = new Pool(url.origin, {
          connections: options.connectionsPerOrigin ?? 128,
          // The subgraphs keep idle sockets 65 s (subgraphs/shared/subgraphServer.ts) and say so in Keep-Alive;
          // undici follows that hint (less a second), so idle connections survive between dashboard refreshes.
          keepAliveTimeout: 30_000,
          // The data source's own deadline bounds headers and body together; undici's separate 300 s timers
          // would only ever fire after it, so they are left at their defaults.
        });
        pools.set(url.origin, pool);
      }
      return pool;
    },
    async close() {
      const all = [...pools.values()];
      pools.clear();
      await Promise.all(all.map((p) => p.close()));
    },
  };
}
