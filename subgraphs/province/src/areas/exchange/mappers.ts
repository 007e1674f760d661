// Codegen mappers of exchange: GraphQL type -> the row type its resolvers receive (paths from src/). Side-effect free:
// codegen.ts imports it through areas/mappers.ts, without loading any resolver.
import type { AreaMappers } from '../../core/area.ts';

export const exchangeMappers: AreaMappers = {
  Transfer: 'areas/exchange/rows.ts#TransferRow',
  TransferMessage: 'areas/exchange/rows.ts#TransferRow',
  CarrierOutbox: 'areas/exchange/rows.ts#CarrierOutboxParent',
  ReportSubmission: 'areas/exchange/rows.ts#SubmissionRow',
};
