// Demo data of the areas of the standard beyond the foundation (admissions, cards, badges, fees, transfers …).
// Each area adds one seeder here; seedProvince runs them in order, in its transaction, after the organisation
// tree, members and meetings exist. Seeders are set-based SQL over those rows and deterministic: choices come
// from hashes of row ids and the seed (e.g. `hashtext(id::text || $seed || 'cards') % 100 < 90`), never from
// random() or now(): "today" is ctx.asOf.
import type { PoolClient } from '../../../shared/db.ts';
import type { ProvinceRules } from '../../src/config.ts';
import { feesSeeder } from './fees.ts';
import { qualitySeeder } from './quality.ts';
import { lifecycleSeeder } from './lifecycle.ts';
import { cardsSeeder } from './cards.ts';
import { badgesSeeder } from './badges.ts';
import { handbookSeeder } from './handbook.ts';
import { directivesSeeder } from './directives.ts';
import { admissionSeeder } from './admission.ts';

export interface AreaSeedContext {
  code: string;
  /** 'YYYY-MM-DD', the "today" of the data set. */
  asOf: string;
  seed: number;
  scale: number;
  /** The configured rules the data must follow (fee rates, the HTXS cap). */
  rules: ProvinceRules;
}

export interface AreaSeeder {
  /** Shown in progress and errors, e.g. "party cards". */
  name: string;
  run(client: PoolClient, ctx: AreaSeedContext): Promise<void>;
}

// Fees and quality last: they read who is counted in which month, which other areas (exits, transfers) may change.
export const AREA_SEEDERS: AreaSeeder[] = [lifecycleSeeder, admissionSeeder, cardsSeeder, badgesSeeder, handbookSeeder, directivesSeeder, feesSeeder, qualitySeeder];
