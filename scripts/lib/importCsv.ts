// Bulk data entry from a file (process 10) as a client sends it: the importMembersCsv mutation with an
// Idempotency-Key derived from what is uploaded, so that running the same upload again (a timeout, a crash, a
// second press of Enter) is answered from the province's record instead of applied twice (README "Idempotent
// writes"). The province also recognises a file applied before by its SHA-256, for longer than the key is kept.
import { sha256Hex } from '../../subgraphs/shared/canonicalJson.ts';
import { formatIdempotencyKey, IDEMPOTENCY_HEADER } from '../../schema/idempotency.ts';

export interface ImportUpload {
  /** 2-digit province code: the write goes to `provinceNN`. */
  province: string;
  communeCode: string;
  kind: 'NEW_RECORDS' | 'MOVEMENTS';
  csv: string;
  allOrNothing: boolean;
}

/**
 * The key of an upload: the file's content hash with everything else the request says, so the same file for
 * another commune, kind or mode is another request (and another key), never IDEMPOTENCY_KEY_REUSED.
 */
export function importIdempotencyKey(u: ImportUpload): string {
  return `members-csv:${u.province}:${u.communeCode}:${u.kind}:${u.allOrNothing ? 'all-or-nothing' : 'row-by-row'}:${sha256Hex(u.csv)}`;
}

export const IMPORT_MUTATION = (province: string) => `mutation ImportMembersCsv($input: ImportMembersCsvInput!) {
  province${province} { importMembersCsv(input: $input) {
    rows accepted skipped rejectedRows rejected { line field reason } applied duplicate import { id at } } } }`;

/** POSTs the upload to the gateway with its key; returns the HTTP status and the parsed body. */
export async function sendImport(gatewayUrl: string, token: string, u: ImportUpload): Promise<{ status: number; body: unknown }> {
  const res = await fetch(gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      [IDEMPOTENCY_HEADER]: formatIdempotencyKey(importIdempotencyKey(u)),
    },
    body: JSON.stringify({
      query: IMPORT_MUTATION(u.province),
      variables: { input: { communeCode: u.communeCode, kind: u.kind, csv: u.csv, allOrNothing: u.allOrNothing } },
    }),
  });
  return { status: res.status, body: await res.json() };
}
