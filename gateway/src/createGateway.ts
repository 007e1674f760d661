// The national gateway: @apollo/gateway over the static supergraph, on Apollo Server 5 and express 5, with
// /health, /ready, /metrics and a local GraphiQL. It reaches subgraphs only over HTTP and never imports their code.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type RequestHandler } from 'express';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import type { Logger } from 'pino';
import { createLogger } from '../../observability/logger.ts';
import { serveMetrics } from '../../observability/serveMetrics.ts';
import { countPlanCache } from './metrics/countPlanCache.ts';
import { createGatewayMetrics, type GatewayMetrics } from './metrics/createGatewayMetrics.ts';
import { useMetrics } from './plugins/useMetrics.ts';
import { useProvinceErrorPaths } from './plugins/useProvinceErrorPaths.ts';
import { useOperationResolution } from './plugins/useOperationResolution.ts';
import type { GatewayContext } from './context.ts';
import { SubgraphDataSource } from './datasources/SubgraphDataSource.ts';
import { createSubgraphPools } from './datasources/subgraphPools.ts';
import { DASHBOARD_OPERATION_FILES, DASHBOARD_OPERATIONS, DEFAULT_PROBE_TIMEOUT_MS, DEFAULT_SUBGRAPH_TIMEOUT_MS } from './defaults.ts';
import { ErrorCode } from './errors.ts';
import type { TokenVerifier } from '../../auth/verifier.ts';
import { createFormatError } from './formatError.ts';
import { authenticateRequest } from './http/authenticate.ts';
import { DEFAULT_QUERY_LIMITS, useQueryLimits, type QueryLimits } from './plugins/useQueryLimits.ts';
import { useWriteScope } from './plugins/useWriteScope.ts';
import { useIdempotencyKey } from './plugins/useIdempotencyKey.ts';
import { useResponseCache, type ResponseCacheOptions } from './plugins/useResponseCache.ts';
import { loadWarmOperations, warmPlans, type WarmOperation } from './warmPlans.ts';
import { errorHandler } from './http/errorHandler.ts';
import { browserAssetsRouter, dashboardRouter } from './http/dashboard.ts';
import { graphiqlRouter } from './http/graphiql.ts';
import { health, readiness } from './http/health.ts';
import { watchSupergraphFile, type SupergraphWatchOptions } from './supergraph/watchSupergraphFile.ts';
import { gatewayContextOf, requestContext } from './http/requestContext.ts';

export type { Logger };

export interface GatewayOptions {
  /** TCP port; 0 picks a free one (tests). */
  port: number;
  /** Interface to listen on. Default 127.0.0.1: nothing outside this machine until a deployment says so. */
  host?: string;
  /**
   * The composed supergraph (schema/supergraph.graphql). Static on purpose: IntrospectAndCompose refuses to start
   * while any province is down (docs/architecture.md).
   */
  supergraphSdl: string;
  /**
   * Reload the supergraph from this file when it changes (supergraph/watchSupergraphFile.ts), without a restart
   * and without failing requests in flight. Default: none, `supergraphSdl` is served until the gateway stops.
   */
  watchSupergraph?: SupergraphWatchOptions;
  /** Deadline of one subgraph request, in ms. Default 5000: @apollo/gateway has none of its own (docs/architecture.md). */
  subgraphTimeoutMs?: number;
  /**
   * Where to send a subgraph's requests, given its name ("central", "province79") and the URL the supergraph
   * records. Default: the supergraph's URL. See subgraphUrlFromSettings() for SUBGRAPH_URL_TEMPLATE/CENTRAL_URL.
   */
  subgraphUrl?: (subgraphName: string, supergraphUrl: string) => string;
  /** No stack traces (the gateway's or a subgraph's) and no query plans in responses. Default false. */
  production?: boolean;
  /** Default: pino at info level on stdout. */
  logger?: Logger;
  /**
   * Verifies every /graphql request's bearer token (auth/verifier.ts, README "Access"). Required: there is no
   * unauthenticated mode, because every member record is sensitive personal data.
   */
  verifier: TokenVerifier;
  /** Depth, aliases, tokens and estimated cost an operation may have (plugins/useQueryLimits.ts). */
  queryLimits?: QueryLimits;
  /** Schema introspection (GraphiQL's docs and completion need it). Default true: analysts explore the schema. */
  introspection?: boolean;
  /** Serve GraphiQL at /graphiql. Default true. */
  graphiql?: boolean;
  /** Serve the national dashboard at / and /dashboard (gateway/dashboard/). Default true. */
  dashboard?: boolean;
  /**
   * Whole answers served again for a short while (plugins/useResponseCache.ts). Default: none, so that whoever
   * embeds the gateway (tests, `npm start`) sees every change at once; the entry (src/index.ts) turns it on with
   * RESPONSE_CACHE_LIVE_MS / RESPONSE_CACHE_SUBMITTED_MS (default 5 s and 5 min).
   */
  responseCache?: ResponseCacheOptions;
  /** Merge identical subgraph requests in flight (same body and token; datasources/InflightRequests.ts). Default true. */
  dedupeSubgraphRequests?: boolean;
  /**
   * Operations whose query plans are built before the gateway says it is ready (warmPlans.ts). Default: the
   * national dashboard's (examples/dashboard.graphql, and NationalReport of examples/foundation.graphql).
   */
  warmOperations?: readonly WarmOperation[];
  /**
   * Where the gateway counts its requests, subgraph fetches and cache lookups, served at /metrics
   * (metrics/createGatewayMetrics.ts). Default: a registry of its own, with Node's process metrics.
   */
  metrics?: GatewayMetrics;
}

