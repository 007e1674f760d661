// The one registry of error codes (schema/errorCodes.ts) is the whole list: the source produces codes only through
// it (`ErrorCode.X`, type-checked), never as a string literal; every code a test expects a client to see is in it;
// and README "Errors" lists each one. Reads source files only (no database, no server).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from '@jest/globals';
import { ERROR_CODES, ErrorCode, isErrorCode } from '../schema/errorCodes.ts';

const root = new URL('..', import.meta.url).pathname;
const SOURCE_DIRS = ['gateway', 'subgraphs', 'auth', 'carrier', 'config', 'schema', 'scripts'];
const SKIP = new Set(['node_modules', 'generated', '.data']);

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (SKIP.has(e.name)) return [];
    const path = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

const isTest = (path: string) => /(__tests__|\/test\/|\.test\.ts$)/.test(path);
const all = [...SOURCE_DIRS.flatMap((d) => tsFiles(join(root, d))), ...tsFiles(join(root, 'test'))].map((f) => relative(root, f));
// Hà Nội's legacy system (subgraphs/legacy-hanoi) imports nothing of ours, the registry included: like any
// province's own team, it writes the codes as the strings the published standard lists (its src/errors.ts).
const isIndependentSystem = (path: string) => path.startsWith('subgraphs/legacy-hanoi/');
const source = all.filter((f) => !isTest(f) && !isIndependentSystem(f));
const tests = all.filter(isTest);
const text = (f: string) => readFileSync(join(root, f), 'utf8');

/** `code: 'X'` (or "X"): how a code is written into `extensions` (a province code, '01', does not match). */
const LITERAL = /\bcode:\s*['"]([A-Z][A-Z0-9_]+)['"]/g;
/** What tests compare `extensions.code` with: `…code, 'X'` (assert.equal) or `code: 'X'` (deepEqual, match). */
const EXPECTED = /\bcode\)?,\s*['"]([A-Z][A-Z0-9_]+)['"]|\bcode:\s*['"]([A-Z][A-Z0-9_]+)['"]/g;

describe('error codes', () => {
  it('the registry names each code once, with its meaning', () => {
    const codes = Object.keys(ERROR_CODES);
    assert.ok(codes.length >= 10, `found only ${codes.length} codes`);
    assert.deepEqual(Object.entries(ErrorCode), codes.map((c) => [c, c]));
    for (const [code, entry] of Object.entries(ERROR_CODES)) {
      assert.match(code, /^[A-Z][A-Z_]+$/);
      assert.ok(entry.meaning.length > 20 && !entry.meaning.includes('\n'), `${code}: one line of meaning`);
      assert.ok(entry.raisedBy.length > 0, `${code}: who raises it`);
    }
    assert.equal(isErrorCode('FORBIDDEN'), true);
    assert.equal(isErrorCode('FORBIDEN'), false);
    assert.equal(isErrorCode('toString'), false);
  });

  it('source files produce codes through the registry, never as literals', () => {
    assert.ok(source.length > 100, `scanned only ${source.length} source files`);
    assert.ok(source.includes('gateway/src/plugins/useQueryLimits.ts') && source.includes('subgraphs/shared/errors.ts'));
    const literals = source.flatMap((f) => [...text(f).matchAll(LITERAL)].map((m) => `${f}: code: '${m[1]}'`));
    assert.deepEqual(literals, []);
  });

  it('every code a test expects a client to see is in the registry', () => {
    const expected = new Map<string, string>();
    for (const f of tests) {
      for (const m of text(f).matchAll(EXPECTED)) {
        const code = m[1] ?? m[2];
        if (!expected.has(code)) expected.set(code, f);
      }
    }
    // the tests do check codes: the suite's mainstays must be among them
    for (const code of ['BAD_USER_INPUT', 'FORBIDDEN', 'UNAUTHENTICATED', 'SUBGRAPH_TIMEOUT', 'QUERY_TOO_DEEP']) {
      assert.ok(expected.has(code), `no test expects ${code}`);
    }
    const unknown = [...expected].filter(([code]) => !isErrorCode(code)).map(([code, f]) => `${code} (${f})`);
    assert.deepEqual(unknown, []);
  });

  it('README "Errors" lists every code of the registry', () => {
    const readme = text('README.md');
    const section = readme.slice(readme.indexOf('### Errors'), readme.indexOf('\n## ', readme.indexOf('### Errors')));
    assert.ok(section.length > 100, 'README has no "### Errors" section');
    const listed = [...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    assert.deepEqual(listed, Object.keys(ERROR_CODES));
  });
});
