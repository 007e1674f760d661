// MOVEMENTS uploads: cell changes within the province (chuyển sinh hoạt nội bộ) of members of the upload's
// commune, identified by citizen ID. Exemptions, exits and transfers between provinces have their own processes
// (with decisions the cell or the committee takes one by one), so a row naming them is rejected with a pointer.
import { pastDateProblem } from '../../core/recordFieldRules.ts';
import type { CsvColumns, CsvRow, RowProblem } from './csvFile.ts';
import type { Judged } from './newRecords.ts';

export const MOVEMENT_COLUMNS: CsvColumns = {
  required: ['citizen_id', 'movement', 'moved_on', 'to_cell_id', 'decision_no'],
  optional: [],
};

export interface CellChangeValues {
  member_id: string;
  from_cell_id: string;
  to_cell_id: string;
  moved_on: string;
  decision_no: string;
}

export interface MovementLookups {
  /** Live members by citizen ID: their cell, whether that cell is in the upload's commune, and their joined_on. */
  liveByCitizen: ReadonlyMap<string, { id: string; cell_id: string; in_commune: boolean; joined_on: string }>;
  /** Ids of the province's active cells (any commune: a member may move to a cell elsewhere in the province). */
  provinceCells: ReadonlySet<string>;
  /** `${member_id}|${moved_on}|${to_cell_id}` of cell changes already recorded. */
  recorded: ReadonlySet<string>;
}

const OTHER_PROCESSES: Record<string, string> = {
  EXEMPTION: 'exemptions are decided by the cell one by one (exemptMember)',
  EXIT: 'exits are recorded one by one with their decision (recordExit)',
  TRANSFER: 'transfers to another province go through issueTransfer',
};

export function judgeMovements(rows: CsvRow[], lookups: MovementLookups, today: string): Judged<CellChangeValues> {
  const accepted: CellChangeValues[] = [];
  const rejected: RowProblem[] = [];
  const firstLineOf = new Map<string, number>();
  let skipped = 0;
  for (const { line, values: v } of rows) {
    const problems: RowProblem[] = [];
    const fault = (field: string, reason: string | null) => {
      if (reason) problems.push({ line, field, reason });
      return reason === null;
    };
    const member = lookups.liveByCitizen.get(v.citizen_id);
    // applied by an earlier upload: the member has moved since, so the checks below would no longer hold
    if (member && lookups.recorded.has(`${member.id}|${v.moved_on}|${v.to_cell_id}`)) {
      skipped++;
      continue;
    }
    if (fault('citizen_id', member ? null : `is not a current member of this province; got ${JSON.stringify(v.citizen_id)}`)) {
      fault('citizen_id', member!.in_commune ? null : "the member's cell is not in this commune");
      const earlier = firstLineOf.get(v.citizen_id);
      if (earlier !== undefined) fault('citizen_id', `repeats line ${earlier}: one movement per member per file`);
      else firstLineOf.set(v.citizen_id, line);
    }
    fault('movement', v.movement === 'CELL_CHANGE' ? null
      : OTHER_PROCESSES[v.movement] ? `${v.movement} is not a bulk movement: ${OTHER_PROCESSES[v.movement]}`
      : `must be CELL_CHANGE; got ${JSON.stringify(v.movement)}`);
    if (fault('moved_on', pastDateProblem(v.moved_on, today)) && member) {
      fault('moved_on', v.moved_on >= member.joined_on ? null : `is before the member joined this province (${member.joined_on})`);
    }
    if (fault('to_cell_id', lookups.provinceCells.has(v.to_cell_id) ? null : 'is not an active cell of this province') && member) {
      fault('to_cell_id', v.to_cell_id !== member.cell_id ? null : "is the member's cell already");
    }
    fault('decision_no', v.decision_no.length >= 1 && v.decision_no.length <= 50 ? null : 'must be 1 to 50 characters');
    if (problems.length) {
      rejected.push(...problems);
      continue;
    }
    accepted.push({ member_id: member!.id, from_cell_id: member!.cell_id, to_cell_id: v.to_cell_id, moved_on: v.moved_on, decision_no: v.decision_no });
  }
  return { accepted, skipped, rejected };
}
