'use client';
import {
  type InfiniteData,
  type QueryKey,
  type UseInfiniteQueryResult,
  useInfiniteQuery,
} from '@tanstack/react-query';
import { useMemo } from 'react';
import type {
  PointsAllocation,
  PointsAllocationPage,
} from '../core/allocation/PointsAllocation.js';
import type { CapillaryMessage, LoyaltyApiError } from '../core/client/LoyaltyApiError.js';
import type { EventTypeName } from '../core/eventTypes.js';
import { useLoyaltyContext } from './LoyaltyContext.js';
import { flatPages } from './flatPages.js';
import { loyaltyKeys } from './loyaltyKeys.js';
import { loyaltyQueryOptions } from './loyaltyQueryOptions.js';
import { retryInfinite } from './retryInfinite.js';

/** Options of `usePointsAllocation`: give `eventTypeId` or `eventName`. */
export type UsePointsAllocationOptions = {
  /**
   * The event's entity id: a ledger event's `eventReferenceId` (the transaction id of a
   * `TransactionAdd`), as `EventBreakupCard` asks.
   */
  entityId: string | number;
  /** Capillary customer id. */
  customerId: string | number;
  /**
   * The ledger event's `eventLogId`, to list only its rows: asked by reference and type, the
   * endpoint may answer with other events' rows too (every goodwill event's, whose reference is
   * `-1`). Rows that name no event log are kept. @defaultValue every row the endpoint answered
   */
  eventLogId?: number | undefined;
  /** Rows per page, 1 to 100. @defaultValue 20 */
  pageSize?: number | undefined;
  /** Set `false` to load only on demand (e.g. when a card is opened). @defaultValue true */
  enabled?: boolean | undefined;
} & (
  | {
      /** The event type id (see `EVENT_TYPES`). */
      eventTypeId: number;
      eventName?: never;
    }
  | {
      /** The event name (a ledger event's `eventName`), mapped to its id through `EVENT_TYPES`. */
      eventName: EventTypeName | (string & {});
      eventTypeId?: never;
    }
);

/** What `usePointsAllocation` returns: TanStack Query's infinite result plus the flattened rows. */
export type UsePointsAllocationResult = UseInfiniteQueryResult<
  InfiniteData<PointsAllocationPage, number>,
  LoyaltyApiError
> & {
  /**
   * Every allocation loaded so far (only `eventLogId`'s, when given). Same array until data
   * changes.
   */
  allocations: readonly PointsAllocation[];
  /** What the loaded pages could not read: rows left out, or their fields left empty. */
  warnings: readonly CapillaryMessage[];
  /** Tries again what failed: the next page after a failed "load more", else every page. */
  retry: () => void;
};

/**
 * The rows of event log `eventLogId`. Once any row names it, rows naming another are left out;
 * when none does, the ids may not be comparable, and all are kept rather than none.
 */
function ofEvent(allocations: readonly PointsAllocation[], eventLogId?: number) {
  const own = allocations.filter((allocation) => allocation.eventLogId === eventLogId);
  return own.length > 0
    ? allocations.filter((allocation) => (allocation.eventLogId ?? eventLogId) === eventLogId)
    : allocations;
}

/**
 * The allocation rows behind one event: what was awarded, redeemed, expired or returned, and when
 * it expires. Capillary answers 404 for an event that allocated nothing: `error.status === 404`
 * is an empty list, not a failure to offer Retry for (`EventBreakupCard` says "No allocations").
 */
export function usePointsAllocation(
  options: UsePointsAllocationOptions,
): UsePointsAllocationResult {
  const { client, queryClient } = useLoyaltyContext('usePointsAllocation');
  const { enabled = true, pageSize = 20, eventLogId, ...filters } = options;
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
  const rows = flatPages(result.data?.pages, 'allocations');
  const allocations = useMemo(() => ofEvent(rows, eventLogId), [rows, eventLogId]);
  const warnings = flatPages(result.data?.pages, 'warnings');
  return Object.assign(result, { allocations, warnings, retry: retryInfinite(result) });
}
