// OpenTelemetry traces end to end: the real federation (PostgreSQL, HTTP) exporting to a real OTLP/HTTP
// receiver. One national query is one trace, from the gateway's request to each province's request and the SQL
// it ran, so a slow national query can be followed to the province and the statement that made it slow.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { loadTracingConfig } from '../observability/config.ts';
import { startTracing, type Tracing } from '../observability/tracing.ts';
import { findProvince } from '../schema/provinces.ts';
import { startTestFederation, type TestFederation } from './support/federation.ts';
import { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from './support/otlpReceiver.ts';

describe('traces', () => {
  let receiver: OtlpReceiver;
  let tracing: Tracing | undefined;
  let fed: TestFederation;
  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    // as an entry reads it: OTEL_TRACES_EXPORTER and OTEL_EXPORTER_OTLP_TRACES_ENDPOINT
    tracing = startTracing(
      loadTracingConfig({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: receiver.url }, 'party-federation'),
    );
    fed = await startTestFederation({ prefix: 'traces', provinces: [findProvince('01')!, findProvince('79')!] });
  });
  afterAll(async () => {
    await fed?.stop();
    await tracing?.stop();
    await receiver?.close();
  });

  it("connects the gateway's request, the province's fetch and request, and the province's SQL in one trace", async () => {
    const token = await fed.mint({ role: 'CENTRAL_ANALYST' });
    const { body } = await fed.raw(
      { query: '{ provinces(codes: ["01", "79"]) { code report(period: "2026-10") { memberCount } } }' },
      { authorization: `Bearer ${token}`, 'x-request-id': 'traced-national-1' },
    );
    assert.equal(body.errors, undefined);
    await tracing!.flush();

    const province = receiver.spans.find((s) => s.attributes['request.id'] === 'traced-national-1' && s.attributes['subgraph.name'] === 'province79');
    assert.ok(province, `no span of province 79's request; received: ${receiver.spans.map((s) => s.name).join(', ')}`);
    const trace = receiver.spans.filter((s) => s.traceId === province.traceId);
    const byId = new Map(trace.map((s) => [s.spanId, s]));
    const ancestors = (span: ReceivedSpan): ReceivedSpan[] => {
      const parent = span.parentSpanId ? byId.get(span.parentSpanId) : undefined;
      return parent ? [parent, ...ancestors(parent)] : [];
    };

    assert.equal(province.name, 'province79 query', 'named after the operation the gateway sent');
    const fetch = byId.get(province.parentSpanId!);
    assert.equal(fetch?.name, 'fetch province79');
    assert.equal(fetch?.attributes.province, '79');
    const root = ancestors(province).at(-1);
    assert.equal(root?.name, 'gateway.request', "the trace starts at the gateway's request");

    const sql = trace.filter((s) => s.attributes['db.system'] === 'postgresql' && s.attributes['subgraph.name'] === 'province79');
    assert.ok(sql.length > 0, 'no SQL span of province 79 in the trace');
    for (const statement of sql) assert.ok(ancestors(statement).includes(province), `${statement.name} is not under province 79's request`);
    assert.match(String(sql[0]!.attributes['db.query.text']), /^\s*(SELECT|WITH)/i);

    // the other province is in the same trace, under its own fetch
    assert.ok(trace.some((s) => s.name === 'fetch province01' && s.attributes.province === '01'));
    assert.ok(trace.some((s) => s.attributes['db.system'] === 'postgresql' && s.attributes['subgraph.name'] === 'province01'));
  });
});
