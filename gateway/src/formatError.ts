// Apollo Server's formatError for the gateway: every error a client reads passes here.
//  - Stack traces: Apollo drops those it would add itself when includeStacktraceInErrorResponses is false, but keeps
//    extensions that arrive with an error: a subgraph running in development sends its own `extensions.stacktrace`,
//    which would reach clients through the gateway.
//  - Length: graphql-js quotes a bad input value whole ('Variable "$x" got invalid value "…"'): a 4 MB value came
//    back as a 4 MB message. Messages are cut to MAX_MESSAGE_LENGTH, saying how much was cut.
import type { GraphQLFormattedError } from 'graphql';

export const MAX_MESSAGE_LENGTH = 1000;

export interface FormatErrorOptions {
  /** Strip subgraphs' stack traces too. */
  production: boolean;
}

export function createFormatError({ production }: FormatErrorOptions): (formatted: GraphQLFormattedError) => GraphQLFormattedError {
  return (formatted) => {
    const cut = { ...formatted, message: shorten(formatted.message) };
    const stacktrace = formatted.extensions?.stacktrace;
    if (!production && Array.isArray(stacktrace)) {
      // development's stack trace repeats the message in its first line
      cut.extensions = { ...formatted.extensions, stacktrace: stacktrace.map((line) => (typeof line === 'string' ? shorten(line) : line)) };
    }
    if (!production || !cut.extensions || !('stacktrace' in cut.extensions || 'exception' in cut.extensions)) return cut;
    const { stacktrace: _stacktrace, exception: _exception, ...extensions } = cut.extensions;
    return { ...cut, extensions };
  };
}

const shorten = (text: string): string =>
  text.length > MAX_MESSAGE_LENGTH
    ? `${text.slice(0, MAX_MESSAGE_LENGTH)}… (${text.length - MAX_MESSAGE_LENGTH} more characters cut)`
    : text;
