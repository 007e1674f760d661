// What runs once the raw rows are all in, indexes and keys back, in the seed's transaction: derived data rebuilt
// from those rows in one pass each (for example report summaries that the subgraph otherwise keeps up to date on
// every write). The one place for such a step: seedProvince runs POST_LOAD_STEPS in order, after the areas'
// seeders and the attendance, with the user triggers of the loaded tables enabled again, before ANALYZE.
import type { PoolClient } from '../../shared/db.ts';
import type { AreaSeedContext } from '../src/core/area.ts';

export interface PostLoadStep {
  /** Shown in progress and errors, e.g. "report summaries". */
  name: string;
  run(client: PoolClient, ctx: AreaSeedContext): Promise<void>;
}

export const POST_LOAD_STEPS: PostLoadStep[] = [];
