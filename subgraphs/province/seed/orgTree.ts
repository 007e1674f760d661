// The organisation tree of one province, planned in memory before anything is written (about 30,000 rows for
// Hà Nội at scale 1, small next to the members): province committee → commune/ward committees → grassroots
// organisations → cells. Each cell carries what the later passes need to regenerate its members alone.
import type { OrgLevel } from '../src/core/rows.ts';
import { Random, Weighted, WeightedRanges } from './random.ts';
import { Stream, type SeedContext } from './seedContext.ts';
import {
  communeLabel, communeNames, communeOrgName, departmentCellName, drawWorkplace, grassrootsCommitteeName,
  residentialCellName, smallUnitCellName, type CommuneKind, type CommuneLabel,
} from './orgNames.ts';

export interface OrgPlan {
  id: string;
  parentId: string | null;
  level: OrgLevel;
  name: string;
  /**
   * The commune the org belongs to: set on the commune org and on every org under it, so a commune officer's
   * scope is one indexed lookup (`party_org WHERE commune_code = $1`); NULL on the province root.
   */
  communeCode: string | null;
  active: boolean;
}

/** Residential cells (hamlets, street groups) hold retirees; workplace cells hold people of working age. */
export type CellProfile = 'RESIDENTIAL' | 'WORKPLACE';

export interface CellPlan {
  org: OrgPlan;
  /** Position among the province's cells: keys the cell's random streams. */
  index: number;
  memberCount: number;
  /** Province-wide ordinal of the cell's first member (citizen ids are unique through it). */
  firstMemberOrdinal: number;
  profile: CellProfile;
}

export interface OrgTreePlan {
  orgs: OrgPlan[];
  cells: CellPlan[];
}

/** Party Statute art. 24: a cell needs 3 members; the seed caps cells at 60 (large hamlets). */
export const MIN_CELL_MEMBERS = 3;
export const MAX_CELL_MEMBERS = 60;
const INACTIVE_CELL_SHARE = 0.02;
/** Share of wards among communes: 687 of 3,321 nationally, most of them in the six cities. */
const WARD_SHARE = { CITY: 0.45, PROVINCE: 0.15 } as const;

// Cell sizes: hamlet cells are large, small agencies small; the mix averages ~28 members a cell, close to
// Hà Nội's 470,000 members in 16,000+ cells (2023).
const RESIDENTIAL_CELL_SIZE = new WeightedRanges([[20, 35, 35], [36, 50, 40], [51, 60, 25]]);
const SMALL_UNIT_CELL_SIZE = new WeightedRanges([[3, 8, 30], [9, 15, 45], [16, 25, 25]]);
const DEPARTMENT_CELL_SIZE = new WeightedRanges([[5, 15, 30], [16, 30, 50], [31, 50, 20]]);
type UnitKind = 'RESIDENTIAL' | 'SMALL_UNIT' | 'COMMITTEE';
const UNIT_KINDS = new Weighted<UnitKind>([['RESIDENTIAL', 60], ['SMALL_UNIT', 20], ['COMMITTEE', 20]]);

export function planOrgTree(context: SeedContext): OrgTreePlan {
  const random = new Random(...context.keys, Stream.TREE);
  const plan: OrgTreePlan = { orgs: [], cells: [] };
  const shortName = context.province.name.replace(/^(Thành phố|Tỉnh) /u, '');
  const root = addOrg(plan, random, null, 'TINH', `Đảng bộ ${shortName}`, null);

  const names = communeNames(random, context.communeTotal);
  const kinds = names.map((): CommuneKind => (random.chance(WARD_SHARE[context.province.kind]) ? 'PHUONG' : 'XA'));
  const sizes = splitMembers(random, context.memberTotal, kinds);
  const codeStep = Math.max(1, Math.min(3, Math.floor(999 / context.communeTotal)));
  names.forEach((name, i) => {
    // Province code + 3 digits: unique within the province, and nationally, as real commune codes are.
    const code = `${context.province.code}${String((i + 1) * codeStep).padStart(3, '0')}`;
    const commune = communeLabel(kinds[i], name);
    const communeOrg = addOrg(plan, random, root.id, 'XA', communeOrgName(commune), code);
    planCommune(plan, random, context, communeOrg, commune, kinds[i], sizes[i]);
  });
  return plan;
}

