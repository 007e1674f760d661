// What a subgraph records of each SQL statement: its time in the subgraph's histogram and, inside a traced
// request, a span under the request's span, so that a slow national query can be followed to the statement that
// made it slow. The span carries the statement's text: parameterised (`$1`, never a value: CONVENTIONS.md), so no
// member's data is in it; cut to 2,000 characters.
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { QueryObserver } from './db.ts';
import type { SubgraphMetrics } from './subgraphMetrics.ts';

const MAX_STATEMENT_LENGTH = 2000;

export function sqlObserver(subgraph: string, metrics: SubgraphMetrics): QueryObserver {
  const tracer = trace.getTracer('party-federation/sql');
  return (sql) => {
    const started = performance.now();
    // Statements outside a request (start-up, background work) make no trace of their own.
    const span = trace.getActiveSpan()?.isRecording()
      ? tracer.startSpan(`SQL ${sql.trimStart().split(/\s/, 1)[0]?.toUpperCase() ?? ''}`.trim(), {
          kind: SpanKind.CLIENT,
          attributes: { 'db.system': 'postgresql', 'db.query.text': sql.slice(0, MAX_STATEMENT_LENGTH), 'subgraph.name': subgraph },
        })
      : undefined;
    return (error) => {
      metrics.observeSql((performance.now() - started) / 1000, error !== undefined);
      if (!span) return;
      if (error !== undefined) span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
      span.end();
    };
  };
}
