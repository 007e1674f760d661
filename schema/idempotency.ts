// The Idempotency-Key request header (draft-ietf-httpapi-idempotency-key-header): part of the contract between
// clients, the gateway and every subgraph, so its name and its syntax are defined once here (the gateway and the
// subgraphs may both import schema/). README "Idempotent writes" says what a key does.

/** The header's name, lower case as Node gives it. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';

/** Response header on an answer given again from the record of its key, not run again (as Stripe's API names it). */
export const REPLAYED_HEADER = 'idempotent-replayed';

/** Longest key accepted, in characters: a UUID (36), a content hash with a prefix (~80) fit with room to spare. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

export type ParsedIdempotencyKey = { ok: true; key: string } | { ok: false; problem: string };

/**
 * The key a header value carries. The draft makes the value a Structured Field string (RFC 8941: `"…"`, with `\"`
 * and `\\` escaped); a bare value is taken as the key itself too, since most clients send one. Either way the key
 * is 1 to 255 printable ASCII characters (RFC 8941 allows no others in a string): an empty key, a longer one or one
 * with a control character is refused, never shortened or cleaned, so that two different keys never become one.
 */
export function parseIdempotencyKey(value: string): ParsedIdempotencyKey {
  let key = value.trim();
  if (key.startsWith('"')) {
    const quoted = /^"((?:[^"\\]|\\["\\])*)"$/.exec(key);
    if (!quoted) return { ok: false, problem: 'is not a well-formed quoted string (RFC 8941: "…" with \\" and \\\\ escaped)' };
    key = quoted[1].replace(/\\(["\\])/g, '$1');
  }
  if (key.length === 0) return { ok: false, problem: 'is empty' };
  if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH) return { ok: false, problem: `has ${key.length} characters; at most ${MAX_IDEMPOTENCY_KEY_LENGTH} are allowed` };
  const bad = /[^\x20-\x7e]/.exec(key);
  if (bad) return { ok: false, problem: `has the character U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at position ${bad.index + 1}; only printable ASCII is allowed` };
  return { ok: true, key };
}

/** The header value for `key` as the draft writes it: a Structured Field string. */
export function formatIdempotencyKey(key: string): string {
  return `"${key.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}
