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
  LoyaltyRetryOptions,
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
export { LEDGER_PARTS } from './client/queries.js';
export type { EventTypeName } from './eventTypes.js';
export { EVENT_TYPES } from './eventTypes.js';
export type {
  HistoricalPointsEntry,
  HistoricalPointsPage,
} from './history/HistoricalPointsEntry.js';
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
export { ledgerEventKey } from './ledger/ledgerEventKey.js';
export type { NormalizeLedgerEventOptions } from './ledger/normalizeLedgerEvent.js';
export { normalizeLedgerEvent } from './ledger/normalizeLedgerEvent.js';
export type { NormalizeLedgerPageOptions } from './ledger/normalizeLedgerPage.js';
export { normalizeLedgerPage } from './ledger/normalizeLedgerPage.js';
export { normalizePointsAllocationPage } from './allocation/normalizePointsAllocationPage.js';
export { normalizeHistoricalPointsPage } from './history/normalizeHistoricalPointsPage.js';
export { LoyaltyParseError } from './parse/LoyaltyParseError.js';
export type { FromEventSourceOptions } from './webhooks/fromEventSource.js';
export { fromEventSource } from './webhooks/fromEventSource.js';
export type {
  ActivityEnteredBy,
  ActivityIdentifier,
  AlternateCurrenciesIssuedEvent,
  AlternateCurrencyAmounts,
  AlternateCurrencyConverted,
  AlternateCurrencyConvertedBreakup,
  AlternateCurrencyEntityDetails,
  AlternateCurrencyIssued,
  AlternateCurrencyReversed,
  ConvertedProgramAlternateCurrency,
  ConvertedProgramPoints,
  ConvertedPromotionAlternateCurrency,
  ConvertedPromotionPoints,
  CustomerReference,
  EarningActivityReference,
  IssuedAlternateCurrenciesReversedEvent,
  IssuedPointsReversedEvent,
  KnownWebhookEventName,
  LoyaltyCustomerMergeEvent,
  LoyaltyProgramDetails,
  LoyaltyTier,
  LoyaltyWebhookEvent,
  ManualPointsAdjustmentEvent,
  ParseResult,
  PointsConvertedBreakup,
  PointsExpiredEvent,
  PointsExpiryChange,
  PointsExpiryChangeEvent,
  PointsExpiryReminderEvent,
  PointsExpiryUpdate,
  PointsIssuedEvent,
  PointsRedeemedEvent,
  PointsTransferredInitiatedEvent,
  PointsTransferredReceivedEvent,
  ProgramPoints,
  ProgramPointsReversed,
  PromisedAlternateCurrenciesIssued,
  PromisedPointsIssued,
  PromisedToCurrentAlternateCurrencyConversionEvent,
  PromisedToCurrentPointsConversionEvent,
  PromotionAlternateCurrencies,
  PromotionAlternateCurrenciesIssued,
  PromotionPoints,
  PromotionPointsIssued,
  RedeemedPointsReversedEvent,
  ReversedPointsDetails,
  SinglePointsExpiryUpdatedEvent,
  StreakCustomerEnrolmentEvent,
  StreakCustomerUnEnrolmentEvent,
  StreakEndEvent,
  StreakEntry,
  StreakLevelAchievedEvent,
  StreakLevelUnAchievedEvent,
  StreakStartEvent,
  StreakWebhookEvent,
  TargetAchievedValueUpdatedEvent,
  TargetCustomerEnrolmentEvent,
  TargetDetails,
  TargetMilestone,
  TargetPeriodCompletedEvent,
  TargetPeriodStartedEvent,
  TargetValueAchievedEvent,
  TargetValueUpdatedEvent,
  TargetWebhookEvent,
  TriggeringActivity,
  UnifiedTargetData,
  UnifiedTargetGroupDetails,
  UnifiedTargetsAchievedEvent,
  UnifiedTargetsAchievementCondition,
  UnifiedTargetsUnAchievedEvent,
  UnknownWebhookEvent,
  WebhookHeader,
  WebhookSubscribe,
} from './webhooks/LoyaltyWebhookEvent.js';
export type { ParseLoyaltyWebhookOptions } from './webhooks/parseLoyaltyWebhook.js';
export { parseLoyaltyWebhook } from './webhooks/parseLoyaltyWebhook.js';
export type { StreakLevel, StreakState } from './webhooks/reduceStreaks.js';
export { reduceStreaks } from './webhooks/reduceStreaks.js';
export type { TargetState, UnifiedTargetRule } from './webhooks/reduceTargets.js';
export { reduceTargets } from './webhooks/reduceTargets.js';
