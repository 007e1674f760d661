// Hits and misses of @apollo/gateway's query plan cache. The gateway offers no hook for them, so its store's get()
// is wrapped: `queryPlanStore` is a private field of ApolloGateway 2.14 (dist/index.js: executor, "let queryPlan =
// await this.queryPlanStore.get(key)", then planning on a miss). gateway/__tests__/metrics.test.ts fails if a
// new version renames it (no lookup would be counted), rather than the counter silently staying at 0.
import type { ApolloGateway } from '@apollo/gateway';
import type { GatewayMetrics } from './createGatewayMetrics.ts';

interface PlanStore {
  get(key: string): Promise<unknown>;
}

export function countPlanCache(gateway: ApolloGateway, metrics: GatewayMetrics): void {
  const store = (gateway as unknown as { queryPlanStore?: PlanStore }).queryPlanStore;
  if (!store || typeof store.get !== 'function') throw new Error('@apollo/gateway has no queryPlanStore: see gateway/src/metrics/countPlanCache.ts');
  const get = store.get.bind(store);
  store.get = async (key) => {
    const plan = await get(key);
    metrics.countPlanCache(plan === undefined ? 'miss' : 'hit');
    return plan;
  };
}
