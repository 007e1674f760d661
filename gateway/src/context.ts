import type { Logger } from 'pino';
import type { VerifiedToken } from '../../auth/verifier.ts';

/** The per-request GraphQL context: what a data source needs to log and trace one client request. */
export interface GatewayContext {
  /** From the client's x-request-id when it is sane, else a fresh UUID; forwarded to every subgraph. */
  requestId: string;
  /** Child of the gateway's logger bound to this request id. */
  log: Logger;
  /** The client's verified token (http/authenticate.ts); forwarded to every subgraph, which verifies it again. */
  auth?: VerifiedToken;
  /**
   * The client's Idempotency-Key of a mutation, checked (plugins/useIdempotencyKey.ts); forwarded to every subgraph
   * of the operation, which records it. Unset for queries and for mutations sent without one.
   */
  idempotencyKey?: string;
  /** Mutation fetches sent so far per subgraph, for the key of each (plugins/useIdempotencyKey.ts). */
  idempotencyFetches?: Map<string, number>;
  /** Set only for the plan warm-up at start (warmPlans.ts): the data sources then call no subgraph. */
  warmup?: boolean;
}
