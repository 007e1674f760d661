// The databases of `npm start` and `npm run seed`: the embedded server or DATABASE_URL_TEMPLATE, then the 35
// databases created, migrated and seeded where empty, with a progress bar.
import { SingleBar, Presets } from 'cli-progress';
import { provinces } from '../../schema/provinces.ts';
import { prepareDatabases, type PreparedDatabases } from './databases.ts';
import { addLegacyDatabases } from './legacyDatabases.ts';
import { startEmbeddedPostgres, type RunningPostgres } from './embeddedPostgres.ts';
import type { StartConfig } from './startConfig.ts';

export interface OpenedDatabases {
  databases: PreparedDatabases;
  /** The embedded server, when no DATABASE_URL_TEMPLATE was given. */
  postgres?: RunningPostgres;
}

/**
 * `onServer` hears of the embedded server as soon as it runs, before the (long) seeding: a caller stopped by a
 * signal during the seeding must stop the server too, or it outlives the caller.
 */
export async function openDatabases(
  config: StartConfig,
  say: (line?: string) => void,
  onServer: (postgres: RunningPostgres) => void = () => {},
): Promise<OpenedDatabases> {
  let urlFor: (code: string) => string;
  // LEGACY_PROVINCES: the legacy systems' databases, legacy_NN beside the others
  let legacyUrlFor: (code: string) => string;
  let postgres: RunningPostgres | undefined;
  if (config.databaseUrlTemplate) {
    const template = config.databaseUrlTemplate;
    urlFor = (code) => template.replaceAll('{code}', code);
    legacyUrlFor = (code) => template.replaceAll('{code}', `legacy_${code}`);
    say(`PostgreSQL: ${template.replace(/\/\/[^@/]*@/, '//…@')} ({code} = province code or "central")`);
  } else {
    say(`PostgreSQL: starting the embedded server (data in ${config.dataDir})…`);
    const pg = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, onNotice: (l) => say(`  ${l}`) });
    postgres = pg;
    onServer(pg);
    urlFor = (code) => pg.urlFor(code === 'central' ? 'central' : `province_${code}`);
    legacyUrlFor = (code) => pg.urlFor(`legacy_${code}`);
  }
  // The bar counts members: a province being seeded counts its members times the share of its work done, so
  // the bar moves through Hà Nội's minutes at scale 1 instead of waiting for the province to finish.
  const bar = new SingleBar(
    {
      format: 'Seeding demo data |{bar}| {percentage}% | {provinces}/{provinceTotal} provinces | {members} members | {eta_formatted} left',
      hideCursor: true,
      etaBuffer: 50,
    },
    Presets.shades_classic,
  );
  const membersOf = (code: string) => Math.max(30, Math.round((provinces.find((p) => p.code === code)?.approxMembers ?? 0) * config.seedScale));
  const share = new Map<string, number>();
  let seeded = 0;
  let members = 0;
  let barStarted = false;
  const barValue = () => [...share].reduce((sum, [code, done]) => sum + membersOf(code) * done, 0);
  const barPayload = () => ({ provinces: seeded, provinceTotal: provinces.length, members: members.toLocaleString('en-US') });
  try {
    const national = await prepareDatabases({
      urlFor,
      seed: { scale: config.seedScale, seed: config.seed, asOf: config.seedAsOf, rules: config.province.rules },
      onSeed: ({ phase, summary, code, progress }) => {
        if (!barStarted) {
          say(`Seeding empty databases at scale ${config.seedScale} (seed ${config.seed}, as of ${config.seedAsOf})`);
          bar.start(provinces.reduce((sum, p) => sum + membersOf(p.code), 0), 0, barPayload());
          barStarted = true;
        }
        if (phase === 'progress' && progress) {
          share.set(code, progress[0] / progress[1]);
          bar.update(Math.round(barValue()), barPayload());
        }
        if (phase === 'done' && summary) {
          seeded += 1;
          members += summary.members;
          share.set(code, 1);
          bar.update(Math.round(barValue()), barPayload());
          if (!process.stdout.isTTY) say(`  province ${code}: ${summary.members} members, ${summary.meetings} meetings`);
        }
      },
    });
    if (config.legacyProvinces.length === 0) return { databases: national, postgres };
    say(`Loading the legacy system's database of province ${config.legacyProvinces.join(', ')} (legacy_NN) from its seeded one…`);
    const databases = await addLegacyDatabases(national, config.legacyProvinces, legacyUrlFor).catch(async (error: unknown) => {
      await national.close();
      throw error;
    });
    return { databases, postgres };
  } catch (error) {
    await postgres?.stop();
    throw error;
  } finally {
    if (barStarted) {
      // Provinces seeded before (a resumed run) are not counted: the bar ends where this run ended.
      bar.setTotal(Math.max(1, Math.round(barValue())));
      bar.stop();
    }
  }
}
