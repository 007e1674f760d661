// The conformance kit as a function: runs the checks of docs/standard/conformance.md against a running province
// subgraph and returns the report (the CLI, schema/conformance/cli.ts, prints it). Nothing here throws for a
// non-conforming province: every problem is a failed check.
import { findProvince } from '../provinces.ts';
import { accessChecks } from './accessChecks.ts';
import { areaChecks } from './areaChecks.ts';
import { badInputChecks } from './badInputChecks.ts';
import { createClient } from './client.ts';
import { compositionChecks } from './compositionChecks.ts';
import { result, typeNameOf, type KitContext } from './context.ts';
import { federationChecks } from './federationChecks.ts';
import { latencyChecks } from './latencyChecks.ts';
import { probeChecks } from './probeChecks.ts';
import { schemaChecks } from './schemaChecks.ts';
import { loadAreas, loadStandardRules, schemaOfSdl, standardSdlFor } from './standard.ts';
import { CHECK_GROUPS, type CheckGroup, type CheckResult, type ConformanceReport, type ConformanceRunOptions } from './types.ts';

/** Today in Vietnam (YYYY-MM-DD): the province's months are Vietnam's. */
const todayInVietnam = (): string => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });

/** The month of `today` and the `past` months before it, newest first (YYYY-MM). */
export function monthsBack(today: string, past: number): string[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return Array.from({ length: past + 1 }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

export class ConformanceUsageError extends Error {}

export async function runConformance(options: ConformanceRunOptions): Promise<ConformanceReport> {
  if (!findProvince(options.province)) throw new ConformanceUsageError(`province: "${options.province}" is not a province code of schema/provinces.json`);
  if (!/^https?:\/\//.test(options.url)) throw new ConformanceUsageError(`url: expected an http(s) URL, got "${options.url}"`);
  if (!options.token) throw new ConformanceUsageError('token: the province officer\'s token is required');
  const startedAt = new Date();
  const started = performance.now();
  const rules = loadStandardRules();
  const ctx: KitContext = {
    code: options.province,
    typeName: typeNameOf(options.province),
    client: createClient(options.url, options.token, options.timeoutMs ?? 30_000),
    analystToken: options.analystToken,
    rules,
    areas: loadAreas(),
    standard: schemaOfSdl(standardSdlFor(options.province)),
    months: monthsBack(options.today ?? todayInVietnam(), options.pastMonths ?? 3),
    timings: {},
    found: { memberIds: [], orgIds: [], meetingsHeld: {} },
    areasKept: [],
    areasNotKept: [],
  };
  const wanted = (g: CheckGroup) => !options.groups || options.groups.includes(g);
  const checks: CheckResult[] = [];
  const run = async (group: CheckGroup, needed: boolean, checksOf: () => Promise<CheckResult[]> | CheckResult[]) => {
    if (!wanted(group) && !needed) return;
    const results = await checksOf();
    if (wanted(group)) checks.push(...results);
  };
  // Any HTTP answer (a 401 included) means something listens; without one, every check would fail alike.
  const hello = await ctx.client.query('{ __typename }');
  if (hello.status === 0) {
    checks.push(result('federation', `the subgraph answers at ${options.url}`, 'fail', [
      `POST ${options.url}: ${hello.failure}; is the subgraph running, and is this its GraphQL endpoint?`,
    ]));
  } else {
    await run('federation', wanted('schema') || wanted('composition') || wanted('latency'), () => federationChecks(ctx));
    await run('composition', false, () => compositionChecks(ctx));
    await run('schema', false, () => schemaChecks(ctx));
    await run('probes', wanted('access') || wanted('latency'), () => probeChecks(ctx, { maxPages: options.maxPages ?? 10_000 }));
    await run('bad input', false, () => badInputChecks(ctx));
    await run('access', false, () => accessChecks(ctx));
    await run('areas', false, () => areaChecks(ctx));
    await run('latency', false, () => latencyChecks(ctx));
  }
  checks.sort((a, b) => CHECK_GROUPS.indexOf(a.group) - CHECK_GROUPS.indexOf(b.group));
  const count = (s: CheckResult['status']) => checks.filter((c) => c.status === s).length;
  const summary = { passed: count('pass'), failed: count('fail'), warnings: count('warn'), skipped: count('skip') };
  return {
    province: options.province,
    url: options.url,
    standardVersion: rules.version,
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - started),
    checks,
    areasKept: ctx.areasKept,
    areasNotKept: ctx.areasNotKept,
    timings: ctx.timings,
    summary,
    ok: summary.failed === 0,
  };
}
