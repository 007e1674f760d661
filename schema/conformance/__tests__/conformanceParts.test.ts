// The kit's parts that need no running province: the standard for a province, the areas, the months probed, the
// command line, and the schema checks' reading of graphql-inspector's changes (the standard against itself, and
// against copies changed in one place each).
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { parseCommandLine } from '../cli.ts';
import type { KitContext } from '../context.ts';
import { lastDayOf } from '../probeChecks.ts';
import { monthsBack } from '../runConformance.ts';
import { schemaChecks } from '../schemaChecks.ts';
import { loadAreas, loadStandardRules, schemaOfSdl, standardSdlFor } from '../standard.ts';

const sdl01 = standardSdlFor('01');
const ctxWith = (servedSdl: string) => ({ standard: schemaOfSdl(sdl01), servedSdl }) as unknown as KitContext;
const failures = async (servedSdl: string) =>
  (await schemaChecks(ctxWith(servedSdl))).filter((c) => c.status === 'fail').flatMap((c) => c.messages);

describe('the standard for one province', () => {
  it('replaces NN by the code in type and field names', () => {
    assert.match(sdl01, /^type Province01 implements Province @key\(fields: "code"\)/m);
    assert.match(sdl01, /^ {2}province01: ProvinceMutations$/m);
    assert.doesNotMatch(sdl01, /ProvinceNN|provinceNN/);
  });

  it('reads the areas from the fields files, foundation first and required', () => {
    const areas = loadAreas();
    assert.deepEqual(areas[0], { name: 'foundation', fields: ['report', 'members', 'member', 'rootOrganisation', 'organisation', 'meetings'] });
    assert.ok(areas.some((a) => a.name === 'fees' && a.fields.includes('feeRates')));
    assert.deepEqual(loadStandardRules().requiredAreas, ['foundation']);
  });

  it('probes the current month and the ones before it, across a year', () => {
    assert.deepEqual(monthsBack('2026-01-31', 3), ['2026-01', '2025-12', '2025-11', '2025-10']);
    assert.equal(lastDayOf('2028-02'), '2028-02-29');
    assert.equal(lastDayOf('2026-12'), '2026-12-31');
  });
});

describe('the schema checks', () => {
  it('find nothing wrong with the standard itself', async () => {
    assert.deepEqual(await failures(sdl01), []);
  });

  it('name the coordinate of each difference from the standard', async () => {
    const cases: [string, string | RegExp, string, RegExp][] = [
      ['a field dropped', /\n {2}"Last day of the period[^\n]*\n {2}asOf: Date!\n/, '\n', /^ProvinceReport\.asOf: Field 'asOf' .*removed/],
      ['an enum value dropped', /\n {2}"Nữ"\n {2}NU\n/, '\n', /^Sex\.NU: /],
      ['a non-null field where the standard says nullable', /(\n {2}member\(id: ID!\): Member)\n/, '$1!\n', /^Province\.member: the standard says Member \(nullable\), served Member!/],
      ['a default changed', 'meetings(month: String!, cellId: ID, first: Int = 50', 'meetings(month: String!, cellId: ID, first: Int = 20', /^Province\.meetings\.first: /],
      ['a required argument added', 'rootOrganisation: PartyOrg', 'rootOrganisation(depth: Int!): PartyOrg', /^Province\.rootOrganisation\.depth: /],
      ['@key removed', 'type Province01 implements Province @key(fields: "code")', 'type Province01 implements Province', /^Province01\.@key: @key is missing/],
    ];
    for (const [what, from, to, expected] of cases) {
      const changed = sdl01.replace(from, to);
      assert.ok(changed !== sdl01, `${what}: the test's replacement found nothing`);
      const messages = await failures(changed);
      assert.ok(messages.some((m) => expected.test(m)), `${what}: ${JSON.stringify(messages)}`);
    }
  });
});

describe('the command line', () => {
  const base = ['--province', '01', '--url', 'http://127.0.0.1:4101/graphql'];
  const usageError = (args: string[]) => {
    try {
      parseCommandLine(args);
    } catch (error) {
      return (error as Error).message;
    }
    assert.fail(`accepted ${args.join(' ')}`);
  };

  it('takes the options', () => {
    const parsed = parseCommandLine([...base, '--token', 'abc', '--analyst-token', 'def', '--json', '--only', 'probes,access', '--past-months', '2']);
    assert.notEqual(parsed, 'help');
    if (parsed === 'help') return;
    assert.deepEqual(parsed.options, {
      province: '01', url: 'http://127.0.0.1:4101/graphql', token: 'abc', analystToken: 'def', groups: ['probes', 'access'], pastMonths: 2,
    });
    assert.equal(parsed.json, true);
  });

  it('names the option that is wrong', () => {
    assert.match(usageError(['--url', 'http://x/graphql', '--token', 'a']), /^--province: required/);
    assert.match(usageError(['--province', '1', '--url', 'http://x', '--token', 'a']), /^--province: expected a 2-digit code/);
    assert.match(usageError(['--province', '01', '--token', 'a']), /^--url: required/);
    assert.match(usageError(['--province', '01', '--url', 'localhost:4101', '--token', 'a']), /^--url: expected an http/);
    assert.match(usageError(base), /^--token or --token-file: required/);
    assert.match(usageError([...base, '--token', 'a', '--token-file', 'f']), /^--token and --token-file: give one/);
    assert.match(usageError([...base, '--token', 'a', '--past-months', '25']), /^--past-months: /);
    assert.match(usageError([...base, '--token', 'a', '--tokn', 'b']), /--tokn/);
  });
});
