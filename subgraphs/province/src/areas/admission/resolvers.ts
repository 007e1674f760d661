// Process 1, admission: register a candidate with two introducers, admit them (probationary member), recognise
// them as official after the probation; the period's admission figures. Rules: core/admissionRules.ts.
import { badInput } from '../../../../shared/errors.ts';
import {
  canSeeMember, canSeeOrg, discloseCount, forbidden, maskIdentifier, memberScope, requireMemberScope, scopeArgs,
} from '../../core/access.ts';
import { checkFirst, decodeCursor, isUuid, toPage } from '../../../../shared/pagination.ts';
import { isIsoDate } from '../../../../shared/scalars.ts';
import { FieldErrors } from '../../../../shared/validation.ts';
import type {
  AdmitMemberInput, CandidateResolvers, Province01Resolvers, ProvinceMutationsResolvers, ProvinceReportResolvers, RecognizeOfficialInput,
  RegisterCandidateInput,
} from '../../generated/resolvers.ts';
import { admitCandidate, candidatePage, citizenStanding, insertCandidate, lockCandidate, lockCitizen, membersForShare, overdueProbationary, recognizeOfficial, type AdmissionFigures } from './db.ts';
import { orgById } from '../../core/lookups.ts';
import { writeAudit } from '../../core/audit.ts';
import { lockMember } from '../../core/lookups.ts';
import type { MemberRow, ReportParent } from '../../core/rows.ts';
import { loadExisting } from '../../core/loaders.ts';
import { addMonths, completedMonths, todayInVietnam } from '../../core/months.ts';
import {
  citizenIdProblem, ethnicityProblem, fullNameProblem, pastDateProblem, RECORD_DETAIL_COLUMNS, recordFieldProblem,
  religionProblem, type RecordDetailField,
} from '../../core/recordFieldRules.ts';

const CELL_LEVELS = new Set(['CHI_BO', 'CHI_BO_CO_SO']);

const check = (errors: FieldErrors, field: string, problem: string | null) => {
  if (problem) errors.add(field, problem);
  return problem === null;
};

const textProblem = (v: string, max: number) => (v.trim().length >= 1 && v.trim().length <= max ? null : `must be 1 to ${max} characters`);

const ageInWords = (months: number) => `${Math.floor(months / 12)} years ${months % 12} months (${months} months)`;

/**
 * Why an introducer may not vouch on `date`, or null: introducers are official members of this province, active
 * (not exempt, in transit or gone) and official on that date.
 */
function introducerProblem(m: MemberRow | undefined, id: string, date: string): string | null {
  if (!m) return `${id} is not a member of this province`;
  if (m.left_on !== null) return `${m.full_name} (${id}) is no longer a member of this province`;
  if (m.state !== 'ACTIVE') return `${m.full_name} (${id}) is not active (${m.state})`;
  if (m.status !== 'CHINH_THUC' || m.official_date === null || m.official_date > date) {
    return `${m.full_name} (${id}) is not an official member on ${date}`;
  }
  return null;
}

async function checkIntroducers(tx: Parameters<typeof membersForShare>[0], ids: string[], date: string, errors: FieldErrors) {
  const rows = new Map((await membersForShare(tx, ids)).map((m) => [m.id, m]));
  ids.forEach((id, i) => check(errors, `input.introducerIds[${i}]`, introducerProblem(rows.get(id), id, date)));
}

function validateRegistration(input: RegisterCandidateInput, errors: FieldErrors, today: string) {
  check(errors, 'input.citizenId', citizenIdProblem(input.citizenId));
  check(errors, 'input.fullName', fullNameProblem(input.fullName.trim()));
  check(errors, 'input.ethnicityCode', ethnicityProblem(input.ethnicityCode));
  if (input.religionCode != null) check(errors, 'input.religionCode', religionProblem(input.religionCode));
  errors.check(isUuid(input.cellId), 'input.cellId', `must be a cell id (UUID); got ${JSON.stringify(input.cellId)}`);
  const ids = input.introducerIds;
  if (errors.check(ids.length === 2, 'input.introducerIds', `must name exactly two members; got ${ids.length}`)) {
    ids.forEach((id, i) => errors.check(isUuid(id), `input.introducerIds[${i}]`, `must be a member id (UUID); got ${JSON.stringify(id)}`));
    errors.check(ids[0] !== ids[1], 'input.introducerIds', 'must be two different members');
  }
  const birthOk = check(errors, 'input.birthDate', pastDateProblem(input.birthDate, today));
  if (check(errors, 'input.registeredOn', pastDateProblem(input.registeredOn, today)) && birthOk) {
    errors.check(input.registeredOn > input.birthDate, 'input.registeredOn', 'must be after the birth date');
  }
  if (input.awarenessCertificateOn != null) {
    check(errors, 'input.awarenessCertificateOn', pastDateProblem(input.awarenessCertificateOn, today));
  }
  for (const field of Object.keys(RECORD_DETAIL_COLUMNS) as RecordDetailField[]) {
    const v = input[field];
    if (v != null) check(errors, `input.${field}`, recordFieldProblem(field, v.trim()));
  }
}

