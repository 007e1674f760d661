// Loaders of rewards and discipline: a member's, newest decision first.
import DataLoader from 'dataloader';
import { groupByKey } from '../../core/loaders.ts';
import type { ProvinceDb } from '../../core/ProvinceDb.ts';
import { disciplinesOfMembers, rewardsOfMembers } from './db.ts';
import type { DisciplineRow, RewardRow } from './rows.ts';

export const createRewardsDisciplineLoaders = (db: ProvinceDb) => ({
  rewards: new DataLoader<string, RewardRow[]>(async (ids) => groupByKey(ids, await rewardsOfMembers(db.sql, ids), (r) => r.member_id)),
  disciplines: new DataLoader<string, DisciplineRow[]>(async (ids) => groupByKey(ids, await disciplinesOfMembers(db.sql, ids), (r) => r.member_id)),
});
