import { numberRepeats } from '../numberRepeats.js';
import type { LedgerEvent } from './LedgerEvent.js';

/**
 * A ledger event's identity, for a React key or a cache. `eventLogId` alone is not one: the
 * document's CustomerRegistration sample sends one `eventLogId` twice, without `uniqueId`, told
 * apart only by the reference id.
 */
export function ledgerEventKey(event: LedgerEvent): string {
  return `ledger:${event.eventLogId}:${event.uniqueId ?? ''}:${event.eventReferenceId ?? ''}`;
}

/** The `ledgerEventKey` of each event, made unique (`numberRepeats`). */
export function ledgerEventKeys(events: readonly LedgerEvent[]): string[] {
  return numberRepeats(events.map(ledgerEventKey));
}
