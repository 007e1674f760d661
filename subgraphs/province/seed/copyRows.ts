// Rows in PostgreSQL's COPY text format, and the streaming of them into a table. Generators yield text; the
// stream pulls it only as fast as the server takes it, so memory stays flat however large the province.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import type { PoolClient } from '../../shared/db.ts';
import { isoDate } from './calendar.ts';
import type { MeetingPlan } from './meetings.ts';
import type { MemberPlan } from './members.ts';
import type { OrgPlan } from './orgTree.ts';

const NULL = '\\N';

/** Escapes the characters COPY text gives a meaning to. The generated names never contain them; a guard. */
function text(value: string): string {
  return /[\\\t\n\r]/.test(value)
    ? value.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] ?? c)
    : value;
}

const optionalDate = (dayNo: number | null): string => (dayNo === null ? NULL : isoDate(dayNo));

export const ORG_COLUMNS = ['id', 'parent_id', 'level', 'name', 'commune_code', 'active'] as const;

export function orgRow(org: OrgPlan): string {
  return `${org.id}\t${org.parentId ?? NULL}\t${org.level}\t${text(org.name)}\t${org.communeCode ?? NULL}\t${org.active ? 't' : 'f'}\n`;
}

export const MEMBER_COLUMNS = [
  'id', 'citizen_id', 'full_name', 'sex', 'birth_date', 'ethnicity_code', 'religion_code', 'admission_decision_date',
  'official_date', 'status', 'state', 'cell_id', 'joined_on', 'left_on',
] as const;

export function memberRow(m: MemberPlan, cellId: string): string {
  return `${m.id}\t${m.citizenId}\t${text(m.fullName)}\t${m.sex}\t${isoDate(m.birthDay)}\t${m.ethnicityCode}\t${
    m.religionCode ?? NULL}\t${isoDate(m.admissionDay)}\t${optionalDate(m.officialDay)}\t${m.status}\t${m.state}\t${
    cellId}\t${isoDate(m.joinedDay)}\t${optionalDate(m.leftDay)}\n`;
}

export const MEETING_COLUMNS = ['id', 'cell_id', 'type', 'topic', 'started_at', 'ended_at', 'docs_published_at'] as const;

export function meetingRow(m: MeetingPlan, cellId: string): string {
  return `${m.id}\t${cellId}\t${m.type}\t${text(m.topic)}\t${m.startedAt}\t${m.endedAt}\t${m.docsPublishedAt}\n`;
}

/** Joins small pieces into ~64 KiB chunks: one stream write per row would cost more than making the row. */
function* chunked(pieces: Iterable<string>, chunkLength = 64 * 1024): Generator<string> {
  let chunk = '';
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= chunkLength) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

export interface CopyOptions {
  /** COPY ... FREEZE: rows are written frozen and all-visible (the table must be truncated in this transaction). */
  freeze: boolean;
}

/** Streams COPY text rows into `table`; resolves with the number of rows the server stored. */
export async function copyRows(
  client: PoolClient, table: string, columns: readonly string[], rows: Iterable<string>, { freeze }: CopyOptions,
): Promise<number> {
  const sql = `COPY ${table} (${columns.join(', ')}) FROM STDIN${freeze ? ' WITH (FREEZE)' : ''}`;
  const copy = client.query(copyFrom(sql));
  await pipeline(Readable.from(chunked(rows)), copy);
  return copy.rowCount;
}
