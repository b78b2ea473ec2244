// Entry 'capillary-loyalty-widgets/core': framework-free, no React below this folder.
export type {
  PointsAllocation,
  PointsAllocationPage,
  PointsAllocationStatus,
} from './allocation/PointsAllocation.js';
export type {
  LoyaltyAuth,
  LoyaltyClient,
  LoyaltyClientOptions,
  RequestOptions,
} from './client/createLoyaltyClient.js';
export { createLoyaltyClient } from './client/createLoyaltyClient.js';
export type {
  CapillaryMessage,
  LoyaltyApiErrorKind,
  LoyaltyApiErrorOptions,
} from './client/LoyaltyApiError.js';
export { LoyaltyApiError } from './client/LoyaltyApiError.js';
export type {
  CustomerIdentifier,
  HistoricalPointsFilter,
  HistoricalPointsQuery,
  LedgerEventsQuery,
  LedgerInclude,
  PointsAllocationQuery,
} from './client/queries.js';
export type { EventTypeName } from './eventTypes.js';
export { EVENT_TYPES } from './eventTypes.js';
export type {
  LedgerAlternateCurrency,
  LedgerBehavioralField,
  LedgerBehavioralMetadata,
  LedgerBill,
  LedgerDirection,
  LedgerEarnedTotals,
  LedgerEvent,
  LedgerEventDetails,
  LedgerField,
  LedgerLineItem,
  LedgerPage,
  LedgerPaymentMode,
  LedgerPointsBreakup,
  LedgerPointsEarned,
  LedgerPointsEntry,
  LedgerRedemption,
  LedgerReturnType,
  LedgerTargetCompleted,
  LedgerTargetSourceType,
} from './ledger/LedgerEvent.js';
export type {
  HistoricalPointsEntry,
  HistoricalPointsPage,
} from './history/HistoricalPointsEntry.js';
export type { NormalizeLedgerEventOptions } from './ledger/normalizeLedgerEvent.js';
export { normalizeLedgerEvent } from './ledger/normalizeLedgerEvent.js';
export type { NormalizeLedgerPageOptions } from './ledger/normalizeLedgerPage.js';
export { normalizeLedgerPage } from './ledger/normalizeLedgerPage.js';
export { LoyaltyParseError } from './parse/LoyaltyParseError.js';
