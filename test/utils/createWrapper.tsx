import { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import {
  createLoyaltyClient,
  type LoyaltyClientOptions,
} from '../../src/core/client/createLoyaltyClient.js';
import { LoyaltyProvider } from '../../src/react/LoyaltyProvider.js';

/** The mock API's base URL in tests. */
export const TEST_BASE_URL = 'https://loyalty.test/api';

/**
 * A `LoyaltyProvider` wrapper with a fresh QueryClient (no cache shared between tests) and a
 * client that retries quickly.
 */
export function createWrapper(
  options: { locale?: string; timeZone?: string; client?: Partial<LoyaltyClientOptions> } = {},
) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity } },
  });
  const client = createLoyaltyClient({
    baseUrl: TEST_BASE_URL,
    retry: { delayMs: () => 1 },
    timeZone: 'UTC',
    ...options.client,
  });
  // A wrapper per test is the point: each one closes over a fresh QueryClient.
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <LoyaltyProvider
        client={client}
        queryClient={queryClient}
        locale={options.locale}
        timeZone={options.timeZone ?? 'UTC'}
      >
        {children}
      </LoyaltyProvider>
    );
  }
  return { Wrapper, queryClient, client };
}
