// Loaders of the exchange: transfers by national transfer id (process 4).
import DataLoader from 'dataloader';
import { byKey } from '../../core/loaders.ts';
import type { ProvinceDb } from '../../core/ProvinceDb.ts';
import { transfersByIds } from './db/transfers.ts';
import type { TransferRow } from './rows.ts';

export const createExchangeLoaders = (db: ProvinceDb) => ({
  transfer: new DataLoader<string, TransferRow | null>(async (ids) => byKey(ids, await transfersByIds(db.sql, ids), (r) => r.id)),
});
