import type { HistoricalPointsEntry } from './HistoricalPointsEntry.js';

/**
 * An imported entry's React key within one list of them, built alike wherever entries are listed.
 * Entries have no identity of their own (`externalUniqueId` is optional and may repeat): their
 * place in the list makes the key unique.
 */
export function historyEntryKey(entry: HistoricalPointsEntry, index: number): string {
  return `history:${index}:${entry.externalUniqueId ?? ''}`;
}