function addOrg(
  plan: OrgTreePlan, random: Random, parentId: string | null, level: OrgLevel, name: string,
  communeCode: string | null, active = true,
): OrgPlan {
  const org: OrgPlan = { id: random.uuid(), parentId, level, name, communeCode, active };
  plan.orgs.push(org);
  return org;
}

/** Members per commune: wards are denser; every commune gets at least one minimal cell. */
function splitMembers(random: Random, total: number, kinds: readonly CommuneKind[]): number[] {
  const weights = kinds.map((kind) => (kind === 'PHUONG' ? 1.3 : 1) * (0.5 + random.float()));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const spare = total - MIN_CELL_MEMBERS * kinds.length;
  let cumulative = 0;
  let given = 0;
  return weights.map((w) => {
    cumulative += w;
    const upTo = Math.round((spare * cumulative) / weightSum);
    const share = upTo - given;
    given = upTo;
    return MIN_CELL_MEMBERS + share;
  });
}

/** A wanted cell size cut so that what is left of the commune can still form cells of 3 to 60. */
function takeCellSize(wanted: number, remaining: number): number {
  if (remaining <= MAX_CELL_MEMBERS && remaining - wanted < MIN_CELL_MEMBERS) return remaining;
  return Math.min(wanted, remaining - MIN_CELL_MEMBERS);
}

function planCommune(
  plan: OrgTreePlan, random: Random, context: SeedContext, communeOrg: OrgPlan, commune: CommuneLabel,
  kind: CommuneKind, memberCount: number,
): void {
  let remaining = memberCount;
  let residentialSerial = 0;
  let smallUnitSerial = 0;
  const addCell = (parentId: string, level: OrgLevel, name: string, size: number, profile: CellProfile) => {
    const active = !random.chance(INACTIVE_CELL_SHARE);
    const org = addOrg(plan, random, parentId, level, name, communeOrg.communeCode, active);
    const previous = plan.cells.at(-1);
    const firstMemberOrdinal = previous ? previous.firstMemberOrdinal + previous.memberCount : 0;
    // An inactive (dissolved) cell holds no live member: its members went to other cells, so it has none here
    // and the commune's members go to the cells still to come.
    const memberCount = active ? size : 0;
    plan.cells.push({ org, index: plan.cells.length, memberCount, firstMemberOrdinal, profile });
    remaining -= memberCount;
  };

  while (remaining > 0) {
    const unit = UNIT_KINDS.draw(random);
    if (unit === 'RESIDENTIAL') {
      const size = takeCellSize(RESIDENTIAL_CELL_SIZE.drawInt(random), remaining);
      const name = residentialCellName(random, context.profile.region, kind, ++residentialSerial);
      addCell(communeOrg.id, 'CHI_BO_CO_SO', name, size, 'RESIDENTIAL');
    } else if (unit === 'SMALL_UNIT') {
      const size = takeCellSize(SMALL_UNIT_CELL_SIZE.drawInt(random), remaining);
      addCell(communeOrg.id, 'CHI_BO_CO_SO', smallUnitCellName(random, commune.name, ++smallUnitSerial), size, 'WORKPLACE');
    } else {
      const workplace = drawWorkplace(random, commune);
      const sizes: number[] = [];
      let left = remaining;
      for (let wanted = random.int(2, 5); wanted > 0 && left > 0; wanted--) {
        const size = takeCellSize(DEPARTMENT_CELL_SIZE.drawInt(random), left);
        sizes.push(size);
        left -= size;
      }
      if (sizes.length === 1) {
        // The commune ran out of members for a committee: a single cell is a grassroots cell of its own.
        addCell(communeOrg.id, 'CHI_BO_CO_SO', `Chi bộ ${workplace.name}`, sizes[0], 'WORKPLACE');
        continue;
      }
      const committee = addOrg(
        plan, random, communeOrg.id, 'DANG_BO_CO_SO', grassrootsCommitteeName(workplace), communeOrg.communeCode,
      );
      sizes.forEach((size, i) => addCell(committee.id, 'CHI_BO', departmentCellName(workplace, i), size, 'WORKPLACE'));
    }
  }
}
