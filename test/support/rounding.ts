// What an aggregate-only reader should see of a count, worked out from docs/disclosure-control.md's definition
// with node:crypto directly (not the code under test): n = 5q + r publishes 5q + 5 when the HMAC draw of
// "figure|province=PP|dim=value…\0n" under the key is below r/5, else 5q.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';

/** The key every test federation's subgraphs use (no DISCLOSURE_CONTROL_KEY set: the development default). */
export const TEST_DISCLOSURE_KEY = 'local-development-disclosure-control-key';

/** The published value of true count `n` in the cell named `cell` ("members|province=01|sex=NU"). */
export function expectedRounding(cell: string, n: number, key = TEST_DISCLOSURE_KEY, base = 5): number {
  const r = n % base;
  if (r === 0) return n;
  const u = parseInt(createHmac('sha256', key).update(`${cell}\u0000${n}`).digest('hex').slice(0, 12), 16) / 2 ** 48;
  return u < r / base ? n - r + base : n - r;
}

/** The published value of an amount (VND): the same rule to a base of 1,000,000 dong. */
export const expectedAmount = (cell: string, vnd: number): number => expectedRounding(cell, vnd, TEST_DISCLOSURE_KEY, 1_000_000);

/** The values a true count could have, seen published as `p` (the rule's inverse: 0 stays 0, ±4 otherwise). */
export function candidatesOf(p: number): number[] {
  const lo = Math.max(p === 0 ? 0 : 1, p - 4);
  return Array.from({ length: p + 4 - lo + 1 }, (_, i) => lo + i);
}

/** `published` is a rounding of `exact` by the rule: a multiple of 5, one of the two nearest, 0 only for 0 … 4. */
export function assertRoundingOf(published: number, exact: number, what: string): void {
  assert.equal(published % 5, 0, `${what}: ${published} is not a multiple of 5`);
  assert.ok(published === 5 * Math.floor(exact / 5) || published === 5 * Math.ceil(exact / 5), `${what}: ${published} does not round ${exact}`);
}
