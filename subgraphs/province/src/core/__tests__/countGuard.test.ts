// The disclosure control's safety net (countGuard.ts): which fields it watches in the built province schema, and
// that a count reaching a rounding reader unrounded fails while other readers' answers pass untouched. No I/O.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { buildSchema, GraphQLObjectType, type GraphQLFieldResolver } from 'graphql';
import { AREAS } from '../../areas/index.ts';
import { createProvinceSchema } from '../../server.ts';
import { fieldAccessOf } from '../accessGuard.ts';
import { guardCounts, UnroundedCountError } from '../countGuard.ts';

describe('guardCounts', () => {
  const sdl = `type Province01 { report: Report  secret: Report }
    type Report { memberCount: Int  year: Int  rate: Float  byKey: [Count!]  org: Org }
    type Count { key: String!  value: Int }
    type Org { memberCount: Int! }
    type Query { province: Province01 }`;
  const ctx = (role: string, id = 'someone') => ({ actor: { id, principal: { role } } }) as never;

  it('watches every Int reachable from the analyst\'s fields, except those listed as not counts', () => {
    const schema = buildSchema(sdl);
    const wrapped = guardCounts(schema.getType('Province01') as GraphQLObjectType, new Set(['report']), new Set(['Report.year']));
    assert.deepEqual(wrapped.sort(), ['Count.value', 'Org.memberCount', 'Report.memberCount']);
  });

  it('fails an unrounded count for an analyst, passes a rounded one, and leaves other readers alone', async () => {
    const schema = buildSchema(sdl);
    guardCounts(schema.getType('Province01') as GraphQLObjectType, new Set(['report']), new Set());
    const field = (schema.getType('Report') as GraphQLObjectType).getFields().memberCount!;
    const resolve = field.resolve as GraphQLFieldResolver<unknown, unknown>;
    const call = (value: number, c: never) => resolve({ memberCount: value }, {}, c, { fieldName: 'memberCount' } as never);
    await assert.rejects(async () => call(3, ctx('CENTRAL_ANALYST')), UnroundedCountError);
    assert.equal(await call(15, ctx('CENTRAL_ANALYST')), 15);
    assert.equal(await call(3, ctx('PROVINCE_OFFICER')), 3);
    // the national check's identity reads exact counts
    assert.equal(await call(3, ctx('CENTRAL_ANALYST', 'system:national-check')), 3);
  });

  it('watches each area\'s figures in the province schema, and none of the non-counts the areas list', () => {
    const access = fieldAccessOf(AREAS);
    // a second wrap of a built schema (guardSchema already wrapped it) only to get the list of what is watched
    const watched = guardCounts(createProvinceSchema('01').getType('Province01') as GraphQLObjectType, access.analyst, access.notCounts);
    for (const name of ['ProvinceReport.memberCount', 'ProvinceReport.cellCount', 'ExitCount.count', 'Count.value', 'CardFigures.issued',
      'BadgeMilestoneFigures.due', 'HandbookReport.activeCells', 'DirectiveReport.openFeedback', 'FeeReport.membersDue',
      'QualityReport.membersCounted', 'QualityLevelCount.count', 'QualityCapBreach.htxsCount', 'PartyOrg.memberCount',
      'ReportFigures.memberCount', 'ProvinceReport.transfersIn']) {
      assert.ok(watched.includes(name), name);
    }
    for (const name of ['QualityReport.year', 'QualityReport.capPercent', 'FeeRates.maxReductionMonths', 'ReportSubmission.revision', 'TransferConnection.totalCount']) {
      assert.ok(!watched.includes(name), name);
    }
  });
});
