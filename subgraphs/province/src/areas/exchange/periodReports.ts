// Period reports submitted to the Centre: submit (lock the period, or a correction as a new revision), serve
// a submitted period from its snapshot, and say whether the live figures now differ (docs/period-reports.md).
import { parsePeriod } from '../../../../shared/period.ts';
import { FieldErrors } from '../../../../shared/validation.ts';
import type { ProvinceContext } from '../../context.ts';
import { roundReportFigures } from '../../../../shared/disclosureControl.ts';
import { discloseCount, roundsCounts } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import {
  computeFigures, insertSubmission, latestSubmission, lockPeriod, markPushed, reportChecksum, submissionsOfPeriods,
} from './db/periodReports.ts';
import type { ReportFiguresJson, SubmissionRow } from './rows.ts';
import type { Province01Resolvers, ProvinceMutationsResolvers, ReportSubmissionResolvers } from '../../generated/resolvers.ts';
import { badInput } from '../../../../shared/errors.ts';
import { todayInVietnam } from './rules.ts';
import { requireOfficer, requireSystemOf } from './transferAccess.ts';

const figuresNow = (ctx: ProvinceContext, period: string): Promise<ReportFiguresJson> => {
  const p = parsePeriod(period);
  return computeFigures(ctx.db, p.firstDay, p.lastDay);
};

// Live figures once per request and period, however many submissions ask (keyed by the request's loaders).
const liveCache = new WeakMap<object, Map<string, Promise<ReportFiguresJson>>>();
function liveFigures(ctx: ProvinceContext, period: string): Promise<ReportFiguresJson> {
  let perRequest = liveCache.get(ctx.loaders);
  if (!perRequest) liveCache.set(ctx.loaders, (perRequest = new Map()));
  let p = perRequest.get(period);
  if (!p) perRequest.set(period, (p = figuresNow(ctx, period)));
  return p;
}

const show = (v: unknown): string | null => (v === null || v === undefined ? null : Array.isArray(v) ? v.join(',') : String(v));

/** The figures as the reader may see them: rounded for aggregate-only readers (docs/disclosure-control.md). */
function shown(ctx: ProvinceContext, figures: ReportFiguresJson): ReportFiguresJson {
  return roundsCounts(ctx) ? roundReportFigures(figures, (figure, n, scope) => discloseCount(ctx, figure, n, scope)) : figures;
}

// Compared as the reader sees them: a difference of exact figures behind equal rounded ones would tell a
// rounding reader that a small count changed.
async function differences(s: SubmissionRow, ctx: ProvinceContext) {
  const live = shown(ctx, await liveFigures(ctx, s.period.trim()));
  const submitted = shown(ctx, s.figures);
  // in the order of the live figures (the GraphQL field order), not jsonb's key order
  return (Object.keys(live) as (keyof ReportFiguresJson)[])
    .filter((k) => show(submitted[k]) !== show(live[k]))
    .map((field) => ({ field, submitted: show(submitted[field]), live: show(live[field]) }));
}

export const periodReportProvinceFields: Pick<Province01Resolvers, 'submittedReport' | 'reportRevisions'> = {
  submittedReport(_, args, ctx) {
    return latestSubmission(ctx.db.sql, parsePeriod(args.period).period);
  },
  reportRevisions(_, args, ctx) {
    return submissionsOfPeriods(ctx.db.sql, [parsePeriod(args.period).period]);
  },
};

export const periodReportMutations: ProvinceMutationsResolvers = {
  async submitReport(_, args, ctx) {
    requireOfficer(ctx, 'submitting a period report');
    const errors = new FieldErrors();
    const today = todayInVietnam();
    const m = /^(\d{4})-(0[1-9]|1[0-2])$/.test(args.period) ? parsePeriod(args.period) : null;
    if (errors.check(m !== null, 'period', `must be a month as YYYY-MM (e.g. "2026-10"); got ${JSON.stringify(args.period)}`)) {
      errors.check(m!.lastDay < today, 'period', `must have ended: ${args.period} ends on ${m!.lastDay}, today is ${today}`);
    }
    const reason = args.reason?.trim() ?? null;
    if (args.reason != null) errors.check(reason!.length >= 3 && reason!.length <= 1000, 'reason', 'must say why, in 3 to 1000 characters');
    errors.throwIfAny();
    const period = m!.period;
    const computedAt = new Date();
    const figures = await computeFigures(ctx.db, m!.firstDay, m!.lastDay);
    const checksum = reportChecksum(ctx.province.code, period, figures);
    return ctx.db.transaction(async (tx) => {
      await lockPeriod(tx, period);
      const latest = await latestSubmission(tx, period);
      // Locked: without a reason, submitting again returns what was submitted; a retried correction too.
      if (latest && (reason === null || (latest.reason === reason && latest.checksum === checksum))) {
        return { submission: latest, created: false };
      }
      const submission = await insertSubmission(tx, {
        period, revision: (latest?.revision ?? 0) + 1, computedAt, figures, checksum, reason, actor: ctx.actor.id,
      });
      await writeAudit(tx, {
        actor: ctx.actor, operation: 'submitReport',
        details: { period, revision: submission.revision, checksum, reason },
      });
      return { submission, created: true };
    });
  },

  async markReportDelivered(_, args, ctx) {
    requireSystemOf(ctx, 'marking a report delivered', ctx.province.code);
    const period = parsePeriod(args.period).period;
    return ctx.db.transaction(async (tx) => {
      const row = await markPushed(tx, period, args.revision);
      if (!row) throw badInput('revision', `no revision ${args.revision} of ${period} in province ${ctx.province.code}`);
      await writeAudit(tx, { actor: ctx.actor, operation: 'markReportDelivered', details: { period, revision: args.revision } });
      return row;
    });
  },
};

export const reportSubmissionResolvers: ReportSubmissionResolvers = {
  provinceCode: (_s, _a, ctx) => ctx.province.code,
  period: (s) => s.period.trim(),
  computedAt: (s) => s.computed_at,
  figures: (s, _a, ctx) => shown(ctx, s.figures),
  // The checksum of the exact figures would let a rounding reader test guesses of them offline (each count is
  // one of 9 values): such a reader gets the checksum of the figures as shown.
  checksum: (s, _a, ctx) => (roundsCounts(ctx) ? reportChecksum(ctx.province.code, s.period.trim(), shown(ctx, s.figures)) : s.checksum),
  deliveredToCentre: (s) => s.pushed_at !== null,
  differsFromLive: async (s, _a, ctx) => (await differences(s, ctx)).length > 0,
  liveDifferences: (s, _a, ctx) => differences(s, ctx),
};
