// How an error reads in a log entry: { name, message, code } and its cause, the stack only at debug.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { GraphQLError } from 'graphql';
import { createLogger } from '../logger.ts';

function logOnce(level: 'info' | 'debug', err: unknown): Record<string, unknown> {
  let line = '';
  const sink = new Writable({ write: (chunk: Buffer, _e, done) => ((line += chunk.toString()), done()) });
  createLogger(level, {}, sink).info({ err }, 'failed');
  return JSON.parse(line).err as Record<string, unknown>;
}

test("a DOMException (an aborted fetch) is its name and message, without its 25 constants or a stack", () => {
  const err = logOnce('info', new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
  assert.deepEqual(err, { name: 'TimeoutError', message: 'The operation was aborted due to timeout' });
});

test("a network error keeps its errno code, and its cause's", () => {
  const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
  const err = logOnce('info', new TypeError('fetch failed', { cause }));
  assert.deepEqual(err, { name: 'TypeError', message: 'fetch failed', cause: { name: 'Error', message: 'connect ECONNREFUSED 127.0.0.1:9', code: 'ECONNREFUSED' } });
});

test("a GraphQL error's code is its extensions.code", () => {
  const err = logOnce('info', new GraphQLError('too slow', { extensions: { code: 'DEADLINE_EXCEEDED' } }));
  assert.deepEqual(err, { name: 'GraphQLError', message: 'too slow', code: 'DEADLINE_EXCEEDED' });
});

test('at debug level the stack is there too', () => {
  const err = logOnce('debug', new Error('boom'));
  assert.match(String(err.stack), /^Error: boom\n\s+at /);
});
