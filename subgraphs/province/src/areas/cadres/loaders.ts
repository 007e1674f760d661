// Loaders of the cadre system: a cadre by id or by member, and its evaluations, raises and measures.
import DataLoader from 'dataloader';
import { byKey, groupByKey } from '../../core/loaders.ts';
import type { ProvinceDb } from '../../core/ProvinceDb.ts';
import { cadresByIds, cadresOfMembers, disciplinesOf, evaluationsOf, gradePromotionsOf, stepRaisesOf } from './db.ts';
import type { CadreDisciplineRow, CadreEvaluationRow, CadreGradePromotionRow, CadreRow, CadreStepRaiseRow } from './rows.ts';

export const createCadresLoaders = (db: ProvinceDb) => ({
  cadre: new DataLoader<string, CadreRow | null>(async (ids) => byKey(ids, await cadresByIds(db.sql, ids), (r) => r.id)),
  cadreOfMember: new DataLoader<string, CadreRow | null>(async (ids) => byKey(ids, await cadresOfMembers(db.sql, ids), (r) => r.member_id!)),
  cadreEvaluations: new DataLoader<string, CadreEvaluationRow[]>(async (ids) => groupByKey(ids, await evaluationsOf(db.sql, ids), (r) => r.cadre_id)),
  cadreStepRaises: new DataLoader<string, CadreStepRaiseRow[]>(async (ids) => groupByKey(ids, await stepRaisesOf(db.sql, ids), (r) => r.cadre_id)),
  cadreGradePromotions: new DataLoader<string, CadreGradePromotionRow[]>(async (ids) => groupByKey(ids, await gradePromotionsOf(db.sql, ids), (r) => r.cadre_id)),
  cadreDisciplines: new DataLoader<string, CadreDisciplineRow[]>(async (ids) => groupByKey(ids, await disciplinesOf(db.sql, ids), (r) => r.cadre_id)),
});
