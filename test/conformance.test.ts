// The conformance kit (schema/conformance, docs/standard/conformance.md) against our province implementation,
// which it must pass, and against the same subgraph broken on purpose behind a rewriting proxy (a field dropped
// from its SDL, a type changed, a `!` added, error codes replaced, totals that do not add up, no token check, a
// list that never ends, a slow answer), each of which it must fail with a message naming the field or probe.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { ErrorCode } from '../schema/errorCodes.ts';
import { findProvince } from '../schema/provinces.ts';
import { main } from '../schema/conformance/cli.ts';
import { runConformance } from '../schema/conformance/runConformance.ts';
import type { CheckGroup, CheckResult, ConformanceReport } from '../schema/conformance/types.ts';
import { startTestFederation, type TestFederation } from './support/federation.ts';
import { freePort } from './support/processes.ts';
import { startRewritingProxy, type RewritingProxy, type RewritingProxyOptions } from './support/rewritingProxy.ts';

const exec = promisify(execFile);
const root = new URL('..', import.meta.url).pathname;
const CODE = '01';

let tf: TestFederation;
let subgraphUrl: string;
let officer: string;
let analyst: string;
const proxies: RewritingProxy[] = [];

beforeAll(async () => {
  tf = await startTestFederation({ prefix: 'conformance', provinces: [findProvince(CODE)!] });
  subgraphUrl = tf.federation.subgraphs.get(`province${CODE}`)!.url;
  officer = await tf.mint({ role: 'PROVINCE_OFFICER', province: CODE });
  analyst = await tf.mint({ role: 'CENTRAL_ANALYST' });
});

afterAll(async () => {
  await Promise.all(proxies.map((p) => p.close()));
  await tf?.stop();
});

/** The subgraph behind a proxy that rewrites it. */
async function broken(options: Omit<RewritingProxyOptions, 'target'>): Promise<string> {
  const proxy = await startRewritingProxy({ target: subgraphUrl, ...options });
  proxies.push(proxy);
  return proxy.url;
}

const run = (url: string, groups?: CheckGroup[]) => runConformance({ province: CODE, url, token: officer, analystToken: analyst, groups });

const failed = (report: ConformanceReport): CheckResult[] => report.checks.filter((c) => c.status === 'fail');

/** The one failed check whose messages mention `needle`; fails the test with the report otherwise. */
function failure(report: ConformanceReport, needle: string): CheckResult {
  const found = failed(report).filter((c) => c.messages.some((m) => m.includes(needle)));
  assert.ok(found.length >= 1, `no failed check names ${needle}:\n${JSON.stringify(report.checks, null, 1)}`);
  assert.equal(report.ok, false);
  return found[0]!;
}

/** `_service.sdl` rewritten: `change` applied inside the block of one type (`type Member`, `input MemberFilter`). */
function sdlChange(header: RegExp, from: string | RegExp, to: string): RewritingProxyOptions['answer'] {
  return (answer) => {
    const sdl = answer.data?._service?.sdl as string | undefined;
    if (!sdl) return;
    const start = sdl.search(header);
    assert.ok(start >= 0, `no ${header} in the SDL`);
    const end = sdl.indexOf('\n}', start);
    const block = sdl.slice(start, end);
    const changed = block.replace(from, to);
    assert.notEqual(changed, block, `${from} not found in ${header}`);
    answer.data._service.sdl = sdl.slice(0, start) + changed + sdl.slice(end);
  };
}

/** Every error code in an answer replaced by `to`. */
const replaceCodes = (from: string, to: string): RewritingProxyOptions['answer'] => (answer) => {
  for (const e of answer.errors ?? []) if (e.extensions?.code === from) e.extensions.code = to;
};

