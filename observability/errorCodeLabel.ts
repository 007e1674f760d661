// The `code` label of the error counters, at the gateway and in the subgraphs: a code of the federation's
// registry (schema/errorCodes.ts) as it is, anything else as OTHER, so that no client or subgraph can make new
// series (a Prometheus series per distinct value, kept for as long as the process runs).
import { isErrorCode } from '../schema/errorCodes.ts';

/** Apollo's own codes that are not in the registry but say something (the gateway's for an error without one). */
const APOLLO_CODES = new Set(['DOWNSTREAM_SERVICE_ERROR', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

export function errorCodeLabel(code: unknown): string {
  if (code === undefined || code === null) return 'NONE';
  return isErrorCode(code) || (typeof code === 'string' && APOLLO_CODES.has(code)) ? code : 'OTHER';
}
