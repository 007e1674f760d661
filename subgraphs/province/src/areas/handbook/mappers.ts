// Codegen mappers of handbook: GraphQL type -> the row type its resolvers receive (paths from src/). Side-effect free:
// codegen.ts imports it through areas/mappers.ts, without loading any resolver.
import type { AreaMappers } from '../../core/area.ts';

export const handbookMappers: AreaMappers = {
  HandbookMeeting: 'areas/handbook/rows.ts#HandbookMeetingRow',
  ExcusedStreak: 'areas/handbook/rows.ts#ExcusedStreakRow',
  HandbookReport: 'areas/handbook/rows.ts#HandbookReportRow',
};
