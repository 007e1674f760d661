import type DataLoader from 'dataloader';
import type { CentralDb } from './db/CentralDb.ts';
import type { ProvinceRow } from './db/rows.ts';

export interface CentralContext {
  db: CentralDb;
  /** Registry rows by code, per request. */
  provinceByCode: DataLoader<string, ProvinceRow | null>;
}
