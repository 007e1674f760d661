// Structured JSON logs on stdout (observability/logger.ts: the one logger of every process, errors as
// { name, message, code }); one child per subgraph and per request carries its context.
export { createLogger, type Logger } from '../../observability/logger.ts';
