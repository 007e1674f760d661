// `npm run token`: signs a token with the local key (.data/auth/, the one `npm start` verifies with) for local use.
//   npm run -s token -- CENTRAL_ANALYST
//   npm run -s token -- PROVINCE_OFFICER 79
//   npm run -s token -- COMMUNE_OFFICER 79 26734
//   npm run -s token -- CELL_SECRETARY 79 <cell id>
//   npm run -s token -- MEMBER 79 <member id>
//   npm run -s token -- SYSTEM 79                      (a province's own software: transfer carrier, report push)
//   npm run -s token -- --examples [79]                (one of each role, ids picked from the running demo data)
// Options: --ttl <seconds> (default 28800 = 8 h), --sub <subject>. The token alone goes to stdout; hints to stderr.
import pg from 'pg';
import { principalFromClaims, ROLES, type Principal } from '../auth/principal.ts';
import { loadLocalAuth } from './lib/localAuth.ts';
import { cliArgs, type CliArgs } from './lib/cliArgs.ts';

const usage = `usage: npm run -s token -- <ROLE> [province] [commune|cell|member] [--ttl seconds] [--sub subject]
       npm run -s token -- --examples [province]
roles: ${ROLES.join(', ')}`;

const cli = cliArgs(usage);
const { args, option } = cli;
// annotated: TypeScript narrows after a call to a never-returning function only when its type is written out
const fail: CliArgs['fail'] = cli.fail;
const ttl = Number(option('--ttl') ?? 8 * 3600);
if (!Number.isInteger(ttl) || ttl < 1 || ttl > 7 * 24 * 3600) fail(`--ttl must be 1 to 604800 seconds`);
const subject = option('--sub');

const auth = await loadLocalAuth(process.env).catch((error: Error) => fail(error.message));
if (!auth.signer) fail('AUTH_JWKS_FILE or AUTH_JWKS_URL is set: tokens come from that provider, not from the local key');
const signer = auth.signer;

/** The principal the positional arguments describe, checked by the same rules the verifiers apply. */
function principalOf([role, province, scope]: string[]): Principal {
  const claims: Record<string, unknown> = { role, province };
  if (role === 'COMMUNE_OFFICER') claims.commune = scope;
  if (role === 'CELL_SECRETARY') claims.cell = scope;
  if (role === 'MEMBER') claims.member = scope;
  try {
    return principalFromClaims(claims);
  } catch (error) {
    return fail((error as Error).message);
  }
}

/** A commune, a cell and a member of `province` from the demo data of `npm start` (embedded PostgreSQL). */
async function sampleIds(province: string): Promise<{ commune: string; cell: string; member: string }> {
  const template = process.env.DATABASE_URL_TEMPLATE ?? `postgres://postgres:postgres@127.0.0.1:${process.env.EMBEDDED_PG_PORT ?? 54320}/province_{code}`;
  const client = new pg.Client(template.replaceAll('{code}', province));
  await client.connect();
  try {
    const { rows } = await client.query<{ commune: string; cell: string; member: string }>(
      `SELECT o.commune_code AS commune, o.id AS cell, m.id AS member
         FROM member m JOIN party_org o ON o.id = m.cell_id
        WHERE m.left_on IS NULL AND o.commune_code IS NOT NULL ORDER BY m.id LIMIT 1`,
    );
    if (!rows[0]) throw new Error(`province ${province} has no members yet`);
    return rows[0];
  } finally {
    await client.end();
  }
}

if (args[0] === '--examples') {
  const province = args[1] ?? '79';
  const ids = await sampleIds(province).catch((error: Error) =>
    fail(`cannot read the demo data of province ${province} (is \`npm start\` running?): ${error.message}`),
  );
  const principals: Principal[] = [
    { role: 'CENTRAL_ANALYST' },
    { role: 'PROVINCE_OFFICER', province },
    { role: 'COMMUNE_OFFICER', province, commune: ids.commune },
    { role: 'CELL_SECRETARY', province, cell: ids.cell },
    { role: 'MEMBER', province, member: ids.member },
    { role: 'SYSTEM', province },
  ];
  for (const principal of principals) {
    process.stdout.write(`# ${JSON.stringify(principal)}\n${await signer.mint(principal, { ttlSeconds: ttl })}\n`);
  }
} else {
  if (!args[0]) fail('which role?');
  const principal = principalOf(args);
  process.stdout.write(`${await signer.mint(principal, { ttlSeconds: ttl, subject })}\n`);
  process.stderr.write(`${JSON.stringify(principal)}, valid ${ttl} s; send it as "Authorization: Bearer <token>"\n`);
}