export const admissionMutations: ProvinceMutationsResolvers = {
  async registerCandidate(_, { input }, ctx) {
    // the cell proposes: its secretary, the commune's officers or the province's
    const scope = requireMemberScope(ctx, 'registerCandidate', 'cell');
    const errors = new FieldErrors();
    validateRegistration(input, errors, todayInVietnam());
    errors.throwIfAny();
    return ctx.db.transaction(async (tx) => {
      const cell = await orgById(tx, input.cellId);
      errors.check(
        cell !== null && CELL_LEVELS.has(cell.level) && cell.active,
        'input.cellId',
        cell ? `${cell.name} is not an active cell (chi bộ)` : `no organisation ${input.cellId} in province ${ctx.province.code}`,
      );
      if (cell && scope.kind !== 'province' && !(await canSeeOrg(ctx, cell))) throw forbidden(`cell ${cell.name} is outside your scope (${ctx.actor.role})`);
      await checkIntroducers(tx, input.introducerIds, input.registeredOn, errors);
      await lockCitizen(tx, input.citizenId);
      const standing = await citizenStanding(tx, input.citizenId);
      errors.check(!standing.member, 'input.citizenId', 'already belongs to a member of this province');
      errors.check(!standing.candidate, 'input.citizenId', 'already belongs to a pending candidate of this province');
      errors.throwIfAny();
      const detail = (f: RecordDetailField) => input[f]?.trim() ?? null;
      const candidate = await insertCandidate(tx, {
        citizen_id: input.citizenId,
        full_name: input.fullName.trim(),
        sex: input.sex,
        birth_date: input.birthDate,
        ethnicity_code: input.ethnicityCode,
        religion_code: input.religionCode ?? null,
        birthplace: detail('birthplace'),
        hometown: detail('hometown'),
        phone: detail('phone'),
        occupation: detail('occupation'),
        education_general: detail('educationGeneral'),
        education_professional: detail('educationProfessional'),
        political_theory: input.politicalTheory ?? null,
        cell_id: input.cellId,
        introducer_ids: input.introducerIds,
        awareness_certificate_on: input.awarenessCertificateOn ?? null,
        registered_on: input.registeredOn,
      });
      await writeAudit(tx, {
        actor: ctx.actor,
        operation: 'registerCandidate',
        memberIds: input.introducerIds,
        details: { candidateId: candidate.id, cellId: input.cellId },
      });
      return candidate;
    });
  },

  async admitMember(_, { input }: { input: AdmitMemberInput }, ctx) {
    // the admission decision is the upper committee's: the commune's officers or the province's
    const scope = requireMemberScope(ctx, 'admitMember', 'commune');
    const errors = new FieldErrors();
    errors.check(isUuid(input.candidateId), 'input.candidateId', `must be a candidate id (UUID); got ${JSON.stringify(input.candidateId)}`);
    check(errors, 'input.decisionNo', textProblem(input.decisionNo, 50));
    check(errors, 'input.decisionDate', pastDateProblem(input.decisionDate, todayInVietnam()));
    if (input.provincialApprovalNo != null) check(errors, 'input.provincialApprovalNo', textProblem(input.provincialApprovalNo, 50));
    errors.throwIfAny();
    const rules = ctx.rules.admission;
    return ctx.db.transaction(async (tx) => {
      const candidate = await lockCandidate(tx, input.candidateId);
      if (!candidate) errors.add('input.candidateId', `no candidate ${input.candidateId} in province ${ctx.province.code}`);
      else if (candidate.state !== 'PENDING') errors.add('input.candidateId', `was already admitted (decision ${candidate.decision_no})`);
      errors.throwIfAny();
      const c = candidate!;
      if (scope.kind !== 'province') {
        const cell = await ctx.loaders.org.load(c.cell_id);
        if (!cell || !(await canSeeOrg(ctx, cell))) throw forbidden(`candidate ${c.id} is proposed by a cell outside your scope (${ctx.actor.role})`);
      }
      const date = input.decisionDate;
      if (errors.check(date >= c.registered_on, 'input.decisionDate', `must not be before the candidate's registration (${c.registered_on})`)) {
        const months = completedMonths(c.birth_date, date);
        errors.check(
          months >= rules.minAgeMonths,
          'input.decisionDate',
          `the candidate is ${ageInWords(months)} old on ${date}; the minimum age is ${ageInWords(rules.minAgeMonths)}`,
        );
        errors.check(
          months <= rules.maxAgeMonths || input.provincialApprovalNo != null,
          'input.provincialApprovalNo',
          `is required: the candidate is ${ageInWords(months)} old on ${date}, over ${ageInWords(rules.maxAgeMonths)}`,
        );
        await checkIntroducers(tx, c.introducer_ids, date, errors);
      }
      const standing = await citizenStanding(tx, c.citizen_id);
      errors.check(!standing.member, 'input.candidateId', `citizen ${c.citizen_id} already has a member record in this province`);
      errors.throwIfAny();
      const result = await admitCandidate(tx, c, {
        decisionNo: input.decisionNo.trim(),
        decisionDate: date,
        provincialApprovalNo: input.provincialApprovalNo?.trim() ?? null,
      });
      await writeAudit(tx, {
        actor: ctx.actor,
        operation: 'admitMember',
        memberIds: [result.member.id],
        details: { candidateId: c.id, decisionNo: input.decisionNo.trim(), decisionDate: date },
      });
      ctx.loaders.member.prime(result.member.id, result.member);
      return result;
    });
  },

  async recognizeOfficial(_, { input }: { input: RecognizeOfficialInput }, ctx) {
    // the cell's resolution, recorded by its secretary or the commune's or province's officers
    const scope = requireMemberScope(ctx, 'recognizeOfficial', 'cell');
    const errors = new FieldErrors();
    errors.check(isUuid(input.memberId), 'input.memberId', `must be a member id (UUID); got ${JSON.stringify(input.memberId)}`);
    check(errors, 'input.resolutionNo', textProblem(input.resolutionNo, 50));
    check(errors, 'input.resolutionDate', pastDateProblem(input.resolutionDate, todayInVietnam()));
    errors.throwIfAny();
    return ctx.db.transaction(async (tx) => {
      const member = await lockMember(tx, input.memberId);
      if (member && scope.kind !== 'province' && !(await canSeeMember(ctx, member))) {
        throw forbidden(`member ${member.id} is outside your scope (${ctx.actor.role})`);
      }
      if (!member || member.left_on !== null) errors.add('input.memberId', `no current member ${input.memberId} in province ${ctx.province.code}`);
      else if (member.status !== 'DU_BI') errors.add('input.memberId', `is already an official member (since ${member.official_date})`);
      errors.throwIfAny();
      const m = member!;
      const { probationMonths } = ctx.rules.admission;
      const probationEnds = addMonths(m.admission_decision_date, probationMonths);
      errors.check(
        input.resolutionDate >= probationEnds,
        'input.resolutionDate',
        `is before the end of the ${probationMonths}-month probation: admitted ${m.admission_decision_date}, recognition possible from ${probationEnds}`,
      );
      errors.throwIfAny();
      const updated = await recognizeOfficial(tx, m.id, { no: input.resolutionNo.trim(), date: input.resolutionDate, actor: ctx.actor.id });
      await writeAudit(tx, {
        actor: ctx.actor,
        operation: 'recognizeOfficial',
        memberIds: [m.id],
        details: { resolutionNo: input.resolutionNo.trim(), resolutionDate: input.resolutionDate },
      });
      ctx.loaders.member.clear(m.id).prime(m.id, updated);
      return updated;
    });
  },
};

