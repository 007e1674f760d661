// The cadre system's writes, by province officers (the register is the provincial committee's): record a cadre,
// grant a step raise by the rules (due, or early within the year's quota), promote to the next grade when
// eligible (gradePromotionEligibility), record a check-up, record the year's
// evaluation once. Every bad field in one BAD_USER_INPUT before anything is written; each write audited in its
// transaction, so a retry with the same Idempotency-Key is answered from the first (core/idempotency.ts).
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../../../shared/errors.ts';
import { isUuid } from '../../../../shared/pagination.ts';
import { isIsoDate } from '../../../../shared/scalars.ts';
import { FieldErrors } from '../../../../shared/validation.ts';
import type { ProvinceMutationsResolvers } from '../../generated/resolvers.ts';
import { requireRole } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { checkDecisionNo, checkPastDate } from '../../core/eventChecks.ts';
import { lockMember } from '../../core/lookups.ts';
import { todayInVietnam } from '../../core/months.ts';
import { fullNameProblem } from '../../core/recordFieldRules.ts';
import type { Sql } from '../../core/sql.ts';
import type { ProvinceContext } from '../../context.ts';
import {
  cadreIdOfMember, disciplinesOf, earlyRaisesInYear, evaluationsOf, insertCadre, insertCadreDiscipline, insertEvaluation, insertGradePromotion, insertStepRaise, lockCadre, registerCadres, setLastCheckup,
  updateCadre, type CadreFields,
} from './db.ts';
import type { CadreRow } from './rows.ts';
import { addMonthsToDate, earlyRaiseQuota, RuleInputError, schemeOn } from './rules.ts';
import { gradePromotionOfCadre, inOffice, retirementOfCadre, stepRaiseOfCadre } from './schedule.ts';

const officer = (ctx: ProvinceContext, what: string) => requireRole(ctx, what, 'PROVINCE_OFFICER');

function checkText(errors: FieldErrors, field: string, value: string, min: number, max: number): string {
  const v = value.trim();
  errors.check(v.length >= min && v.length <= max, field, `must be ${min} to ${max} characters`);
  return v;
}

function checkCadreId(errors: FieldErrors, id: string): boolean {
  return errors.check(isUuid(id), 'input.cadreId', `must be a cadre id (UUID); got ${JSON.stringify(id)}`);
}

/** A coefficient of the salary tables: more than 0, less than 20, at most two decimals. */
function checkCoefficient(errors: FieldErrors, value: number): boolean {
  return errors.check(Number.isFinite(value) && value > 0 && value < 20 && Math.abs(value * 100 - Math.round(value * 100)) < 1e-9,
    'input.coefficient', `must be more than 0 and less than 20, with at most 2 decimals; got ${value}`);
}

/** The cadre, locked; a field error naming input.cadreId when there is none. */
async function lockExisting(tx: Sql, errors: FieldErrors, id: string, field = 'input.cadreId'): Promise<CadreRow> {
  const c = await lockCadre(tx, id);
  if (!c) errors.add(field, `no cadre ${id} in this province's register`);
  errors.throwIfAny();
  return c!;
}

function ruleError(code: typeof ErrorCode.STEP_RAISE_NOT_DUE | typeof ErrorCode.EARLY_RAISE_QUOTA_EXCEEDED | typeof ErrorCode.GRADE_PROMOTION_NOT_ELIGIBLE, message: string, details: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}

