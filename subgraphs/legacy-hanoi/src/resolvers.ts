// The foundation area of the standard, served from the legacy tables (db.ts) with the standard's semantics:
// the same limits, error codes, scopes, ordering and cursors as any conforming province.
import type { GraphQLFieldResolver } from 'graphql';
import {
  canSeeMember, canSeeOrg, citizenIdFor, discloseCount, listScope, requireMemberScope, requireProvinceReader, requireProvinceWriter, requireRole,
} from './access.ts';
import type { LegacyContext } from './context.ts';
import type { AttendanceRow, MeetingRow, MemberFilter, MemberRow, OrgRow, ReportCounts } from './db.ts';
import { shareOf } from './disclosure.ts';
import { badInput, forbidden } from './errors.ts';

type Resolver<P = any, A = any> = GraphQLFieldResolver<P, LegacyContext, A>;
type Resolvers = Record<string, Record<string, Resolver | object>>;

const MAX_PAGE = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function checkUuid(field: string, id: string): string {
  if (!UUID.test(id)) throw badInput(field, `must be a UUID; got ${JSON.stringify(id)}`);
  return id;
}

function checkFirst(first: number | null | undefined): number {
  const n = first ?? 50;
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE) throw badInput('first', `must be an integer from 0 to ${MAX_PAGE}; got ${first}`);
  return n;
}

// Cursors as the standard's lists make them (opaque to clients; the same for the same row in any province system)
const encodeCursor = (id: string) => Buffer.from(`id:${id}`).toString('base64url');
function decodeCursor(after: string | null | undefined): string | null {
  if (after == null) return null;
  const decoded = Buffer.from(after, 'base64url').toString('utf8');
  const id = decoded.startsWith('id:') ? decoded.slice(3) : '';
  if (!UUID.test(id)) throw badInput('after', `is not a cursor from this list; got ${JSON.stringify(after)}`);
  return id;
}

