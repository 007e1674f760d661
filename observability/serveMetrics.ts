// GET /metrics in the Prometheus text format, for the gateway and every subgraph.
//
// Open, like /health and /ready, without a token: what it exposes is counts and times of requests, errors by
// code, subgraph names, cache and pool use. No series has a label taken from a request (no operation name, no
// variable, no token subject, no member or organisation id) and none counts or sums members or any figure of
// theirs, so a scrape tells nothing about any person or any province's membership. Deployments that do not want
// traffic volumes seen keep /metrics off the public interface as they do /ready (README "Metrics").
import type { RequestHandler } from 'express';
import type { Registry } from 'prom-client';

export function serveMetrics(registry: Registry): RequestHandler {
  return (_req, res, next) => {
    registry.metrics().then((text) => {
      res.setHeader('content-type', registry.contentType);
      res.setHeader('cache-control', 'no-store');
      res.end(text);
    }, next);
  };
}
