// Care for people with merit: SQL only. A person is on this province's register from registered_on while the
// member they are linked to (if any) has not moved to another province (TRANSFERRED_OUT: the person travelled with
// them, recordParts.ts). A person has at most one visit or gift per occasion.
import { afterId, keysetPage, scopeCondition, type ScopeArgs, type Sql } from '../../core/sql.ts';
import type { Occasion } from './rules.ts';
import type { MeritCareKind, MeritCareRow, MeritCategory, MeritPersonRow, MeritRelation } from './rows.ts';
import type { Sex } from '../../core/rows.ts';

const personColumns = (a: string) =>
  `${a}.id, ${a}.full_name, ${a}.birth_year, ${a}.sex, ${a}.category, ${a}.member_id, ${a}.cadre_name, ${a}.relation, ${a}.org_id,
   to_char(${a}.registered_on, 'YYYY-MM-DD') AS registered_on, ${a}.recorded_at, ${a}.actor`;
const CARE_COLUMNS = `id, person_id, kind, occasion_kind, occasion_year, to_char(given_on, 'YYYY-MM-DD') AS given_on, value_vnd::float8 AS value_vnd,
  given_by, recorded_at, actor`;

/** On the register on day $n: registered by then, and not travelled with a member who moved away. */
export const onRegister = (a: string, dayParam: string) =>
  `${a}.registered_on <= ${dayParam}::date
   AND (${a}.member_id IS NULL OR NOT EXISTS (SELECT 1 FROM member lm WHERE lm.id = ${a}.member_id AND lm.state = 'TRANSFERRED_OUT'))`;

export function personsByIds(sql: Sql, ids: readonly string[]): Promise<MeritPersonRow[]> {
  return sql.rows(`SELECT ${personColumns('p')} FROM merit_person p WHERE p.id = ANY($1::uuid[])`, [ids]);
}

export function personsOfMembers(sql: Sql, memberIds: readonly string[]): Promise<MeritPersonRow[]> {
  return sql.rows(`SELECT ${personColumns('p')} FROM merit_person p WHERE p.member_id = ANY($1::uuid[]) ORDER BY p.registered_on, p.id`, [memberIds]);
}

export function careOfPersons(sql: Sql, personIds: readonly string[]): Promise<MeritCareRow[]> {
  return sql.rows(`SELECT ${CARE_COLUMNS} FROM merit_care WHERE person_id = ANY($1::uuid[]) ORDER BY given_on DESC, id`, [personIds]);
}

/** The register on `on` within the reader's scope, optionally one category: a keyset page by id and the total. */
export function personPage(sql: Sql, filter: { on: string; category: MeritCategory | null }, scope: ScopeArgs, after: string | null, limit: number) {
  const params: unknown[] = [filter.on, filter.category];
  const where = `${onRegister('p', '$1')} AND ($2::merit_category IS NULL OR p.category = $2::merit_category)
    ${scopeCondition(scope, 'p.org_id', params)}`;
  return keysetPage<MeritPersonRow>(sql, {
    select: personColumns('p'), from: 'merit_person p', where, params, after: afterId('p.id', after), orderBy: 'p.id', limit,
  });
}

/** The register on `on` within the scope, without a visit or gift for the occasion given by then. */
export function notDonePage(sql: Sql, occasion: Occasion, on: string, scope: ScopeArgs, after: string | null, limit: number) {
  const params: unknown[] = [on, occasion.kind, occasion.year];
  const where = `${onRegister('p', '$1')}
    AND NOT EXISTS (SELECT 1 FROM merit_care c WHERE c.person_id = p.id AND c.occasion_kind = $2::merit_occasion_kind
                      AND c.occasion_year = $3::int AND c.given_on <= $1::date)
    ${scopeCondition(scope, 'p.org_id', params)}`;
  return keysetPage<MeritPersonRow>(sql, {
    select: personColumns('p'), from: 'merit_person p', where, params, after: afterId('p.id', after), orderBy: 'p.id', limit,
  });
}

/** The whole province's register on `asOf`, and how many of them had a visit or gift for the occasion by then. */
export async function registerFigures(sql: Sql, occasion: Occasion, asOf: string): Promise<{ registered: number; done: number }> {
  const [row] = await sql.rows<{ registered: number; done: number }>(
    `SELECT count(*)::int AS registered,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM merit_care c WHERE c.person_id = p.id AND c.occasion_kind = $2::merit_occasion_kind
                                            AND c.occasion_year = $3::int AND c.given_on <= $1::date))::int AS done
       FROM merit_person p WHERE ${onRegister('p', '$1')}`,
    [asOf, occasion.kind, occasion.year],
  );
  return row;
}

export interface PersonFields {
  fullName: string;
  birthYear: number | null;
  sex: Sex;
  category: MeritCategory;
  memberId: string | null;
  cadreName: string | null;
  relation: MeritRelation;
  orgId: string;
  registeredOn: string;
}

export async function insertPerson(tx: Sql, p: PersonFields, actor: string): Promise<MeritPersonRow> {
  const [row] = await tx.rows<MeritPersonRow>(
    `INSERT INTO merit_person (full_name, birth_year, sex, category, member_id, cadre_name, relation, org_id, registered_on, actor)
     VALUES ($1, $2, $3, $4, $5::uuid, $6, $7, $8::uuid, $9::date, $10) RETURNING ${personColumns('merit_person')}`,
    [p.fullName, p.birthYear, p.sex, p.category, p.memberId, p.cadreName, p.relation, p.orgId, p.registeredOn, actor],
  );
  return row;
}

export async function updatePerson(tx: Sql, id: string, p: PersonFields, actor: string): Promise<MeritPersonRow> {
  const [row] = await tx.rows<MeritPersonRow>(
    `UPDATE merit_person SET full_name = $2, birth_year = $3, sex = $4, category = $5, member_id = $6::uuid, cadre_name = $7, relation = $8,
            org_id = $9::uuid, registered_on = $10::date, actor = $11
      WHERE id = $1::uuid RETURNING ${personColumns('merit_person')}`,
    [id, p.fullName, p.birthYear, p.sex, p.category, p.memberId, p.cadreName, p.relation, p.orgId, p.registeredOn, actor],
  );
  return row;
}

/** The person, locked for the write, with whether they are on the register today; null when there is none. */
export async function lockPerson(tx: Sql, id: string, today: string): Promise<(MeritPersonRow & { on_register: boolean }) | null> {
  const [row] = await tx.rows<MeritPersonRow & { on_register: boolean }>(
    `SELECT ${personColumns('p')}, (${onRegister('p', '$2')}) AS on_register FROM merit_person p WHERE p.id = $1::uuid FOR UPDATE`, [id, today]);
  return row ?? null;
}

export interface NewCare {
  personId: string;
  kind: MeritCareKind;
  occasion: Occasion;
  givenOn: string;
  valueVnd: number;
  givenBy: string;
}

/** Inserts the visit or gift; null when the person already has one for this occasion. */
export async function insertCare(tx: Sql, c: NewCare, actor: string): Promise<MeritCareRow | null> {
  const rows = await tx.rows<MeritCareRow>(
    `INSERT INTO merit_care (person_id, kind, occasion_kind, occasion_year, given_on, value_vnd, given_by, actor)
     VALUES ($1::uuid, $2, $3, $4, $5::date, $6, $7, $8) ON CONFLICT (person_id, occasion_kind, occasion_year) DO NOTHING RETURNING ${CARE_COLUMNS}`,
    [c.personId, c.kind, c.occasion.kind, c.occasion.year, c.givenOn, c.valueVnd, c.givenBy, actor],
  );
  return rows[0] ?? null;
}
