// The one registry of the codes a client can find in a GraphQL error's `extensions.code`, for the whole
// federation: the gateway, the central subgraph and the 34 province subgraphs. The codes are part of the national
// standard (clients branch on them), so they live in schema/, which the gateway may import; every module that
// produces a code takes it from here (`ErrorCode.FORBIDDEN`), and the type ErrorCode makes a typo a type error.
// README "Errors" lists them; test/errorCodes.test.ts fails when the source produces a code not listed here.

interface ErrorCodeEntry {
  /** What it means to the client, in one line. */
  meaning: string;
  /** Who produces it: gateway, subgraphs (central and province), or Apollo Server itself. */
  raisedBy: string;
}

/** Every code, with its meaning. Adding a code is one entry here (and the README's table). */
export const ERROR_CODES = {
  BAD_USER_INPUT: {
    meaning: 'A field or argument value is wrong; the message (and `field`, `fields`) names each one and what it must be.',
    raisedBy: 'subgraphs; gateway (variables that do not fit the operation)',
  },
  UNAUTHENTICATED: {
    meaning: 'No valid token: missing, malformed, forged, expired, issued in the future, or for another issuer or audience (HTTP 401).',
    raisedBy: 'gateway, subgraphs',
  },
  FORBIDDEN: {
    meaning: 'A valid token whose role or scope does not allow this operation or these records; the message says what would.',
    raisedBy: 'subgraphs; gateway (a write to another province)',
  },
  BAD_REQUEST: {
    meaning: 'The HTTP request is not GraphQL over HTTP (a body that is not JSON, no query).',
    raisedBy: 'gateway, Apollo Server',
  },
  GRAPHQL_PARSE_FAILED: {
    meaning: 'The document is not GraphQL, or has more tokens than the gateway parses (GATEWAY_MAX_TOKENS).',
    raisedBy: 'Apollo Server',
  },
  GRAPHQL_VALIDATION_FAILED: {
    meaning: 'The document does not fit the schema (an unknown field, a wrong argument type).',
    raisedBy: 'Apollo Server',
  },
  OPERATION_RESOLUTION_FAILURE: {
    meaning: 'The document has no operation named `operationName`, or several and no name.',
    raisedBy: 'Apollo Server',
  },
  QUERY_TOO_DEEP: {
    meaning: 'The operation nests fields deeper than the limit (GATEWAY_MAX_DEPTH); `depth` and `maxDepth` say by how much.',
    raisedBy: 'gateway',
  },
  TOO_MANY_ALIASES: {
    meaning: 'The operation has more aliased fields than the limit (GATEWAY_MAX_ALIASES).',
    raisedBy: 'gateway',
  },
  QUERY_TOO_COSTLY: {
    meaning: "The operation's estimated cost is over the limit (GATEWAY_MAX_COST): ask for fewer items and page.",
    raisedBy: 'gateway',
  },
  SUBGRAPH_TIMEOUT: {
    meaning: 'A subgraph (`province`, `subgraph` name it) did not answer within SUBGRAPH_TIMEOUT_MS; its fields are null.',
    raisedBy: 'gateway',
  },
  SUBGRAPH_UNAVAILABLE: {
    meaning: 'A subgraph could not be reached (refused, reset, unknown host, a proxy 502/503/504); its fields are null.',
    raisedBy: 'gateway',
  },
  SUBGRAPH_BAD_RESPONSE: {
    meaning: 'A subgraph answered, but not with a GraphQL response the gateway can use; its fields are null.',
    raisedBy: 'gateway',
  },
  AREA_NOT_KEPT: {
    meaning: "This province's system does not keep the records of this area of the standard (schema/standard/standard.json lists the areas); the field is null. Ask the province.",
    raisedBy: 'province subgraphs (a province system that serves only part of the standard)',
  },
  GATEWAY_NOT_READY: {
    meaning: 'The gateway is still loading its supergraph (HTTP 503); retry shortly.',
    raisedBy: 'gateway',
  },
  DEADLINE_EXCEEDED: {
    meaning: "The caller's deadline (x-deadline-ms) passed before the answer was ready; the request's SQL was cancelled on the database server. Retry later.",
    raisedBy: 'subgraphs',
  },
  REQUEST_CANCELLED: {
    meaning: "The caller disconnected before the answer was ready and the request's SQL was cancelled; seen in the subgraph's logs, not by a client.",
    raisedBy: 'subgraphs',
  },
  BAD_IDEMPOTENCY_KEY: {
    meaning: 'The Idempotency-Key header of a mutation is empty, longer than 255 characters or not printable ASCII (HTTP 400); nothing was run.',
    raisedBy: 'gateway, province subgraphs',
  },
  IDEMPOTENCY_KEY_REUSED: {
    meaning: 'This Idempotency-Key was used before with a different request (query, variables or operation name) (HTTP 422); nothing was run: use a new key.',
    raisedBy: 'province subgraphs',
  },
  IDEMPOTENCY_KEY_IN_USE: {
    meaning: 'The first request with this Idempotency-Key is still running (HTTP 409); nothing was run: retry with the same key shortly to get its answer.',
    raisedBy: 'province subgraphs',
  },
  MERIT_CARE_ALREADY_RECORDED: {
    meaning: 'A visit or gift for this person and occasion is already recorded (`field` names input.occasion); one per person and occasion, nothing was written.',
    raisedBy: 'province subgraphs (recordMeritCare)',
  },
  STEP_RAISE_NOT_DUE: {
    meaning: "A cadre's step raise was asked for before its due date (less the early months asked for); `dueOn` says when it falls due. Nothing was written.",
    raisedBy: 'province subgraphs (grantStepRaise)',
  },
  EARLY_RAISE_QUOTA_EXCEEDED: {
    meaning: "An early step raise would exceed the year's quota of early raises (a share of the register's cadres; `quota` and `granted` say how far). Nothing was written.",
    raisedBy: 'province subgraphs (grantStepRaise)',
  },
  GRADE_PROMOTION_NOT_ELIGIBLE: {
    meaning: "A cadre is not eligible on the decision's day for promotion to the next grade (time held in the grade, evaluations, a disciplinary measure in force); `reasons` names each, as Cadre.gradePromotion does. Nothing was written.",
    raisedBy: 'province subgraphs (promoteGrade)',
  },
  INTERNAL_SERVER_ERROR: {
    meaning: 'A failure on our side; the message says what failed without internals, the details are in the log.',
    raisedBy: 'gateway, subgraphs',
  },
} as const satisfies Record<string, ErrorCodeEntry>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The codes by name, for producing them: `extensions: { code: ErrorCode.BAD_USER_INPUT }`. */
export const ErrorCode = Object.freeze(
  Object.fromEntries(Object.keys(ERROR_CODES).map((code) => [code, code])),
) as { readonly [C in ErrorCode]: C };

export const isErrorCode = (code: unknown): code is ErrorCode => typeof code === 'string' && Object.hasOwn(ERROR_CODES, code);