export interface RunningGateway {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** e.g. http://127.0.0.1:4000; /health, /ready and /graphiql live under it. */
  origin: string;
  /** Finishes in-flight requests (up to DRAIN_GRACE_MS), then closes the server. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Bounds what a client can make the gateway parse. 5 MB: a bulk upload of 10,000 member rows (process 10) is
 * ~2.4 MB of CSV in a variable; anything else is far smaller.
 */
const JSON_BODY_LIMIT = '5mb';

/** How long stop() lets in-flight requests finish: a national query takes at most about one subgraph timeout. */
const DRAIN_GRACE_MS = 10_000;

/**
 * Listens, loads the supergraph, and resolves once /graphql serves queries.
 *
 * Apollo's usage telemetry: @apollo/gateway's constructor starts an exporter of anonymous usage data unless
 * APOLLO_TELEMETRY_DISABLED is "1" or "true" in the environment at that moment (dist/index.js), and offers no
 * option for it. This module reads and writes no environment (configuration at the edge), so whatever process
 * builds a gateway sets the variable first: gateway/src/index.ts, scripts/start.ts, the test supports and the
 * benches do; docker-compose sets it for the gateway's container.
 */
export async function createGateway(options: GatewayOptions): Promise<RunningGateway> {
  const { port, host = '127.0.0.1', supergraphSdl, production = false } = options;
  const subgraphTimeoutMs = options.subgraphTimeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS;
  const logger = options.logger ?? createLogger('info');
  const metrics = options.metrics ?? createGatewayMetrics();

  // Filled as the gateway builds its data sources: the URLs it really calls, which /ready probes.
  const subgraphUrls = new Map<string, string>();
  // Keep-alive connections to the subgraphs, one pool per origin, closed when the gateway stops.
  const pools = createSubgraphPools();
  const gateway = new ApolloGateway({
    supergraphSdl: options.watchSupergraph
      ? watchSupergraphFile(supergraphSdl, options.watchSupergraph, logger, (r) => metrics.countSupergraphReload(r.outcome))
      : supergraphSdl,
    logger: logger.child({ component: 'apollo-gateway' }),
    // Its default is "not NODE_ENV=production"; decided by our option instead, like everything else here.
    __exposeQueryPlanExperimental: !production,
    buildService: ({ name, url }) => {
      if (!url) throw new Error(`The supergraph records no URL for subgraph "${name}"`);
      const target = options.subgraphUrl?.(name, url) ?? url;
      subgraphUrls.set(name, target);
      return new SubgraphDataSource({ name, url: target, timeoutMs: subgraphTimeoutMs, logger, pools, dedupe: options.dedupeSubgraphRequests, metrics });
    },
  });
  countPlanCache(gateway, metrics);

  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  // Clients keep sockets open between requests (undici 4 s, load balancers 60 s): a server that closed an idle
  // socket first (Node's default: 5 s) races a request sent on it, which fails with "fetch failed".
  httpServer.keepAliveTimeout = 65_000;
  const server = new ApolloServer<GatewayContext>({
    gateway,
    logger: logger.child({ component: 'apollo-server' }),
    // Analysts explore the national schema in GraphiQL, production included, unless the deployment says otherwise
    // (GATEWAY_INTROSPECTION); a token is needed either way.
    introspection: options.introspection ?? true,
    // Without introspection the schema is not for discovery: no "Did you mean citizenId?" in validation errors.
    hideSchemaDetailsFromClientErrors: !(options.introspection ?? true),
    // A document with more tokens is refused by the parser itself, before any other work (README "Access").
    parseOptions: { maxTokens: (options.queryLimits ?? DEFAULT_QUERY_LIMITS).maxTokens },
    includeStacktraceInErrorResponses: !production,
    formatError: createFormatError({ production }),
    // CSRF prevention stays on (Apollo's default): GraphiQL sends application/json, which passes it.
    csrfPrevention: true,
    // The entry (or whoever embeds us) owns the process's signals; Apollo's handler would re-kill the process.
    stopOnTerminationSignals: false,
    plugins: [
      // Apollo's landing page loads from a CDN and is blank offline; /graphiql is served locally instead.
      ApolloServerPluginLandingPageDisabled(),
      // Never report to Apollo's cloud, even if APOLLO_KEY happens to be in the environment.
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: DRAIN_GRACE_MS }),
      // Counts every answer, refused ones included, with the codes of its errors as the client reads them.
      useMetrics(metrics),
      // A province's error points at its item of the answer (["provinces", 3, "report"]), not at the plan's "@".
      useProvinceErrorPaths(),
      // An operationName the document lacks is the client's mistake: 400, not the planner's 500.
      useOperationResolution(),
      // Depth, aliases and cost, checked before the query planner or any subgraph sees the operation.
      useQueryLimits(options.queryLimits ?? DEFAULT_QUERY_LIMITS),
      // A write to a province the token cannot write to stops here too (the subgraph checks it again).
      useWriteScope(),
      // A mutation's Idempotency-Key, checked before any subgraph is asked and forwarded to the subgraphs it writes to.
      useIdempotencyKey(),
      // After the checks above: a refused operation is never looked up, let alone stored.
      ...(options.responseCache ? [useResponseCache(options.responseCache, metrics.countResponseCache)] : []),
    ],
  });

  let graphql: RequestHandler | undefined;
  app.use(requestContext(logger));
  app.get('/health', health);
  // Open like /health and /ready: counts and times only, no label from a request (observability/serveMetrics.ts).
  app.get('/metrics', serveMetrics(metrics.registry));
  app.get(
    '/ready',
    readiness({ isLoaded: () => graphql !== undefined, subgraphUrls: () => subgraphUrls, probeTimeoutMs: DEFAULT_PROBE_TIMEOUT_MS }),
  );
  const graphiql = options.graphiql ?? true;
  const dashboard = options.dashboard ?? true;
  if (graphiql) app.use(graphiqlRouter());
  if (dashboard) app.use(dashboardRouter());
  // The pages' bundles (script, styles, fonts), built on the first request (http/browserAssets.ts).
  if (graphiql || dashboard) app.use(browserAssetsRouter());
  app.use('/graphql', express.json({ limit: JSON_BODY_LIMIT }), (req, res, next) => {
    // A person who opens /graphql in a browser wants the explorer, not "GET query missing".
    if (graphiql && req.method === 'GET' && req.query.query === undefined && req.accepts(['json', 'html']) === 'html') {
      res.redirect(302, '/graphiql');
      return;
    }
    if (!graphql) {
      res.status(503).json({ errors: [{ message: 'The gateway is still loading its supergraph', extensions: { code: ErrorCode.GATEWAY_NOT_READY } }] });
      return;
    }
    // express.json() leaves req.body unset for other content types; Apollo then answers them (CSRF, 400) itself.
    if (!Object.hasOwn(req, 'body')) req.body = undefined;
    const serve = graphql;
    authenticateRequest(options.verifier, req, res).then((ok) => (ok ? serve(req, res, next) : undefined), next);
  });
  app.use(errorHandler);

  // Listen before loading, so that /health answers and /ready says 503 while the supergraph loads.
  const actualPort = await listen(httpServer, port, host);
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
  try {
    await server.start();
  } catch (error) {
    await closeServer(httpServer);
    await pools.close();
    throw error;
  }
  // Plans of the dashboard's operations, before /graphql serves: the first dashboard does not pay for planning.
  const warmStarted = performance.now();
  const warmOperations = options.warmOperations ?? loadWarmOperations(DASHBOARD_OPERATION_FILES, DASHBOARD_OPERATIONS);
  await warmPlans(server, warmOperations, logger);
  const warmMs = Math.round(performance.now() - warmStarted);
  graphql = expressMiddleware(server, { context: async ({ res }) => gatewayContextOf(res) });
  logger.info({ subgraphs: subgraphUrls.size, subgraphTimeoutMs, production, warmedPlans: warmOperations.length, warmMs }, `gateway ready at ${origin}/graphql`);

  let stopping: Promise<void> | undefined;
  return {
    url: `${origin}/graphql`,
    origin,
    stop: () =>
      (stopping ??= (async () => {
        await server.stop(); // stops the gateway and drains the HTTP server (the plugin above)
        await closeServer(httpServer);
        await pools.close();
      })()),
  };
}

function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: http.Server): Promise<void> {
  if (!server.listening) return Promise.resolve();
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
