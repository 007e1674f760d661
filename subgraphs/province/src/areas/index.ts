// AREAS: the one list of the areas of the standard this subgraph serves. Every registration point reads it: the
// resolver map (core/resolverMap.ts), ctx.loaders (createLoaders below), the access guard's field lists
// (core/accessGuard.ts), the seed order (AREA_SEEDERS below) and, through areas/mappers.ts, the codegen mappers.
// Adding an area is its folder, one entry here, its SDL (schema/sdl/province/) and its migration.
import type { AreaSeeder } from '../core/area.ts';
import { createAreaLoaders, type LoadersOf } from '../core/loaders.ts';
import type { ProvinceDb } from '../core/ProvinceDb.ts';
import { accessArea } from './access/index.ts';
import { admissionArea } from './admission/index.ts';
import { badgesArea } from './badges/index.ts';
import { bulkArea } from './bulk/index.ts';
import { cadresArea } from './cadres/index.ts';
import { cardsArea } from './cards/index.ts';
import { directivesArea } from './directives/index.ts';
import { exchangeArea } from './exchange/index.ts';
import { feesArea } from './fees/index.ts';
import { foundationArea } from './foundation/index.ts';
import { handbookArea } from './handbook/index.ts';
import { lifecycleArea } from './lifecycle/index.ts';
import { meritCareArea } from './merit-care/index.ts';
import { qualityArea } from './quality/index.ts';
import { recordsArea } from './records/index.ts';
import { rewardsDisciplineArea } from './rewards-discipline/index.ts';

/**
 * In seed order: each seeder runs after those before it. Lifecycle first (exits and exemptions change who is
 * counted); fees and quality last: they read who is counted in which month, which other areas may change.
 */
export const AREAS = [
  foundationArea,
  recordsArea,
  lifecycleArea,
  admissionArea,
  cardsArea,
  badgesArea,
  handbookArea,
  directivesArea,
  feesArea,
  qualityArea,
  // after lifecycle: the expulsions it seeded get their decisions
  rewardsDisciplineArea,
  // after lifecycle: the people linked to members counted here
  meritCareArea,
  // after rewards-discipline: a member-cadre's measures are the member's
  cadresArea,
  bulkArea,
  exchangeArea,
  accessArea,
] as const;

/** ctx.loaders: the base loaders and every area's, typed from the areas' factories. */
export type Loaders = LoadersOf<typeof AREAS>;

export const createLoaders = (db: ProvinceDb): Loaders => createAreaLoaders(db, AREAS);

/** The areas' demo-data seeders in AREAS order (seed/seedProvince.ts; benchmarkSeed empties it for --foundation-only). */
export const AREA_SEEDERS: AreaSeeder[] = AREAS.flatMap((area) => (area.seed ? [area.seed] : []));
