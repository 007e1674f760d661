// Codegen mappers of directives: GraphQL type -> the row type its resolvers receive (paths from src/). Side-effect free:
// codegen.ts imports it through areas/mappers.ts, without loading any resolver.
import type { AreaMappers } from '../../core/area.ts';

export const directivesMappers: AreaMappers = {
  Directive: 'areas/directives/rows.ts#DirectiveRow',
  DirectiveFeedback: 'areas/directives/rows.ts#DirectiveFeedbackRow',
  MemberDirective: 'areas/directives/rows.ts#MemberDirectiveRow',
  DirectiveReport: 'areas/directives/rows.ts#DirectiveReportRow',
};
