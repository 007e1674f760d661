import type { ProvinceInfo } from '../../../schema/provinces.ts';
import type { Actor } from '../../shared/actor.ts';
import type { CountRounder } from '../../shared/disclosureControl.ts';
import type { ProvinceRules } from './config.ts';
import type { Loaders } from './areas/index.ts';
import type { ProvinceDb } from './core/ProvinceDb.ts';
import type { RecordPart } from './core/recordParts.ts';

/** Per-request context of a province subgraph: fresh loaders each request, so nothing is cached across users. */
export interface ProvinceContext {
  province: ProvinceInfo;
  db: ProvinceDb;
  loaders: Loaders;
  /** Who is asking: recorded in every audit row. */
  actor: Actor;
  /** The configured rules (admission, fees, quality), validated once at start-up: the same object every request. */
  rules: ProvinceRules;
  /** Key of the citizen-ID hash for the national check (ProvinceSettings.citizenIdHashKey). */
  citizenIdHashKey: string;
  /** Rounds a count for an aggregate-only reader (core/access.ts discloseCount; DISCLOSURE_CONTROL_KEY). */
  roundCount: CountRounder;
  /** Every area's share of a transferred member's record (Area.recordParts), in AREAS order. */
  recordParts: readonly RecordPart[];
}
