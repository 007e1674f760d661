// Codegen mappers of care for people with merit: GraphQL type -> the row type its resolvers receive (paths from src/).
// Side-effect free: codegen.ts imports it through areas/mappers.ts, without loading any resolver.
import type { AreaMappers } from '../../core/area.ts';

export const meritCareMappers: AreaMappers = {
  MeritPerson: 'areas/merit-care/rows.ts#MeritPersonRow',
  MeritCare: 'areas/merit-care/rows.ts#MeritCareRow',
  MeritOccasion: 'areas/merit-care/rules.ts#Occasion',
};
