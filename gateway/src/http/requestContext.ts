// Every HTTP request gets an id and a child logger bound to it; GraphQL resolvers and data sources log through
// that child, so one grep for the id finds the request in the gateway's and every subgraph's logs.
import type { RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import type { GatewayContext } from '../context.ts';
import { acceptRequestId, REQUEST_ID_HEADER } from '../../../schema/requestId.ts';

/** Probes hit these every few seconds: log them at debug so they do not drown the requests that matter. */
const QUIET_PATHS = new Set(['/health', '/ready', '/metrics']);

export function requestContext(logger: Logger): RequestHandler {
  return (req, res, next) => {
    // A client's own id is kept when it is well formed (a proxy in front may have logged it already).
    const requestId = acceptRequestId(req.get(REQUEST_ID_HEADER));
    const log = logger.child({ reqId: requestId });
    const context: GatewayContext = { requestId, log };
    res.locals.gateway = context;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const started = performance.now();
    // Read now: by the time the response finishes, a router mounted at /graphql has cut req.path down to "/".
    const path = req.path;
    res.on('finish', () => {
      const entry = { method: req.method, path, status: res.statusCode, ms: Math.round(performance.now() - started) };
      if (QUIET_PATHS.has(path)) log.debug(entry, 'request');
      else log.info(entry, 'request');
    });
    next();
  };
}

/** The context requestContext() attached to this response. */
export function gatewayContextOf(res: Response): GatewayContext {
  const context = res.locals.gateway as GatewayContext | undefined;
  if (!context) throw new Error('requestContext() middleware must run before the GraphQL handler');
  return context;
}
