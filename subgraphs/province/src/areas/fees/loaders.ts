// Loaders of party fees (process 7): a member's fee bases, newest first.
import DataLoader from 'dataloader';
import { groupByKey } from '../../core/loaders.ts';
import type { ProvinceDb } from '../../core/ProvinceDb.ts';
import { basesOfMembers } from './db.ts';
import type { FeeBasisRow } from './rows.ts';

export const createFeesLoaders = (db: ProvinceDb) => ({
  feeBases: new DataLoader<string, FeeBasisRow[]>(async (ids) =>
    groupByKey(ids, await basesOfMembers(db.sql, ids), (r) => r.member_id),
  ),
});
