// The codegen mappers of every area (GraphQL type -> row type), for codegen.ts. A list of its own because codegen
// must not load the areas' resolvers: they read their rules files and the environment when imported. Each area's
// mappers.ts is side-effect free; areas/__tests__/mappers.test.ts checks that this list matches AREAS.
import type { AreaMappers } from '../core/area.ts';
import { accessMappers } from './access/mappers.ts';
import { admissionMappers } from './admission/mappers.ts';
import { badgesMappers } from './badges/mappers.ts';
import { bulkMappers } from './bulk/mappers.ts';
import { cadresMappers } from './cadres/mappers.ts';
import { cardsMappers } from './cards/mappers.ts';
import { directivesMappers } from './directives/mappers.ts';
import { exchangeMappers } from './exchange/mappers.ts';
import { feesMappers } from './fees/mappers.ts';
import { foundationMappers } from './foundation/mappers.ts';
import { handbookMappers } from './handbook/mappers.ts';
import { lifecycleMappers } from './lifecycle/mappers.ts';
import { qualityMappers } from './quality/mappers.ts';
import { recordsMappers } from './records/mappers.ts';
import { rewardsDisciplineMappers } from './rewards-discipline/mappers.ts';
import { meritCareMappers } from './merit-care/mappers.ts';

export const AREA_MAPPERS: readonly AreaMappers[] = [
  foundationMappers, recordsMappers, lifecycleMappers, admissionMappers, cardsMappers, badgesMappers, handbookMappers,
  directivesMappers, feesMappers, qualityMappers, rewardsDisciplineMappers, meritCareMappers, cadresMappers, bulkMappers, exchangeMappers,
  accessMappers,
];

/** One map for codegen's `mappers`; a GraphQL type mapped by two areas is a mistake, reported by name. */
export function mergeMappers(lists: readonly AreaMappers[]): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const list of lists) {
    for (const [type, row] of Object.entries(list)) {
      if (type in merged) throw new Error(`codegen mapper for ${type} is declared twice (${merged[type]}, ${row})`);
      merged[type] = row;
    }
  }
  return merged;
}
