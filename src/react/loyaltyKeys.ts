import type {
  HistoricalPointsFilter,
  LedgerEventsQuery,
  PointsAllocationQuery,
} from '../core/client/queries.js';

const all = ['capillary-loyalty'] as const;

/**
 * Every query key the loyalty hooks use, so an app can invalidate or prefetch them:
 * `queryClient.invalidateQueries({ queryKey: loyaltyKeys.all })` refreshes every widget.
 */
export const loyaltyKeys = {
  /** Prefix of every loyalty query. */
  all,
  /** Prefix of every ledger query. */
  ledgers: () => [...all, 'ledger'] as const,
  /** One ledger listing (without paging: pages live inside the infinite query). */
  ledger: (query: Omit<LedgerEventsQuery, 'offset'>) => [...all, 'ledger', query] as const,
  /** Prefix of every allocation query. */
  allocations: () => [...all, 'allocation'] as const,
  /** The allocations of one event. */
  allocation: (query: Omit<PointsAllocationQuery, 'page'>) =>
    [...all, 'allocation', query] as const,
  /** Prefix of every imported-history query. */
  histories: () => [...all, 'history'] as const,
  /** One customer's imported history under one filter. */
  history: (customerId: string, filter: HistoricalPointsFilter, pageSize: number) =>
    [...all, 'history', customerId, { filter, pageSize }] as const,
};
