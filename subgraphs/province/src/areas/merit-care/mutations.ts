// Care for people with merit, the writes: the register (commune and province officers) and the visits and gifts
// (cell secretaries for their cell's people too). Every bad field in one BAD_USER_INPUT before anything is
// written; a second visit or gift for a person and occasion is MERIT_CARE_ALREADY_RECORDED; each write audited.
import { ErrorCode, refused } from '../../../../shared/errors.ts';
import { isUuid } from '../../../../shared/pagination.ts';
import { FieldErrors } from '../../../../shared/validation.ts';
import type { MeritPersonInput, ProvinceMutationsResolvers } from '../../generated/resolvers.ts';
import { forbidden, requireMemberScope, type MemberScope } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { checkPastDate, lockMemberInScope } from '../../core/eventChecks.ts';
import { todayInVietnam } from '../../core/months.ts';
import { fullNameProblem } from '../../core/recordFieldRules.ts';
import type { OrgRow } from '../../core/rows.ts';
import type { Sql } from '../../core/sql.ts';
import type { ProvinceContext } from '../../context.ts';
import { insertCare, insertPerson, lockPerson, updatePerson, type PersonFields } from './db.ts';
import { occasionFor } from './resolvers.ts';

/** Trimmed text of `min` to `max` characters, or a field error. */
function checkText(errors: FieldErrors, field: string, value: string, min: number, max: number): string {
  const v = value.trim();
  errors.check(v.length >= min && v.length <= max, field, `must be ${min} to ${max} characters`);
  return v;
}

/** The organisations that may be responsible for care: commune-level committees and below, not a party group. */
const CARING_LEVELS: ReadonlySet<string> = new Set(['XA', 'DANG_BO_CO_SO', 'CHI_BO_CO_SO', 'CHI_BO']);

/** Whether the organisation is within the writer's scope (cell: that cell; commune: its commune's organisations). */
const orgInScope = (scope: MemberScope, org: Pick<OrgRow, 'id' | 'commune_code'>) =>
  scope.kind === 'province' || (scope.kind === 'commune' && org.commune_code === scope.commune) || (scope.kind === 'cell' && org.id === scope.cell);

/** The input's fields checked without the database; every problem added to `errors`. */
function checkPersonInput(errors: FieldErrors, input: MeritPersonInput, today: string) {
  // a person's name, by the rule of the member's (core/recordFieldRules.ts)
  const fullName = input.fullName.trim();
  const nameProblem = fullNameProblem(fullName);
  if (nameProblem) errors.add('input.fullName', nameProblem);
  const birthYear = input.birthYear ?? null;
  const thisYear = Number(today.slice(0, 4));
  if (birthYear !== null) errors.check(birthYear >= 1880 && birthYear <= thisYear, 'input.birthYear', `must be from 1880 to ${thisYear}; got ${birthYear}`);
  const memberId = input.memberId ?? null;
  const cadreName = input.cadreName == null ? null : checkText(errors, 'input.cadreName', input.cadreName, 2, 200);
  if ((memberId === null) === (cadreName === null)) {
    errors.add('input.memberId', 'give exactly one of memberId (a member of this province) and cadreName (a cadre who is not a member)');
  }
  if (memberId !== null) errors.check(isUuid(memberId), 'input.memberId', `must be a member id (UUID); got ${JSON.stringify(memberId)}`);
  const orgId = input.orgId ?? null;
  if (orgId !== null) errors.check(isUuid(orgId), 'input.orgId', `must be an organisation id (UUID); got ${JSON.stringify(orgId)}`);
  else if (cadreName !== null) errors.add('input.orgId', 'is required with cadreName: the organisation responsible for the care');
  checkPastDate(errors, 'input.registeredOn', input.registeredOn, today);
  return { fullName, birthYear, memberId, cadreName, orgId };
}

/** The person's fields, the member and organisation checked in the writer's scope (inside the transaction). */
async function personFields(tx: Sql, ctx: ProvinceContext, scope: MemberScope, input: MeritPersonInput, today: string): Promise<PersonFields> {
  const errors = new FieldErrors();
  const checked = checkPersonInput(errors, input, today);
  errors.throwIfAny();
  let orgId = checked.orgId;
  if (checked.memberId !== null) {
    const m = await lockMemberInScope(tx, ctx, scope, errors, checked.memberId);
    if (m.left_on !== null) errors.add('input.memberId', `is no longer counted here: left on ${m.left_on} (${m.state})`);
    orgId ??= m.cell_id;
  }
  const [org] = await tx.rows<OrgRow>('SELECT id, parent_id, level, name, commune_code, active FROM party_org WHERE id = $1::uuid', [orgId]);
  if (!org) errors.add('input.orgId', `no organisation ${orgId} in province ${ctx.province.code}`);
  else if (!CARING_LEVELS.has(org.level)) errors.add('input.orgId', `must be a cell or a commune-level organisation; ${org.name} is ${org.level}`);
  else if (!orgInScope(scope, org)) throw forbidden(`organisation ${org.id} (${org.name}) is not in your scope (${ctx.actor.role})`);
  errors.throwIfAny();
  return { ...checked, orgId: org.id, sex: input.sex, category: input.category, relation: input.relation, registeredOn: input.registeredOn };
}

