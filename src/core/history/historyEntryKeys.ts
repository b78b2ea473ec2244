import { numberRepeats } from '../numberRepeats.js';
import type { HistoricalPointsEntry } from './HistoricalPointsEntry.js';

/**
 * The React key of each imported entry, built alike wherever entries are listed. Entries have no
 * identity of their own (`externalUniqueId` is optional and may repeat), so the key is what they
 * say, not their place: a row the member opened stays open, and no other opens, when a filter or
 * a new entry moves the list.
 */
export function historyEntryKeys(entries: readonly HistoricalPointsEntry[]): string[] {
  return numberRepeats(
    entries.map(
      (entry) =>
        `history:${JSON.stringify([
          entry.externalUniqueId,
          entry.eventDate?.getTime() ?? entry.eventDateText,
          entry.billNumber,
          entry.signedPoints,
          entry.activity,
          entry.programName,
        ])}`,
    ),
  );
}
