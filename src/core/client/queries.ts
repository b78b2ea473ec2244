import type { EventTypeName } from '../eventTypes.js';

/** Who the ledger belongs to, as the explode-info API identifies a customer. */
export interface CustomerIdentifier {
  /** Identifier type: `mobile`, `id`, `email`, `customerId`, `primaryUserId` or `externalId` (any case). */
  identifierName:
    | 'mobile'
    | 'id'
    | 'email'
    | 'customerId'
    | 'primaryUserId'
    | 'externalId'
    // Any case, as the API takes them: the names above are offered, not required.
    | (string & {});
  /** Value of that identifier, e.g. the mobile number. */
  identifierValue: string;
  /** Source the identifier belongs to, e.g. `INSTORE`, `ECOMMERCE`, `ALL`. */
  source:
    | 'INSTORE'
    | 'MARTJACK'
    | 'WECHAT'
    | 'FACEBOOK'
    | 'WEB_ENGAGE'
    | 'TMALL'
    | 'TAOBAO'
    | 'JD'
    | 'ECOMMERCE'
    | 'WEBSITE'
    | 'LINE'
    | 'ALL'
    | (string & {});
  /** For a source with several accounts, the account the identifier is in. */
  accountId?: string | undefined;
}

/** Every optional part of a ledger event, each switched on by one `get…` flag of the API. */
export const LEDGER_PARTS = [
  'billDetails',
  'pointsEarnedBreakup',
  'customFields',
  'extendedFields',
  'maxConversionDetails',
  'paymentModes',
  'alternateCurrencies',
] as const;

/** One optional part of a ledger event. */
export type LedgerInclude = (typeof LEDGER_PARTS)[number];

/** Query of `GET v2/pointsLedger/getLedgerExplodeInfo`. */
export interface LedgerEventsQuery {
  /** The customer whose ledger to read. */
  customer: CustomerIdentifier;
  /** Only these `eventLogId`s. */
  eventIds?: ReadonlyArray<number | string> | undefined;
  /** Only events of this name (behavioural or transactional), e.g. `TransactionAdd`. */
  eventName?: EventTypeName | (string & {}) | undefined;
  /** Up to ten reference ids of `eventName` events (transaction ids, or behavioural request ids). */
  eventReferenceIds?: ReadonlyArray<number | string> | undefined;
  /** Optional parts to include in each event. */
  include?: readonly LedgerInclude[] | undefined;
  /** Only these alternate currencies (comma-joined on the wire; sends `includeAlternateCurrencies=false`, as the API needs). */
  alternateCurrencyNames?: readonly string[] | undefined;
  /** Individual customer or user group entries. */
  type?: 'CUSTOMER' | 'USERGROUP2' | undefined;
  /** For user groups: the primary member's entries. */
  isPrimaryUser?: boolean | undefined;
  /** Whether to include the last year's data (the API's `includeLastOneYearData`). */
  includeLastOneYearData?: boolean | undefined;
  /** Events to skip. @defaultValue 0 */
  offset?: number | undefined;
  /** Events per page. @defaultValue 20 */
  limit?: number | undefined;
}

/** Query of `GET x/neo/pointsAllocation/event`. */
export interface PointsAllocationQuery {
  /** The event's entity id (e.g. the transaction id for `TransactionAdd`). */
  entityId: string | number;
  /** Capillary customer id. */
  customerId: string | number;
  /** The event type id (see `EVENT_TYPES`); give this or `eventName`. */
  eventTypeId?: number | undefined;
  /** The event type name, mapped through `EVENT_TYPES`; give this or `eventTypeId`. */
  eventName?: EventTypeName | (string & {}) | undefined;
  /** Page number, from 1. @defaultValue 1 */
  page?: number | undefined;
  /** Rows per page, 1 to 100. @defaultValue 10 */
  count?: number | undefined;
}

/** The historical-points filter exactly as the API takes it. */
export type HistoricalPointsFilter =
  /** Every entry. */
  | { filterType: 'NONE'; filterValues?: readonly [] }
  /** Two ISO-8601 date-times with offset; both ends inclusive. */
  | { filterType: 'DATE'; filterValues: readonly [string, string] }
  /** Only credits or only debits. */
  | { filterType: 'TRANSACTION_TYPE'; filterValues: readonly ['CREDIT' | 'DEBIT'] }
  /** Only the first bill number counts. */
  | { filterType: 'BILL_NUMBER'; filterValues: readonly [string, ...string[]] };

/** Query of `POST v2/historicalPoints/getHistoricalPoints/{customerId}`. */
export interface HistoricalPointsQuery {
  /** Which entries to return. @defaultValue `{ filterType: 'NONE' }` */
  filter?: HistoricalPointsFilter | undefined;
  /** Records to skip. @defaultValue 0 */
  offset?: number | undefined;
  /** Records per page. @defaultValue 20 */
  limit?: number | undefined;
}
