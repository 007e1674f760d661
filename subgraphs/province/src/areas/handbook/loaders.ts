// Loaders of the handbook (process 5): any meeting by id, with roll counts and flags.
import DataLoader from 'dataloader';
import { byKey } from '../../core/loaders.ts';
import type { ProvinceDb } from '../../core/ProvinceDb.ts';
import { handbookMeetingsByIds } from './db.ts';
import type { HandbookMeetingRow } from './rows.ts';
import { HANDBOOK_RULES } from './rules.ts';

export const createHandbookLoaders = (db: ProvinceDb) => ({
  handbookMeeting: new DataLoader<string, HandbookMeetingRow | null>(async (ids) =>
    byKey(ids, await handbookMeetingsByIds(db.sql, ids, HANDBOOK_RULES), (r) => r.id),
  ),
});
