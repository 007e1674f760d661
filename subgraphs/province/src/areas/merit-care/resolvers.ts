// Care for people with merit: the register, who is due or overdue for an occasion, a member's people, the
// report's figures. The writes are in mutations.ts; the occasions' dates and the status rule in rules.ts.
import { badInput } from '../../../../shared/errors.ts';
import { checkFirst, decodeCursor, toPage } from '../../../../shared/pagination.ts';
import { isIsoDate } from '../../../../shared/scalars.ts';
import type {
  MemberResolvers, MeritCareResolvers, MeritOccasionInput, MeritPersonResolvers, Province01Resolvers, ProvinceReportResolvers,
} from '../../generated/resolvers.ts';
import { discloseCount, requireMemberScope, scopeArgs } from '../../core/access.ts';
import { loadExisting } from '../../core/loaders.ts';
import { todayInVietnam } from '../../core/months.ts';
import type { ProvinceContext } from '../../context.ts';
import { notDonePage, personPage, registerFigures } from './db.ts';
import { careStatus, occasionOf, occasionOnOrAfter, type Occasion } from './rules.ts';

/** The occasion the input names, or a BAD_USER_INPUT naming `field`. */
export function occasionFor(ctx: ProvinceContext, input: MeritOccasionInput, field: string): Occasion {
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) throw badInput(`${field}.year`, `must be a year from 2000 to 2100; got ${input.year}`);
  const occasion = occasionOf(ctx.rules.meritCare, input.kind, input.year);
  if (!occasion) {
    const years = [...ctx.rules.meritCare.tet.dates.keys()];
    throw badInput(`${field}.year`, `Tết of ${input.year} is not dated in the rules (config/merit-care-rules.json lists ${Math.min(...years)} to ${Math.max(...years)})`);
  }
  return occasion;
}

function checkDay(on: string | null | undefined, field: string): string {
  if (on == null) return todayInVietnam();
  if (!isIsoDate(on)) throw badInput(field, `must be a date YYYY-MM-DD; got ${JSON.stringify(on)}`);
  return on;
}

// The register and the due list: for cell secretaries (people their cell cares for), commune officers (their
// commune's organisations) and province officers, like the other areas' lists.
export const meritCareProvinceFields: Pick<Province01Resolvers, 'meritPeople' | 'meritCareDue'> = {
  async meritPeople(_, args, ctx) {
    const scope = scopeArgs(requireMemberScope(ctx, 'meritPeople', 'cell'));
    const first = checkFirst(args.first);
    const { rows, total } = await personPage(ctx.db.sql, { on: todayInVietnam(), category: args.category ?? null }, scope, decodeCursor(args.after), first + 1);
    return toPage(rows, first, total);
  },
  async meritCareDue(_, args, ctx) {
    const scope = scopeArgs(requireMemberScope(ctx, 'meritCareDue', 'cell'));
    const occasion = occasionFor(ctx, args.occasion, 'occasion');
    const on = checkDay(args.on, 'on');
    const first = checkFirst(args.first);
    const status = careStatus(occasion, on, false);
    if (status === 'NOT_YET_DUE') return { occasion, on, status, ...toPage([], first, 0) };
    const { rows, total } = await notDonePage(ctx.db.sql, occasion, on, scope, decodeCursor(args.after), first + 1);
    return { occasion, on, status, ...toPage(rows, first, total) };
  },
};

export const memberMeritCareResolvers: Pick<MemberResolvers, 'meritPeople'> = {
  meritPeople: (m, _a, ctx) => ctx.loaders.meritPeopleOfMember.load(m.id),
};

export const meritPersonResolvers: MeritPersonResolvers = {
  fullName: (p) => p.full_name,
  birthYear: (p) => p.birth_year,
  cadreName: (p) => p.cadre_name,
  member: (p, _a, ctx) => (p.member_id === null ? null : loadExisting(ctx.loaders.member, p.member_id, 'member')),
  org: (p, _a, ctx) => loadExisting(ctx.loaders.org, p.org_id, 'party_org'),
  registeredOn: (p) => p.registered_on,
  care: (p, _a, ctx) => ctx.loaders.meritCare.load(p.id),
  async careStatus(p, args, ctx) {
    const occasion = occasionFor(ctx, args.occasion, 'occasion');
    const on = checkDay(args.on, 'on');
    const care = await ctx.loaders.meritCare.load(p.id);
    return careStatus(occasion, on, care.some((c) => c.occasion_kind === occasion.kind && c.occasion_year === occasion.year && c.given_on <= on));
  },
  recordedAt: (p) => p.recorded_at,
};

export const meritCareResolvers: MeritCareResolvers = {
  person: (c, _a, ctx) => loadExisting(ctx.loaders.meritPerson, c.person_id, 'merit_person'),
  occasion(c, _a, ctx) {
    const occasion = occasionOf(ctx.rules.meritCare, c.occasion_kind, c.occasion_year);
    // a Tết year taken out of the rules after care was recorded for it: a configuration error, not the reader's
    if (!occasion) throw new Error(`merit_care ${c.id}: Tết ${c.occasion_year} is no longer dated in the merit-care rules`);
    return occasion;
  },
  givenOn: (c) => c.given_on,
  valueVnd: (c) => c.value_vnd,
  givenBy: (c) => c.given_by,
  recordedAt: (c) => c.recorded_at,
};

export const meritCareReportResolvers: Pick<ProvinceReportResolvers, 'meritCare'> = {
  // The occasion on or after the period's first day; the register and its care as of the period's last day, or
  // today while the period is current (a figure of the future is not known yet).
  async meritCare(r, _a, ctx) {
    const occasion = occasionOnOrAfter(ctx.rules.meritCare, r.firstDay);
    if (!occasion) return null;
    const today = todayInVietnam();
    const asOf = r.lastDay < today ? r.lastDay : today;
    const { registered, done } = await registerFigures(ctx.db.sql, occasion, asOf);
    const status = careStatus(occasion, asOf, false);
    const notDone = registered - done;
    const scope = { occasion: occasion.kind };
    return {
      registered: discloseCount(ctx, 'meritRegistered', registered),
      occasion,
      asOf,
      done: discloseCount(ctx, 'meritCareDone', done, scope),
      due: discloseCount(ctx, 'meritCareDue', status === 'DUE' ? notDone : 0, scope),
      overdue: discloseCount(ctx, 'meritCareOverdue', status === 'OVERDUE' ? notDone : 0, scope),
    };
  },
};
