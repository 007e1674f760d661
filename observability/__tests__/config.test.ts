// Tracing's configuration from OpenTelemetry's standard variables.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { ConfigError } from '../../config/env.ts';
import { loadTracingConfig } from '../config.ts';

test('off unless OTEL_TRACES_EXPORTER=otlp', () => {
  assert.equal(loadTracingConfig({}, 'gateway').exporter, 'none');
  assert.equal(loadTracingConfig({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_SDK_DISABLED: 'true' }, 'gateway').exporter, 'none');
});

test("the traces endpoint: the signal's own variable, else the base + /v1/traces, else the local collector", () => {
  const otlp = { OTEL_TRACES_EXPORTER: 'otlp' };
  assert.equal(loadTracingConfig(otlp, 'g').endpoint, 'http://localhost:4318/v1/traces');
  assert.equal(loadTracingConfig({ ...otlp, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }, 'g').endpoint, 'http://collector:4318/v1/traces');
  assert.equal(
    loadTracingConfig({ ...otlp, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://b/otlp/traces' }, 'g').endpoint,
    'https://b/otlp/traces',
  );
});

test('the service name: OTEL_SERVICE_NAME, else the entry\'s', () => {
  assert.equal(loadTracingConfig({}, 'province79').serviceName, 'province79');
  assert.equal(loadTracingConfig({ OTEL_SERVICE_NAME: 'gw-hanoi-2' }, 'gateway').serviceName, 'gw-hanoi-2');
});

test('refuses what it cannot do, naming the variable', () => {
  assert.throws(() => loadTracingConfig({ OTEL_TRACES_EXPORTER: 'zipkin' }, 'g'), (e: unknown) => e instanceof ConfigError && /OTEL_TRACES_EXPORTER/.test(e.message));
  assert.throws(
    () => loadTracingConfig({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' }, 'g'),
    (e: unknown) => e instanceof ConfigError && /OTEL_EXPORTER_OTLP_PROTOCOL.*grpc/.test(e.message),
  );
});
