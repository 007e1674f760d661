// Process 6, directives down and feedback up.
import type { Area } from '../../core/area.ts';
import { createDirectivesLoaders } from './loaders.ts';
import { directivesMappers } from './mappers.ts';
import { directiveMutations } from './mutations.ts';
import {
  directiveFeedbackResolvers, directiveProvinceFields, directiveReportField, directiveReportResolvers, directiveResolvers, memberDirectiveResolvers,
} from './resolvers.ts';
import { directivesSeeder } from './seed.ts';

export const directivesArea: Area<typeof createDirectivesLoaders> = {
  name: 'directives',
  resolvers: {
    Province01: directiveProvinceFields,
    ProvinceMutations: directiveMutations,
    ProvinceReport: directiveReportField,
    Directive: directiveResolvers,
    DirectiveFeedback: directiveFeedbackResolvers,
    MemberDirective: memberDirectiveResolvers,
    DirectiveReport: directiveReportResolvers,
  },
  loaders: createDirectivesLoaders,
  seed: directivesSeeder,
  mappers: directivesMappers,
};
