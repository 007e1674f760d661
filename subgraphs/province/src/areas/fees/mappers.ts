// Codegen mappers of fees: GraphQL type -> the row type its resolvers receive (paths from src/). Side-effect free:
// codegen.ts imports it through areas/mappers.ts, without loading any resolver.
import type { AreaMappers } from '../../core/area.ts';

export const feesMappers: AreaMappers = {
  FeeBasisEntry: 'areas/fees/rows.ts#FeeBasisRow',
  FeePayment: 'areas/fees/rows.ts#FeePaymentRow',
  FeeMonth: 'areas/fees/rows.ts#FeeMonthRow',
  FeeReport: 'areas/fees/rows.ts#FeeReportParent',
};
