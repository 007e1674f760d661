// SQL that stops when its request is abandoned (requestDeadline.ts): a statement in flight is cancelled ON THE
// DATABASE SERVER, and no further statement is sent. Rejecting the promise alone (pg's query_timeout) would
// leave PostgreSQL working on, holding the connection and its locks: the pile-up this exists to prevent.
//
// How a statement is stopped: PostgreSQL's own cancel request (the 16-byte CancelRequest message psql sends on
// Ctrl-C), on a new socket to the server, naming the backend's pid and secret key. It needs no free connection
// in the pool (under overload there is none) and no authentication. The connection is then destroyed rather
// than returned to the pool: a cancel that arrives late could otherwise hit the next request's statement, and a
// transaction it interrupted dies with the connection (the server rolls it back).
//
// Measured overhead when nothing is abandoned: BENCHMARKS.md, "Deadlines".
import net from 'node:net';
import type { Pool, PoolClient } from './db.ts';
import { currentRequestBounds, type RequestBounds } from './requestDeadline.ts';

/** The part of a pg client that the SQL layer uses. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** The protocol's cancel request code (PostgreSQL docs, "Message Formats": CancelRequest). */
const CANCEL_REQUEST_CODE = 80877102;
/** A cancel request that has not gone through in this time is given up on (the connection is destroyed anyway). */
const CANCEL_SEND_TIMEOUT_MS = 2000;

/**
 * Runs `work` on one connection from `pool`. Within `bounds`: waiting for a free connection ends when the
 * request is abandoned; so does the statement in flight (cancelled on the server) and every later one (never
 * sent). Each rejects with the signal's reason. Without bounds: a plain checkout, as pool.query does.
 */
export async function withBoundedClient<T>(pool: Pool, bounds: RequestBounds | undefined, work: (client: Queryable) => Promise<T>): Promise<T> {
  if (!bounds) {
    const client = await pool.connect();
    try {
      return await work(client);
    } finally {
      client.release();
    }
  }
  const { signal } = bounds;
  signal.throwIfAborted();
  const client = await connectWithin(pool, signal);
  let inFlight = 0;
  let cancelling: Promise<void> | undefined;
  const onAbort = () => {
    if (inFlight === 0) return;
    // A cancel that does not get through (a server too busy to accept it in time, measured at full scale) ends
    // the session instead: the pending statement rejects now rather than when it completes, and the server ends
    // it on seeing the connection gone (client_connection_check_interval, db.ts). Never an unhandled rejection,
    // which would end the process.
    cancelling = sendCancelRequest(client).catch(() => client.end().catch(() => {}));
  };
  signal.addEventListener('abort', onAbort, { once: true });
  const bounded: Queryable = {
    async query(sql, params) {
      signal.throwIfAborted();
      inFlight++;
      try {
        return await client.query(sql, params);
      } catch (error) {
        // Our cancel comes back as "canceling statement due to user request" (57014): say why instead.
        throw signal.aborted ? signal.reason : error;
      } finally {
        inFlight--;
      }
    },
  };
  try {
    return await work(bounded);
  } finally {
    signal.removeEventListener('abort', onAbort);
    if (signal.aborted) {
      await cancelling;
      client.release(true);
    } else {
      client.release();
    }
  }
}

/** pool.connect(), unless the signal aborts first (then the connection, when it comes, goes straight back). */
function connectWithin(pool: Pool, signal: AbortSignal): Promise<PoolClient> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const onAbort = () => {
      settled = true;
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    pool.connect().then(
      (client) => {
        signal.removeEventListener('abort', onAbort);
        if (settled) client.release();
        else resolve(client);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        if (!settled) reject(error);
      },
    );
  });
}

interface BackendKey {
  processID?: number;
  secretKey?: number;
  host?: string;
  port?: number;
}

/** Sends PostgreSQL a CancelRequest for the statement running on `client`'s backend. */
export function sendCancelRequest(client: PoolClient): Promise<void> {
  // pg sets these from BackendKeyData and the connection parameters; @types/pg declares only some of them.
  const { processID, secretKey, host = 'localhost', port = 5432 } = client as unknown as BackendKey;
  if (processID === undefined || secretKey === undefined) return Promise.reject(new Error('no backend key to cancel with'));
  const packet = Buffer.alloc(16);
  packet.writeInt32BE(16, 0);
  packet.writeInt32BE(CANCEL_REQUEST_CODE, 4);
  packet.writeInt32BE(processID, 8);
  packet.writeInt32BE(secretKey, 12);
  return new Promise((resolve, reject) => {
    const socket = host.startsWith('/') ? net.connect(`${host}/.s.PGSQL.${port}`) : net.connect(port, host);
    socket.setTimeout(CANCEL_SEND_TIMEOUT_MS, () => socket.destroy(new Error('cancel request timed out')));
    socket.once('connect', () => socket.end(packet));
    socket.once('error', reject);
    // The server closes the socket once it has read the request; it sends no answer.
    socket.once('close', () => resolve());
  });
}

/** Single statements, each bounded by the request it runs for (unbounded outside a request). */
export interface BoundedSql {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

/**
 * `pool`'s statements as BoundedSql: each one checks out a connection within the current request's bounds
 * (currentRequestBounds), so an abandoned request's statement is cancelled on the server, as ProvinceDb's are.
 */
export function requestBoundedSql(pool: Pool): BoundedSql {
  return {
    query: <T>(sql: string, params?: unknown[]) =>
      withBoundedClient(pool, currentRequestBounds(), async (client) => ({ rows: (await client.query(sql, params)).rows as T[] })),
  };
}