function toPage<T extends { id: string }>(rows: T[], first: number, totalCount: number) {
  const edges = rows.slice(0, first).map((node) => ({ cursor: encodeCursor(node.id), node }));
  return { totalCount, edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

export interface Period {
  period: string;
  firstDay: string;
  lastDay: string;
}

export function parsePeriod(value: string, field = 'period'): Period {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
  if (!m) throw badInput(field, `must be a month as YYYY-MM (e.g. "2026-10"); got ${JSON.stringify(value)}`);
  const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  return { period: value, firstDay: `${value}-01`, lastDay: `${value}-${String(last).padStart(2, '0')}` };
}

async function existing<T>(load: Promise<T | null>, what: string): Promise<T> {
  const row = await load;
  if (row === null) throw new Error(`${what} is referenced but missing`);
  return row;
}

interface ReportParent extends Period {
  counts: ReportCounts;
  computedAt: Date;
}

export function foundationResolvers(code: string): Resolvers {
  return {
    [`Province${code}`]: {
      __resolveReference(ref: { code?: unknown }, ctx: LegacyContext) {
        requireProvinceReader(ctx);
        // this province's type with another province's code names nothing held here
        return ref.code === ctx.province.code ? { code: ctx.province.code } : null;
      },
      async report(_p, args: { period: string }, ctx) {
        requireRole(ctx, 'the monthly report', 'CENTRAL_ANALYST', 'PROVINCE_OFFICER', 'SYSTEM');
        const p = parsePeriod(args.period);
        return { ...p, counts: await ctx.db.reportCounts(p.firstDay, p.lastDay), computedAt: new Date() } satisfies ReportParent;
      },
      async members(_p, args: { filter?: MemberFilter | null; first?: number | null; after?: string | null }, ctx) {
        const scope = requireMemberScope(ctx, 'members', 'cell');
        const first = checkFirst(args.first);
        const after = decodeCursor(args.after);
        const filter = args.filter ?? {};
        if (filter.cellId) checkUuid('filter.cellId', filter.cellId);
        if (filter.nameContains && filter.nameContains.length > 100) throw badInput('filter.nameContains', 'must be at most 100 characters');
        const { rows, total } = await ctx.db.memberPage(filter, listScope(scope), after, first + 1);
        for (const row of rows) ctx.loaders.member.prime(row.id, row);
        return toPage(rows, first, total);
      },
      async member(_p, args: { id: string }, ctx) {
        const scope = requireMemberScope(ctx, 'member');
        const row = await ctx.loaders.member.load(checkUuid('id', args.id));
        // outside a province officer's view, "absent" and "not yours" get the same answer
        if (row === null && scope.kind === 'province') return null;
        if (row === null || !(await canSeeMember(ctx, row))) throw forbidden(`member ${args.id} is not in your scope (${ctx.principal.role})`);
        return row;
      },
      rootOrganisation(_p, _a, ctx) {
        requireMemberScope(ctx, 'rootOrganisation', 'province');
        return ctx.db.rootOrg();
      },
      async organisation(_p, args: { id: string }, ctx) {
        const scope = requireMemberScope(ctx, 'organisation');
        const org = await ctx.loaders.org.load(checkUuid('id', args.id));
        if (org === null && scope.kind === 'province') return null;
        if (org === null || !(await canSeeOrg(ctx, org))) throw forbidden(`organisation ${args.id} is not in your scope (${ctx.principal.role})`);
        return org;
      },
      async meetings(_p, args: { month: string; cellId?: string | null; first?: number | null; after?: string | null }, ctx) {
        const scope = requireMemberScope(ctx, 'meetings', 'cell');
        const month = parsePeriod(args.month, 'month');
        const first = checkFirst(args.first);
        const after = decodeCursor(args.after);
        const cellId = args.cellId ? checkUuid('cellId', args.cellId) : null;
        const { rows, total } = await ctx.db.meetingPage(month.firstDay, cellId, listScope(scope), after, first + 1);
        return toPage(rows, first, total);
      },
    },
    Mutation: {
      // Every write of the standard belongs to an area this system does not keep: the gate still answers first,
      // so another province's token is refused as anywhere, then each field says AREA_NOT_KEPT.
      [`province${code}`](_p: unknown, _a: unknown, ctx: LegacyContext) {
        requireProvinceWriter(ctx);
        return {};
      },
    },
    ProvinceReport: {
      asOf: (r: ReportParent) => r.lastDay,
      memberCount: (r: ReportParent, _a, ctx) => discloseCount(ctx, 'members', r.counts.members),
      officialCount: (r: ReportParent, _a, ctx) => discloseCount(ctx, 'members', r.counts.official, { status: 'CHINH_THUC' }),
      // counted and not official on the day: the complement
      probationaryCount: (r: ReportParent, _a, ctx) => discloseCount(ctx, 'members', r.counts.members - r.counts.official, { status: 'DU_BI' }),
      maleCount: (r: ReportParent, _a, ctx) => discloseCount(ctx, 'members', r.counts.male, { sex: 'NAM' }),
      femaleCount: (r: ReportParent, _a, ctx) => discloseCount(ctx, 'members', r.counts.female, { sex: 'NU' }),
      cellCount: (r: ReportParent, _a, ctx) => discloseCount(ctx, 'cells', r.counts.cells),
      meetingsHeld: (r: ReportParent, _a, ctx) => discloseCount(ctx, 'meetings', r.counts.meetingsHeld),
      cellsWithRegularMeeting: (r: ReportParent, _a, ctx) => discloseCount(ctx, 'cells.regularMeeting', r.counts.regularCells),
      // the share of the published counts, so that it tells no more than they do
      attendanceRate: (r: ReportParent, _a, ctx) =>
        shareOf(discloseCount(ctx, 'attendance.present', r.counts.present), discloseCount(ctx, 'attendance.expected', r.counts.expected)),
    },
    PartyOrg: {
      provinceCode: (_o: OrgRow, _a, ctx) => ctx.province.code,
      communeCode: (o: OrgRow) => o.commune_code,
      async parent(o: OrgRow, _a, ctx) {
        const parent = o.parent_id ? await ctx.loaders.org.load(o.parent_id) : null;
        return parent && (await canSeeOrg(ctx, parent)) ? parent : null;
      },
      async children(o: OrgRow, _a, ctx) {
        const children = await ctx.loaders.children.load(o.id);
        const visible = await Promise.all(children.map((c) => canSeeOrg(ctx, c)));
        return children.filter((_c, i) => visible[i]);
      },
      memberCount: async (o: OrgRow, _a, ctx) => discloseCount(ctx, 'members', await ctx.loaders.memberCount.load(o.id), { org: o.id }),
    },
    Member: {
      provinceCode: (_m: MemberRow, _a, ctx) => ctx.province.code,
      fullName: (m: MemberRow) => m.full_name,
      birthDate: (m: MemberRow) => m.birth_date,
      citizenId: (m: MemberRow, _a, ctx) => citizenIdFor(ctx, m),
      ethnicityCode: (m: MemberRow) => m.ethnicity_code,
      religionCode: (m: MemberRow) => m.religion_code,
      admissionDecisionDate: (m: MemberRow) => m.admission_decision_date,
      officialDate: (m: MemberRow) => m.official_date,
      cell: (m: MemberRow, _a, ctx) => existing(ctx.loaders.org.load(m.cell_id), `organisation ${m.cell_id}`),
    },
    Meeting: {
      cell: (m: MeetingRow, _a, ctx) => existing(ctx.loaders.org.load(m.cell_id), `organisation ${m.cell_id}`),
      startedAt: (m: MeetingRow) => m.started_at,
      endedAt: (m: MeetingRow) => m.ended_at,
      docsPublishedAt: (m: MeetingRow) => m.docs_published_at,
      attendance: (m: MeetingRow, _a, ctx) => ctx.loaders.attendance.load(m.id),
    },
    Attendance: {
      member: (a: AttendanceRow, _a, ctx) => existing(ctx.loaders.member.load(a.member_id), `member ${a.member_id}`),
    },
  };
}
