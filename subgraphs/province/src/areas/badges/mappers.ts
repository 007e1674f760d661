// Codegen mappers of badges: GraphQL type -> the row type its resolvers receive (paths from src/). Side-effect free:
// codegen.ts imports it through areas/mappers.ts, without loading any resolver.
import type { AreaMappers } from '../../core/area.ts';

export const badgesMappers: AreaMappers = {
  PartyInterruption: 'areas/badges/rows.ts#InterruptionRow',
  BadgeAward: 'areas/badges/rows.ts#BadgeAwardRow',
  BadgeDue: 'areas/badges/rows.ts#BadgeDueRow',
  BadgeMilestoneFigures: 'areas/badges/rows.ts#BadgeMilestoneFiguresRow',
};
