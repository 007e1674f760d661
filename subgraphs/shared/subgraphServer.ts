// Server bootstrap shared by the central and province subgraphs: Apollo Server 5 on express, GET /health,
// GET /metrics (its own registry: subgraphMetrics.ts), a request id and logger per request (requestContext.ts).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { trace } from '@opentelemetry/api';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { TokenVerifier } from '../../auth/verifier.ts';
import type { Actor } from './actor.ts';
import { actorOfResponse, authenticate } from './authenticate.ts';
import { ErrorCode } from './errors.ts';
import { idempotencyPlugin, idempotencyScope, type IdempotencyStore } from './idempotency.ts';
import { refuseControlCharactersPlugin } from './refuseControlCharacters.ts';
import { requestBounds } from './requestDeadline.ts';
import type { Logger } from './logger.ts';
import { observeQueries, type Pool } from './db.ts';
import { serveMetrics } from '../../observability/serveMetrics.ts';
import { sqlObserver } from './observeSql.ts';
import { currentRequestLog, enterRequestContext, startRequestContext } from './requestContext.ts';
import { createSubgraphMetrics } from './subgraphMetrics.ts';

export interface SubgraphServerOptions<TContext extends BaseContext> {
  /** Subgraph name as in the supergraph ("central", "province79"): tags logs and internal error messages. */
  name: string;
  schema: GraphQLSchema;
  /** Builds the per-request context (fresh DataLoaders belong here) for the actor whose token was verified. */
  context: (actor: Actor) => Promise<TContext>;
  /** Verifies every /graphql request's bearer token; a request without a valid one gets 401 and nothing else. */
  verifier: TokenVerifier;
  /** More Apollo plugins (the province's read audit). */
  plugins?: ApolloServerPlugin<TContext>[];
  logger: Logger;
  /**
   * Where mutations' Idempotency-Keys are recorded (idempotency.ts). Default: none, and the header is ignored (the
   * central subgraph: its one mutation, recordReportSubmission, is idempotent by province, period and revision).
   */
  idempotency?: IdempotencyStore;
  /** Production hides stack traces. Default true: a subgraph's errors reach clients through the gateway. */
  production?: boolean;
  /**
   * The subgraph's database pool: its statements are timed (and traced) and its connections shown at /metrics;
   * GET /ready answers 200 when it answers `SELECT 1` within READY_TIMEOUT_MS, else 503 (the orchestrator's
   * readiness probe: a subgraph that cannot reach its database gets no traffic). /health answers while it runs.
   */
  pool?: Pool;
}

const READY_TIMEOUT_MS = 2000;

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Starts the subgraph on host:port (port 0 picks a free one) and resolves once it listens. */
export async function startSubgraphServer<TContext extends BaseContext>(
  options: SubgraphServerOptions<TContext>,
  { port, host = '127.0.0.1' }: { port: number; host?: string },
): Promise<RunningServer> {
  const { name, schema, logger, production = true } = options;
  const metrics = createSubgraphMetrics(name, options.pool);
  if (options.pool) observeQueries(options.pool, sqlObserver(name, metrics));
  const app = express();
  const httpServer = http.createServer(app);
  // Keep-alive from the gateway: idle sockets outlive the gateway's pool (undici keeps them 4 s).
  httpServer.keepAliveTimeout = 65_000;
  const server = new ApolloServer<TContext>({
    schema,
    introspection: true,
    // The process owner (npm start, the entry) stops servers in order on SIGINT/SIGTERM; 35 servers each
    // handling the signal themselves would race it.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !production,
    // No landing page (it needs a CDN); no inline traces (nothing reports usage to Apollo's cloud).
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      metrics.plugin<TContext>(),
      traceOperationPlugin<TContext>(name),
      refuseControlCharactersPlugin<TContext>(),
      ...(options.idempotency ? [idempotencyPlugin<TContext>(options.idempotency, logger)] : []),
      ...(options.plugins ?? []),
    ],
    formatError: (formatted, error) => maskInternalError(formatted, error, name, logger),
  });
  await server.start();
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', subgraph: name });
  });
  app.get('/ready', async (_req, res) => {
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS).unref());
    try {
      await Promise.race([options.pool?.query('SELECT 1'), timeout]);
      res.json({ status: 'ready', subgraph: name });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', subgraph: name, reason: `database: ${(error as Error).message}` });
    }
  });
  // Open like /health: no personal data and no label from a request (observability/serveMetrics.ts).
  app.get('/metrics', serveMetrics(metrics.registry));
  app.use(
    '/graphql',
    // The gateway's request id, a logger bound to it and the trace span, before anything can refuse the request.
    startRequestContext(name, logger),
    authenticate(options.verifier, logger),
    // As the gateway's limit (5 MB: a 10,000-row bulk upload passes through).
    express.json({ limit: '5mb' }),
    // After the body parser, whose callbacks run outside the request's async context (as requestBounds()).
    enterRequestContext(),
    // The caller's deadline and presence bound the request's SQL (requestDeadline.ts); after the body parser,
    // whose callbacks run outside the request's async context.
    requestBounds(),
    // The principal's scope for its Idempotency-Key claim, which the write transactions read (idempotency.ts).
    ...(options.idempotency ? [idempotencyScope()] : []),
    expressMiddleware(server, { context: async ({ res }) => options.context(actorOfResponse(res)) }),
  );
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve());
  });
  const actual = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://${host}:${actual}/graphql`,
    port: actual,
    async stop() {
      await server.stop();
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

/** Errors we did not raise on purpose (a database failure, a bug) are logged and reach clients without internals. */
function maskInternalError(
  formatted: GraphQLFormattedError,
  error: unknown,
  name: string,
  logger: Logger,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError || formatted.extensions?.code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return formatted;
  }
  (currentRequestLog() ?? logger).error({ err: original, path: formatted.path }, 'resolver failed');
  return {
    message: `Internal error in subgraph ${name}; the details are in its log`,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** Names the request's span after its operation ("province79 query NationalReport"), which the middleware cannot know. */
function traceOperationPlugin<TContext extends BaseContext>(subgraph: string): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, operationName }) {
          const span = trace.getActiveSpan();
          if (!span?.isRecording() || !operation) return;
          span.updateName(`${subgraph} ${operation.operation}${operationName ? ` ${operationName}` : ''}`);
          span.setAttribute('graphql.operation.type', operation.operation);
          if (operationName) span.setAttribute('graphql.operation.name', operationName);
        },
      };
    },
  };
}
