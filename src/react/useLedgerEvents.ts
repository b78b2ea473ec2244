'use client';
import {
  type InfiniteData,
  type QueryKey,
  type UseInfiniteQueryResult,
  useInfiniteQuery,
} from '@tanstack/react-query';
import { useEffect } from 'react';
import type { CapillaryMessage, LoyaltyApiError } from '../core/client/LoyaltyApiError.js';
import {
  type CustomerIdentifier,
  LEDGER_PARTS,
  type LedgerInclude,
} from '../core/client/queries.js';
import type { EventTypeName } from '../core/eventTypes.js';
import type { LedgerEvent, LedgerPage } from '../core/ledger/LedgerEvent.js';
import { ledgerEventKey } from '../core/ledger/ledgerEventKey.js';
import { useLoyaltyContext } from './LoyaltyContext.js';
import { flatPages } from './flatPages.js';
import { loyaltyKeys } from './loyaltyKeys.js';
import { loyaltyQueryOptions } from './loyaltyQueryOptions.js';
import { retryInfinite } from './retryInfinite.js';

/** Events a page unless asked otherwise, the table's too: a page with both asks the ledger once. */
export const LEDGER_PAGE_SIZE = 50;

/** Options of `useLedgerEvents`. */
export interface UseLedgerEventsOptions {
  /** The customer whose ledger to read. */
  customer: CustomerIdentifier;
  /** Only these `eventLogId`s. */
  eventIds?: ReadonlyArray<number | string> | undefined;
  /** Only events of this name, e.g. `TransactionAdd`. */
  eventName?: EventTypeName | (string & {}) | undefined;
  /** Up to ten reference ids of `eventName` events. */
  eventReferenceIds?: ReadonlyArray<number | string> | undefined;
  /**
   * Optional parts of each event to load (bill details, breakup, custom fields…); `[]` for the
   * events alone. @defaultValue every part, as the widgets load them, so an event can go straight
   * to `EventBreakupCard`
   */
  include?: readonly LedgerInclude[] | undefined;
  /**
   * Events per page. @defaultValue 50, as `PointsLedgerTable` pages, so that with the same options
   * the hook shares the table's pages rather than asking for them again
   */
  pageSize?: number | undefined;
  /** Set `false` to hold the query back. @defaultValue true */
  enabled?: boolean | undefined;
}

/** What `useLedgerEvents` returns: TanStack Query's infinite result plus the flattened rows. */
export type UseLedgerEventsResult = UseInfiniteQueryResult<
  InfiniteData<LedgerPage, number>,
  LoyaltyApiError
> & {
  /**
   * Every event loaded so far, in the API's order: newest first as a rule, but the ledger document
   * does not promise it, and a bill posted late keeps its own time among newer events. Sort by
   * `eventTime` where order matters. Same array until data changes.
   */
  events: readonly LedgerEvent[];
  /**
   * Warnings of every page loaded, e.g. events skipped because they did not fit (see
   * `CapillaryMessage`).
   */
  warnings: readonly CapillaryMessage[];
  /** Tries again what failed: the next page after a failed "load more", else every page. */
  retry: () => void;
};

/**
 * A customer's ledger events, page by page (`fetchNextPage`, `hasNextPage`). As with any TanStack
 * infinite query, a next page that fails sets `status` to `error` and keeps `events`
 * (`isFetchNextPageError`): show the loaded events with the error, and `retry` loads that page.
 */
export function useLedgerEvents(options: UseLedgerEventsOptions): UseLedgerEventsResult {
  const { client, queryClient } = useLoyaltyContext('useLedgerEvents');
  const {
    enabled = true,
    pageSize = LEDGER_PAGE_SIZE,
    include = LEDGER_PARTS,
    ...filters
  } = options;
  const query = { ...filters, include, limit: pageSize };
  const result = useInfiniteQuery<
    LedgerPage,
    LoyaltyApiError,
    InfiniteData<LedgerPage, number>,
    QueryKey,
    number
  >(
    {
      queryKey: loyaltyKeys.ledger(client, query),
      queryFn: ({ pageParam, signal }) =>
        client.getLedgerEvents({ ...query, offset: pageParam }, { signal }),
      initialPageParam: 0,
      getNextPageParam: (last: LedgerPage) => (last.hasMore ? last.offset + last.limit : undefined),
      ...loyaltyQueryOptions,
      enabled,
    },
    queryClient,
  );
  const events = flatPages(result.data?.pages, 'events', ledgerEventKey);
  const warnings = flatPages(result.data?.pages, 'warnings');
  return Object.assign(result, { events, warnings, retry: retryInfinite(result) });
}

/**
 * Whether a further page of the ledger may hold an event at or after `from` (epoch milliseconds),
 * for Load more: the API cannot filter the ledger by date. Its document does not state the order
 * of events, and a late-posted or imported bill keeps its old time among newer events, so one old
 * event proves nothing. Once a whole page, the last, lies before `from` and runs newest first (from
 * the event before it on), no further page can. When the last page only ends before `from`, the
 * next one is loaded quietly to see, rather than offering a Load more that would most likely bring
 * nothing; pages that run oldest first are walked that way until the range comes.
 */
export function useLedgerHasMoreSince(ledger: UseLedgerEventsResult, from: number): boolean {
  const pages = ledger.data?.pages ?? [];
  const lastPage = pages.at(-1)?.events ?? [];
  const endsBefore = (lastPage.at(-1)?.eventTime.getTime() ?? from) < from;
  const mayHoldMore =
    Boolean(ledger.hasNextPage) &&
    // A page whose every event was skipped tells nothing of the times on it; one bill posted late,
    // pages back, tells nothing of the order now.
    (lastPage.length === 0 ||
      lastPage.some((event) => event.eventTime.getTime() >= from) ||
      !runsNewestFirst(ledger.events.slice(-(lastPage.length + 1))));
  const look = mayHoldMore && endsBefore && ledger.status === 'success' && !ledger.isFetching;
  const { fetchNextPage } = ledger;
  // Keyed by the page count too: a page that comes back before a render sees it loading leaves
  // `look` true throughout, and the next page must still be asked for.
  useEffect(() => {
    if (look) void fetchNextPage();
  }, [look, pages.length, fetchNextPage]);
  return mayHoldMore && !endsBefore;
}

/** At least one step back in time and none forward: events of equal times tell nothing. */
function runsNewestFirst(events: readonly LedgerEvent[]): boolean {
  let steppedBack = false;
  for (let index = 1; index < events.length; index++) {
    const time = (events[index] as LedgerEvent).eventTime.getTime();
    const previous = (events[index - 1] as LedgerEvent).eventTime.getTime();
    if (time > previous) return false;
    if (time < previous) steppedBack = true;
  }
  return steppedBack;
}
