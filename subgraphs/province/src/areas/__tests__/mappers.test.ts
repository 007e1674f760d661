// codegen.ts reads the mappers through areas/mappers.ts (so that it loads no resolver): it must be the list of
// every area's own declaration, and merging refuses a type two areas map.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { AREAS } from '../index.ts';
import { AREA_MAPPERS, mergeMappers } from '../mappers.ts';

describe('areas/mappers.ts', () => {
  it("lists exactly the mappers the AREAS declare, in AREAS order", () => {
    assert.deepEqual(AREA_MAPPERS, AREAS.flatMap((a) => (a.mappers ? [a.mappers] : [])));
  });

  it('throws on a GraphQL type mapped by two areas', () => {
    assert.throws(() => mergeMappers([{ Member: 'a.ts#A' }, { Member: 'b.ts#B' }]), /Member is declared twice/);
  });
});
