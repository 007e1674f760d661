// Rules of period reports at the Centre that are configuration. [D]: the spec names no deadline; 5 days after
// the period's end is this project's default, read from REPORT_DEADLINE_DAYS.

export function reportDeadlineDays(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.REPORT_DEADLINE_DAYS;
  if (raw === undefined || raw === '') return 5;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 60) throw new Error(`REPORT_DEADLINE_DAYS must be an integer from 0 to 60; got ${JSON.stringify(raw)}`);
  return n;
}
