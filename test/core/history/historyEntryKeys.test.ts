import { describe, expect, it } from 'vitest';
import type { HistoricalPointsEntry } from '../../../src/core/history/HistoricalPointsEntry.js';
import { historyEntryKeys } from '../../../src/core/history/historyEntryKeys.js';

function entry(billNumber: string, points: number): HistoricalPointsEntry {
  return {
    entryType: 'credit',
    points,
    signedPoints: points,
    activity: 'Purchase',
    programName: 'Legacy',
    billNumber,
    eventDate: new Date('2024-11-19T10:00:00Z'),
    eventDateText: '2024-11-19 10:00:00',
    externalUniqueId: null,
  };
}

describe('historyEntryKeys', () => {
  it('keeps an entry its key when a filter or a new entry moves it, so an opened row stays the one opened', () => {
    const [first, second] = historyEntryKeys([entry('BILL-1', 40), entry('BILL-2', 60)]);
    expect(historyEntryKeys([entry('BILL-2', 60)])).toEqual([second]);
    expect(historyEntryKeys([entry('BILL-0', 10), entry('BILL-1', 40)])[1]).toBe(first);
  });

  it('tells two alike entries apart, as two bonuses of one day are', () => {
    const keys = historyEntryKeys([entry('BONUS', 50), entry('BONUS', 50)]);
    expect(new Set(keys).size).toBe(2);
  });
});
