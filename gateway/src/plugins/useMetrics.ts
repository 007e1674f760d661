// Counts every GraphQL request the gateway answers, its time and the codes of its errors (metrics/createGatewayMetrics.ts).
import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context.ts';
import type { GatewayMetrics } from '../metrics/createGatewayMetrics.ts';

export function useMetrics(metrics: GatewayMetrics): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (contextValue.warmup) return {};
      const started = performance.now();
      return {
        async willSendResponse({ response, operation }) {
          metrics.observeRequest(operation?.operation ?? 'unknown', (performance.now() - started) / 1000);
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) metrics.countError(error.extensions?.code);
        },
      };
    },
  };
}
