// Group 5, bad input: each is answered with the standard's code, BAD_USER_INPUT (what the reference
// implementation answers: subgraphs/shared/period.ts, pagination.ts), the field null, and nothing else broken.
import { ErrorCode } from '../errorCodes.ts';
import { codesOf, describeAnswer } from './client.ts';
import { askProvince, errorAt, resultOf, type KitContext } from './context.ts';
import type { CheckResult } from './types.ts';

interface BadInputProbe {
  field: string;
  /** The field as asked, arguments included (also the check's name). */
  call: string;
  selection: string;
}

/** A cursor no list made: base64url of text that is not a cursor of this implementation or, likely, any other. */
const MALFORMED_CURSOR = Buffer.from('not a cursor: conformance').toString('base64url');

export const BAD_INPUT_PROBES: readonly BadInputProbe[] = [
  { field: 'report', call: 'report(period: "2026-13")', selection: 'memberCount' },
  { field: 'members', call: 'members(first: 501)', selection: 'totalCount' },
  { field: 'members', call: 'members(first: -1)', selection: 'totalCount' },
  { field: 'meetings', call: 'meetings(month: "x")', selection: 'totalCount' },
  { field: 'members', call: `members(after: "${MALFORMED_CURSOR}")`, selection: 'totalCount' },
];

export async function badInputChecks(ctx: KitContext): Promise<CheckResult[]> {
  const out: CheckResult[] = [];
  for (const probe of BAD_INPUT_PROBES) {
    const { answer, province } = await askProvince(ctx, `${probe.call} { ${probe.selection} }`);
    const error = errorAt(answer, probe.field);
    const problems: string[] = [];
    if (error?.extensions?.code !== ErrorCode.BAD_USER_INPUT) {
      problems.push(`${probe.call}: expected an error with code ${ErrorCode.BAD_USER_INPUT}; found ${codesOf(answer)} (${describeAnswer(answer)})`);
    }
    if (province?.[probe.field] != null) problems.push(`${probe.call}: expected null; got ${JSON.stringify(province[probe.field]).slice(0, 100)}`);
    out.push(resultOf('bad input', `${probe.call} → ${ErrorCode.BAD_USER_INPUT}`, problems));
  }
  return out;
}
