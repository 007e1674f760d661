// `node --import tsx subgraphs/legacy-hanoi/load/cli.ts <national database URL> <legacy database URL>`: applies the
// legacy migrations to the second database and fills it from the first (fromNationalSeed.ts); prints what it loaded.
import pg from 'pg';
import { migrateLegacy } from '../src/migrate.ts';
import { loadFromNationalSeed } from './fromNationalSeed.ts';

const [from, to] = process.argv.slice(2);
if (!from || !to) {
  process.stderr.write('usage: cli.ts <national database URL> <legacy database URL>\n');
  process.exit(2);
}
const source = new pg.Pool({ connectionString: from, max: 2 });
const target = new pg.Pool({ connectionString: to, max: 2 });
try {
  await migrateLegacy(target);
  const summary = await loadFromNationalSeed(source, target);
  process.stdout.write(`${JSON.stringify(summary)}\n`);
} catch (error) {
  process.stderr.write(`Load failed: ${(error as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await Promise.all([source.end(), target.end()]);
}
