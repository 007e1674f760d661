// `npm start` runs the transfer carrier as its own process (carrier/src/index.ts), as a deployment would: it
// reaches the provinces and the Centre over HTTP only. It signs its SYSTEM tokens with the local key when
// `npm start` made one; otherwise its tokens come from the environment (CARRIER_TOKENS or CARRIER_SIGNING_KEY_FILE).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCAL_KEYS_DIR } from './localAuth.ts';

const ENTRY = fileURLToPath(new URL('../../carrier/src/index.ts', import.meta.url));

export interface CarrierProcess {
  child: ChildProcess;
  /** SIGTERM, then SIGKILL after 5 s. */
  stop(): Promise<void>;
}

export function startCarrierProcess(options: { env: NodeJS.ProcessEnv; issuer: string; audience: string; gatewayUrl: string }): CarrierProcess {
  const keyFile = join(LOCAL_KEYS_DIR, 'signing-key.json');
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
    env: {
      ...options.env,
      AUTH_ISSUER: options.issuer,
      AUTH_AUDIENCE: options.audience,
      GATEWAY_URL: options.gatewayUrl,
      LOG_LEVEL: options.env.LOG_LEVEL ?? 'warn',
      ...(options.env.CARRIER_SIGNING_KEY_FILE || options.env.CARRIER_TOKENS || !existsSync(keyFile) ? {} : { CARRIER_SIGNING_KEY_FILE: keyFile }),
    },
    // one start-up line, then JSON logs at LOG_LEVEL (warn by default, as for the rest of npm start)
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return {
    child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const force = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(force);
    },
  };
}
