// The report as a provincial IT team reads it: one line per check (✓ passed, ✗ failed, ! warning, - skipped),
// under it each problem naming the field, argument or probe, then the areas kept and a summary line.
import { CHECK_GROUPS, type CheckResult, type ConformanceReport } from './types.ts';

const MARK: Record<CheckResult['status'], string> = { pass: '✓', fail: '✗', warn: '!', skip: '-' };

export function formatReport(report: ConformanceReport, options: { verbose?: boolean } = {}): string {
  const lines = [
    `Conformance of province ${report.province} (${report.url}) to standard ${report.standardVersion}, ${report.startedAt}`,
  ];
  for (const group of CHECK_GROUPS) {
    const checks = report.checks.filter((c) => c.group === group);
    if (!checks.length) continue;
    lines.push('', `${group}`);
    for (const c of checks) {
      lines.push(`  ${MARK[c.status]} ${c.name}`);
      // Facts of a passed check (times, counts) are short; problems are all shown, each on its own line.
      const shown = c.status === 'pass' && !options.verbose ? c.messages.slice(0, 1) : c.messages;
      for (const m of shown) lines.push(`      ${c.status === 'pass' ? '' : '→ '}${m}`);
    }
  }
  if (report.areasKept.length || report.areasNotKept.length) {
    lines.push('', `areas kept: ${report.areasKept.join(', ') || 'none'}; not kept: ${report.areasNotKept.join(', ') || 'none'}`);
  }
  const s = report.summary;
  lines.push(
    '',
    `${report.ok ? 'CONFORMS' : 'DOES NOT CONFORM'}: ${s.passed} passed, ${s.failed} failed, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.skipped} skipped (${(report.durationMs / 1000).toFixed(1)} s)`,
  );
  return lines.join('\n') + '\n';
}
