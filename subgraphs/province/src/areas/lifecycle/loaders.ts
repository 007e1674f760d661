// Loaders of exemption and exits (processes 9 and 10): per member, oldest first.
import DataLoader from 'dataloader';
import { byKey, groupByKey } from '../../core/loaders.ts';
import type { ProvinceDb } from '../../core/ProvinceDb.ts';
import { exemptionsOfMembers, exitsOfMembers } from './db.ts';
import type { ExemptionRow, ExitRow } from './rows.ts';

export const createLifecycleLoaders = (db: ProvinceDb) => ({
  exemptions: new DataLoader<string, ExemptionRow[]>(async (ids) =>
    groupByKey(ids, await exemptionsOfMembers(db.sql, ids), (r) => r.member_id),
  ),
  exit: new DataLoader<string, ExitRow | null>(async (ids) => byKey(ids, await exitsOfMembers(db.sql, ids), (r) => r.member_id)),
});
