// Period reports at the Centre: submissions stored as received (idempotent, append-only), the national report
// of a period, and the latest national check (docs/period-reports.md, docs/transfers.md).
import { GraphQLError } from 'graphql';
import { canonicalJson, sha256Hex } from '../../../shared/canonicalJson.ts';
import { ErrorCode, forbidden } from '../../../shared/errors.ts';
import { parsePeriod } from '../../../shared/period.ts';
import { FieldErrors } from '../../../shared/validation.ts';
import type { CentralContext } from '../context.ts';
import { latestNationalCheck, storeNationalCheck, storeSubmission, submissionsOfPeriod, todayAtCentre } from '../db/nationalReports.ts';
import type { CentralSubmissionRow, NationalReportLineParent, NationalTotalValue, SubmittedFiguresJson } from '../db/rows.ts';
import type {
  CentralSubmissionResolvers, MutationResolvers, NationalCheckResolvers, NationalReportLineResolvers, QueryResolvers,
} from '../generated/resolvers.ts';
import { deadlineOf } from '../rules/reports.ts';
import { discloseNationalCount, shownChecksum, shownFigures } from './disclosure.ts';
import { NATIONAL_CHECK_SUBJECT } from '../../../shared/disclosureControl.ts';

/** Reads of the Centre's reports: analysts, province officers and service identities (aggregates only). */
function requireReader(ctx: CentralContext, what: string): void {
  const role = ctx.actor.principal?.role;
  if (role !== 'CENTRAL_ANALYST' && role !== 'PROVINCE_OFFICER' && role !== 'SYSTEM') {
    throw forbidden(`${what} is for CENTRAL_ANALYST, PROVINCE_OFFICER or SYSTEM; your token is ${ctx.actor.role}`);
  }
}

/**
 * The national check's identity: the roles have no Centre service yet, so it is an analyst token with the
 * subject "system:national-check" (carrier/src/serviceTokens.ts), which only the token issuer can grant.
 */
const CHECKSUM = /^[0-9a-f]{64}$/;

/**
 * Σ of a figure over the latest submissions; the provinces without one are named, never silently left out. For a
 * reader whose counts are rounded, the sum of what each province publishes (shownFigures), so that the total
 * tells nothing the provinces' lines do not (docs/disclosure-control.md).
 */
function totalOf(
  ctx: CentralContext, lines: NationalReportLineParent[], figure: (f: SubmittedFiguresJson) => number, minus = 0,
): NationalTotalValue {
  const latest = lines.map((l) => l.revisions.at(-1));
  return {
    total: latest.reduce((sum, s) => sum + (s ? figure(shownFigures(ctx, s)) : 0), 0) - minus,
    provincesCounted: latest.filter(Boolean).length,
    provincesMissing: lines.filter((l) => l.revisions.length === 0).map((l) => l.province.code),
  };
}

/** Transfers both ends counted in their snapshots: the source still pending, the destination already received. */
function countedTwice(lines: NationalReportLineParent[]): number {
  const latest = lines.map((l) => l.revisions.at(-1)).filter((s): s is CentralSubmissionRow => !!s);
  const pendingOut = new Set(latest.flatMap((s) => s.figures.transfersOutPending ?? []));
  return new Set(latest.flatMap((s) => s.figures.transfersInUnconfirmed ?? []).filter((id) => pendingOut.has(id))).size;
}

export const nationalReportQueries: Pick<QueryResolvers, 'nationalReport' | 'nationalCheck'> = {
  async nationalReport(_, args, ctx) {
    requireReader(ctx, 'the national report');
    const p = parsePeriod(args.period);
    const deadline = deadlineOf(p.lastDay, ctx.reportDeadlineDays);
    const [registry, submissions, today] = await Promise.all([
      ctx.db.provinces(null),
      submissionsOfPeriod(ctx.db.sql, p.period, deadline),
      todayAtCentre(ctx.db.sql),
    ]);
    const lines = registry.map((province) => ({
      province,
      revisions: submissions.filter((s) => s.province_code === province.code),
    }));
    const submitted = lines.filter((l) => l.revisions.length > 0);
    const late = lines.filter((l) => (l.revisions.length ? l.revisions[0].late : today > deadline));
    return {
      period: p.period,
      deadline,
      // a member both ends counted (a transfer received, the source's snapshot still pending) counts once
      memberCount: totalOf(ctx, lines, (f) => f.memberCount, discloseNationalCount(ctx, 'transfers.countedTwice', countedTwice(lines))),
      officialCount: totalOf(ctx, lines, (f) => f.officialCount),
      submitted: submitted.map((l) => l.province.code),
      late: late.map((l) => l.province.code),
      missing: lines.filter((l) => l.revisions.length === 0).map((l) => l.province.code),
      provinces: lines,
    };
  },
  nationalCheck: (_, _a, ctx) => {
    requireReader(ctx, 'the national check');
    return latestNationalCheck(ctx.db.sql);
  },
};

