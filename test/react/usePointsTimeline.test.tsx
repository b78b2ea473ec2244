import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { normalizeLedgerEvent } from '../../src/core/ledger/normalizeLedgerEvent.js';
import { usePointsTimeline } from '../../src/react/usePointsTimeline.js';
import { generateLedgerEvents } from '../fixtures/generateLedger.js';
import { generateHistory } from '../mocks/generateHistory.js';
import { createWrapper } from '../utils/createWrapper.js';
import { setupMockServer } from '../utils/setupMockServer.js';

const DAY = 86_400_000;
const end = new Date(Date.UTC(2026, 10, 1));
const range = { from: new Date(end.getTime() - 90 * DAY), to: end };
const ledger = generateLedgerEvents(70, 5, { end, start: new Date(end.getTime() - 150 * DAY) });
const history = generateHistory(35, 5, end, 120);

function inRange(time: number) {
  return time >= range.from.getTime() && time <= range.to.getTime();
}

// A redemption in the range, reversed.
const REVERSAL_ID = 1;
const redemption = ledger.find((event) => {
  const read = normalizeLedgerEvent(event, { timeZone: 'UTC' });
  return read.eventName === 'PointsRedemption' && inRange(read.eventTime.getTime());
});
if (!redemption) throw new Error('the generated ledger has no redemption in range');
const reversed = { points: normalizeLedgerEvent(redemption, { timeZone: 'UTC' }).totalRedeemed };
ledger.unshift({
  ...structuredClone(redemption),
  eventLogId: REVERSAL_ID,
  eventName: 'PointsRedemptionReversal',
});
// A reversal that writes the points it gives back twice: as points earned and as the redemption.
const REVERSAL_BOTH_ID = 2;
ledger.unshift({
  ...structuredClone(redemption),
  eventLogId: REVERSAL_BOTH_ID,
  eventName: 'PointsRedemptionReversal',
  pointsEarned: {
    regular: [{ programId: '1', value: String(reversed.points), expiresOn: null }],
    promo: [],
    promised: [],
  },
});
// A legacy correction, imported as a credit of negative points.
history.unshift({
  entryType: 'CREDIT',
  points: -15,
  pointsActivity: 'Correction',
  eventDate: '2026-10-30 10:00:00',
  externalUniqueId: 'legacy-correction',
});
const customer = { identifierName: 'mobile', identifierValue: '917406401004', source: 'INSTORE' };
setupMockServer(() => ({
  customers: [{ customerId: 374819205, mobile: '917406401004', ledger, history, allocations: [] }],
}));

/** The timeline of the range, every page of both sources loaded in one. */
async function wholeTimeline() {
  const { Wrapper } = createWrapper();
  const { result } = renderHook(
    () => usePointsTimeline({ customer, customerId: 374819205, range, pageSize: 100 }),
    { wrapper: Wrapper },
  );
  await waitFor(() => expect(result.current.status).toBe('success'));
  await waitFor(() => expect(result.current.hasNextPage).toBe(false));
  return result.current;
}

describe('usePointsTimeline', () => {
  it('merges ledger and imported history newest first, marking each row with its source, and loses no row', async () => {
    const { Wrapper } = createWrapper();
    const { result } = renderHook(
      () => usePointsTimeline({ customer, customerId: 374819205, range, pageSize: 10 }),
      {
        wrapper: Wrapper,
      },
    );
    await waitFor(() => expect(result.current.status).toBe('success'));
    // Load everything in the range, one page at a time, checking the order at every step.
    for (let guard = 0; guard < 30 && result.current.hasNextPage; guard++) {
      const times = result.current.rows.map((row) => row.date?.getTime() ?? 0);
      expect(times).toEqual([...times].sort((a, b) => b - a));
      const before = result.current.rows.length;
      result.current.fetchNextPage();
      await waitFor(() => expect(result.current.isFetchingNextPage).toBe(false));
      await waitFor(() => expect(result.current.rows.length).toBeGreaterThanOrEqual(before));
    }
    expect(result.current.hasNextPage).toBe(false);

    const expectedLedger = ledger.filter((event) =>
      inRange(Date.parse(`${event.eventDetails.eventTime.replace(' ', 'T')}Z`)),
    );
    const rows = result.current.rows;
    expect(rows.filter((row) => row.source === 'ledger')).toHaveLength(expectedLedger.length);
    expect(rows.filter((row) => row.source === 'history').length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
    const times = rows.map((row) => row.date?.getTime() ?? 0);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('keeps running totals of credits and debits from the oldest row up', async () => {
    const { Wrapper } = createWrapper();
    const { result } = renderHook(
      () => usePointsTimeline({ customer, customerId: 374819205, range, pageSize: 100 }),
      {
        wrapper: Wrapper,
      },
    );
    await waitFor(() => expect(result.current.status).toBe('success'));
    await waitFor(() => expect(result.current.hasNextPage).toBe(false));
    const { rows, totals } = result.current;
    const oldest = rows.at(-1);
    expect(oldest?.runningCredits).toBe(oldest?.credit);
    expect(rows[0]?.runningCredits).toBe(totals.credits);
    expect(rows[0]?.runningDebits).toBe(totals.debits);
    expect(totals.credits).toBeCloseTo(
      rows.reduce((sum, row) => sum + row.credit, 0),
      6,
    );
    expect(totals.net).toBeCloseTo(totals.credits - totals.debits, 6);
  });

  it('counts the points a redemption reversal gives back as a credit', async () => {
    const { rows } = await wholeTimeline();
    const reversal = rows.find(
      (row) => row.source === 'ledger' && row.event.eventLogId === REVERSAL_ID,
    );
    expect(reversal).toMatchObject({ credit: reversed.points, debit: 0 });
    const writtenTwice = rows.find(
      (row) => row.source === 'ledger' && row.event.eventLogId === REVERSAL_BOTH_ID,
    );
    expect(writtenTwice).toMatchObject({ credit: reversed.points, debit: 0 });
  });

  it('counts an imported credit of negative points as points taken', async () => {
    const { rows } = await wholeTimeline();
    const correction = rows.find(
      (row) => row.source === 'history' && row.entry.externalUniqueId === 'legacy-correction',
    );
    expect(correction).toMatchObject({ credit: 0, debit: 15 });
  });

  it('counts the points a return takes back as a debit, never as a negative credit', async () => {
    const { rows } = await wholeTimeline();
    const returns = rows.filter((row) => row.source === 'ledger' && row.event.totalEarned < 0);
    expect(returns.length).toBeGreaterThan(0);
    for (const row of returns) {
      expect(row.credit).toBe(0);
      expect(row.debit).toBeGreaterThan(0);
    }
    expect(rows.every((row) => row.credit >= 0 && row.debit >= 0)).toBe(true);
  });
  it('shows more rows at every Load more, from whichever source holds the next ones', async () => {
    const { Wrapper } = createWrapper();
    const { result } = renderHook(
      () => usePointsTimeline({ customer, customerId: 374819205, range, pageSize: 10 }),
      { wrapper: Wrapper },
    );
    await waitFor(() => expect(result.current.status).toBe('success'));
    for (let guard = 0; guard < 30 && result.current.hasNextPage; guard++) {
      const before = result.current.rows.length;
      result.current.fetchNextPage();
      await waitFor(() => expect(result.current.isFetchingNextPage).toBe(false));
      await waitFor(() => expect(result.current.rows.length).toBeGreaterThan(before));
    }
    expect(result.current.hasNextPage).toBe(false);
  });
});
