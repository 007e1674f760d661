// Whole answers served again for a short while: a dashboard refreshed by the same reader, or opened in a second
// tab, does not ask 34 provinces again. What makes it safe:
// - the key is the reader (token subject and the whole principal: role and scope) with the query text, the
//   operation name and the variables, so an answer never crosses from one reader, or one scope, to another;
//   keying on the subject too keeps each person's reads of member records in the provinces' read audit;
// - only queries, only complete answers (no errors: a province that timed out is asked again next time), and
//   any write through this gateway empties the cache;
// - freshness is short for live figures (`liveMs`, default 5 s) and longer (`submittedMs`, default 5 min) for an
//   operation that reads only submitted reports, which are snapshots (a correction is a new revision, seen
//   after at most submittedMs).
// A cached answer says so: `extensions.cache = { computedAt, ageMs, maxAgeMs }` (README "Cached answers").
import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { GatewayContext } from '../context.ts';

export interface ResponseCacheOptions {
  /** How long an answer with live figures is served from cache, in ms. RESPONSE_CACHE_LIVE_MS, default 5000. 0: never. */
  liveMs: number;
  /** How long an answer read only from submitted reports is served, in ms. RESPONSE_CACHE_SUBMITTED_MS, default 300000. */
  submittedMs: number;
  /** Most answers kept; the oldest goes first. Default 500: a national dashboard answer is ~60 kB. */
  maxEntries?: number;
  /** The clock (tests). Default Date.now. */
  now?: () => number;
}

export const DEFAULT_RESPONSE_CACHE: ResponseCacheOptions = { liveMs: 5000, submittedMs: 300_000 };

/** What `extensions.cache` says about a cacheable answer. */
export interface CacheExtension {
  /** When the gateway computed this answer (ISO 8601). */
  computedAt: string;
  /** How old it is as served: 0 when computed for this request. */
  ageMs: number;
  /** How long it may be served from cache after computedAt. */
  maxAgeMs: number;
}

interface Entry {
  /** The answer's data as JSON: every hit gets its own copy. */
  data: string;
  computedAt: number;
  maxAgeMs: number;
}

/**
 * Fields whose values are snapshots: a province's submitted reports, and under them every field but those that
 * compare with live figures or track delivery. An operation reading nothing else gets `submittedMs`.
 */
const SNAPSHOT_ROOTS = new Set(['submittedReport', 'reportRevisions']);
const LIVE_UNDER_SNAPSHOT = new Set(['differsFromLive', 'liveDifferences', 'deliveredToCentre']);
/** Fields that name a province and never change. */
const IDENTITY = new Set(['__typename', 'code', 'name', 'asciiName', 'kind']);

/** `countLookup`: told of every lookup of a cacheable query, hit or miss (the gateway's /metrics). */
export function useResponseCache(options: ResponseCacheOptions, countLookup?: (result: 'hit' | 'miss') => void): ApolloServerPlugin<GatewayContext> {
  const { liveMs, submittedMs, maxEntries = 500, now = Date.now } = options;
  const entries = new Map<string, Entry>();
  if (liveMs <= 0 && submittedMs <= 0) return {};

  return {
    async requestDidStart() {
      let key: string | undefined;
      let maxAgeMs = 0;
      let hit: Entry | undefined;
      return {
        async didResolveOperation({ operation }) {
          // A write empties the cache: whatever it changed must not be served stale by this gateway.
          if (operation?.operation === 'mutation') entries.clear();
        },
        async responseForOperation(ctx) {
          const { contextValue, operation, document } = ctx;
          if (operation?.operation !== 'query' || contextValue.warmup || !contextValue.auth) return null;
          maxAgeMs = readsOnlySnapshots(operation, document) ? submittedMs : liveMs;
          if (maxAgeMs <= 0) return null;
          key = cacheKey(ctx);
          const entry = entries.get(key);
          if (!entry || now() - entry.computedAt > entry.maxAgeMs) {
            if (entry) entries.delete(key);
            countLookup?.('miss');
            return null;
          }
          countLookup?.('hit');
          hit = entry;
          return { http: { status: 200, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: JSON.parse(entry.data) } } };
        },
        async willSendResponse({ response }) {
          if (key === undefined || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (hit) {
            result.extensions = { ...result.extensions, cache: extension(hit, now()) };
            return;
          }
          if (result.errors?.length || !result.data || (response.http.status ?? 200) !== 200) return;
          const entry: Entry = { data: JSON.stringify(result.data), computedAt: now(), maxAgeMs };
          entries.delete(key);
          entries.set(key, entry);
          if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
          result.extensions = { ...result.extensions, cache: extension(entry, entry.computedAt) };
        },
      };
    },
  };
}

function extension(entry: Entry, at: number): CacheExtension {
  return { computedAt: new Date(entry.computedAt).toISOString(), ageMs: at - entry.computedAt, maxAgeMs: entry.maxAgeMs };
}

/** The reader (subject and principal), the query, its operation name and its variables. */
function cacheKey(ctx: GraphQLRequestContext<GatewayContext>): string {
  const { auth } = ctx.contextValue;
  return createHash('sha256')
    .update(JSON.stringify([auth?.subject, sortedJson(auth?.principal), ctx.queryHash, ctx.request.operationName ?? null, sortedJson(ctx.request.variables ?? {})]))
    .digest('base64url');
}

/** JSON with object keys sorted, so that {a,b} and {b,a} are one key. */
function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${sortedJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Does every field of the operation read a snapshot (or a province's fixed identity)? */
export function readsOnlySnapshots(operation: OperationDefinitionNode, document: DocumentNode): boolean {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  let snapshotFieldSeen = false;
  const walk = (set: SelectionSetNode, depth: number, underSnapshot: boolean): boolean =>
    set.selections.every((s) => {
      if (s.kind === Kind.INLINE_FRAGMENT) return walk(s.selectionSet, depth, underSnapshot);
      if (s.kind === Kind.FRAGMENT_SPREAD) {
        const f = fragments.get(s.name.value);
        return f !== undefined && walk(f.selectionSet, depth, underSnapshot);
      }
      const name = s.name.value;
      if (underSnapshot) return !LIVE_UNDER_SNAPSHOT.has(name) && (!s.selectionSet || walk(s.selectionSet, depth + 1, true));
      if (depth === 0) return (name === 'provinces' || name === 'province') && !!s.selectionSet && walk(s.selectionSet, 1, false);
      if (SNAPSHOT_ROOTS.has(name)) {
        snapshotFieldSeen = true;
        return !s.selectionSet || walk(s.selectionSet, depth + 1, true);
      }
      return IDENTITY.has(name) && !s.selectionSet;
    });
  return walk(operation.selectionSet, 0, false) && snapshotFieldSeen;
}