export const nationalReportMutations: MutationResolvers = {
  async recordReportSubmission(_, { input }, ctx) {
    const p = ctx.actor.principal;
    if (p?.role !== 'SYSTEM' || p.province !== input.provinceCode) {
      throw forbidden(`a submission of province ${input.provinceCode} is delivered by its service identity (SYSTEM); your token is ${ctx.actor.role}`);
    }
    const errors = new FieldErrors();
    errors.check(/^\d{2}$/.test(input.provinceCode), 'input.provinceCode', `must be a 2-digit province code; got ${JSON.stringify(input.provinceCode)}`);
    const periodOk = errors.check(/^\d{4}-(0[1-9]|1[0-2])$/.test(input.period), 'input.period', `must be YYYY-MM; got ${JSON.stringify(input.period)}`);
    errors.check(Number.isInteger(input.revision) && input.revision >= 1, 'input.revision', 'must be 1 or more');
    errors.check(CHECKSUM.test(input.checksum), 'input.checksum', 'must be 64 lowercase hex digits (sha256)');
    let figures: unknown = null;
    try {
      figures = JSON.parse(input.figures);
    } catch {
      errors.add('input.figures', 'must be JSON');
    }
    if (figures !== null && CHECKSUM.test(input.checksum) && periodOk) {
      const actual = sha256Hex(canonicalJson({ province: input.provinceCode, period: input.period, figures }));
      errors.check(actual === input.checksum, 'input.checksum', `does not match the figures (sha256 of them is ${actual})`);
    }
    if (errors.problems.length === 0 && !(await ctx.provinceByCode.load(input.provinceCode))) {
      errors.add('input.provinceCode', `unknown province ${input.provinceCode}`);
    }
    errors.throwIfAny();
    const deadline = deadlineOf(parsePeriod(input.period).lastDay, ctx.reportDeadlineDays);
    const stored = await storeSubmission(
      ctx.db.sql,
      { ...input, reason: input.reason ?? null, figures },
      deadline,
    );
    if (stored.checksum !== input.checksum) {
      throw new GraphQLError(
        `province ${input.provinceCode} already submitted revision ${input.revision} of ${input.period} with other figures; a correction is a new revision`,
        { extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'input.revision' } },
      );
    }
    return stored;
  },
  async recordNationalCheck(_, { result }, ctx) {
    if (ctx.actor.principal?.role !== 'CENTRAL_ANALYST' || ctx.actor.id !== NATIONAL_CHECK_SUBJECT) {
      throw forbidden(`national check results are recorded by ${NATIONAL_CHECK_SUBJECT}; your token is ${ctx.actor.role} ${ctx.actor.id}`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(result);
    } catch {
      throw new GraphQLError('result: must be JSON', { extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'result' } });
    }
    return storeNationalCheck(ctx.db.sql, parsed);
  },
};

export const centralSubmissionResolvers: CentralSubmissionResolvers = {
  computedAt: (s) => s.computed_at,
  receivedAt: (s) => s.received_at,
  figures: (s, _a, ctx) => shownFigures(ctx, s) as never,
  checksum: (s, _a, ctx) => shownChecksum(ctx, s),
};

export const nationalReportLineResolvers: NationalReportLineResolvers = {
  code: (l) => l.province.code,
  province: (l) => l.province,
  latest: (l) => l.revisions.at(-1) ?? null,
  revisions: (l) => l.revisions,
};

export const nationalCheckResolvers: NationalCheckResolvers = {
  checkedAt: (c) => c.checked_at,
  asOf: (c) => c.result.asOf,
  // the check's exact results, rounded for analysts (each a national cell, docs/disclosure-control.md)
  members: (c, _a, ctx) => ({ ...c.result.members, total: discloseNationalCount(ctx, 'check.members', c.result.members.total) }),
  transfersAwaitingAcknowledgement: (c) => c.result.transfersAwaitingAcknowledgement,
  transfersInTransit: (c, _a, ctx) => discloseNationalCount(ctx, 'transfers.inTransit', c.result.transfersInTransit),
  flows: (c, _a, ctx) => {
    const flows = c.result.flows;
    if (!flows) return null;
    return {
      in: discloseNationalCount(ctx, 'transfers.in', flows.in),
      out: discloseNationalCount(ctx, 'transfers.out', flows.out),
      // may be negative (a receipt lost on one side): its size rounded, its sign kept
      unmatched: Math.sign(flows.unmatched) * discloseNationalCount(ctx, 'transfers.unmatched', Math.abs(flows.unmatched)),
    };
  },
  overdueTransfers: (c) => c.result.overdueTransfers,
  citizenIdConflicts: (c) => c.result.citizenIdConflicts,
  conflictCheckMissing: (c) => c.result.conflictCheckMissing,
};

export type { CentralContext };
