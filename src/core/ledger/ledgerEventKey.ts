import type { LedgerEvent } from './LedgerEvent.js';

/**
 * A ledger event's identity, for a React key or a cache. `eventLogId` alone is not one: the
 * document's CustomerRegistration sample sends one `eventLogId` twice, without `uniqueId`, told
 * apart only by the reference id.
 */
export function ledgerEventKey(event: LedgerEvent): string {
  return `ledger:${event.eventLogId}:${event.uniqueId ?? ''}:${event.eventReferenceId ?? ''}`;
}

/**
 * The `ledgerEventKey` of each event, made unique with `#2`, `#3`… on a repeat: nothing stops one
 * page from holding two events with the same identity, and React needs a key per row.
 */
export function ledgerEventKeys(events: readonly LedgerEvent[]): string[] {
  const seen = new Map<string, number>();
  return events.map((event) => {
    const key = ledgerEventKey(event);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${key}#${count}`;
  });
}
