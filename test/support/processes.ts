// What the tests of whole processes (npm start, the container entries) check about the machine afterwards:
// ports that are free or taken, and processes still running from a folder.
import { readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';

export { freePort } from '../../scripts/lib/freePort.ts';

/** Whether something accepts connections on the loopback port. */
export const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

/** Processes (pid, command line) whose command line mentions `needle`, from /proc. */
export function processesMentioning(needle: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (cmd.includes(needle)) found.push(`${pid} ${cmd}`);
    } catch {
      // gone meanwhile
    }
  }
  return found;
}
