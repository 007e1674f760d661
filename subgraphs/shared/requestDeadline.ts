// What a request to a subgraph may still cost: the caller's deadline (x-deadline-ms, schema/deadline.ts) and
// whether the caller is still there. Both end in one AbortSignal per request, which the SQL layer obeys
// (boundedClient.ts): a statement in flight is cancelled on the database server, the next one is not sent.
//
// Why: a gateway that gave up on a province after 5 s used to leave its SQL running; at a tenth of the nation the
// abandoned work piled up until every later request timed out too (issue 9). Now the work stops with the wait.
//
// The signal reaches the SQL layer through AsyncLocalStorage rather than through every resolver's context, so
// that no resolver, loader or area module needs to know about it: every statement a request runs goes through
// ProvinceDb, which asks currentRequestBounds() (measured overhead in BENCHMARKS.md, "Deadlines").
import { AsyncLocalStorage } from 'node:async_hooks';
import { setMaxListeners } from 'node:events';
import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { DEADLINE_HEADER } from '../../schema/deadline.ts';
import { ErrorCode } from './errors.ts';

export interface RequestBounds {
  /** Aborts when the deadline passes or the caller disconnects; its reason is a RequestAbandonedError. */
  signal: AbortSignal;
  /** The caller's deadline as sent, in ms from when the request arrived; undefined when it sent none. */
  deadlineMs?: number;
}

/** A request whose answer nobody will read any more: the deadline passed, or the caller went away. */
export class RequestAbandonedError extends GraphQLError {
  override name = 'RequestAbandonedError';
}

/** The largest deadline honoured (10 minutes): a bigger value is taken as this, not as "no deadline". */
const MAX_DEADLINE_MS = 600_000;

const store = new AsyncLocalStorage<RequestBounds>();

/** The bounds of the request this code runs for; undefined outside a request (seeding, migrations, scripts). */
export function currentRequestBounds(): RequestBounds | undefined {
  return store.getStore();
}

/** Runs `work` within `bounds`, as the middleware does for a request (tests, scripts). */
export function runWithinBounds<T>(bounds: RequestBounds, work: () => T): T {
  return store.run(bounds, work);
}

/** The header's value in ms, or undefined when absent or not a whole number of milliseconds. */
export function parseDeadlineHeader(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,12}$/.test(value.trim())) return undefined;
  return Math.min(Number(value), MAX_DEADLINE_MS);
}

/**
 * Express middleware for /graphql: starts the request's deadline from its header and aborts when the caller
 * disconnects before the response is complete. Mount it after the body parser: the parser's callbacks would
 * otherwise run outside the request's async context.
 */
export function requestBounds(): RequestHandler {
  return (req, res, next) => {
    const controller = new AbortController();
    // Every statement in flight listens for the abort (boundedClient.ts): a report runs dozens at once.
    setMaxListeners(0, controller.signal);
    const deadlineMs = parseDeadlineHeader(req.get(DEADLINE_HEADER));
    let timer: NodeJS.Timeout | undefined;
    if (deadlineMs !== undefined) {
      const passed = () =>
        controller.abort(
          new RequestAbandonedError(`The caller's deadline of ${deadlineMs} ms passed before the answer was ready; its database work was cancelled`, {
            extensions: { code: ErrorCode.DEADLINE_EXCEEDED },
          }),
        );
      if (deadlineMs === 0) passed();
      else timer = setTimeout(passed, deadlineMs);
    }
    // 'close' comes after 'finish' too; only a close before the response was complete means the caller left.
    res.once('close', () => {
      clearTimeout(timer);
      if (!res.writableFinished && !controller.signal.aborted) {
        controller.abort(
          new RequestAbandonedError('The caller disconnected before the answer was ready; its database work was cancelled', {
            extensions: { code: ErrorCode.REQUEST_CANCELLED },
          }),
        );
      }
    });
    store.run({ signal: controller.signal, deadlineMs }, next);
  };
}
