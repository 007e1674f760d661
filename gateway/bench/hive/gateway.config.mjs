// Hive Gateway as `npm run bench` runs it (gateway/bench/bench.ts): one process (no forked workers, so its CPU
// is one /proc entry), the same supergraph and subgraphs as our gateway (BENCH_SUPERGRAPH: a copy whose subgraph
// URLs point at the bench's stack), the client's Authorization forwarded to every subgraph, nothing else on.
import { defineConfig } from '@graphql-hive/gateway';

export const gatewayConfig = defineConfig({
  supergraph: process.env.BENCH_SUPERGRAPH,
  host: '127.0.0.1',
  port: Number(process.env.BENCH_PORT),
  fork: 1,
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') ?? undefined }),
  },
  logging: process.env.BENCH_HIVE_LOG ?? 'error',
  landingPage: false,
  graphiql: false,
});
