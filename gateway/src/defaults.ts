// Defaults shared by config.ts (the environment) and createGateway (its options), in one place.

/** A subgraph request's deadline. @apollo/gateway has none: a province that hangs 15 s held the national query
 * 15 s (docs/architecture.md). 5 s is long for a healthy province (one _entities call costs it well under a millisecond of
 * CPU plus its SQL) and short enough for an analyst to wait. */
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 5000;

/** /ready's probe of each subgraph: a `{__typename}` answer needs no database, so 1 s means "not answering". */
export const DEFAULT_PROBE_TIMEOUT_MS = 1000;

/** Where the dashboard's operations are (warmPlans.ts): their plans are built at start. */
export const DASHBOARD_OPERATION_FILES = ['../../examples/dashboard.graphql', '../../examples/foundation.graphql'].map((f) =>
  decodeURIComponent(new URL(f, import.meta.url).pathname),
);
/** Of those files, the operations a national dashboard sends. */
export const DASHBOARD_OPERATIONS: ReadonlySet<string> = new Set(['NationalDashboard', 'NationalMemberCount', 'NationalReport']);