export const meritCareMutations: Pick<ProvinceMutationsResolvers, 'registerMeritPerson' | 'updateMeritPerson' | 'recordMeritCare'> = {
  async registerMeritPerson(_, { input }, ctx) {
    const scope = requireMemberScope(ctx, 'registerMeritPerson', 'commune');
    const today = todayInVietnam();
    const errors = new FieldErrors();
    checkPersonInput(errors, input, today);
    errors.throwIfAny();
    return ctx.db.transaction(async (tx) => {
      const fields = await personFields(tx, ctx, scope, input, today);
      const person = await insertPerson(tx, fields, ctx.actor.id);
      await writeAudit(tx, { actor: ctx.actor, operation: 'registerMeritPerson', memberIds: fields.memberId ? [fields.memberId] : [], details: { personId: person.id, category: person.category, relation: person.relation } });
      if (fields.memberId) ctx.loaders.meritPeopleOfMember.clear(fields.memberId);
      return { person };
    });
  },

  async updateMeritPerson(_, { id, input }, ctx) {
    const scope = requireMemberScope(ctx, 'updateMeritPerson', 'commune');
    const today = todayInVietnam();
    const errors = new FieldErrors();
    errors.check(isUuid(id), 'id', `must be a person id (UUID); got ${JSON.stringify(id)}`);
    checkPersonInput(errors, input, today);
    errors.throwIfAny();
    return ctx.db.transaction(async (tx) => {
      const before = await lockPerson(tx, id, today);
      if (!before) {
        errors.add('id', `no person with merit ${id} in province ${ctx.province.code}`);
        errors.throwIfAny();
      }
      const [org] = await tx.rows<OrgRow>('SELECT id, commune_code FROM party_org WHERE id = $1::uuid', [before!.org_id]);
      if (!orgInScope(scope, org)) throw forbidden(`person ${id} is cared for by an organisation outside your scope (${ctx.actor.role})`);
      const fields = await personFields(tx, ctx, scope, input, today);
      const person = await updatePerson(tx, id, fields, ctx.actor.id);
      const memberIds = [...new Set([before!.member_id, fields.memberId].filter((m): m is string => m !== null))];
      await writeAudit(tx, { actor: ctx.actor, operation: 'updateMeritPerson', memberIds, details: { personId: id } });
      for (const m of memberIds) ctx.loaders.meritPeopleOfMember.clear(m);
      ctx.loaders.meritPerson.clear(id);
      return { person };
    });
  },

  async recordMeritCare(_, { input }, ctx) {
    const scope = requireMemberScope(ctx, 'recordMeritCare', 'cell');
    const today = todayInVietnam();
    const errors = new FieldErrors();
    errors.check(isUuid(input.personId), 'input.personId', `must be a person id (UUID); got ${JSON.stringify(input.personId)}`);
    let occasion = null;
    try {
      occasion = occasionFor(ctx, input.occasion, 'input.occasion');
    } catch (error) {
      errors.add('input.occasion.year', (error as Error).message.replace(/^input\.occasion\.year: /, ''));
    }
    if (checkPastDate(errors, 'input.givenOn', input.givenOn, today) && occasion) {
      // a visit or gift counts for an occasion from its due window to the end of its year
      errors.check(input.givenOn >= occasion.dueFrom && input.givenOn <= `${occasion.year}-12-31`, 'input.givenOn',
        `must be from ${occasion.dueFrom} (the due window's first day) to ${occasion.year}-12-31 for ${occasion.kind} ${occasion.year}; got ${input.givenOn}`);
    }
    const valueOk = errors.check(Number.isInteger(input.valueVnd) && input.valueVnd >= 0 && input.valueVnd <= 1_000_000_000, 'input.valueVnd', `must be 0 to 1,000,000,000 VND; got ${input.valueVnd}`);
    if (valueOk && input.kind === 'GIFT') errors.check(input.valueVnd > 0, 'input.valueVnd', 'must be more than 0 for a GIFT');
    const givenBy = checkText(errors, 'input.givenBy', input.givenBy, 3, 200);
    errors.throwIfAny();
    return ctx.db.transaction(async (tx) => {
      const person = await lockPerson(tx, input.personId, today);
      if (!person) {
        errors.add('input.personId', `no person with merit ${input.personId} in province ${ctx.province.code}`);
        errors.throwIfAny();
      }
      const [org] = await tx.rows<OrgRow>('SELECT id, commune_code FROM party_org WHERE id = $1::uuid', [person!.org_id]);
      if (!orgInScope(scope, org)) throw forbidden(`person ${input.personId} is cared for by an organisation outside your scope (${ctx.actor.role})`);
      if (!person!.on_register) errors.add('input.personId', 'is not on this province\'s register (the member they are linked to moved to another province)');
      else errors.check(input.givenOn >= person!.registered_on, 'input.givenOn', `is before the person was registered (${person!.registered_on})`);
      errors.throwIfAny();
      const care = await insertCare(tx, { personId: person!.id, kind: input.kind, occasion: occasion!, givenOn: input.givenOn, valueVnd: input.valueVnd, givenBy }, ctx.actor.id);
      if (!care) {
        throw refused(ErrorCode.MERIT_CARE_ALREADY_RECORDED, 'input.occasion',
          `a visit or gift for ${occasion!.kind} ${occasion!.year} is already recorded for this person; one per person and occasion`);
      }
      await writeAudit(tx, { actor: ctx.actor, operation: 'recordMeritCare', memberIds: person!.member_id ? [person!.member_id] : [], details: { personId: person!.id, careId: care.id, kind: care.kind, occasion: `${occasion!.kind} ${occasion!.year}`, valueVnd: care.value_vnd } });
      ctx.loaders.meritCare.clear(person!.id);
      return { care };
    });
  },
};
