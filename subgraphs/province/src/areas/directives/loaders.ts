// Loaders of directives (process 6): directives by id, their audience organisations, read counts and feedback.
import DataLoader from 'dataloader';
import { byKey, groupByKey } from '../../core/loaders.ts';
import type { ProvinceDb } from '../../core/ProvinceDb.ts';
import type { OrgRow } from '../../core/rows.ts';
import { audienceOfDirectives, directivesByIds, feedbackOfDirectives, readCountsOfDirectives } from './db.ts';
import type { DirectiveFeedbackRow, DirectiveRow } from './rows.ts';

export const createDirectivesLoaders = (db: ProvinceDb) => ({
  directive: new DataLoader<string, DirectiveRow | null>(async (ids) => byKey(ids, await directivesByIds(db.sql, ids), (r) => r.id)),
  directiveAudience: new DataLoader<string, OrgRow[]>(async (ids) =>
    groupByKey(ids, await audienceOfDirectives(db.sql, ids), (r) => r.directive_id).map((rows) => rows.map((r) => r.org)),
  ),
  directiveReads: new DataLoader<string, { audience: number; readers: number }>(async (ids) =>
    byKey(ids, await readCountsOfDirectives(db.sql, ids), (r) => r.directive_id).map((r) => r ?? { audience: 0, readers: 0 }),
  ),
  directiveFeedback: new DataLoader<string, DirectiveFeedbackRow[]>(async (ids) =>
    groupByKey(ids, await feedbackOfDirectives(db.sql, ids), (r) => r.directive_id),
  ),
});
