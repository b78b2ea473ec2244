import type { LoyaltyClient } from '../core/client/createLoyaltyClient.js';
import type {
  HistoricalPointsFilter,
  LedgerEventsQuery,
  PointsAllocationQuery,
} from '../core/client/queries.js';

const all = ['capillary-loyalty'] as const;

/**
 * The API a query asked and the zone its dates were read in: two providers on one QueryClient (two
 * brands, or a changed `organizationTimeZone`) must not show each other's answers.
 */
type Source = Pick<LoyaltyClient, 'baseUrl' | 'timeZone'>;

/**
 * Every query key the loyalty hooks use, so an app can invalidate or prefetch them:
 * `queryClient.invalidateQueries({ queryKey: loyaltyKeys.all })` refreshes every widget. A query's
 * key names the client the widgets ask through: its `baseUrl`, and the `timeZone` it reads
 * Capillary's dates in (a provider's `organizationTimeZone`, else its `timeZone`). To prefetch on a
 * server for the browser's widgets, pass the browser's, `{ baseUrl: '/api/loyalty', timeZone:
 * 'Asia/Kolkata' }`, not the server's client, and give the server's client that same `timeZone`:
 * its own default, UTC, would read the dates differently from what the key says.
 * `PointsLedgerTable` and `useLedgerEvents` ask for `{ customer, include: LEDGER_PARTS, limit: 50 }`
 * unless given other options. Pages hold `Date`s: send them to the browser with a serializer that
 * keeps them (React Server Components do, JSON does not).
 */
export const loyaltyKeys = {
  /** Prefix of every loyalty query. */
  all,
  /** Prefix of every ledger query. */
  ledgers: () => [...all, 'ledger'] as const,
  /** One ledger listing (without paging: pages live inside the infinite query). */
  ledger: ({ baseUrl, timeZone }: Source, query: Omit<LedgerEventsQuery, 'offset'>) =>
    [...all, 'ledger', baseUrl, timeZone, query] as const,
  /** Prefix of every allocation query. */
  allocations: () => [...all, 'allocation'] as const,
  /** The allocations of one event. */
  allocation: ({ baseUrl, timeZone }: Source, query: Omit<PointsAllocationQuery, 'page'>) =>
    [...all, 'allocation', baseUrl, timeZone, query] as const,
  /** Prefix of every imported-history query. */
  histories: () => [...all, 'history'] as const,
  /** One customer's imported history under one filter. */
  history: (
    { baseUrl, timeZone }: Source,
    customerId: string,
    filter: HistoricalPointsFilter,
    pageSize: number,
  ) => [...all, 'history', baseUrl, timeZone, customerId, { filter, pageSize }] as const,
};
