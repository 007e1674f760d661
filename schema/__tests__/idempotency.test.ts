// The Idempotency-Key header's syntax (schema/idempotency.ts): what is one key, what is refused. No I/O.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { formatIdempotencyKey, parseIdempotencyKey } from '../idempotency.ts';

describe('Idempotency-Key header', () => {
  it('takes an RFC 8941 string or a bare value as the same key', () => {
    assert.deepEqual(parseIdempotencyKey('"8e03978e-40d5-43e8-bc93-6894a57f9324"'), { ok: true, key: '8e03978e-40d5-43e8-bc93-6894a57f9324' });
    assert.deepEqual(parseIdempotencyKey(' 8e03978e-40d5 '), { ok: true, key: '8e03978e-40d5' });
    assert.deepEqual(parseIdempotencyKey('"a \\"quoted\\" \\\\ key"'), { ok: true, key: 'a "quoted" \\ key' });
  });

  it('formats a key so that parsing gives it back, whatever it holds', () => {
    for (const key of ['plain', 'with "quotes"', 'back\\slash', 'x'.repeat(255), ' ', '"']) {
      assert.deepEqual(parseIdempotencyKey(formatIdempotencyKey(key)), { ok: true, key });
    }
  });

  it('refuses empty, too long, control and non-ASCII keys, and a broken quoted string, saying why', () => {
    const problem = (v: string) => {
      const parsed = parseIdempotencyKey(v);
      assert.equal(parsed.ok, false, v);
      return (parsed as { problem: string }).problem;
    };
    assert.equal(problem(''), 'is empty');
    assert.equal(problem('""'), 'is empty');
    assert.match(problem('x'.repeat(256)), /has 256 characters; at most 255/);
    assert.match(problem('"x'), /not a well-formed quoted string/);
    assert.match(problem('"a"b"'), /not a well-formed quoted string/);
    assert.match(problem('tab\there'), /U\+0009 at position 4/);
    assert.match(problem('caf\u00e9'), /U\+00E9 at position 4/);
    assert.match(problem('a\u0000'), /U\+0000/);
    assert.equal(parseIdempotencyKey('x'.repeat(255)).ok, true);
  });
});
