// Identical subgraph requests in flight at the same time share one HTTP exchange: the second dashboard that asks
// the same province the same question while the first is waiting gets the same answer without a second request.
// The key says what "identical" means, and the caller makes it: SubgraphDataSource keys on the token as well as
// the body, so two readers whose access differs are never merged (each subgraph decides what a token may see).
// Results are shared as the raw exchange (status and body text): each caller parses its own copy, because
// @apollo/gateway mutates the objects it merges into its result.

export class InflightRequests<T> {
  private readonly inflight = new Map<string, Promise<T>>();
  /** Requests that joined one already in flight instead of being sent (tests and logs). */
  merged = 0;

  /** The exchange in flight under `key`, or a new one from `start`, forgotten as soon as it settles. */
  run(key: string, start: () => Promise<T>): { result: Promise<T>; joined: boolean } {
    const existing = this.inflight.get(key);
    if (existing) {
      this.merged++;
      return { result: existing, joined: true };
    }
    const result = start().finally(() => this.inflight.delete(key));
    this.inflight.set(key, result);
    return { result, joined: false };
  }

  get size(): number {
    return this.inflight.size;
  }
}
