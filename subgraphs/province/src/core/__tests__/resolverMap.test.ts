// The resolver map merges each type's fields across areas and refuses a field two areas resolve.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { createResolvers, mergeResolvers } from '../resolverMap.ts';

// typed as never: the merge is about names, whatever each resolver returns
const resolve = (() => null) as never;

describe('mergeResolvers', () => {
  it('merges the fields of one type from several areas, and keeps types only one area has', () => {
    const merged = mergeResolvers([
      { name: 'a', resolvers: { Member: { fullName: resolve }, PartyCard: { number: resolve } } },
      { name: 'b', resolvers: { Member: { feeBases: resolve } } },
    ]);
    assert.deepEqual(Object.keys(merged).sort(), ['Member', 'PartyCard']);
    assert.deepEqual(Object.keys(merged.Member).sort(), ['feeBases', 'fullName']);
  });

  it('throws at start-up, naming the type, the field and both areas, when two areas resolve the same field', () => {
    assert.throws(
      () => mergeResolvers([
        { name: 'cards', resolvers: { Member: { partyCard: resolve } } },
        { name: 'badges', resolvers: { Member: { partyCard: resolve } } },
      ]),
      { message: 'Member.partyCard is resolved by two areas: cards and badges' },
    );
  });

  it('allows the same field name on different types', () => {
    const merged = mergeResolvers([
      { name: 'a', resolvers: { Member: { number: resolve } as never } },
      { name: 'b', resolvers: { PartyCard: { number: resolve } } },
    ]);
    assert.equal(merged.Member.number, resolve);
    assert.equal(merged.PartyCard.number, resolve);
  });
});

describe('createResolvers', () => {
  it("puts the areas' Province01 fields under the served province's type and opens its mutation root", () => {
    const map = createResolvers('79', [{ name: 'a', resolvers: { Province01: { report: resolve } } }]) as Record<string, Record<string, unknown>>;
    assert.equal(map.Province79.report, resolve);
    assert.equal('Province01' in map, false);
    assert.deepEqual(Object.keys(map.Mutation), ['province79']);
  });
});
