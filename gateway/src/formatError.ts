// Apollo Server's formatError for the gateway. Apollo drops stack traces it would add itself when
// includeStacktraceInErrorResponses is false, but keeps extensions that arrive with an error: a subgraph running
// in development sends its own `extensions.stacktrace`, which would reach clients through the gateway.
import type { GraphQLFormattedError } from 'graphql';

export interface FormatErrorOptions {
  /** Strip subgraphs' stack traces too. */
  production: boolean;
}

export function createFormatError({ production }: FormatErrorOptions): (formatted: GraphQLFormattedError) => GraphQLFormattedError {
  return (formatted) => {
    if (!production || !formatted.extensions || !('stacktrace' in formatted.extensions || 'exception' in formatted.extensions)) {
      return formatted;
    }
    const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions;
    return { ...formatted, extensions };
  };
}
