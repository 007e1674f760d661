// Reading an uploaded CSV (no I/O): lines, quoting, header faults and the file hash. Expected values by hand.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { CsvFileError, fileHash, readCsv } from '../csvFile.ts';

const columns = { required: ['a', 'b'], optional: ['c'] };

describe('readCsv', () => {
  it('numbers rows by the line they end on, across quoted line breaks and blank lines', () => {
    const { rows, problems } = readCsv('a,b\n1,"x\ny"\n\n2, 3 \n4\n', columns, 10);
    assert.deepEqual(rows, [{ line: 3, values: { a: '1', b: 'x\ny' } }, { line: 5, values: { a: '2', b: '3' } }]);
    assert.deepEqual(problems, [{ line: 6, field: '(row)', reason: 'has 1 fields; the header has 2' }]);
  });
  it('accepts the optional column in any order, a BOM and CRLF', () => {
    const { rows } = readCsv('\uFEFFc,b,a\r\n"q, r",2,1\r\n', columns, 10);
    assert.deepEqual(rows, [{ line: 2, values: { c: 'q, r', b: '2', a: '1' } }]);
  });
  it('refuses a missing, unknown or repeated column, an unclosed quote, an empty file, too many rows', () => {
    assert.throws(() => readCsv('a,d,d\n', columns, 10), (e: Error) =>
      e instanceof CsvFileError && e.message === 'header (line 1) lacks the column(s) b; has unknown column(s) d, d (known: a, b, c); repeats the column(s) d');
    assert.throws(() => readCsv('a,b\n"1,2\n', columns, 10), /is not a readable CSV file/);
    assert.throws(() => readCsv('', columns, 10), /is empty/);
    assert.throws(() => readCsv('a,b\n1,2\n3,4\n', columns, 1), /has 2 rows; at most 1 per upload/);
  });
});

describe('fileHash', () => {
  it('is the same for LF, CRLF and with a BOM, and differs when a character does', () => {
    const h = fileHash('a,b\n1,2\n');
    assert.equal(h, fileHash('a,b\r\n1,2\r\n'));
    assert.equal(h, fileHash('\uFEFFa,b\n1,2\n'));
    assert.notEqual(h, fileHash('a,b\n1,3\n'));
    assert.match(h, /^[0-9a-f]{64}$/);
  });
});
