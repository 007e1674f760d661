// Loaders of care for people with merit: the people linked to a member, a person by id, a person's care.
import DataLoader from 'dataloader';
import { byKey, groupByKey } from '../../core/loaders.ts';
import type { ProvinceDb } from '../../core/ProvinceDb.ts';
import { careOfPersons, personsByIds, personsOfMembers } from './db.ts';
import type { MeritCareRow, MeritPersonRow } from './rows.ts';

export const createMeritCareLoaders = (db: ProvinceDb) => ({
  meritPerson: new DataLoader<string, MeritPersonRow | null>(async (ids) => byKey(ids, await personsByIds(db.sql, ids), (r) => r.id)),
  meritPeopleOfMember: new DataLoader<string, MeritPersonRow[]>(async (ids) => groupByKey(ids, await personsOfMembers(db.sql, ids), (r) => r.member_id!)),
  meritCare: new DataLoader<string, MeritCareRow[]>(async (ids) => groupByKey(ids, await careOfPersons(db.sql, ids), (r) => r.person_id)),
});
