// npm run conformance -- --province 01 --url http://127.0.0.1:4101/graphql --token-file officer.jwt [--analyst-token-file analyst.jwt] [--json]
// Checks a running province subgraph against the national standard (docs/standard/conformance.md) and prints the
// report. Exit 0 when every check passes, 1 when one fails, 2 on bad usage (the message names the option).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatReport } from './formatReport.ts';
import { ConformanceUsageError, runConformance } from './runConformance.ts';
import { CHECK_GROUPS, type CheckGroup, type ConformanceRunOptions } from './types.ts';

export const USAGE = `usage: npm run conformance -- --province <NN> --url <graphql URL> (--token <jwt> | --token-file <file>)
         [--analyst-token <jwt> | --analyst-token-file <file>] [--json] [--only <group,…>] [--past-months <n>] [--verbose]
  --province      the province's 2-digit code (schema/provinces.json)
  --url           the province subgraph's GraphQL endpoint, e.g. http://127.0.0.1:4101/graphql
  --token         a PROVINCE_OFFICER token of that province (or --token-file: a file holding it)
  --analyst-token a CENTRAL_ANALYST token: adds the analyst checks (or --analyst-token-file)
  --json          print the report as JSON instead of text
  --only          run only these groups: ${CHECK_GROUPS.join(', ')}
  --past-months   months before the current one whose report is probed (default 3)
  --verbose       print every fact of the passed checks
exit status: 0 conforms, 1 a check failed, 2 bad usage`;

class UsageError extends Error {}

function tokenFrom(values: Record<string, string | boolean | undefined>, name: string): string | undefined {
  const inline = values[name] as string | undefined;
  const file = values[`${name}-file`] as string | undefined;
  if (inline !== undefined && file !== undefined) throw new UsageError(`--${name} and --${name}-file: give one of them`);
  if (file === undefined) return inline?.trim() || (inline === undefined ? undefined : '');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    throw new UsageError(`--${name}-file: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/** The run's options from the command line; a UsageError naming the option when they are wrong. */
export function parseCommandLine(argv: string[]): { options: ConformanceRunOptions; json: boolean; verbose: boolean } | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        province: { type: 'string' },
        url: { type: 'string' },
        token: { type: 'string' },
        'token-file': { type: 'string' },
        'analyst-token': { type: 'string' },
        'analyst-token-file': { type: 'string' },
        json: { type: 'boolean' },
        only: { type: 'string' },
        'past-months': { type: 'string' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    // node's messages name the option: "Unknown option '--tokn'", "Option '--url <value>' argument missing"
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';
  if (!values.province) throw new UsageError('--province: required (the 2-digit province code, e.g. --province 01)');
  if (!/^\d{2}$/.test(values.province)) throw new UsageError(`--province: expected a 2-digit code, got "${values.province}"`);
  if (!values.url) throw new UsageError('--url: required (the province subgraph\'s GraphQL endpoint)');
  if (!/^https?:\/\/.+/.test(values.url)) throw new UsageError(`--url: expected an http:// or https:// URL, got "${values.url}"`);
  const token = tokenFrom(values, 'token');
  if (!token) throw new UsageError('--token or --token-file: required (a PROVINCE_OFFICER token of the province)');
  const analystToken = tokenFrom(values, 'analyst-token');
  if (analystToken === '') throw new UsageError('--analyst-token: empty');
  let groups: CheckGroup[] | undefined;
  if (values.only !== undefined) {
    groups = values.only.split(',').map((g) => g.trim()) as CheckGroup[];
    const unknown = groups.filter((g) => !CHECK_GROUPS.includes(g));
    if (unknown.length || !groups.length) throw new UsageError(`--only: unknown group ${unknown.map((g) => `"${g}"`).join(', ')}; the groups are ${CHECK_GROUPS.join(', ')}`);
  }
  let pastMonths: number | undefined;
  if (values['past-months'] !== undefined) {
    pastMonths = Number(values['past-months']);
    if (!Number.isInteger(pastMonths) || pastMonths < 0 || pastMonths > 24) throw new UsageError(`--past-months: expected a whole number from 0 to 24, got "${values['past-months']}"`);
  }
  return {
    options: { province: values.province, url: values.url, token, analystToken, groups, pastMonths },
    json: values.json ?? false,
    verbose: values.verbose ?? false,
  };
}

/** Where main writes (the process's streams; tests pass their own). */
export interface CliOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processOutput: CliOutput = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Runs the command line; resolves to the exit status (0 conforms, 1 a check failed, 2 bad usage). */
export async function main(argv: string[], out: CliOutput = processOutput): Promise<number> {
  let parsed;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    out.stderr(`conformance: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (parsed === 'help') {
    out.stdout(`${USAGE}\n`);
    return 0;
  }
  try {
    const report = await runConformance(parsed.options);
    out.stdout(parsed.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, { verbose: parsed.verbose }));
    return report.ok ? 0 : 1;
  } catch (error) {
    if (!(error instanceof ConformanceUsageError)) throw error;
    out.stderr(`conformance: --${error.message}\n${USAGE}\n`);
    return 2;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
