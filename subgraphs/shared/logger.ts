import { pino, type Logger } from 'pino';
import type { LogLevel } from '../../config/env.ts';

export type { Logger };

/** Structured JSON logs on stdout; one child per subgraph and per request carries its context. */
export function createLogger(level: LogLevel, bindings: Record<string, unknown> = {}): Logger {
  return pino({ level, base: bindings });
}
