// OpenTelemetry traces, when the configuration asks for them (observability/config.ts): one tracer provider for
// the process, registered globally with W3C trace-context propagation and an AsyncLocalStorage context, spans
// sent in batches to an OTLP/HTTP endpoint (a collector, Jaeger, Tempo …).
//
// The spans themselves are made where the work is, with @opentelemetry/api only (a no-op without a provider):
// @apollo/gateway's own (gateway.request, gateway.plan, gateway.execute, gateway.fetch), the data source's fetch
// of each subgraph (attribute `province`), each subgraph's request (continuing the gateway's trace from the
// traceparent header it sends) and each SQL statement under it. No auto-instrumentation: it patches modules as
// they are required, which ES modules run by tsx do not go through.
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { TracingConfig } from './config.ts';

export interface Tracing {
  /** Sends the spans still in the batch (tests; a clean stop). */
  flush(): Promise<void>;
  /** Flushes, then stops the provider. */
  stop(): Promise<void>;
}

/** Registers the process's tracer provider, or does nothing (undefined) when the exporter is `none`. */
export function startTracing(config: TracingConfig): Tracing | undefined {
  if (config.exporter === 'none') return undefined;
  const provider = new NodeTracerProvider({
    resource: new Resource({ 'service.name': config.serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: config.endpoint }))],
  });
  provider.register();
  return { flush: () => provider.forceFlush(), stop: () => provider.shutdown() };
}
