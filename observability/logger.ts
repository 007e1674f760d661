// The JSON logger of every process (pino): the gateway, the subgraphs, the carrier, npm start.
//
// Errors are logged as { name, message, code } (and the cause's, one level down): pino's default serializer
// writes every own property, which for a DOMException (an aborted fetch) is its 25 legacy constants
// (INDEX_SIZE_ERR …) beside a stack of undici internals, in every timeout's entry. The stack is kept at debug and
// trace levels, where someone is looking for it.
import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config/env.ts';

export type { Logger, LogLevel };

/** What an error looks like in a log entry. */
export interface LoggedError {
  name: string;
  message: string;
  /** A string code (errno `ECONNREFUSED`, PostgreSQL's `57014`, a GraphQL `extensions.code`); never DOMException's legacy number. */
  code?: string;
  cause?: LoggedError;
  stack?: string;
}

/** `destination`: where the JSON lines go. Default stdout (tests read them from a stream of their own). */
export function createLogger(level: LogLevel, bindings: Record<string, unknown> = {}, destination?: DestinationStream): Logger {
  const serialize = errorSerializer({ stack: level === 'debug' || level === 'trace' });
  const options = { level, base: bindings, serializers: { err: serialize, error: serialize } };
  return destination ? pino(options, destination) : pino(options);
}

/** pino serializer for `err`: errors become LoggedError; anything else is logged as it is. */
export function errorSerializer({ stack }: { stack: boolean }): (value: unknown) => unknown {
  const serialize = (value: unknown, depth: number): LoggedError | unknown => {
    if (!isErrorLike(value)) return value;
    const logged: LoggedError = { name: value.name, message: value.message };
    const code = codeOf(value);
    if (code !== undefined) logged.code = code;
    if (depth < 2 && isErrorLike(value.cause)) logged.cause = serialize(value.cause, depth + 1) as LoggedError;
    if (stack && value.stack) logged.stack = value.stack;
    return logged;
  };
  return (value) => serialize(value, 0);
}

/**
 * An Error, or an error of another realm (a DOMException made by Node's fetch is not `instanceof Error` in a
 * jest or vm context): anything with a string name and message.
 */
function isErrorLike(value: unknown): value is Error {
  if (value instanceof Error) return true;
  const candidate = value as { name?: unknown; message?: unknown } | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.name === 'string' && typeof candidate.message === 'string';
}

function codeOf(error: Error): string | undefined {
  const { code, extensions } = error as { code?: unknown; extensions?: { code?: unknown } };
  if (typeof code === 'string') return code;
  if (typeof extensions?.code === 'string') return extensions.code;
  return undefined;
}
