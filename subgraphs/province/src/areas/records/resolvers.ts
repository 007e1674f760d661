// Process 2, records: versioned corrections of a member record.
import { todayInVietnam } from '../../../../shared/period.ts';
import { isUuid } from '../../../../shared/pagination.ts';
import { FieldErrors } from '../../../../shared/validation.ts';
import type { MemberCorrectionResolvers, MemberResolvers, ProvinceMutationsResolvers } from '../../generated/resolvers.ts';
import { writeAudit } from '../../core/audit.ts';
import { canSeeMember, forbidden, identifierFor, requireMemberScope } from '../../core/access.ts';
import { applyCorrection, citizenIdTaken, CORRECTABLE, type CorrectableField } from './db.ts';
import { lockMember } from '../../core/lookups.ts';
import type { Sex } from '../../core/rows.ts';
import {
  citizenIdProblem, ethnicityProblem, fullNameProblem, pastDateProblem, RECORD_DETAIL_COLUMNS, recordFieldProblem, religionProblem, type PoliticalTheoryLevel, type RecordDetailField,
} from '../../core/recordFieldRules.ts';

interface CorrectMemberInput {
  memberId: string;
  reason: string;
  fullName?: string | null;
  sex?: Sex | null;
  birthDate?: string | null;
  citizenId?: string | null;
  ethnicityCode?: string | null;
  religionCode?: string | null;
  birthplace?: string | null;
  hometown?: string | null;
  phone?: string | null;
  occupation?: string | null;
  educationGeneral?: string | null;
  educationProfessional?: string | null;
  politicalTheory?: PoliticalTheoryLevel | null;
}

/** Checks each given field on its own; returns the changes to apply (only fields that differ). */
function validate(input: CorrectMemberInput, errors: FieldErrors, today: string) {
  errors.check(isUuid(input.memberId), 'input.memberId', `must be a member id (UUID); got ${JSON.stringify(input.memberId)}`);
  const reason = input.reason.trim();
  errors.check(reason.length >= 3 && reason.length <= 1000, 'input.reason', 'must say why, in 3 to 1000 characters');
  // the same rules as registerCandidate and the bulk import (core/recordFieldRules.ts)
  const problems: [string, string | null][] = [
    ['fullName', input.fullName != null ? fullNameProblem(input.fullName.trim()) : null],
    ['citizenId', input.citizenId != null ? citizenIdProblem(input.citizenId) : null],
    ['birthDate', input.birthDate != null ? pastDateProblem(input.birthDate, today) : null],
    ['ethnicityCode', input.ethnicityCode != null ? ethnicityProblem(input.ethnicityCode) : null],
    ['religionCode', input.religionCode != null ? religionProblem(input.religionCode) : null],
    ...(Object.keys(RECORD_DETAIL_COLUMNS) as RecordDetailField[]).map(
      (f): [string, string | null] => [f, input[f] != null ? recordFieldProblem(f, input[f]!.trim()) : null],
    ),
  ];
  for (const [field, problem] of problems) if (problem) errors.add(`input.${field}`, problem);
}

export const recordsMutations: ProvinceMutationsResolvers = {
  async correctMember(_, { input }, ctx) {
    // Province officers correct any record of their province; commune officers those of their commune's cells.
    const scope = requireMemberScope(ctx, 'correctMember', 'commune');
    const errors = new FieldErrors();
    const today = todayInVietnam();
    validate(input, errors, today);
    errors.throwIfAny();
    return ctx.db.transaction(async (tx) => {
      const before = await lockMember(tx, input.memberId);
      if (scope.kind !== 'province' && (before === null || !(await canSeeMember(ctx, before)))) {
        throw forbidden(`member ${input.memberId} is not in your scope (${ctx.actor.role})`);
      }
      errors.check(before !== null, 'input.memberId', `no member ${input.memberId} in province ${ctx.province.code}`);
      errors.throwIfAny();
      const member = before!;
      const changes: Partial<Record<CorrectableField, string | null>> = {};
      for (const field of Object.keys(CORRECTABLE) as CorrectableField[]) {
        const raw = input[field];
        if (raw == null) continue;
        const value = typeof raw === 'string' ? raw.trim() : raw;
        if (value !== member[CORRECTABLE[field]]) changes[field] = value;
      }
      if (changes.birthDate && member.admission_decision_date < addYears(changes.birthDate, 18)) {
        errors.add('input.birthDate', `would make the member younger than 18 at admission (${member.admission_decision_date})`);
      }
      if (changes.citizenId && (await citizenIdTaken(tx, changes.citizenId, member.id))) {
        errors.add('input.citizenId', 'already belongs to another member of this province');
      }
      errors.check(Object.keys(changes).length > 0, 'input', 'changes nothing: give at least one field with a new value');
      errors.throwIfAny();
      const result = await applyCorrection(tx, member, changes, ctx.actor.id, input.reason.trim());
      await writeAudit(tx, {
        actor: ctx.actor,
        operation: 'correctMember',
        memberIds: [member.id],
        details: { version: result.correction.version, fields: Object.keys(changes) },
      });
      ctx.loaders.member.clear(member.id).prime(member.id, result.member);
      return result;
    });
  },
};

const addYears = (date: string, years: number): string => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;

export const correctionResolvers: MemberCorrectionResolvers = {
  // A corrected citizen ID is a direct identifier too: masked in the history for roles not entitled to it.
  changes: (c, _a, ctx) =>
    Object.entries(c.changes).map(([field, { from, to }]) =>
      field === 'citizenId'
        ? { field, from: identifierFor(ctx, c.member_id, from ?? null), to: identifierFor(ctx, c.member_id, to ?? null) }
        : { field, from: from ?? null, to: to ?? null },
    ),
};

export const memberRecordResolvers: MemberResolvers = {
  corrections: (m, _a, ctx) => ctx.loaders.corrections.load(m.id),
};
