// Loaders of Party badges (process 4): a member's interruptions and awards, oldest first.
import DataLoader from 'dataloader';
import { groupByKey } from '../../core/loaders.ts';
import type { ProvinceDb } from '../../core/ProvinceDb.ts';
import { awardsOfMembers, interruptionsOfMembers } from './db.ts';
import type { BadgeAwardRow, InterruptionRow } from './rows.ts';

export const createBadgesLoaders = (db: ProvinceDb) => ({
  interruptions: new DataLoader<string, InterruptionRow[]>(async (ids) =>
    groupByKey(ids, await interruptionsOfMembers(db.sql, ids), (r) => r.member_id),
  ),
  badges: new DataLoader<string, BadgeAwardRow[]>(async (ids) => groupByKey(ids, await awardsOfMembers(db.sql, ids), (r) => r.member_id)),
});
