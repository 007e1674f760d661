import type DataLoader from 'dataloader';
import type { Actor } from '../../shared/actor.ts';
import type { CountRounder } from '../../shared/disclosureControl.ts';
import type { CentralDb } from './db/CentralDb.ts';
import type { ProvinceRow } from './db/rows.ts';

export interface CentralContext {
  /** Who is asking, from the token this subgraph verified itself. */
  actor: Actor;
  db: CentralDb;
  /** Registry rows by code, per request. */
  provinceByCode: DataLoader<string, ProvinceRow | null>;
  /** Days after a period's end a report stays on time (CentralSettings, REPORT_DEADLINE_DAYS). */
  reportDeadlineDays: number;
  /** Rounds a count for an aggregate-only reader (resolvers/disclosure.ts; DISCLOSURE_CONTROL_KEY). */
  roundCount: CountRounder;
}
