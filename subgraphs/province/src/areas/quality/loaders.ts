// Loaders of the annual quality rating (process 8): a member's ratings, newest year and version first.
import DataLoader from 'dataloader';
import { groupByKey } from '../../core/loaders.ts';
import type { ProvinceDb } from '../../core/ProvinceDb.ts';
import { ratingsOfMembers } from './db.ts';
import type { QualityRatingRow } from './rows.ts';

export const createQualityLoaders = (db: ProvinceDb) => ({
  qualityRatings: new DataLoader<string, QualityRatingRow[]>(async (ids) =>
    groupByKey(ids, await ratingsOfMembers(db.sql, ids), (r) => r.member_id),
  ),
});
