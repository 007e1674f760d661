// Codegen mappers of the cadre system: GraphQL type -> the row type its resolvers receive (paths from src/).
// Side-effect free: codegen.ts imports it through areas/mappers.ts, without loading any resolver.
import type { AreaMappers } from '../../core/area.ts';

export const cadresMappers: AreaMappers = {
  Cadre: 'areas/cadres/rows.ts#CadreRow',
  CadreEvaluation: 'areas/cadres/rows.ts#CadreEvaluationRow',
  CadreStepRaiseGranted: 'areas/cadres/rows.ts#CadreStepRaiseRow',
  CadreDiscipline: 'areas/cadres/rows.ts#CadreDisciplineRow',
  CadreGradePromotionGranted: 'areas/cadres/rows.ts#CadreGradePromotionRow',
};
