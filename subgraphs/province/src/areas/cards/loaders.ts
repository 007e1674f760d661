// Loaders of party cards (process 3): a member's cards, oldest first.
import DataLoader from 'dataloader';
import { groupByKey } from '../../core/loaders.ts';
import type { ProvinceDb } from '../../core/ProvinceDb.ts';
import type { PartyCardRow } from '../../core/rows.ts';
import { cardsOfMembers } from './db.ts';

export const createCardsLoaders = (db: ProvinceDb) => ({
  partyCards: new DataLoader<string, PartyCardRow[]>(async (ids) => groupByKey(ids, await cardsOfMembers(db.sql, ids), (r) => r.member_id)),
});
