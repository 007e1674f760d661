// An HTTP proxy in front of a real subgraph that rewrites what passes, for the conformance kit's tests: a
// province subgraph broken on purpose (a field dropped from its SDL, a count changed, an error code replaced, no
// token check) without writing a second implementation.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxiedRequest {
  query: string;
  variables?: Record<string, unknown>;
  headers: Record<string, string>;
}

export interface GraphQLAnswer {
  data?: any;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface RewritingProxyOptions {
  target: string;
  /** Changes the request before it is forwarded (headers included: drop or add a token). */
  request?: (request: ProxiedRequest) => ProxiedRequest | Promise<ProxiedRequest>;
  /** Changes a JSON answer before it is returned (mutate it in place or return a new one). */
  answer?: (answer: GraphQLAnswer, request: ProxiedRequest, status: number) => GraphQLAnswer | void;
  /** Holds the request this long (ms) before forwarding: a slow province. */
  delayMs?: (request: ProxiedRequest) => number;
}

export interface RewritingProxy {
  url: string;
  requests: number;
  close(): Promise<void>;
}

export async function startRewritingProxy(options: RewritingProxyOptions): Promise<RewritingProxy> {
  const server = http.createServer((req, res) => {
    proxy.requests += 1;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        try {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { query: string; variables?: Record<string, unknown> };
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          if (typeof req.headers.authorization === 'string') headers.authorization = req.headers.authorization;
          let request: ProxiedRequest = { query: body.query, variables: body.variables, headers };
          if (options.request) request = await options.request(request);
          const delay = options.delayMs?.(request) ?? 0;
          if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
          const upstream = await fetch(options.target, {
            method: 'POST',
            headers: request.headers,
            body: JSON.stringify({ query: request.query, variables: request.variables }),
          });
          let answer = (await upstream.json()) as GraphQLAnswer;
          if (options.answer) answer = options.answer(answer, request, upstream.status) ?? answer;
          res.writeHead(upstream.status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(answer));
        } catch (error) {
          res.writeHead(502, { 'content-type': 'text/plain' });
          res.end(`proxy: ${(error as Error).message}`);
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxy: RewritingProxy = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    requests: 0,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return proxy;
}
