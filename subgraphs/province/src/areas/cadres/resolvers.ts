// The cadre system's reads: the register's lists (province officers), a cadre's dates by the rules, a member's
// cadre record, and the report's figures (rounded for aggregate-only readers). The writes are in mutations.ts.
import { badInput } from '../../../../shared/errors.ts';
import { checkFirst, decodeCursor, isUuid } from '../../../../shared/pagination.ts';
import { isIsoDate } from '../../../../shared/scalars.ts';
import type {
  CadreCheckupResolvers, CadreEvaluationResolvers, CadreGradePromotionGrantedResolvers, CadreResolvers, CadreStepRaiseGrantedResolvers, CadreDisciplineResolvers,
  MemberResolvers, Province01Resolvers, ProvinceReportResolvers,
} from '../../generated/resolvers.ts';
import { discloseCount, forbidden, requireRole } from '../../core/access.ts';
import { todayInVietnam } from '../../core/months.ts';
import type { ProvinceContext } from '../../context.ts';
import { checkupsWith, dueStepRaise, eligibleForGradePromotion, notEvaluated, pageOf, retiring } from './lists.ts';
import { checkupOf, gradePromotionOfCadre, quarterOf, retirementOfCadre, stepRaiseOfCadre } from './schedule.ts';

function checkRange(from: string, to: string) {
  if (!isIsoDate(from)) throw badInput('from', `must be a date YYYY-MM-DD; got ${JSON.stringify(from)}`);
  if (!isIsoDate(to)) throw badInput('to', `must be a date YYYY-MM-DD; got ${JSON.stringify(to)}`);
  if (from > to) throw badInput('to', `must not be before from (${from}); got ${to}`);
}

function checkYear(year: number) {
  if (!Number.isInteger(year) || year < 1990 || year > 2100) throw badInput('year', `must be a year from 1990 to 2100; got ${year}`);
}

// The register is the provincial committee's (its Organisation Board keeps it): province officers read it. A
// commune officer is refused: the cadres of the register are not the commune's, and a commune-level cadre's record
// is the commune committee's, which this register does not keep.
const officer = (ctx: ProvinceContext, what: string) => requireRole(ctx, what, 'PROVINCE_OFFICER');

export const cadresProvinceFields: Pick<Province01Resolvers, 'cadre' | 'cadresDueStepRaise' | 'cadresRetiring' | 'cadresCheckupDue' | 'cadresNotEvaluated' | 'cadresEligibleForGradePromotion'> = {
  async cadre(_, { id }, ctx) {
    officer(ctx, 'cadre');
    if (!isUuid(id)) throw badInput('id', `must be a cadre id (UUID); got ${JSON.stringify(id)}`);
    return ctx.loaders.cadre.load(id);
  },
  async cadresDueStepRaise(_, args, ctx) {
    officer(ctx, 'cadresDueStepRaise');
    checkRange(args.from, args.to);
    const first = checkFirst(args.first);
    return pageOf(await dueStepRaise(ctx.db.sql, ctx.rules.cadres, args.from, args.to), first, decodeCursor(args.after));
  },
  async cadresRetiring(_, args, ctx) {
    officer(ctx, 'cadresRetiring');
    checkRange(args.from, args.to);
    const first = checkFirst(args.first);
    return pageOf(await retiring(ctx.db.sql, ctx.rules.cadres, args.from, args.to), first, decodeCursor(args.after));
  },
  async cadresCheckupDue(_, args, ctx) {
    officer(ctx, 'cadresCheckupDue');
    if (!isIsoDate(args.asOf)) throw badInput('asOf', `must be a date YYYY-MM-DD; got ${JSON.stringify(args.asOf)}`);
    const status = args.status ?? 'OVERDUE';
    if (status === 'DONE') throw badInput('status', 'must be OVERDUE or DUE: the list is of check-ups to do');
    const first = checkFirst(args.first);
    return pageOf(await checkupsWith(ctx.db.sql, ctx.rules.cadres, args.asOf, status), first, decodeCursor(args.after));
  },
  async cadresNotEvaluated(_, args, ctx) {
    officer(ctx, 'cadresNotEvaluated');
    checkYear(args.year);
    const first = checkFirst(args.first);
    const today = todayInVietnam();
    const endOfYear = `${args.year}-12-31`;
    return pageOf(await notEvaluated(ctx.db.sql, ctx.rules.cadres, args.year, endOfYear < today ? endOfYear : today), first, decodeCursor(args.after));
  },
  async cadresEligibleForGradePromotion(_, args, ctx) {
    officer(ctx, 'cadresEligibleForGradePromotion');
    if (!isIsoDate(args.asOf)) throw badInput('asOf', `must be a date YYYY-MM-DD; got ${JSON.stringify(args.asOf)}`);
    const first = checkFirst(args.first);
    return pageOf(await eligibleForGradePromotion(ctx.db.sql, ctx.rules.cadres, args.asOf), first, decodeCursor(args.after));
  },
};

