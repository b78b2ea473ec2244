import type { LedgerEvent } from '../core/ledger/LedgerEvent.js';
import type { Translator } from './createTranslator.js';
import { eventMessageId } from './eventMessageId.js';

/**
 * The member-facing name of a ledger event: the label of its event type ("Purchase"), or for a
 * behavioural event the brand's own name for the activity, never the raw event name.
 */
export function eventLabel(
  { eventName, details, behavioralEventMetadata }: LedgerEvent,
  t: Translator,
): string {
  // Behavioural events carry the brand's own name for the activity ("CUP SERIES CHECK-IN");
  // `eventDisplayName` is its identifier ("CupSeries2024"), not words for members.
  return (
    (eventName === 'GenericEvent' && (details.displayName ?? behavioralEventMetadata?.label)) ||
    t(eventMessageId(eventName))
  );
}
