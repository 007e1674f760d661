// The request's bounds (Express middleware for /graphql): the caller's deadline (x-deadline-ms: what it will still
// wait, from now) and its presence. res.locals.signal aborts when the deadline passes or the caller leaves, and the
// request's SQL stops with it (db.ts, LegacyDb.bounded): the statement in flight is cancelled on the server and no
// other is sent, instead of work piling up for nobody.
import { setMaxListeners } from 'node:events';
import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql';

/** The largest deadline honoured (10 minutes): a bigger value is taken as this, not as "no deadline". */
const MAX_DEADLINE_MS = 600_000;

export function requestBounds(): RequestHandler {
  return (req, res, next) => {
    const controller = new AbortController();
    // every statement in flight listens for the abort
    setMaxListeners(0, controller.signal);
    const header = req.get('x-deadline-ms')?.trim();
    const deadlineMs = header && /^\d{1,12}$/.test(header) ? Math.min(Number(header), MAX_DEADLINE_MS) : undefined;
    let timer: NodeJS.Timeout | undefined;
    const passed = () =>
      controller.abort(
        new GraphQLError(`The caller's deadline of ${deadlineMs} ms passed before the answer was ready; its database work was cancelled`, {
          extensions: { code: 'DEADLINE_EXCEEDED' },
        }),
      );
    if (deadlineMs === 0) passed();
    else if (deadlineMs !== undefined) timer = setTimeout(passed, deadlineMs);
    // 'close' comes after 'finish' too: only a close before the response was complete means the caller left
    res.once('close', () => {
      clearTimeout(timer);
      if (!res.writableFinished && !controller.signal.aborted) {
        controller.abort(
          new GraphQLError('The caller disconnected before the answer was ready; its database work was cancelled', {
            extensions: { code: 'REQUEST_CANCELLED' },
          }),
        );
      }
    });
    res.locals.signal = controller.signal;
    next();
  };
}