export const candidateResolvers: CandidateResolvers = {
  // a candidate's citizen ID is for the province's officers, like a member's (access.ts mayReadIdentifiers)
  citizenId: (c, _a, ctx) => (memberScope(ctx)?.kind === 'province' ? c.citizen_id : maskIdentifier(c.citizen_id)),
  fullName: (c) => c.full_name,
  birthDate: (c) => c.birth_date,
  ethnicityCode: (c) => c.ethnicity_code,
  religionCode: (c) => c.religion_code,
  cell: (c, _a, ctx) => loadExisting(ctx.loaders.org, c.cell_id, 'party_org'),
  introducers: (c, _a, ctx) => Promise.all(c.introducer_ids.map((id) => loadExisting(ctx.loaders.member, id, 'member'))),
  awarenessCertificateOn: (c) => c.awareness_certificate_on,
  registeredOn: (c) => c.registered_on,
  decisionNo: (c) => c.decision_no,
  decisionDate: (c) => c.decision_date,
  member: (c, _a, ctx) => (c.member_id ? loadExisting(ctx.loaders.member, c.member_id, 'member') : null),
};

/** Province fields of the area (fields/10-admission.graphql). */
export const admissionProvinceFields: Pick<Province01Resolvers, 'candidates' | 'overdueProbationaryMembers'> = {
  async candidates(_, args, ctx) {
    const scope = scopeArgs(requireMemberScope(ctx, 'candidates', 'cell'));
    const first = checkFirst(args.first);
    const { rows, total } = await candidatePage(ctx.db.sql, args.state ?? null, decodeCursor(args.after), first + 1, scope);
    return toPage(rows, first, total);
  },
  overdueProbationaryMembers(_, args, ctx) {
    const scope = scopeArgs(requireMemberScope(ctx, 'overdueProbationaryMembers', 'cell'));
    const asOf = args.asOf ?? todayInVietnam();
    if (!isIsoDate(asOf)) throw badInput('asOf', `must be a date YYYY-MM-DD; got ${JSON.stringify(asOf)}`);
    const first = checkFirst(args.first);
    return overdueProbationary(ctx.db.sql, asOf, ctx.rules.admission.probationMonths, ctx.rules.admission.recognitionGraceDays, first, scope);
  },
};

