// Idempotent mutations (README "Idempotent writes", draft-ietf-httpapi-idempotency-key-header): a mutation sent
// with an Idempotency-Key runs at most once per (principal, key). The first request claims the key before it
// runs; a request with the same key and the same body gets the first one's answer again without running, one with
// another body is refused (IDEMPOTENCY_KEY_REUSED, 422), and one that arrives while the first still runs is refused
// (IDEMPOTENCY_KEY_IN_USE, 409) rather than made to wait: a wait would hold an HTTP request and, at the gateway, run
// into the same subgraph timeout that made the client retry; a 409 is answered at once and the retry that follows
// finds the answer. What the subgraph records is in its store (the province: core/idempotency.ts, migration 052).
//
// Why the claim and not only a unique constraint: 20 identical concurrent scheduleMeeting made 20 meetings, and a
// write slower than the gateway's timeout landed after the client was told SUBGRAPH_TIMEOUT (issue 10, finding 7).
//
// The claim reaches the SQL layer through AsyncLocalStorage, as the request's deadline does (requestDeadline.ts):
// every write transaction of the request records on the claimed row, in the same transaction, that it wrote
// (IdempotencyStore's counterpart in the SQL layer); so a request that wrote is answered from its record, and one
// that wrote nothing (refused, cancelled, failed) leaves no record and a retry runs anew.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestHandler } from 'express';
import { HeaderMap, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { GraphQLError, type FormattedExecutionResult } from 'graphql';
import { IDEMPOTENCY_HEADER, parseIdempotencyKey, REPLAYED_HEADER } from '../../schema/idempotency.ts';
import { actorOfResponse } from './authenticate.ts';
import { canonicalJson, sha256Hex } from './canonicalJson.ts';
import { ErrorCode } from './errors.ts';
import type { Logger } from './logger.ts';

/** The key a request holds while it runs: its row is (principal, key), and `claim` tells its run from any other. */
export interface IdempotencyClaim {
  principal: string;
  key: string;
  /** A fresh UUID per claim: a write commits only while its request's claim is still the row's. */
  claim: string;
}

/** A response as recorded and answered again: the GraphQL result as sent, and its HTTP status. */
export interface StoredResponse {
  body: FormattedExecutionResult;
  status: number;
}

export type ClaimOutcome =
  | { kind: 'claimed'; claim: IdempotencyClaim }
  | { kind: 'replay'; response: StoredResponse }
  | { kind: 'reused' }
  | { kind: 'inUse' };

/** Where a subgraph records its keys (the province's: core/idempotency.ts). */
export interface IdempotencyStore {
  /** Claims (principal, key) for a request with this fingerprint, or says why not (an expired record is claimed anew). */
  claim(principal: string, key: string, fingerprint: string): Promise<ClaimOutcome>;
  /** The request ended: keeps `response` when the request wrote, else removes the claim so that a retry runs. */
  finish(claim: IdempotencyClaim, response: StoredResponse): Promise<void>;
}

interface IdempotencyScope {
  principal: string;
  claim?: IdempotencyClaim;
}

const scopes = new AsyncLocalStorage<IdempotencyScope>();

/** The claim of the request this code runs for, while its operation runs; undefined without a key or outside a request. */
export function currentIdempotencyClaim(): IdempotencyClaim | undefined {
  return scopes.getStore()?.claim;
}

/** Express middleware for /graphql, after authenticate(): the request's scope, which the plugin fills with its claim. */
export function idempotencyScope(): RequestHandler {
  return (_req, res, next) => {
    scopes.run({ principal: actorOfResponse(res).id }, next);
  };
}

/** The fingerprint of a request: sha256 of the canonical JSON of the query, variables and operation name received. */
export function requestFingerprint(request: { query?: string; variables?: Record<string, unknown>; operationName?: string | null }): string {
  return sha256Hex(canonicalJson({ query: request.query ?? null, variables: request.variables ?? {}, operationName: request.operationName ?? null }));
}

/**
 * The Apollo plugin that applies a mutation's Idempotency-Key. A query's key is ignored (a query writes nothing and
 * may be retried as it is); a mutation without one runs as before.
 */
export function idempotencyPlugin<TContext extends BaseContext>(store: IdempotencyStore, logger: Logger): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ request }) {
      const header = request.http?.headers.get(IDEMPOTENCY_HEADER);
      if (header === undefined) return;
      let claim: IdempotencyClaim | undefined;
      let replay: StoredResponse | undefined;
      // Apollo runs every plugin's didResolveOperation at once and answers as soon as one throws: the claim may
      // still be on its way then, and willSendResponse waits for it, so that a claim made is always finished.
      let claiming: Promise<ClaimOutcome> | undefined;
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'mutation') return;
          const parsed = parseIdempotencyKey(header);
          if (!parsed.ok) {
            throw new GraphQLError(`Idempotency-Key header ${parsed.problem}; nothing was run`, {
              extensions: { code: ErrorCode.BAD_IDEMPOTENCY_KEY, http: { status: 400 } },
            });
          }
          const scope = scopes.getStore();
          if (!scope) throw new Error('idempotencyScope() must run before the GraphQL handler');
          claiming = store.claim(scope.principal, parsed.key, requestFingerprint(request));
          const outcome = await claiming;
          switch (outcome.kind) {
            case 'claimed':
              claim = scope.claim = outcome.claim;
              return;
            case 'replay':
              replay = outcome.response;
              return;
            case 'reused':
              throw new GraphQLError(
                'Idempotency-Key was already used for a different request (query, variables or operation name); nothing was run: send a new key with a new request',
                { extensions: { code: ErrorCode.IDEMPOTENCY_KEY_REUSED, http: { status: 422 } } },
              );
            case 'inUse':
              throw new GraphQLError(
                'The first request with this Idempotency-Key is still running; nothing was run: retry with the same key in a moment to get its answer',
                { extensions: { code: ErrorCode.IDEMPOTENCY_KEY_IN_USE, http: { status: 409, headers: new HeaderMap([['retry-after', '1']]) } } },
              );
            default: {
              const unreachable: never = outcome;
              throw new Error(`unhandled claim outcome ${JSON.stringify(unreachable)}`);
            }
          }
        },
        async responseForOperation() {
          if (!replay) return null;
          return { http: { status: replay.status, headers: new HeaderMap([[REPLAYED_HEADER, 'true']]) }, body: { kind: 'single', singleResult: replay.body } };
        },
        async willSendResponse({ response }) {
          const outcome = await claiming?.catch(() => undefined);
          if (outcome?.kind === 'claimed') claim ??= outcome.claim;
          if (!claim) return;
          const held = claim;
          claim = undefined;
          const scope = scopes.getStore();
          if (scope) scope.claim = undefined;
          const body: FormattedExecutionResult =
            response.body.kind === 'single' ? response.body.singleResult : { errors: [{ message: 'incremental delivery is not recorded' }] };
          // A record that cannot be finished stays claimed: the retry is refused (409) until the claim lapses,
          // never run twice.
          await store.finish(held, { body, status: response.http.status ?? 200 }).catch((err: unknown) => {
            logger.error({ err, key: held.key }, 'could not record the outcome of an idempotent request');
          });
        },
      };
    },
  };
}