export const memberCadreResolvers: Pick<MemberResolvers, 'cadre'> = {
  // The cadre record beside the member's: for province officers and the member themself.
  cadre(m, _a, ctx) {
    const p = ctx.actor.principal;
    if (p?.role === 'PROVINCE_OFFICER' || (p?.role === 'MEMBER' && p.member === m.id)) return ctx.loaders.cadreOfMember.load(m.id);
    throw forbidden(`Member.cadre is for PROVINCE_OFFICER and the member themself; your token is ${ctx.actor.role}`);
  },
};

export const cadreResolvers: CadreResolvers = {
  member: (c, _a, ctx) => (c.member_id === null ? null : ctx.loaders.member.load(c.member_id)),
  fullName: (c) => c.full_name,
  birthDate: (c) => c.birth_date,
  level: (c) => c.cadre_level,
  salaryScale: (c) => c.salary_scale,
  gradeCode: (c) => c.grade_code,
  gradeLevel: (c) => c.grade_level,
  stepSince: (c) => c.step_since,
  gradeSince: (c) => c.grade_since,
  lastCheckup: (c) => c.last_checkup,
  async nextStepRaise(c, _a, ctx) {
    const r = stepRaiseOfCadre(c, await ctx.loaders.cadreDisciplines.load(c.id), ctx.rules.cadres);
    return { dueOn: r.dueOn, delayMonths: r.delayMonths, earlyMonths: r.earlyMonths, earlyMaxMonths: r.scheme.earlyRaiseMaxMonths, source: r.scheme.source, verified: r.scheme.verified };
  },
  retirement(c, _a, ctx) {
    const r = retirementOfCadre(c, ctx.rules.cadres);
    const { source, verified } = ctx.rules.cadres.retirement;
    return { retiresOn: r.retiresOn, reachesAgeOn: r.reachesAgeOn, noticeFrom: r.noticeFrom, ageYears: r.age.years, ageMonths: r.age.months, source, verified };
  },
  checkup(c, { asOf }, ctx) {
    const day = asOf ?? todayInVietnam();
    if (!isIsoDate(day)) throw badInput('asOf', `must be a date YYYY-MM-DD; got ${JSON.stringify(asOf)}`);
    return { ...checkupOf(c, day, ctx.rules.cadres), lastOn: c.last_checkup };
  },
  async gradePromotion(c, { asOf }, ctx) {
    const day = asOf ?? todayInVietnam();
    if (!isIsoDate(day)) throw badInput('asOf', `must be a date YYYY-MM-DD; got ${JSON.stringify(asOf)}`);
    const [evaluations, disciplines] = await Promise.all([ctx.loaders.cadreEvaluations.load(c.id), ctx.loaders.cadreDisciplines.load(c.id)]);
    const g = gradePromotionOfCadre(c, evaluations, disciplines, ctx.rules.cadres, day);
    const { source, verified } = ctx.rules.cadres.gradePromotions;
    return {
      eligibleFrom: g.eligibleFrom, eligible: g.eligible, toGradeCode: g.path?.toGradeCode ?? null, minMonths: g.path?.minMonths ?? null, source, verified,
      reasons: g.reasons.map((r) => ({ kind: r.kind, message: r.message, year: r.year ?? null, until: r.until ?? null })),
    };
  },
  gradePromotions: (c, _a, ctx) => ctx.loaders.cadreGradePromotions.load(c.id),
  evaluations: (c, _a, ctx) => ctx.loaders.cadreEvaluations.load(c.id),
  stepRaises: (c, _a, ctx) => ctx.loaders.cadreStepRaises.load(c.id),
  disciplines: (c, _a, ctx) => ctx.loaders.cadreDisciplines.load(c.id),
};

