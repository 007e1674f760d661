// Loaders of records: a member's correction history, oldest version first.
import DataLoader from 'dataloader';
import { groupByKey } from '../../core/loaders.ts';
import type { ProvinceDb } from '../../core/ProvinceDb.ts';
import type { CorrectionRow } from '../../core/rows.ts';
import { correctionsOfMembers } from './db.ts';

export const createRecordsLoaders = (db: ProvinceDb) => ({
  corrections: new DataLoader<string, CorrectionRow[]>(async (ids) =>
    groupByKey(ids, await correctionsOfMembers(db.sql, ids), (r) => r.member_id),
  ),
});
