// Every request to a subgraph gets the gateway's request id (or a fresh one), a child logger bound to it and,
// when tracing is on, a server span that continues the gateway's trace (W3C traceparent). Both are current for
// the rest of the request (AsyncLocalStorage, as requestDeadline.ts): resolvers, the SQL layer and formatError
// reach them without a context argument.
//
// Two middlewares, because express.json()'s callbacks run outside the request's async context: the first (mounted
// first) makes the id, the logger and the span, so that a request refused before the body is read is logged and
// traced too; the second (after the body parser) makes them current.
import { AsyncLocalStorage } from 'node:async_hooks';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';
import type { RequestHandler, Response } from 'express';
import { acceptRequestId, REQUEST_ID_HEADER } from '../../schema/requestId.ts';
import type { Logger } from './logger.ts';

interface SubgraphRequest {
  requestId: string;
  log: Logger;
  span: Span;
  /** The trace context the request's work runs in (the span above as the active one). */
  traceContext: Context;
}

const store = new AsyncLocalStorage<SubgraphRequest>();

/** The logger of the request this code runs for (bound to its request id); undefined outside a request. */
export function currentRequestLog(): Logger | undefined {
  return store.getStore()?.log;
}

/** Mounted first on /graphql: the request's id, logger and span, and its one log entry when it is done. */
export function startRequestContext(subgraph: string, logger: Logger, tracerName = 'party-federation/subgraph'): RequestHandler {
  const tracer = trace.getTracer(tracerName);
  return (req, res, next) => {
    const requestId = acceptRequestId(req.get(REQUEST_ID_HEADER));
    const log = logger.child({ reqId: requestId });
    const path = req.baseUrl;
    // Headers as they came: propagation reads traceparent/tracestate from them.
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    const span = tracer.startSpan(
      `${subgraph} ${req.method} ${path}`,
      { kind: SpanKind.SERVER, attributes: { 'subgraph.name': subgraph, 'request.id': requestId, 'http.request.method': req.method } },
      parent,
    );
    const started = performance.now();
    res.locals.subgraphRequest = { requestId, log, span, traceContext: trace.setSpan(parent, span) } satisfies SubgraphRequest;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    res.once('close', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
      log.info({ method: req.method, path, status: res.statusCode, ms: Math.round(performance.now() - started) }, 'request');
    });
    next();
  };
}

/** Mounted after the body parser: the rest of the request runs with its logger and span current. */
export function enterRequestContext(): RequestHandler {
  return (_req, res, next) => {
    const request = requestOf(res);
    context.with(request.traceContext, () => store.run(request, next));
  };
}

/** The logger startRequestContext() bound to this response's request, or `fallback` when it did not run. */
export function requestLogOf(res: Response, fallback: Logger): Logger {
  return (res.locals.subgraphRequest as SubgraphRequest | undefined)?.log ?? fallback;
}

function requestOf(res: Response): SubgraphRequest {
  const request = res.locals.subgraphRequest as SubgraphRequest | undefined;
  if (!request) throw new Error('startRequestContext() must run before this middleware');
  return request;
}