export const cadreCheckupResolvers: CadreCheckupResolvers = {};

export const cadreEvaluationResolvers: CadreEvaluationResolvers = {
  evaluatedOn: (e) => e.evaluated_on,
  evaluatedBy: (e) => e.evaluated_by,
  recordedAt: (e) => e.recorded_at,
};

export const cadreStepRaiseGrantedResolvers: CadreStepRaiseGrantedResolvers = {
  fromStep: (r) => r.from_step,
  toStep: (r) => r.to_step,
  raisedOn: (r) => r.raised_on,
  earlyMonths: (r) => r.early_months,
  decisionNo: (r) => r.decision_no,
};

export const cadreGradePromotionGrantedResolvers: CadreGradePromotionGrantedResolvers = {
  fromGradeCode: (p) => p.from_grade_code,
  fromGradeLevel: (p) => p.from_grade_level,
  toGradeCode: (p) => p.to_grade_code,
  toGradeLevel: (p) => p.to_grade_level,
  decidedOn: (p) => p.decided_on,
  decisionNo: (p) => p.decision_no,
};

export const cadreDisciplineResolvers: CadreDisciplineResolvers = {
  decidedOn: (d) => d.decided_on,
  decisionNo: (d) => d.decision_no,
};

/**
 * The report's four figures, each computed by its own field, so that a query of one figure does not pay for the
 * other three lists.
 */
type Report = { period: string; firstDay: string; lastDay: string };
type CadreFigure = 'stepRaisesDue' | 'retirementsDue' | 'checkupsOverdue' | 'cadresNotEvaluated';

async function computeFigure(name: CadreFigure, r: Report, ctx: ProvinceContext): Promise<number> {
  const rules = ctx.rules.cadres;
  switch (name) {
    case 'stepRaisesDue': {
      const quarter = quarterOf(r.firstDay);
      return (await dueStepRaise(ctx.db.sql, rules, quarter.first, quarter.last)).length;
    }
    case 'retirementsDue':
      return (await retiring(ctx.db.sql, rules, r.firstDay, r.lastDay)).length;
    case 'checkupsOverdue':
      return (await checkupsWith(ctx.db.sql, rules, r.lastDay, 'OVERDUE')).length;
    case 'cadresNotEvaluated':
      return (await notEvaluated(ctx.db.sql, rules, Number(r.period.slice(0, 4)) - 1, r.lastDay)).length;
  }
}

const figure = (name: CadreFigure) => async (r: Report, _a: unknown, ctx: ProvinceContext) =>
  discloseCount(ctx, `cadres.${name}`, await computeFigure(name, r, ctx));

export const cadresReportResolvers: Pick<ProvinceReportResolvers, 'stepRaisesDue' | 'retirementsDue' | 'checkupsOverdue' | 'cadresNotEvaluated'> = {
  stepRaisesDue: figure('stepRaisesDue'),
  retirementsDue: figure('retirementsDue'),
  checkupsOverdue: figure('checkupsOverdue'),
  cadresNotEvaluated: figure('cadresNotEvaluated'),
};
