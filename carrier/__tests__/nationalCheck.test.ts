// The national check's arithmetic on answers written by hand (no I/O): totals, the transfer counted by both
// ends, the provinces missing, and which shared hashes are conflicts.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { summarise } from '../src/nationalCheck.ts';

const T1 = '11111111-1111-4111-8111-111111111111';
const T2 = '22222222-2222-4222-8222-222222222222';
const report = (memberCount: number, out: string[] = [], into: string[] = [], flows = { transfersIn: 0, transfersOut: 0 }) => ({
  asOf: '2026-11-30', memberCount, transfersOutPending: out, transfersInUnconfirmed: into, ...flows,
});
const province = (code: string, r: ReturnType<typeof report> | null, hashes: { hash: string; transferId: string | null }[] | null = []) => ({
  code, report: r, citizenIdHashes: hashes, overdue: { totalCount: 0, edges: [] }, inTransit: { totalCount: 0 },
});

describe('national check arithmetic', () => {
  it('subtracts a transfer both ends count, once; not one only the source counts, nor one only the destination lists', () => {
    const r = summarise([
      province('01', report(100, [T1, T2])),
      province('79', report(50, [], [T1])),
      province('48', report(10, [], ['33333333-3333-4333-8333-333333333333'])),
    ]);
    assert.deepEqual(r.members, { total: 159, provincesCounted: 3, provincesMissing: [] });
    assert.deepEqual(r.transfersAwaitingAcknowledgement, [T1]);
  });

  it('balances the month\'s flows: receipts = applied departures + those awaiting acknowledgement', () => {
    const balanced = summarise([
      province('01', report(10, [T1], [], { transfersIn: 0, transfersOut: 2 })),
      province('79', report(10, [], [T1], { transfersIn: 3, transfersOut: 0 })),
    ]);
    assert.deepEqual(balanced.flows, { in: 3, out: 2, unmatched: 0 });
    const lost = summarise([
      province('01', report(10, [], [], { transfersIn: 0, transfersOut: 2 })),
      province('79', report(10, [], [], { transfersIn: 3, transfersOut: 0 })),
    ]);
    assert.deepEqual(lost.flows, { in: 3, out: 2, unmatched: 1 });
    assert.equal(summarise([province('01', report(1)), province('79', null, null)]).flows, null);
  });

  it('names the provinces it could not count instead of a silently smaller total', () => {
    const r = summarise([province('01', report(100)), province('79', null, null)]);
    assert.deepEqual(r.members, { total: 100, provincesCounted: 1, provincesMissing: ['79'] });
    assert.deepEqual(r.conflictCheckMissing, ['79']);
  });

  it('a hash at the two ends of one transfer is not a conflict; the same hash anywhere else is', () => {
    const r = summarise([
      province('01', report(1), [{ hash: 'aa', transferId: T1 }, { hash: 'bb', transferId: null }, { hash: 'cc', transferId: T2 }]),
      province('79', report(1), [{ hash: 'aa', transferId: T1 }, { hash: 'bb', transferId: null }, { hash: 'cc', transferId: null }]),
      province('48', report(1), [{ hash: 'dd', transferId: T1 }]),
    ]);
    assert.deepEqual(r.citizenIdConflicts, [
      { hash: 'bb', provinces: ['01', '79'] },
      { hash: 'cc', provinces: ['01', '79'] },
    ]);
    const three = summarise([
      province('01', report(1), [{ hash: 'aa', transferId: T1 }]),
      province('79', report(1), [{ hash: 'aa', transferId: T1 }]),
      province('48', report(1), [{ hash: 'aa', transferId: null }]),
    ]);
    assert.deepEqual(three.citizenIdConflicts, [{ hash: 'aa', provinces: ['01', '48', '79'] }]);
  });
});
