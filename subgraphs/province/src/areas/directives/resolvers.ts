// Process 6, directives down and feedback up: the queries and types (mutations in directiveMutations.ts).
import { checkFirst, decodeCursor, toPage } from '../../../../shared/pagination.ts';
import type {
  DirectiveFeedbackResolvers, DirectiveReportResolvers, DirectiveResolvers, MemberDirectiveResolvers, Province01Resolvers,
  ProvinceReportResolvers,
} from '../../generated/resolvers.ts';
import { canSeeMember, discloseCount, forbidden, requireMemberScope, scopeArgs } from '../../core/access.ts';
import type { ProvinceContext } from '../../context.ts';
import { directivePage, inAudience, memberDirectivePage, openFeedbackPage } from './db.ts';
import type { DirectiveFeedbackRow } from './rows.ts';
import { loadExisting } from '../../core/loaders.ts';
import { checkUuid } from '../../core/checkUuid.ts';

/** The feedback rows whose member the reader may see. */
async function visibleFeedback(ctx: ProvinceContext, rows: DirectiveFeedbackRow[]): Promise<DirectiveFeedbackRow[]> {
  const seen = await Promise.all(rows.map(async (f) => {
    const member = await ctx.loaders.member.load(f.member_id);
    return member !== null && (await canSeeMember(ctx, member));
  }));
  return rows.filter((_, i) => seen[i]);
}

export const directiveProvinceFields: Province01Resolvers = {
  async directives(_, args, ctx) {
    // the committee's list; a member reads what is addressed to them (memberDirectives)
    requireMemberScope(ctx, 'directives', 'cell');
    const first = checkFirst(args.first);
    const { rows, total } = await directivePage(ctx.db.sql, decodeCursor(args.after), first + 1);
    for (const row of rows) ctx.loaders.directive.prime(row.id, row);
    return toPage(rows, first, total);
  },

  async directive(_, args, ctx) {
    const scope = requireMemberScope(ctx, 'directive');
    const directive = await ctx.loaders.directive.load(checkUuid('id', args.id));
    if (directive && scope.kind === 'member' && !(await inAudience(ctx.db.sql, directive.id, scope.member))) {
      throw forbidden(`directive ${directive.id} is not addressed to you`);
    }
    return directive;
  },

  async memberDirectives(_, args, ctx) {
    requireMemberScope(ctx, 'memberDirectives');
    const memberId = checkUuid('memberId', args.memberId);
    const first = checkFirst(args.first);
    const after = decodeCursor(args.after);
    const member = await ctx.loaders.member.load(memberId);
    if (!member) return null;
    if (!(await canSeeMember(ctx, member))) throw forbidden(`member ${memberId} is outside your scope (${ctx.actor.role})`);
    const { rows, total } = await memberDirectivePage(ctx.db.sql, memberId, args.unreadOnly ?? false, after, first + 1);
    return toPage(rows, first, total);
  },

  async openFeedback(_, args, ctx) {
    // the feedback of the members in the reader's scope: a secretary's cell, a commune officer's commune
    const scope = scopeArgs(requireMemberScope(ctx, 'openFeedback', 'cell'));
    const first = checkFirst(args.first);
    const { rows, total } = await openFeedbackPage(ctx.db.sql, scope, decodeCursor(args.after), first + 1);
    return toPage(rows, first, total);
  },
};

export const directiveResolvers: DirectiveResolvers = {
  issuer: (d, _a, ctx) => loadExisting(ctx.loaders.org, d.issuer_org_id, 'party_org'),
  docNo: (d) => d.doc_no,
  publishedAt: (d) => d.published_at,
  audience: (d, _a, ctx) => ctx.loaders.directiveAudience.load(d.id),
  audienceCount: async (d, _a, ctx) => (await ctx.loaders.directiveReads.load(d.id)).audience,
  readCount: async (d, _a, ctx) => (await ctx.loaders.directiveReads.load(d.id)).readers,
  readRate: async (d, _a, ctx) => {
    const { audience, readers } = await ctx.loaders.directiveReads.load(d.id);
    return audience === 0 ? null : readers / audience;
  },
  feedback: async (d, args, ctx) => {
    const all = await visibleFeedback(ctx, await ctx.loaders.directiveFeedback.load(d.id));
    return args.status ? all.filter((f) => f.status === args.status) : all;
  },
};

export const directiveFeedbackResolvers: DirectiveFeedbackResolvers = {
  directive: (f, _a, ctx) => loadExisting(ctx.loaders.directive, f.directive_id, 'directive'),
  member: (f, _a, ctx) => loadExisting(ctx.loaders.member, f.member_id, 'member'),
  createdAt: (f) => f.created_at,
  answeredAt: (f) => f.answered_at,
  answeredBy: (f) => f.answered_by,
};

export const memberDirectiveResolvers: MemberDirectiveResolvers = {
  directive: (m, _a, ctx) => loadExisting(ctx.loaders.directive, m.id, 'directive'),
  readAt: (m) => m.read_at,
  feedback: async (m, _a, ctx) => (await ctx.loaders.directiveFeedback.load(m.id)).filter((f) => f.member_id === m.member_id),
};

// From the report summary (migration 051): directives published, feedback received and answered in the month
// (local days), feedback created by its last day and not answered by then (rs_feedback_spans).
export const directiveReportField: ProvinceReportResolvers = {
  directives: (r) => ({
    directives_published: r.summary.get('directives.published'),
    feedback_received: r.summary.get('directives.feedback_received'),
    feedback_answered: r.summary.get('directives.feedback_answered'),
    open_feedback: r.summary.get('directives.open_feedback'),
  }),
};

export const directiveReportResolvers: DirectiveReportResolvers = {
  directivesPublished: (r, _a, ctx) => discloseCount(ctx, 'directives.published', r.directives_published),
  feedbackReceived: (r, _a, ctx) => discloseCount(ctx, 'feedback.received', r.feedback_received),
  feedbackAnswered: (r, _a, ctx) => discloseCount(ctx, 'feedback.answered', r.feedback_answered),
  openFeedback: (r, _a, ctx) => discloseCount(ctx, 'feedback.open', r.open_feedback),
};