export const cadresMutations: ProvinceMutationsResolvers = {
  async recordCadre(_, { input }, ctx) {
    officer(ctx, 'recordCadre');
    const today = todayInVietnam();
    const errors = new FieldErrors();
    if (input.id != null) errors.check(isUuid(input.id), 'input.id', `must be a cadre id (UUID); got ${JSON.stringify(input.id)}`);
    const memberId = input.memberId ?? null;
    if (memberId !== null) errors.check(isUuid(memberId), 'input.memberId', `must be a member id (UUID); got ${JSON.stringify(memberId)}`);
    const fullName = input.fullName.trim().replace(/\s+/g, ' ');
    const nameProblem = fullNameProblem(fullName);
    if (nameProblem) errors.add('input.fullName', nameProblem);
    else errors.check(fullName.length >= 2 && fullName.length <= 100, 'input.fullName', 'must be 2 to 100 characters');
    const adult = addMonthsToDate(today, -18 * 12);
    const bornOk = errors.check(isIsoDate(input.birthDate) && input.birthDate >= '1940-01-01' && input.birthDate <= adult, 'input.birthDate',
      `must be a date from 1940-01-01 to ${adult} (18 years before today); got ${input.birthDate}`);
    const position = checkText(errors, 'input.position', input.position, 3, 200);
    const salaryScale = checkText(errors, 'input.salaryScale', input.salaryScale, 1, 50);
    const gradeCode = checkText(errors, 'input.gradeCode', input.gradeCode, 1, 20);
    errors.check(Number.isInteger(input.step) && input.step >= 1 && input.step <= 20, 'input.step', `must be 1 to 20; got ${input.step}`);
    checkCoefficient(errors, input.coefficient);
    if (checkPastDate(errors, 'input.stepSince', input.stepSince, today) && bornOk) {
      errors.check(input.stepSince >= addMonthsToDate(input.birthDate, 18 * 12), 'input.stepSince', `must not be before the cadre turned 18 (${addMonthsToDate(input.birthDate, 18 * 12)})`);
    }
    if (isIsoDate(input.stepSince)) {
      try {
        schemeOn(ctx.rules.cadres.stepSchemes, input.stepSince);
      } catch (e) {
        if (!(e instanceof RuleInputError)) throw e;
        errors.add('input.stepSince', e.message);
      }
    }
    const lastCheckup = input.lastCheckup ?? null;
    if (lastCheckup !== null) checkPastDate(errors, 'input.lastCheckup', lastCheckup, today);
    const gradeSince = input.gradeSince ?? null;
    if (gradeSince !== null && checkPastDate(errors, 'input.gradeSince', gradeSince, today) && bornOk) {
      errors.check(gradeSince >= addMonthsToDate(input.birthDate, 18 * 12), 'input.gradeSince', `must not be before the cadre turned 18 (${addMonthsToDate(input.birthDate, 18 * 12)})`);
      // steps rise within a grade: the current step began in the current grade
      if (isIsoDate(input.stepSince)) errors.check(gradeSince <= input.stepSince, 'input.gradeSince', `must not be after stepSince (${input.stepSince}): the current step is of the current grade`);
    }
    errors.throwIfAny();
    const fields: CadreFields = {
      memberId, fullName, birthDate: input.birthDate, sex: input.sex, position, level: input.level, salaryScale, gradeCode, gradeLevel: input.gradeLevel,
      step: input.step, coefficient: input.coefficient, stepSince: input.stepSince, gradeSince, lastCheckup,
    };
    return ctx.db.transaction(async (tx) => {
      if (memberId !== null) {
        const m = await lockMember(tx, memberId);
        if (!m) errors.add('input.memberId', `no member ${memberId} in province ${ctx.province.code}`);
        else if (m.left_on !== null) errors.add('input.memberId', `is no longer held here (left on ${m.left_on}, ${m.state})`);
        else {
          const other = await cadreIdOfMember(tx, memberId, input.id ?? null);
          if (other) errors.add('input.memberId', `already has a cadre record (${other})`);
        }
      }
      if (input.id != null) await lockExisting(tx, errors, input.id, 'input.id');
      errors.throwIfAny();
      const cadre = input.id != null ? await updateCadre(tx, input.id, fields, ctx.actor.id) : await insertCadre(tx, fields, ctx.actor.id);
      if (!cadre) errors.add('input.memberId', 'already has a cadre record');
      errors.throwIfAny();
      await writeAudit(tx, {
        actor: ctx.actor, operation: 'recordCadre', memberIds: memberId ? [memberId] : [],
        details: { cadreId: cadre!.id, created: input.id == null, step: fields.step, gradeCode },
      });
      ctx.loaders.cadre.clear(cadre!.id);
      return { cadre: cadre! };
    });
  },

  async grantStepRaise(_, { input }, ctx) {
    officer(ctx, 'grantStepRaise');
    const today = todayInVietnam();
    const errors = new FieldErrors();
    checkCadreId(errors, input.cadreId);
    checkPastDate(errors, 'input.raisedOn', input.raisedOn, today);
    checkCoefficient(errors, input.coefficient);
    const decisionNo = checkDecisionNo(errors, 'input.decisionNo', input.decisionNo);
    const earlyMonths = input.earlyMonths ?? 0;
    errors.check(Number.isInteger(earlyMonths) && earlyMonths >= 0, 'input.earlyMonths', `must be a whole number of months, 0 or more; got ${earlyMonths}`);
    errors.throwIfAny();
    const rules = ctx.rules.cadres;
    return ctx.db.transaction(async (tx) => {
      const c = await lockExisting(tx, errors, input.cadreId);
      errors.check(input.coefficient > c.coefficient, 'input.coefficient', `must be more than the current step's (${c.coefficient})`);
      errors.check(c.step < 20, 'input.cadreId', `is at step ${c.step}, the last a grade has`);
      errors.check(input.raisedOn > c.step_since, 'input.raisedOn', `must be after the current step's date (${c.step_since})`);
      const scheme = schemeOn(rules.stepSchemes, c.step_since);
      errors.check(earlyMonths <= scheme.earlyRaiseMaxMonths, 'input.earlyMonths', `must be 0 to ${scheme.earlyRaiseMaxMonths} months (${scheme.earlyRaiseSource}); got ${earlyMonths}`);
      errors.throwIfAny();
      const due = stepRaiseOfCadre(c, await disciplinesOf(tx, [c.id]), rules);
      const earliest = addMonthsToDate(due.dueOn, -earlyMonths);
      if (input.raisedOn < earliest) {
        throw ruleError(ErrorCode.STEP_RAISE_NOT_DUE,
          `the step raise of cadre ${c.id} is due on ${due.dueOn}${due.delayMonths ? ` (delayed ${due.delayMonths} months by discipline)` : ''}${earlyMonths ? `; ${earlyMonths} months early is ${earliest}` : ''}: not on ${input.raisedOn}`,
          { dueOn: due.dueOn, earliest, delayMonths: due.delayMonths });
      }
      const year = Number(input.raisedOn.slice(0, 4));
      if (earlyMonths > 0) {
        const granted = await earlyRaisesInYear(tx, year);
        const staff = (await registerCadres(tx)).filter((x) => inOffice(x, input.raisedOn, rules)).length;
        const quota = earlyRaiseQuota(staff, scheme);
        if (granted >= quota) {
          throw ruleError(ErrorCode.EARLY_RAISE_QUOTA_EXCEEDED,
            `the early raises of ${year} are used up: ${granted} granted of a quota of ${quota} (${scheme.earlyRaiseQuotaPercent}% of ${staff} cadres; ${scheme.earlyRaiseSource})`,
            { quota, granted, year });
        }
      }
      const raise = await insertStepRaise(tx, { cadreId: c.id, fromStep: c.step, coefficient: input.coefficient, raisedOn: input.raisedOn, earlyMonths, decisionNo }, ctx.actor.id);
      if (!raise) errors.add('input.cadreId', `already reached step ${c.step + 1}`);
      errors.throwIfAny();
      await writeAudit(tx, {
        actor: ctx.actor, operation: 'grantStepRaise', memberIds: c.member_id ? [c.member_id] : [],
        details: { cadreId: c.id, raiseId: raise!.id, toStep: raise!.to_step, earlyMonths, decisionNo },
      });
      ctx.loaders.cadre.clear(c.id);
      ctx.loaders.cadreStepRaises.clear(c.id);
      return { cadre: (await lockCadre(tx, c.id))!, raise: raise! };
    });
  },

  async promoteGrade(_, { input }, ctx) {
    officer(ctx, 'promoteGrade');
    const errors = new FieldErrors();
    checkCadreId(errors, input.cadreId);
    const toGradeCode = checkText(errors, 'input.toGradeCode', input.toGradeCode, 1, 20);
    checkCoefficient(errors, input.coefficient);
    checkPastDate(errors, 'input.decidedOn', input.decidedOn, todayInVietnam());
    const decisionNo = checkDecisionNo(errors, 'input.decisionNo', input.decisionNo);
    errors.throwIfAny();
    const rules = ctx.rules.cadres;
    return ctx.db.transaction(async (tx) => {
      const c = await lockExisting(tx, errors, input.cadreId);
      const path = rules.gradePromotions.paths.find((p) => p.fromGradeCode === c.grade_code);
      if (path) errors.check(toGradeCode === path.toGradeCode, 'input.toGradeCode', `must be ${path.toGradeCode}, the grade that follows ${c.grade_code} (${path.source}); got ${toGradeCode}`);
      if (c.grade_since !== null) errors.check(input.decidedOn >= c.grade_since, 'input.decidedOn', `must not be before the cadre entered the current grade (${c.grade_since})`);
      if (!inOffice(c, input.decidedOn, rules)) errors.add('input.decidedOn', `is after the cadre's last day of work (${retirementOfCadre(c, rules).retiresOn})`);
      errors.throwIfAny();
      const [evaluations, disciplines] = await Promise.all([evaluationsOf(tx, [c.id]), disciplinesOf(tx, [c.id])]);
      const g = gradePromotionOfCadre(c, evaluations, disciplines, rules, input.decidedOn);
      if (!g.eligible) {
        throw ruleError(ErrorCode.GRADE_PROMOTION_NOT_ELIGIBLE,
          `cadre ${c.id} is not eligible on ${input.decidedOn} for promotion from grade ${c.grade_code}: ${g.reasons.map((r) => r.message).join('; ')}`,
          { eligibleFrom: g.eligibleFrom, reasons: g.reasons.map((r) => ({ kind: r.kind, message: r.message, year: r.year ?? null, until: r.until ?? null })) });
      }
      const promotion = await insertGradePromotion(tx, {
        cadreId: c.id, from: { code: c.grade_code, level: c.grade_level }, to: { code: toGradeCode, level: input.toGradeLevel },
        coefficient: input.coefficient, decidedOn: input.decidedOn, decisionNo,
      }, ctx.actor.id);
      if (!promotion) errors.add('input.decisionNo', `is already recorded for this cadre (decision ${decisionNo})`);
      errors.throwIfAny();
      await writeAudit(tx, {
        actor: ctx.actor, operation: 'promoteGrade', memberIds: c.member_id ? [c.member_id] : [],
        details: { cadreId: c.id, promotionId: promotion!.id, fromGradeCode: c.grade_code, toGradeCode, decisionNo },
      });
      ctx.loaders.cadre.clear(c.id);
      ctx.loaders.cadreGradePromotions.clear(c.id);
      return { cadre: (await lockCadre(tx, c.id))!, promotion: promotion! };
    });
  },

  async recordCadreDiscipline(_, { input }, ctx) {
    officer(ctx, 'recordCadreDiscipline');
    const errors = new FieldErrors();
    checkCadreId(errors, input.cadreId);
    errors.check(input.measure !== 'KHAI_TRU', 'input.measure', 'must be KHIEN_TRACH, CANH_CAO or CACH_CHUC: KHAI_TRU is a Party measure, recorded for members');
    if (checkPastDate(errors, 'input.decidedOn', input.decidedOn, todayInVietnam())) {
      errors.check(input.decidedOn >= '1990-01-01', 'input.decidedOn', `must not be before 1990-01-01; got ${input.decidedOn}`);
    }
    const decisionNo = checkDecisionNo(errors, 'input.decisionNo', input.decisionNo);
    errors.throwIfAny();
    return ctx.db.transaction(async (tx) => {
      const c = await lockExisting(tx, errors, input.cadreId);
      // one rule: a member-cadre's measures are the member's (migration 055)
      if (c.member_id !== null) errors.add('input.cadreId', `is a member (${c.member_id}): record the measure with recordDiscipline, on the member`);
      errors.throwIfAny();
      const discipline = await insertCadreDiscipline(tx, { cadreId: c.id, measure: input.measure, decidedOn: input.decidedOn, decisionNo }, ctx.actor.id);
      if (!discipline) errors.add('input.decisionNo', `is already recorded for this cadre (decision ${decisionNo})`);
      errors.throwIfAny();
      await writeAudit(tx, { actor: ctx.actor, operation: 'recordCadreDiscipline', memberIds: [], details: { cadreId: c.id, measure: input.measure, decisionNo } });
      ctx.loaders.cadreDisciplines.clear(c.id);
      return { cadre: c, discipline: discipline! };
    });
  },

  async recordCheckup(_, { input }, ctx) {
    officer(ctx, 'recordCheckup');
    const errors = new FieldErrors();
    checkCadreId(errors, input.cadreId);
    checkPastDate(errors, 'input.checkedOn', input.checkedOn, todayInVietnam());
    errors.throwIfAny();
    return ctx.db.transaction(async (tx) => {
      const c = await lockExisting(tx, errors, input.cadreId);
      if (c.last_checkup !== null) errors.check(input.checkedOn >= c.last_checkup, 'input.checkedOn', `must not be before the last check-up recorded (${c.last_checkup})`);
      errors.throwIfAny();
      const cadre = await setLastCheckup(tx, c.id, input.checkedOn, ctx.actor.id);
      await writeAudit(tx, {
        actor: ctx.actor, operation: 'recordCheckup', memberIds: c.member_id ? [c.member_id] : [],
        details: { cadreId: c.id, checkedOn: input.checkedOn, previous: c.last_checkup },
      });
      ctx.loaders.cadre.clear(c.id);
      return { cadre };
    });
  },

  async recordEvaluation(_, { input }, ctx) {
    officer(ctx, 'recordEvaluation');
    const today = todayInVietnam();
    const errors = new FieldErrors();
    checkCadreId(errors, input.cadreId);
    const thisYear = Number(today.slice(0, 4));
    const yearOk = errors.check(Number.isInteger(input.year) && input.year >= 1990 && input.year <= thisYear, 'input.year', `must be a year from 1990 to ${thisYear}; got ${input.year}`);
    if (checkPastDate(errors, 'input.evaluatedOn', input.evaluatedOn, today) && yearOk) {
      errors.check(input.evaluatedOn >= `${input.year}-01-01`, 'input.evaluatedOn', `must not be before the year evaluated began (${input.year}-01-01)`);
    }
    const evaluatedBy = checkText(errors, 'input.evaluatedBy', input.evaluatedBy, 3, 200);
    errors.throwIfAny();
    return ctx.db.transaction(async (tx) => {
      const c = await lockExisting(tx, errors, input.cadreId);
      const evaluation = await insertEvaluation(tx, { cadreId: c.id, year: input.year, result: input.result, evaluatedOn: input.evaluatedOn, evaluatedBy }, ctx.actor.id);
      if (!evaluation) errors.add('input.year', `cadre ${c.id} is already evaluated for ${input.year}`);
      errors.throwIfAny();
      await writeAudit(tx, {
        actor: ctx.actor, operation: 'recordEvaluation', memberIds: c.member_id ? [c.member_id] : [],
        details: { cadreId: c.id, evaluationId: evaluation!.id, year: input.year, result: input.result },
      });
      ctx.loaders.cadreEvaluations.clear(c.id);
      return { cadre: c, evaluation: evaluation! };
    });
  },
};
