// Tracing's configuration, from OpenTelemetry's standard variables (read by each entry, passed down): off unless
// OTEL_TRACES_EXPORTER=otlp, so that nothing is sent anywhere until a deployment says where.
import { ConfigError, readEnum, readString, readUrl } from '../config/env.ts';

export interface TracingConfig {
  /** OTEL_TRACES_EXPORTER: `none` (default) or `otlp` (OTLP over HTTP, JSON). */
  exporter: 'none' | 'otlp';
  /**
   * Where spans are POSTed: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as it is, else OTEL_EXPORTER_OTLP_ENDPOINT +
   * `/v1/traces`, else a collector on this machine (http://localhost:4318/v1/traces), as the specification says.
   */
  endpoint: string;
  /** OTEL_SERVICE_NAME, else the entry's own name (gateway, province79, central; party-federation for npm start). */
  serviceName: string;
}

const HTTP = ['http:', 'https:'] as const;

export function loadTracingConfig(env: Record<string, string | undefined>, defaultServiceName: string): TracingConfig {
  const exporter = readEnum(env, 'OTEL_TRACES_EXPORTER', 'none', ['none', 'otlp'] as const);
  const disabled = readEnum(env, 'OTEL_SDK_DISABLED', 'false', ['true', 'false'] as const) === 'true';
  // Only OTLP/HTTP with JSON bodies is bundled (@opentelemetry/exporter-trace-otlp-http); every collector takes it on :4318.
  for (const name of ['OTEL_EXPORTER_OTLP_TRACES_PROTOCOL', 'OTEL_EXPORTER_OTLP_PROTOCOL']) {
    const protocol = readString(env, name);
    if (exporter === 'otlp' && protocol !== undefined && protocol !== 'http/json') {
      throw new ConfigError(`${name} must be http/json (the exporter bundled: OTLP over HTTP with JSON bodies); got "${protocol}"`);
    }
  }
  const base = readUrl(env, 'OTEL_EXPORTER_OTLP_ENDPOINT', HTTP);
  const endpoint = readUrl(env, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', HTTP) ?? (base ? `${base.replace(/\/+$/, '')}/v1/traces` : 'http://localhost:4318/v1/traces');
  return {
    exporter: disabled ? 'none' : exporter,
    endpoint,
    serviceName: readString(env, 'OTEL_SERVICE_NAME', defaultServiceName),
  };
}
