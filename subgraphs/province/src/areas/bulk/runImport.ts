// One upload from text to database: read the CSV, judge every row, apply the accepted ones in one transaction
// (or none when the officer asked for all-or-nothing and a row was rejected), record the file so the same upload
// applies nothing twice, and write one audit row. The resolver and the benchmark (scripts/benchBulk.ts) both call
// this, so the benchmark measures what a request does.
import type { Actor } from '../../../../shared/actor.ts';
import { FieldErrors } from '../../../../shared/validation.ts';
import { writeAudit } from '../../core/audit.ts';
import {
  applyCellChanges, communeCellIds, communeExists, insertImport, insertMembers, liveCitizenConflict, liveMembersByCitizen,
  lockFile, previousImport, provinceCellIds, recordedCellChanges, type ImportRow,
} from './db.ts';
import type { ProvinceDb } from '../../core/ProvinceDb.ts';
import { todayInVietnam } from '../../core/months.ts';
import { CsvFileError, fileHash, readCsv, type CsvRow, type RowProblem } from './csvFile.ts';
import { judgeMovements, MOVEMENT_COLUMNS } from './movements.ts';
import type { AdmissionRules } from '../../core/admissionRules.ts';
import { judgeNewRecords, NEW_RECORD_COLUMNS } from './newRecords.ts';

export type ImportKind = 'NEW_RECORDS' | 'MOVEMENTS';

export interface ImportRequest {
  communeCode: string;
  kind: ImportKind;
  csv: string;
  allOrNothing: boolean;
  /** The admission rules new records are checked against (ctx.rules.admission). */
  admissionRules: AdmissionRules;
}

export interface ImportOutcome {
  sha256: string;
  rows: number;
  accepted: number;
  skipped: number;
  rejectedRows: number;
  rejected: RowProblem[];
  applied: boolean;
  /** The import this upload recorded (when applied), or the earlier one it repeats. */
  importRow: ImportRow | null;
  duplicate: boolean;
}

/** Rows per upload: a 10,000-row file is the benchmark; the cap keeps one request's memory bounded. */
export const MAX_ROWS = 20_000;

const COMMUNE = /^\d{5}$/;

/** Milliseconds spent in each phase, for the benchmark. */
export type PhaseListener = (phase: 'parse' | 'validate' | 'apply', ms: number) => void;

export async function runImport(db: ProvinceDb, actor: Actor, input: ImportRequest, onPhase?: PhaseListener): Promise<ImportOutcome> {
  const errors = new FieldErrors();
  errors.check(COMMUNE.test(input.communeCode), 'input.communeCode', `must be a 5-digit commune code; got ${JSON.stringify(input.communeCode)}`);
  const columns = input.kind === 'NEW_RECORDS' ? NEW_RECORD_COLUMNS : MOVEMENT_COLUMNS;
  let t = performance.now();
  const lap = (phase: 'parse' | 'validate' | 'apply') => {
    const now = performance.now();
    onPhase?.(phase, now - t);
    t = now;
  };
  // A file applied before is answered from its record without being read again (checked once more under the
  // file's lock below, for two uploads racing).
  const sha256 = fileHash(input.csv);
  if (errors.problems.length === 0) {
    const earlier = await previousImport(db.sql, sha256, input.kind, input.communeCode);
    if (earlier) return duplicateOf(earlier, sha256);
  }
  let parsed: { rows: CsvRow[]; problems: RowProblem[] } = { rows: [], problems: [] };
  try {
    parsed = readCsv(input.csv, columns, MAX_ROWS);
  } catch (error) {
    if (!(error instanceof CsvFileError)) throw error;
    errors.add('input.csv', error.message);
  }
  errors.throwIfAny();
  const rows = parsed.rows.length + parsed.problems.length;
  lap('parse');

  return db.transaction(async (tx) => {
    await lockFile(tx, sha256);
    return applyUpload(tx, sha256, input, parsed, rows, actor, errors, lap);
  }).catch((error: unknown) => {
    // Another upload (another file) recorded one of this file's new citizens after this one judged it new: the
    // caller's to resolve, and nothing of this upload was written (its transaction rolled back).
    const citizenId = liveCitizenConflict(error);
    if (citizenId === undefined) throw error;
    const line = parsed.rows.find((r) => r.values.citizen_id === citizenId)?.line;
    errors.add('input.csv', `line ${line ?? '?'}, citizen_id ${citizenId}: another upload recorded this citizen while this one ran; nothing of this upload was applied: upload it again to have each row judged`);
    errors.throwIfAny();
    throw error;
  });
}

