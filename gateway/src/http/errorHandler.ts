// The last express handler. Express's own prints the stack as HTML outside NODE_ENV=production; a GraphQL client
// should get a GraphQL-shaped JSON error instead, 4xx for what the client sent (a body that is not JSON, too
// large) and 500 only for our own failures, without internals.
import type { ErrorRequestHandler } from 'express';
import { ErrorCode } from '../errors.ts';
import { gatewayContextOf } from './requestContext.ts';

function clientStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { status?: unknown; statusCode?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

export const errorHandler: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  const log = res.locals.gateway ? gatewayContextOf(res).log : undefined;
  const status = clientStatus(error);
  if (status !== undefined) {
    // body-parser's messages ("Unexpected token } in JSON at position 9") are about the client's own bytes.
    const message = error instanceof Error ? error.message : 'Bad request';
    log?.info({ status, err: error }, 'rejected HTTP request');
    res.status(status).json({ errors: [{ message, extensions: { code: ErrorCode.BAD_REQUEST } }] });
    return;
  }
  log?.error({ err: error }, 'unhandled error');
  res.status(500).json({
    errors: [{ message: 'Internal error in the gateway; the details are in its log', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }],
  });
};
