// `npm run deploy:keys [-- --dir <folder>]`: writes the secrets docker-compose.yml mounts (default
// ./deploy/secrets, git-ignored), keeping any that exist. Prints what it wrote and what it kept.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SECRETS } from './generateCompose.ts';
import { writeDeploymentKeys } from './deploy/keys.ts';
import { cliArgs } from './lib/cliArgs.ts';

const cli = cliArgs('usage: npm run deploy:keys [-- --dir <folder>]');
const dir = cli.option('--dir') ?? join(fileURLToPath(new URL('..', import.meta.url)), 'deploy/secrets');
if (cli.args.length > 0) cli.fail(`unexpected argument ${cli.args[0]}`);
const written = await writeDeploymentKeys(dir);
for (const name of SECRETS) console.log(`${written.includes(name) ? 'wrote' : 'kept '} ${join(dir, name)}`);