describe('the conformance kit', () => {
  it('passes our province implementation, run as the CLI (exit 0, every group, the analyst checks included)', async () => {
    const { stdout } = await exec(
      process.execPath,
      ['--import', 'tsx', 'schema/conformance/cli.ts', '--province', CODE, '--url', subgraphUrl, '--token', officer, '--analyst-token', analyst, '--json'],
      { cwd: root, timeout: 90_000 },
    );
    const report = JSON.parse(stdout) as ConformanceReport;
    assert.deepEqual(failed(report), [], formatFailures(report));
    assert.equal(report.ok, true);
    assert.deepEqual([...new Set(report.checks.map((c) => c.group))], ['federation', 'composition', 'schema', 'probes', 'bad input', 'access', 'areas', 'latency']);
    // the analyst checks ran (they are skipped without the token)
    assert.equal(report.checks.filter((c) => c.status === 'skip').length, 0);
    assert.ok(report.summary.passed >= 35, `only ${report.summary.passed} checks passed`);
    assert.deepEqual(report.areasNotKept, []);
    assert.ok(report.areasKept.includes('foundation') && report.areasKept.includes('fees'));
    for (const probe of ['report', 'membersPage', 'entities']) assert.ok(report.timings[probe]?.length, `no time measured for ${probe}`);
  });

  it('prints a report the team can act on, and exits 1 on a failure and 2 on bad usage naming the option', async () => {
    const url = await broken({ answer: sdlChange(/^type Member\b/m, /\n\s*"""[^"]*"""\n\s*officialDate: Date\n|\n\s*officialDate: Date\n/, '\n') });
    const failing = await exec(
      process.execPath,
      ['--import', 'tsx', 'schema/conformance/cli.ts', '--province', CODE, '--url', url, '--token', officer, '--only', 'federation,schema'],
      { cwd: root, timeout: 60_000 },
    ).then((r) => ({ code: 0, ...r }), (e: { code: number; stdout: string; stderr: string }) => e);
    assert.equal(failing.code, 1, failing.stderr);
    assert.match(failing.stdout, /✗ every type, field, argument, input field and enum value of the standard is served\n\s+→ Member\.officialDate: /);
    assert.match(failing.stdout, /✓ _entities resolves Province01 by its key code/);
    assert.match(failing.stdout, /DOES NOT CONFORM: \d+ passed, 1 failed/);
    // the rest in this process (main is the CLI without the process around it)
    const cli = async (args: string[]) => {
      const out = { stdout: '', stderr: '' };
      const code = await main(args, { stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t) });
      return { code, ...out };
    };
    const noToken = await cli(['--province', CODE, '--url', url]);
    assert.equal(noToken.code, 2);
    assert.match(noToken.stderr, /--token or --token-file: required/);
    const badGroup = await cli(['--province', CODE, '--url', url, '--token', 'x', '--only', 'federation,speed']);
    assert.equal(badGroup.code, 2);
    assert.match(badGroup.stderr, /--only: unknown group "speed"/);
    const noFile = await cli(['--province', CODE, '--url', url, '--token-file', '/nonexistent/officer.jwt']);
    assert.equal(noFile.code, 2);
    assert.match(noFile.stderr, /--token-file: cannot read \/nonexistent\/officer.jwt \(ENOENT\)/);
    const unknownProvince = await cli(['--province', '99', '--url', url, '--token', 'x']);
    assert.equal(unknownProvince.code, 2);
    assert.match(unknownProvince.stderr, /--province: "99" is not a province code/);
    // nothing listens there: one failure that says so, not forty
    const nowhere = `http://127.0.0.1:${await freePort()}/graphql`;
    const down = await cli(['--province', CODE, '--url', nowhere, '--token', officer]);
    assert.equal(down.code, 1);
    assert.ok(down.stdout.includes(`✗ the subgraph answers at ${nowhere}\n      → POST ${nowhere}: no answer (ECONNREFUSED`), down.stdout);
    assert.match(down.stdout, /DOES NOT CONFORM: 0 passed, 1 failed/);
  });

  it('fails a wrong type, naming the schema coordinate, and prints the composition errors it causes', async () => {
    const url = await broken({ answer: sdlChange(/^type ProvinceReport\b/m, /\n(\s*)memberCount: Int\n/, '\n$1memberCount: String\n') });
    const report = await run(url, ['schema', 'composition']);
    const check = failure(report, 'ProvinceReport.memberCount: the standard says Int, served String');
    assert.equal(check.group, 'schema');
    const composition = failure(report, 'ProvinceReport.memberCount');
    assert.equal(composition.group, 'composition');
    assert.match(composition.messages.join('\n'), /FIELD_TYPE_MISMATCH/);
  });

  it('fails an input field of another type, and a field made non-null where the standard says nullable', async () => {
    const url = await broken({
      answer: (answer, request, status) => {
        sdlChange(/^input MemberFilter\b/m, /\n(\s*)status: MemberStatus\n/, '\n$1status: String\n')!(answer, request, status);
        sdlChange(/^type Province01\b/m, /report\(period: String!\): ProvinceReport\n/, 'report(period: String!): ProvinceReport!\n')!(answer, request, status);
      },
    });
    const report = await run(url, ['schema']);
    assert.equal(failure(report, 'MemberFilter.status').name, "every field and argument has the standard's type");
    const nullable = failure(report, 'Province01.report: the standard says ProvinceReport (nullable), served ProvinceReport!');
    assert.equal(nullable.name, 'fields the standard declares nullable are nullable');
    assert.equal(failed(report).length, 2, formatFailures(report));
  });

  it('fails wrong error codes, naming each probe', async () => {
    const url = await broken({ answer: replaceCodes(ErrorCode.BAD_USER_INPUT, ErrorCode.INTERNAL_SERVER_ERROR) });
    const report = await run(url, ['federation', 'bad input']);
    for (const probe of ['report(period: "2026-13")', 'members(first: 501)', 'members(first: -1)', 'meetings(month: "x")', 'members(after: ']) {
      assert.match(failure(report, probe).messages[0]!, /expected an error with code BAD_USER_INPUT; found INTERNAL_SERVER_ERROR/);
    }
    assert.equal(failure(report, '_entities(Province79 79)').group, 'federation');
    assert.equal(failed(report).length, 6, formatFailures(report));
  });

  it('fails totals that do not add up, naming the figure', async () => {
    const url = await broken({
      answer: (answer) => {
        const report = answer.data?._entities?.[0]?.report;
        if (report && typeof report.maleCount === 'number') report.maleCount += 1;
      },
    });
    const report = await run(url, ['probes']);
    const check = failure(report, 'maleCount');
    assert.match(check.messages[0]!, /^report\(period: "\d{4}-\d{2}"\): memberCount \d+ ≠ maleCount \d+ \+ femaleCount \d+/);
    assert.equal(check.messages.length, 4, 'one message per month probed');
    // and the current month's maleCount is no longer the count of members(filter: { sex: NAM })
    assert.match(failure(report, 'members(filter: { sex: NAM })').messages.join('\n'), /\.maleCount = \d+/);
    assert.equal(failed(report).length, 2, formatFailures(report));
  });

  it('fails a report whose cells and meetings are not those the lists give', async () => {
    const url = await broken({
      answer: (answer) => {
        const report = answer.data?._entities?.[0]?.report;
        if (report && typeof report.cellCount === 'number') report.cellCount += 1;
        if (report && typeof report.meetingsHeld === 'number') report.meetingsHeld += 2;
      },
    });
    const report = await run(url, ['probes']);
    assert.match(failure(report, '.cellCount = ').messages[0]!, /^report\(period: "\d{4}-\d{2}"\)\.cellCount = \d+; the tree from rootOrganisation has \d+ active organisations/);
    const meetings = failure(report, '.meetingsHeld = ');
    assert.equal(meetings.messages.length, 4, 'one message per month probed');
    assert.match(meetings.messages[0]!, /^meetings\(month: "\d{4}-\d{2}"\)\.totalCount = (\d+); report\(period: "\d{4}-\d{2}"\)\.meetingsHeld = \d+$/);
    assert.equal(failed(report).length, 2, formatFailures(report));
  });

  it('fails a member filter that is ignored, naming the filter and the report figure', async () => {
    const url = await broken({ request: (request) => ({ ...request, query: request.query.replace('filter: { sex: NU }, ', '') }) });
    const report = await run(url, ['probes']);
    assert.match(failure(report, 'members(filter: { sex: NU }).totalCount').messages[0]!, /^members\(filter: \{ sex: NU \}\)\.totalCount = \d+; report\(period: "\d{4}-\d{2}"\)\.femaleCount = \d+$/);
    assert.equal(failed(report).length, 1, formatFailures(report));
  });

  it('fails a member list that never ends, and a tree whose counts are not the members', async () => {
    const url = await broken({
      // every page is the first page again, and says there is a next one
      request: (request) => ({ ...request, variables: { ...request.variables, after: null } }),
      answer: (answer) => {
        const province = answer.data?._entities?.[0];
        if (province?.members?.pageInfo) province.members.pageInfo.hasNextPage = true;
        const root = province?.rootOrganisation;
        if (root) root.memberCount += 7;
      },
    });
    const report = await run(url, ['probes']);
    const walk = failure(report, 'hasNextPage still true after 2 pages');
    assert.match(walk.name, /^members\(first: 500\) walked/);
    assert.ok(walk.messages.some((m) => /^members: \d+ ids answered more than once/.test(m)), walk.messages.join('\n'));
    assert.match(failure(report, 'Σ memberCount of its').messages.join('\n'), /= \d+; members.totalCount = \d+/);
  });

  it('fails a subgraph that does not check tokens, and one that shows an analyst member records', async () => {
    const url = await broken({
      request: (request) => {
        // no token check: the proxy lets everyone in as the province officer
        request.headers.authorization = `Bearer ${officer}`;
        return request;
      },
    });
    const report = await run(url, ['access']);
    const check = failure(report, 'without a token: expected HTTP 401');
    assert.equal(check.name, 'a request without a token is refused (HTTP 401, UNAUTHENTICATED)');
    assert.ok(check.messages.some((m) => m.startsWith('_service { sdl } without a token')));
    assert.ok(failure(report, 'with a token that is not a JWT'));
    assert.ok(failure(report, 'members(first: 1) as CENTRAL_ANALYST: expected an error with code FORBIDDEN'));
    assert.ok(failure(report, 'as CENTRAL_ANALYST: ').messages.length > 0);
  });

  it('accepts an area answered AREA_NOT_KEPT (and lists it), fails one answered with another error, and a required area not kept', async () => {
    const url = await broken({
      answer: (answer, request) => {
        const province = answer.data?._entities?.[0];
        for (const [field, code] of [['auditLog', ErrorCode.AREA_NOT_KEPT], ['candidates', ErrorCode.FORBIDDEN]] as const) {
          if (province && request.query.includes(`${field}(`)) {
            province[field] = null;
            answer.errors = [{ message: `${field} refused`, path: ['_entities', 0, field], extensions: { code } }];
          }
        }
        // a province that drops a required area's field: the probe of the foundation asks each field under an alias
        const alias = /(a\d+): meetings\(/.exec(request.query)?.[1];
        if (province && alias) {
          province[alias] = null;
          answer.errors = [{ message: 'not kept', path: ['_entities', 0, alias], extensions: { code: ErrorCode.AREA_NOT_KEPT } }];
        }
      },
    });
    const report = await run(url, ['areas']);
    assert.deepEqual(report.areasNotKept, ['access']);
    assert.ok(!report.areasKept.includes('access') && !report.areasKept.includes('foundation') && report.areasKept.includes('fees'));
    assert.match(failure(report, 'but foundation is a required area').messages[0]!, /^meetings\(month: "\d{4}-\d{2}", first: 1\): AREA_NOT_KEPT, but foundation/);
    assert.equal(report.checks.find((c) => c.name.startsWith('area access'))?.status, 'pass');
    assert.match(failure(report, 'candidates(first: 1)').messages[0]!, /found FORBIDDEN/);
    assert.equal(failed(report).length, 2, formatFailures(report));
  });

  it('fails an answer slower than the latency budget, with the times measured', async () => {
    const url = await broken({ delayMs: (request) => (/\{ __typename code \}/.test(request.query) ? 1_100 : 0) });
    const report = await run(url, ['latency']);
    const check = failure(report, '_entities: the slowest answer took');
    assert.match(check.messages[0]!, /over the 1000 ms budget \(\d+ answers: min \d+ ms, median \d+ ms, max \d+ ms\)/);
    assert.equal(failed(report).length, 1, formatFailures(report));
  });
});

function formatFailures(report: ConformanceReport): string {
  return failed(report).map((c) => `${c.group} / ${c.name}:\n  ${c.messages.join('\n  ')}`).join('\n');
}
