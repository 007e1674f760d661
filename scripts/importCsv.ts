// `npm run import:csv`: uploads a CSV file of member records or movements (process 10) through the gateway, with an
// Idempotency-Key derived from the file's content (scripts/lib/importCsv.ts): running it again is safe.
//   API_TOKEN=$(npm run -s token -- PROVINCE_OFFICER 79) npm run -s import:csv -- members.csv --province 79 --commune 26734
// Options: --kind NEW_RECORDS|MOVEMENTS (default NEW_RECORDS), --all-or-nothing, --gateway <url> (default
// GATEWAY_URL or http://127.0.0.1:4000/graphql). Prints the mutation's answer as JSON; exits 1 when it has errors.
import { readFileSync } from 'node:fs';
import { importIdempotencyKey, sendImport, type ImportUpload } from './lib/importCsv.ts';
import { cliArgs, type CliArgs } from './lib/cliArgs.ts';

const usage = 'usage: API_TOKEN=<token> npm run -s import:csv -- <file.csv> --province NN --commune NNNNN [--kind NEW_RECORDS|MOVEMENTS] [--all-or-nothing] [--gateway url]';

const cli = cliArgs(usage);
const { args, option, flag } = cli;
// annotated: TypeScript narrows after a call to a never-returning function only when its type is written out
const fail: CliArgs['fail'] = cli.fail;

const province = option('--province') ?? fail('--province is required');
const communeCode = option('--commune') ?? fail('--commune is required');
const kind = option('--kind') ?? 'NEW_RECORDS';
if (kind !== 'NEW_RECORDS' && kind !== 'MOVEMENTS') fail(`--kind must be NEW_RECORDS or MOVEMENTS; got ${kind}`);
const allOrNothing = flag('--all-or-nothing');
const gateway = option('--gateway') ?? process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql';
const token = process.env.API_TOKEN ?? fail('API_TOKEN is not set: a PROVINCE_OFFICER or COMMUNE_OFFICER token (npm run token)');
if (args.length !== 1) fail('give exactly one CSV file');

const upload: ImportUpload = { province, communeCode, kind, csv: readFileSync(args[0], 'utf8'), allOrNothing };
process.stderr.write(`Idempotency-Key: ${importIdempotencyKey(upload)}\n`);
const { status, body } = await sendImport(gateway, token, upload);
process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
if (status !== 200 || (body as { errors?: unknown[] }).errors?.length) process.exit(1);
