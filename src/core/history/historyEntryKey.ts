import type { HistoricalPointsEntry } from './HistoricalPointsEntry.js';

/**
 * An imported entry's React key, the same in the Imported history tab and in All. Entries have no
 * identity of their own (`externalUniqueId` is optional and may repeat): their place in the list
 * makes the key unique.
 */
export function historyEntryKey(entry: HistoricalPointsEntry, index: number): string {
  return `history:${index}:${entry.externalUniqueId ?? ''}`;
}