const AGE_BANDS = ['U30', 'A30_40', 'A41_50', 'A51_60', 'A61_70', 'O70'] as const;

/**
 * The admission figures of the period from the report summary (migration 050): admissions here (joined_on = the
 * decision date, so a member who transferred in is not counted again) by the decision's month, sex, age band at
 * the decision and ethnicity (rs_member_counts); candidates pending and probationary members overdue for
 * recognition on the period's last day (rs_candidate_spans, rs_member_spans).
 */
function figures(r: ReportParent): AdmissionFigures {
  const s = r.summary;
  const bySex = ['NAM', 'NU'].map((key) => ({ key, value: s.get(`admission.sex.${key}`) }));
  return {
    admissions: bySex.reduce((n, c) => n + c.value, 0),
    bySex,
    byAgeBand: AGE_BANDS.map((key) => ({ key, value: s.get(`admission.age.${key}`) })),
    // only codes with admissions, by code
    byEthnicity: [...s.byPrefix('admission.eth.')].filter(([, value]) => value > 0)
      .map(([key, value]) => ({ key, value })).sort((a, b) => a.key.localeCompare(b.key)),
    candidatesPending: s.get('admission.pending'),
    probationaryOverdue: s.get('admission.overdue'),
  };
}

/**
 * A breakdown as the reader may see it: each count through discloseCount, its cell the dimension's value (so the
 * total less the other categories is a difference of independently rounded counts, docs/disclosure-control.md).
 * `onlyNonZero` breakdowns (ethnicity) list a code only when its published count is not 0: a code listed with 0
 * would say that 1 to 4 were admitted.
 */
function disclosed(ctx: Parameters<typeof discloseCount>[0], dimension: string, counts: { key: string; value: number }[], onlyNonZero = false) {
  const shown = counts.map((c) => ({ key: c.key, value: discloseCount(ctx, 'admissions', c.value, { [dimension]: c.key }) }));
  return onlyNonZero ? shown.filter((c) => c.value > 0) : shown;
}

export const admissionReportResolvers: ProvinceReportResolvers = {
  admissionCount: (r, _a, ctx) => discloseCount(ctx, 'admissions', figures(r).admissions),
  admissionsBySex: (r, _a, ctx) => disclosed(ctx, 'sex', figures(r).bySex),
  admissionsByAgeBand: (r, _a, ctx) => disclosed(ctx, 'ageBand', figures(r).byAgeBand),
  admissionsByEthnicity: (r, _a, ctx) => disclosed(ctx, 'ethnicity', figures(r).byEthnicity, true),
  candidatesPending: (r, _a, ctx) => discloseCount(ctx, 'candidates.pending', figures(r).candidatesPending),
  probationaryOverdue: (r, _a, ctx) => discloseCount(ctx, 'members.probationaryOverdue', figures(r).probationaryOverdue),
};
