// A real HTTP proxy in front of a subgraph, for fault tests: it counts requests and can delay them or
// refuse them (closing the socket, as a province that is down would).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEADLINE_HEADER } from '../../schema/deadline.ts';
import { IDEMPOTENCY_HEADER } from '../../schema/idempotency.ts';

export interface FaultProxy {
  url: string;
  /** Requests received since start (or the last reset). */
  requests: number;
  /** Where requests go: set before the first request. */
  target: string;
  /** Hold each request this long before forwarding. */
  delayMs: number;
  /** Destroy each incoming socket at once. */
  down: boolean;
  close(): Promise<void>;
}

/**
 * What the subgraph reads from a request, passed on as the gateway sent it: the token (subgraphs refuse requests
 * without one, README "Access"), the deadline (its SQL is bounded by it, schema/deadline.ts), the request id, a
 * mutation's Idempotency-Key (schema/idempotency.ts) and the trace context (W3C traceparent, tracestate).
 */
function forwardedHeaders(req: http.IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': req.headers['content-type'] ?? 'application/json' };
  for (const name of ['authorization', DEADLINE_HEADER, 'x-request-id', IDEMPOTENCY_HEADER, 'traceparent', 'tracestate']) {
    const value = req.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  return headers;
}

export async function startFaultProxy(): Promise<FaultProxy> {
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    proxy.requests += 1;
    if (proxy.down) {
      req.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const forward = async () => {
        try {
          const answer = await fetch(proxy.target, {
            method: req.method,
            headers: forwardedHeaders(req),
            body: req.method === 'GET' ? undefined : Buffer.concat(chunks),
          });
          res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
          res.end(Buffer.from(await answer.arrayBuffer()));
        } catch {
          res.destroy();
        }
      };
      if (proxy.delayMs > 0) {
        const t = setTimeout(() => {
          timers.delete(t);
          void forward();
        }, proxy.delayMs);
        timers.add(t);
      } else void forward();
    });
  });
  // Idle sockets outlive the gateway's pool, as the real subgraphs' do (subgraphServer.ts): with Node's default
  // of 5 s the proxy could close a socket the gateway was reusing, and a request failed with ECONNRESET.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxy: FaultProxy = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    requests: 0,
    target: '',
    delayMs: 0,
    down: false,
    async close() {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return proxy;
}
