// Codegen mappers of admission: GraphQL type -> the row type its resolvers receive (paths from src/). Side-effect free:
// codegen.ts imports it through areas/mappers.ts, without loading any resolver.
import type { AreaMappers } from '../../core/area.ts';

export const admissionMappers: AreaMappers = {
  Candidate: 'areas/admission/rows.ts#CandidateRow',
};
