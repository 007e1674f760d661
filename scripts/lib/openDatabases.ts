// The databases of `npm start` and `npm run seed`: the embedded server or DATABASE_URL_TEMPLATE, then the 35
// databases created, migrated and seeded where empty, with a progress bar.
import { SingleBar, Presets } from 'cli-progress';
import { provinces } from '../../schema/provinces.ts';
import { prepareDatabases, type PreparedDatabases } from './databases.ts';
import { startEmbeddedPostgres, type RunningPostgres } from './embeddedPostgres.ts';
import type { StartConfig } from './startConfig.ts';

export interface OpenedDatabases {
  databases: PreparedDatabases;
  /** The embedded server, when no DATABASE_URL_TEMPLATE was given. */
  postgres?: RunningPostgres;
}

export async function openDatabases(config: StartConfig, say: (line?: string) => void): Promise<OpenedDatabases> {
  let urlFor: (code: string) => string;
  let postgres: RunningPostgres | undefined;
  if (config.databaseUrlTemplate) {
    const template = config.databaseUrlTemplate;
    urlFor = (code) => template.replaceAll('{code}', code);
    say(`PostgreSQL: ${template.replace(/\/\/[^@/]*@/, '//…@')} ({code} = province code or "central")`);
  } else {
    say(`PostgreSQL: starting the embedded server (data in ${config.dataDir})…`);
    const pg = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, onNotice: (l) => say(`  ${l}`) });
    postgres = pg;
    urlFor = (code) => pg.urlFor(code === 'central' ? 'central' : `province_${code}`);
  }
  const bar = new SingleBar(
    { format: 'Seeding demo data |{bar}| {value}/{total} provinces | {members} members | {eta_formatted} left', hideCursor: true },
    Presets.shades_classic,
  );
  let seeded = 0;
  let members = 0;
  let barStarted = false;
  try {
    const databases = await prepareDatabases({
      urlFor,
      seed: { scale: config.seedScale, seed: config.seed, asOf: config.seedAsOf, rules: config.province.rules },
      onSeed: ({ phase, summary, code }) => {
        if (!barStarted) {
          say(`Seeding empty databases at scale ${config.seedScale} (seed ${config.seed}, as of ${config.seedAsOf})`);
          bar.start(provinces.length, 0, { members: 0 });
          barStarted = true;
        }
        if (phase === 'done' && summary) {
          seeded += 1;
          members += summary.members;
          bar.update(seeded, { members: members.toLocaleString('en-US') });
          if (!process.stdout.isTTY) say(`  province ${code}: ${summary.members} members, ${summary.meetings} meetings`);
        }
      },
    });
    return { databases, postgres };
  } catch (error) {
    await postgres?.stop();
    throw error;
  } finally {
    if (barStarted) {
      bar.setTotal(seeded);
      bar.stop();
    }
  }
}
