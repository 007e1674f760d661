// One id per client request, in the gateway's and every subgraph's logs (and in the answer's x-request-id):
// the gateway keeps a client's own id when it looks like one (a proxy in front may have logged it already),
// else makes one, and sends it to every subgraph it asks; a subgraph keeps the id it is sent on the same rule.
import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Letters, digits and `_ . : -`, at most 128: nothing that could forge a log line or bloat every entry. */
const WELL_FORMED_REQUEST_ID = /^[\w.:-]{1,128}$/;

/** The incoming id when it is well formed, else a fresh UUID. */
export function acceptRequestId(incoming: string | undefined): string {
  return incoming !== undefined && WELL_FORMED_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}
