// What metrics and (disabled) tracing add to the gateway's CPU per national query, measured on their own: the
// end-to-end bench (npm run bench:datasource) varies by more than this on a shared 2-core machine.
//   node --import tsx gateway/bench/observabilityCost.ts [--tracing]
// --tracing records the spans (a provider with a batch processor, spans dropped by an in-memory exporter's reset).
// Per national query: 35 subgraph fetches, each with a no-op span, a traceparent injection and a histogram
// observation, plus the request's histogram and the plan-cache counter. Then the time of one /metrics scrape.
import { context, propagation, trace } from '@opentelemetry/api';
import { BatchSpanProcessor, InMemorySpanExporter, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { createGatewayMetrics } from '../src/metrics/createGatewayMetrics.ts';

const tracing = process.argv.includes('--tracing');
if (tracing) {
  const exporter = new InMemorySpanExporter();
  new NodeTracerProvider({ spanProcessors: [new BatchSpanProcessor(exporter)] }).register();
  setInterval(() => exporter.reset(), 100).unref();
}

const metrics = createGatewayMetrics({ processMetrics: false });
const tracer = trace.getTracer('bench');
const subgraphs = ['central', ...Array.from({ length: 34 }, (_, i) => `province${String(i + 1).padStart(2, '0')}`)];

function nationalQuery(): void {
  for (const name of subgraphs) {
    const span = tracer.startSpan(`fetch ${name}`, { attributes: { 'subgraph.name': name, province: '01', 'url.full': 'http://127.0.0.1:4101/graphql' } });
    propagation.inject(trace.setSpan(context.active(), span), {});
    metrics.observeSubgraphFetch(name, 0.012);
    span.end();
  }
  metrics.observeRequest('query', 0.2);
  metrics.countPlanCache('hit');
}

for (let i = 0; i < 2000; i++) nationalQuery();
const QUERIES = 20_000;
const cpu = process.cpuUsage();
for (let i = 0; i < QUERIES; i++) nationalQuery();
const used = process.cpuUsage(cpu);
process.stdout.write(`${((used.user + used.system) / QUERIES / 1000).toFixed(3)} ms CPU per national query for metrics and ${tracing ? 'recorded' : 'no-op'} spans\n`);
const started = performance.now();
for (let i = 0; i < 100; i++) await metrics.registry.metrics();
process.stdout.write(`${((performance.now() - started) / 100).toFixed(2)} ms per scrape of the gateway's /metrics\n`);
