// The command line of the small scripts (npm run token, npm run import:csv): options taken out of argv as they are
// read, so that what is left are the positional arguments; a mistake prints the problem and the usage, exit 2.
export interface CliArgs {
  /** What is left of argv once options and flags were read. */
  args: string[];
  /** `--name value`, or undefined when absent (a name without a value fails). */
  option(name: string): string | undefined;
  /** `--name`, true when present. */
  flag(name: string): boolean;
  fail(message: string): never;
}

export function cliArgs(usage: string, argv: string[] = process.argv.slice(2)): CliArgs {
  const args = [...argv];
  const fail = (message: string): never => {
    process.stderr.write(`${message}\n${usage}\n`);
    process.exit(2);
  };
  return {
    args,
    fail,
    option(name) {
      const i = args.indexOf(name);
      if (i < 0) return undefined;
      const value = args[i + 1];
      if (value === undefined) fail(`${name} needs a value`);
      args.splice(i, 2);
      return value;
    },
    flag(name) {
      const i = args.indexOf(name);
      if (i >= 0) args.splice(i, 1);
      return i >= 0;
    },
  };
}
