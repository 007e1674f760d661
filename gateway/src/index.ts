// Entry: `node --import tsx gateway/src/index.ts`. Reads the environment once, loads the supergraph file,
// starts the gateway and stops it on SIGINT/SIGTERM. Everything it does is tested through createGateway.
import { readFileSync } from 'node:fs';
import { createLogger } from '../../observability/logger.ts';
import { loadAuthConfig, type AuthConfig } from '../../auth/config.ts';
import { createTokenVerifier } from '../../auth/verifier.ts';
import { ConfigError, loadGatewayConfig, loadResponseCacheConfig } from './config.ts';
import { loadExposureConfig, type ExposureConfig } from './limitsConfig.ts';
import { createGateway } from './createGateway.ts';
import { subgraphUrlFromSettings } from './subgraphUrls.ts';
import { loadTracingConfig, type TracingConfig } from '../../observability/config.ts';
import { startTracing } from '../../observability/tracing.ts';

// Before anything builds an ApolloGateway: Apollo reads this from the environment only, and createGateway (a
// library module) writes no environment, so the entry does (see createGateway's JSDoc).
process.env.APOLLO_TELEMETRY_DISABLED = '1';

let config;
let responseCache;
let authConfig: AuthConfig;
let exposure: ExposureConfig;
let tracingConfig: TracingConfig;
try {
  config = loadGatewayConfig(process.env);
  responseCache = loadResponseCacheConfig(process.env);
  exposure = loadExposureConfig(process.env);
  authConfig = loadAuthConfig(process.env);
  tracingConfig = loadTracingConfig(process.env, 'gateway');
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`gateway: ${error.message}\n`);
  process.exit(2);
}
const logger = createLogger(config.logLevel, { service: 'gateway' });
// OTEL_TRACES_EXPORTER=otlp and OTEL_EXPORTER_OTLP_ENDPOINT (README "Traces"); off by default.
const tracing = startTracing(tracingConfig);

let supergraphSdl: string;
try {
  supergraphSdl = readFileSync(config.supergraphPath, 'utf8');
} catch (error) {
  logger.fatal({ err: error, path: config.supergraphPath }, 'cannot read the supergraph: run `npm run compose`');
  process.exit(2);
}

const gateway = await createGateway({
  port: config.port,
  host: config.host,
  supergraphSdl,
  watchSupergraph: config.supergraphWatchMs > 0 ? { path: config.supergraphPath, intervalMs: config.supergraphWatchMs } : undefined,
  subgraphTimeoutMs: config.subgraphTimeoutMs,
  subgraphUrl: subgraphUrlFromSettings(config),
  production: config.production,
  logger,
  verifier: createTokenVerifier(authConfig),
  responseCache,
  ...exposure,
});
logger.info({ graphql: gateway.url, graphiql: `${gateway.origin}/graphiql`, health: `${gateway.origin}/health`, ready: `${gateway.origin}/ready` }, 'gateway listening');

const stop = (signal: NodeJS.Signals) => {
  logger.info({ signal }, 'stopping the gateway');
  gateway.stop().then(() => tracing?.stop()).then(
    () => process.exit(0),
    (error: unknown) => {
      logger.error({ err: error }, 'gateway did not stop cleanly');
      process.exit(1);
    },
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