/** Under the file's lock: the upload's transaction, judging every row against the database and applying the accepted. */
async function applyUpload(
  tx: Tx, sha256: string, input: ImportRequest, parsed: { rows: CsvRow[]; problems: RowProblem[] }, rows: number, actor: Actor,
  errors: FieldErrors, lap: (phase: 'parse' | 'validate' | 'apply') => void,
): Promise<ImportOutcome> {
  const earlier = await previousImport(tx, sha256, input.kind, input.communeCode);
  if (earlier) return duplicateOf(earlier, sha256);
  errors.check(await communeExists(tx, input.communeCode), 'input.communeCode', `no organisation of commune ${input.communeCode} in this province`);
  errors.throwIfAny();
  const today = todayInVietnam();
  const citizenIds = [...new Set(parsed.rows.map((r) => r.values.citizen_id))];
  const live = await liveMembersByCitizen(tx, citizenIds, input.communeCode);
  const { judged, apply } =
    input.kind === 'NEW_RECORDS'
      ? await prepareNewRecords(tx, parsed.rows, input.communeCode, live, today, input.admissionRules)
      : await prepareMovements(tx, parsed.rows, live, today, actor.id);
  const rejected = [...parsed.problems, ...judged.rejected].sort((a, b) => a.line - b.line);
  const rejectedRows = new Set(rejected.map((p) => p.line)).size;
  lap('validate');
  const outcome = { sha256, rows, accepted: judged.accepted.length, skipped: judged.skipped, rejectedRows, rejected, duplicate: false };
  if (judged.accepted.length === 0 || (input.allOrNothing && rejectedRows > 0)) {
    return { ...outcome, applied: false, importRow: null };
  }
  const importRow = await insertImport(tx, {
    sha256, kind: input.kind, commune_code: input.communeCode, actor: actor.id, row_count: rows,
    accepted: judged.accepted.length, skipped: judged.skipped, rejected_rows: rejectedRows, all_or_nothing: input.allOrNothing,
  });
  const memberIds = await apply(importRow.id);
  await writeAudit(tx, {
    actor,
    operation: 'importMembersCsv',
    memberIds,
    details: { importId: importRow.id, kind: input.kind, communeCode: input.communeCode, sha256, accepted: judged.accepted.length, skipped: judged.skipped, rejectedRows },
  });
  lap('apply');
  return { ...outcome, applied: true, importRow };
}

type Tx = Parameters<Parameters<ProvinceDb['transaction']>[0]>[0];
type LiveMembers = Awaited<ReturnType<typeof liveMembersByCitizen>>;

/** Judges NEW_RECORDS rows; `apply` inserts the accepted ones and returns the new member ids. */
async function prepareNewRecords(tx: Tx, rows: CsvRow[], communeCode: string, live: LiveMembers, today: string, rules: AdmissionRules) {
  const judged = judgeNewRecords(rows, { communeCells: await communeCellIds(tx, communeCode), liveByCitizen: live }, today, rules);
  return { judged, apply: (importId: string) => insertMembers(tx, judged.accepted, importId) };
}

/** Judges MOVEMENTS rows; `apply` records the cell changes, moves the members and returns their ids. */
async function prepareMovements(tx: Tx, rows: CsvRow[], live: LiveMembers, today: string, actor: string) {
  const recorded = await recordedCellChanges(tx, [...live.values()].map((m) => m.id));
  const judged = judgeMovements(rows, { liveByCitizen: live, provinceCells: await provinceCellIds(tx), recorded }, today);
  return {
    judged,
    apply: async (importId: string) => {
      await applyCellChanges(tx, judged.accepted, importId, actor);
      return judged.accepted.map((c) => c.member_id);
    },
  };
}

/** The answer to a file applied before: nothing applied now, the earlier import for reference. */
function duplicateOf(earlier: ImportRow, sha256: string): ImportOutcome {
  return {
    sha256, rows: earlier.row_count, accepted: 0, skipped: 0, rejectedRows: 0, rejected: [], applied: false, importRow: earlier, duplicate: true,
  };
}
