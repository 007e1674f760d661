// Group 8, latency: the timed probes' answers, each within standard.json's latencyBudgetMs (measured here, at the
// province subgraph, as the standard's budget is).
import { result, type KitContext } from './context.ts';
import type { CheckResult } from './types.ts';

const PROBES = { report: 'report(period)', membersPage: 'members(first: 500) page', entities: '_entities' } as const;

export function latencyChecks(ctx: KitContext): CheckResult[] {
  return (Object.keys(PROBES) as (keyof typeof PROBES)[]).map((probe) => {
    const budget = ctx.rules.latencyBudgetMs[probe];
    const times = ctx.timings[probe] ?? [];
    const name = `${PROBES[probe]} within ${budget} ms`;
    if (!times.length) return result('latency', name, 'skip', ['not measured (its probe did not run)']);
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const max = sorted.at(-1)!;
    const measured = `${times.length} answer${times.length === 1 ? '' : 's'}: min ${sorted[0]} ms, median ${median} ms, max ${max} ms`;
    return max > budget
      ? result('latency', name, 'fail', [`${PROBES[probe]}: the slowest answer took ${max} ms, over the ${budget} ms budget (${measured})`])
      : result('latency', name, 'pass', [measured]);
  });
}
