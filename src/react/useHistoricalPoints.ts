'use client';
import {
  type InfiniteData,
  type QueryKey,
  type UseInfiniteQueryResult,
  useInfiniteQuery,
} from '@tanstack/react-query';
import type { CapillaryMessage, LoyaltyApiError } from '../core/client/LoyaltyApiError.js';
import type { HistoricalPointsFilter } from '../core/client/queries.js';
import type {
  HistoricalPointsEntry,
  HistoricalPointsPage,
} from '../core/history/HistoricalPointsEntry.js';
import { toIsoWithOffset } from '../core/parse/toIsoWithOffset.js';
import { useLoyaltyContext } from './LoyaltyContext.js';
import { flatPages } from './flatPages.js';
import { loyaltyKeys } from './loyaltyKeys.js';
import { loyaltyQueryOptions } from './loyaltyQueryOptions.js';
import { retryInfinite } from './retryInfinite.js';
import { type DateRange, rollingRange } from './rollingRange.js';

/**
 * Which imported entries to read: any filter of the API, or a DATE range given as `Date`s, which the
 * hook writes with the provider's time-zone offset.
 */
export type HistoryFilter = HistoricalPointsFilter | ({ filterType: 'DATE' } & DateRange);

/** Options of `useHistoricalPoints`. */
export interface UseHistoricalPointsOptions {
  /**
   * Which entries to read. A range of `Date`s is asked for to the second: keep it the same from
   * render to render (a `new Date()` in the render is a new query, without the pages loaded).
   * @defaultValue the last 180 days, in the provider's time zone
   */
  filter?: HistoryFilter | undefined;
  /** Entries per page. @defaultValue 20 */
  pageSize?: number | undefined;
  /** Set `false` to hold the query back. @defaultValue true */
  enabled?: boolean | undefined;
}

/** What `useHistoricalPoints` returns: TanStack Query's infinite result plus the flattened entries. */
export type UseHistoricalPointsResult = UseInfiniteQueryResult<
  InfiniteData<HistoricalPointsPage, number>,
  LoyaltyApiError
> & {
  /** Every entry loaded so far. Same array until data changes. */
  entries: readonly HistoricalPointsEntry[];
  /**
   * Warnings of every page loaded, e.g. entries skipped because they did not fit (see
   * `CapillaryMessage`).
   */
  warnings: readonly CapillaryMessage[];
  /** Tries again what failed: the next page after a failed "load more", else every page. */
  retry: () => void;
};

/** The history document's rolling six-month ledger. */
export const DEFAULT_HISTORY_DAYS = 180;

/** Turns a hook filter into the API's, writing `Date`s with the time zone's offset. */
function toApiFilter(filter: HistoryFilter, timeZone: string): HistoricalPointsFilter {
  if (filter.filterType === 'DATE' && 'from' in filter) {
    return {
      filterType: 'DATE',
      filterValues: [toIsoWithOffset(filter.from, timeZone), toIsoWithOffset(filter.to, timeZone)],
    };
  }
  return filter;
}

/** Points a customer earned and redeemed in a legacy programme, imported into Capillary. */
export function useHistoricalPoints(
  customerId: string | number,
  options: UseHistoricalPointsOptions = {},
): UseHistoricalPointsResult {
  const { client, queryClient, timeZone } = useLoyaltyContext('useHistoricalPoints');
  const { enabled = true, pageSize = 20 } = options;
  const filter = toApiFilter(
    options.filter ?? { filterType: 'DATE', ...rollingRange(DEFAULT_HISTORY_DAYS, timeZone) },
    timeZone,
  );
  const result = useInfiniteQuery<
    HistoricalPointsPage,
    LoyaltyApiError,
    InfiniteData<HistoricalPointsPage, number>,
    QueryKey,
    number
  >(
    {
      queryKey: loyaltyKeys.history(client, String(customerId), filter, pageSize),
      queryFn: ({ pageParam, signal }) =>
        client.getHistoricalPoints(
          customerId,
          { filter, offset: pageParam, limit: pageSize },
          { signal },
        ),
      initialPageParam: 0,
      getNextPageParam: (last: HistoricalPointsPage) =>
        last.hasMore ? last.offset + last.limit : undefined,
      ...loyaltyQueryOptions,
      enabled,
    },
    queryClient,
  );
  // Imported history has no ids, and entries alike (two bonuses of a day) are distinct: pages are
  // joined as they are. It is imported once, so pages do not shift while a member reads them.
  const entries = flatPages(result.data?.pages, 'entries');
  const warnings = flatPages(result.data?.pages, 'warnings');
  return Object.assign(result, { entries, warnings, retry: retryInfinite(result) });
}
