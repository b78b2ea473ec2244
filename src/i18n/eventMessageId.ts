import { EVENT_TYPES, type EventTypeName } from '../core/eventTypes.js';
import type { MessageId } from './messages.js';

const KNOWN_NAMES: ReadonlySet<string> = new Set(EVENT_TYPES.names);

/**
 * The message id of an event type's label: `'TransactionAdd'` → `'event.TransactionAdd'`; a name
 * Capillary does not document (or `null`) → `'event.unknown'` ("Loyalty activity").
 */
export function eventMessageId(eventName: string | null | undefined): MessageId {
  return eventName !== null && eventName !== undefined && KNOWN_NAMES.has(eventName)
    ? `event.${eventName as EventTypeName}`
    : 'event.unknown';
}
