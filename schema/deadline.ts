// The deadline a caller gives a subgraph request, carried in one header: part of the contract between the gateway
// and every subgraph, so it is defined once here (the gateway and the subgraphs may both import schema/).

/**
 * Milliseconds the caller will still wait for this answer, counted from when the subgraph receives the request.
 * Relative rather than an absolute time, so that a clock skewed between two machines cannot shorten or stretch it.
 * A subgraph bounds its SQL by it and gives up on what would answer too late (subgraphs/shared/requestDeadline.ts).
 */
export const DEADLINE_HEADER = 'x-deadline-ms';
