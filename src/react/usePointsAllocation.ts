'use client';
import {
  type InfiniteData,
  type QueryKey,
  type UseInfiniteQueryResult,
  useInfiniteQuery,
} from '@tanstack/react-query';
import type {
  PointsAllocation,
  PointsAllocationPage,
} from '../core/allocation/PointsAllocation.js';
import type { CapillaryMessage, LoyaltyApiError } from '../core/client/LoyaltyApiError.js';
import { useLoyaltyContext } from './LoyaltyContext.js';
import { flatPages } from './flatPages.js';
import { loyaltyKeys } from './loyaltyKeys.js';
import { loyaltyQueryOptions } from './loyaltyQueryOptions.js';
import { retryInfinite } from './retryInfinite.js';

/** Options of `usePointsAllocation`: give `eventTypeId` or `eventName`. */
export type UsePointsAllocationOptions = {
  /** The event's entity id (e.g. the transaction id for `TransactionAdd`). */
  entityId: string | number;
  /** Capillary customer id. */
  customerId: string | number;
  /** Rows per page, 1 to 100. @defaultValue 20 */
  pageSize?: number;
  /** Set `false` to load only on demand (e.g. when a card is opened). @defaultValue true */
  enabled?: boolean;
} & (
  | {
      /** The event type id (see `EVENT_TYPES`). */
      eventTypeId: number;
      eventName?: never;
    }
  | {
      /** The event name, mapped to its id through `EVENT_TYPES`. */
      eventName: string;
      eventTypeId?: never;
    }
);

/** What `usePointsAllocation` returns: TanStack Query's infinite result plus the flattened rows. */
export type UsePointsAllocationResult = UseInfiniteQueryResult<
  InfiniteData<PointsAllocationPage, number>,
  LoyaltyApiError
> & {
  /** Every allocation loaded so far. Same array until data changes. */
  allocations: readonly PointsAllocation[];
  /** What the loaded pages could not read: rows left out, or their fields left empty. */
  warnings: readonly CapillaryMessage[];
  /** Tries again what failed: the next page after a failed "load more", else every page. */
  retry: () => void;
};

/** The allocation rows behind one event: what was awarded, redeemed, expired or returned, and when it expires. */
export function usePointsAllocation(
  options: UsePointsAllocationOptions,
): UsePointsAllocationResult {
  const { client, queryClient } = useLoyaltyContext('usePointsAllocation');
  const { enabled = true, pageSize = 20, ...filters } = options;
  const query = { ...filters, count: pageSize };
  const result = useInfiniteQuery<
    PointsAllocationPage,
    LoyaltyApiError,
    InfiniteData<PointsAllocationPage, number>,
    QueryKey,
    number
  >(
    {
      queryKey: loyaltyKeys.allocation(client, query),
      queryFn: ({ pageParam, signal }) =>
        client.getPointsAllocation({ ...query, page: pageParam }, { signal }),
      initialPageParam: 1,
      getNextPageParam: (last: PointsAllocationPage) => (last.hasMore ? last.page + 1 : undefined),
      ...loyaltyQueryOptions,
      enabled,
    },
    queryClient,
  );
  const allocations = flatPages(result.data?.pages, 'allocations');
  const warnings = flatPages(result.data?.pages, 'warnings');
  return Object.assign(result, { allocations, warnings, retry: retryInfinite(result) });
}
