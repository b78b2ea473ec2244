export type { EventBreakupCardProps } from './components/EventBreakupCard/EventBreakupCard.js';
export { EventBreakupCard } from './components/EventBreakupCard/EventBreakupCard.js';
export type {
  LedgerCellContext,
  LedgerColumnId,
} from './components/PointsLedgerTable/ledgerColumns.js';
export type { LedgerRow, LedgerRowStatus } from './components/PointsLedgerTable/ledgerRows.js';
export type {
  PointsLedgerTab,
  PointsLedgerTableOptions,
  PointsLedgerTableProps,
} from './components/PointsLedgerTable/PointsLedgerTable.js';
export { PointsLedgerTable } from './components/PointsLedgerTable/PointsLedgerTable.js';
export type {
  StreakAchievedLevel,
  StreakDisplayState,
  StreakProgressProps,
  StreakProgressVariant,
} from './components/StreakProgress/StreakProgress.js';
export { StreakProgress } from './components/StreakProgress/StreakProgress.js';
export type {
  TargetDisplayState,
  TargetMilestoneBarProps,
  TargetMilestoneBarVariant,
  TargetMilestoneInput,
} from './components/TargetMilestoneBar/TargetMilestoneBar.js';
export { TargetMilestoneBar } from './components/TargetMilestoneBar/TargetMilestoneBar.js';
// Entry 'capillary-loyalty-widgets': the React provider, hooks and widgets, plus the core model.
export * from './core/index.js';
export type { TranslationValues, Translator, TranslatorOptions } from './i18n/createTranslator.js';
export { createTranslator } from './i18n/createTranslator.js';
export { en } from './i18n/en.js';
export { eventLabel } from './i18n/eventLabel.js';
export type {
  MessageId,
  Messages,
  MessageValue,
  PartialMessages,
  PluralMessage,
} from './i18n/messages.js';
export type { LoyaltyContextValue } from './react/LoyaltyContext.js';
export type { LoyaltyProviderProps } from './react/LoyaltyProvider.js';
export { LoyaltyProvider } from './react/LoyaltyProvider.js';
export { loyaltyKeys } from './react/loyaltyKeys.js';
export type { DateRange } from './react/rollingRange.js';
export type {
  HistoryFilter,
  UseHistoricalPointsOptions,
  UseHistoricalPointsResult,
} from './react/useHistoricalPoints.js';
export { useHistoricalPoints } from './react/useHistoricalPoints.js';
export type { UseLedgerEventsOptions, UseLedgerEventsResult } from './react/useLedgerEvents.js';
export { useLedgerEvents } from './react/useLedgerEvents.js';
export type {
  UsePointsAllocationOptions,
  UsePointsAllocationResult,
} from './react/usePointsAllocation.js';
export { usePointsAllocation } from './react/usePointsAllocation.js';
export type {
  PointsTimelineRow,
  UsePointsTimelineOptions,
  UsePointsTimelineResult,
} from './react/usePointsTimeline.js';
export { usePointsTimeline } from './react/usePointsTimeline.js';
export type {
  WebhookEventsOption,
  WebhookStateOptions,
  WebhookStateResult,
  WebhookSubscribeOption,
} from './react/useReducedWebhookEvents.js';
export type { UseStreaksOptions, UseStreaksResult } from './react/useStreaks.js';
export { useStreaks } from './react/useStreaks.js';
export type { UseTargetsOptions, UseTargetsResult } from './react/useTargets.js';
export { useTargets } from './react/useTargets.js';
