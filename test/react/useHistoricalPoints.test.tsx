import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useHistoricalPoints } from '../../src/react/useHistoricalPoints.js';
import { generateHistory } from '../mocks/generateHistory.js';
import { createWrapper } from '../utils/createWrapper.js';
import { setupMockServer } from '../utils/setupMockServer.js';

const history = generateHistory(30, 3, new Date(), 400);
const { api } = setupMockServer(() => ({
  customers: [{ customerId: 348918999, mobile: '1', ledger: [], history, allocations: [] }],
}));

describe('useHistoricalPoints', () => {
  it("asks for the last 180 days by default, written with the provider's time-zone offset", async () => {
    const { Wrapper } = createWrapper({ timeZone: 'Asia/Kolkata' });
    const { result } = renderHook(() => useHistoricalPoints(348918999), { wrapper: Wrapper });
    await waitFor(() => expect(result.current.status).toBe('success'));
    const body = api().requests[0]?.body as {
      filter: { filterType: string; filterValues: string[] };
    };
    expect(body.filter.filterType).toBe('DATE');
    const [from, to] = body.filter.filterValues;
    expect(from).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+05:30$/);
    expect(to).toMatch(/^\d{4}-\d{2}-\d{2}T23:59:59\+05:30$/);
    const days = (Date.parse(to ?? '') - Date.parse(from ?? '')) / 86_400_000;
    expect(Math.round(days)).toBe(180);
  });

  it('shows only entries inside the default six months', async () => {
    const { Wrapper } = createWrapper();
    const { result } = renderHook(() => useHistoricalPoints(348918999, { pageSize: 100 }), {
      wrapper: Wrapper,
    });
    await waitFor(() => expect(result.current.status).toBe('success'));
    const sixMonthsAgo = Date.now() - 181 * 86_400_000;
    expect(result.current.entries.length).toBeGreaterThan(0);
    expect(result.current.entries.length).toBeLessThan(history.length);
    for (const entry of result.current.entries)
      expect(entry.eventDate?.getTime()).toBeGreaterThan(sixMonthsAgo);
  });

  it.each([
    [
      { filterType: 'TRANSACTION_TYPE', filterValues: ['DEBIT'] } as const,
      (entries: { entryType: string }[]) => entries.every((entry) => entry.entryType === 'debit'),
    ],
    [
      { filterType: 'BILL_NUMBER', filterValues: ['LEG0300004', 'LEG0300005'] } as const,
      (entries: { billNumber: string | null }[]) =>
        entries.length === 1 && entries[0]?.billNumber === 'LEG0300004',
    ],
    [{ filterType: 'NONE' } as const, (entries: unknown[]) => entries.length === 30],
  ])('filters by %j', async (filter, check) => {
    const { Wrapper } = createWrapper();
    const { result } = renderHook(() => useHistoricalPoints(348918999, { filter, pageSize: 100 }), {
      wrapper: Wrapper,
    });
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(check(result.current.entries as never)).toBe(true);
  });

  it('pages with offset and limit until the history ends', async () => {
    const { Wrapper } = createWrapper();
    const { result } = renderHook(
      () => useHistoricalPoints(348918999, { filter: { filterType: 'NONE' }, pageSize: 20 }),
      {
        wrapper: Wrapper,
      },
    );
    await waitFor(() => expect(result.current.entries).toHaveLength(20));
    result.current.fetchNextPage();
    await waitFor(() => expect(result.current.entries).toHaveLength(30));
    expect(result.current.hasNextPage).toBe(false);
  });

  it('reports an unknown customer with Capillary code 8015', async () => {
    const { Wrapper } = createWrapper();
    const { result } = renderHook(() => useHistoricalPoints(1), { wrapper: Wrapper });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ code: 8015 });
  });
});
