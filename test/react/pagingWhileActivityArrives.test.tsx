import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useHistoricalPoints } from '../../src/react/useHistoricalPoints.js';
import { useLedgerEvents } from '../../src/react/useLedgerEvents.js';
import { usePointsTimeline } from '../../src/react/usePointsTimeline.js';
import registration from '../fixtures/ledger/quirks/customer-registration-as-documented.json' with { type: 'json' };
import { createWrapper } from '../utils/createWrapper.js';
import { setupMockServer } from '../utils/setupMockServer.js';

// Offset paging against a ledger and a history that change between two pages, as they do when a
// member shops or an import runs while the page is open.

const DAY = 86_400_000;
const now = Date.now();
const customer = { identifierName: 'mobile', identifierValue: '917406401004', source: 'INSTORE' };
const customerId = 7;

/** `YYYY-MM-DD HH:mm:ss.0` in UTC, as the ledger API writes dates. */
const wireTime = (time: number) => new Date(time).toISOString().replace('T', ' ').replace('Z', '');

/** A purchase of `points` points, `daysAgo` days ago. */
function purchase(id: number, daysAgo: number, points: number) {
  return {
    eventLogId: id,
    eventName: 'TransactionAdd',
    eventDetails: { eventTime: wireTime(now - daysAgo * DAY) },
    pointsEarned: { regular: [{ value: points }], promo: [], promised: [] },
    eventReferenceId: String(1000 + id),
    uniqueId: `u${id}`,
  };
}

/** An imported credit of `points` points on bill `LEG<id>`, `daysAgo` days ago. */
function importedCredit(id: number, daysAgo: number, points: number) {
  return {
    entryType: 'CREDIT',
    points,
    pointsActivity: 'Earned',
    loyaltyProgramName: 'Legacy Rewards',
    billNumber: `LEG${id}`,
    eventDate: wireTime(now - daysAgo * DAY).slice(0, 19),
    externalUniqueId: 'member-7',
  };
}

// What the mock API serves: tests change these arrays in place, between pages.
const ledger: Record<string, unknown>[] = [];
const history: Record<string, unknown>[] = [];
const { api } = setupMockServer(() => ({
  customers: [{ customerId, mobile: customer.identifierValue, ledger, history, allocations: [] }],
}));

function serve(list: Record<string, unknown>[], items: Record<string, unknown>[]) {
  list.splice(0, list.length, ...items);
}

function serveLedger(items: Record<string, unknown>[]) {
  serve(ledger, items);
  serve(history, []);
}

describe('offset paging while activity arrives', () => {
  it('shows an event once when a new one arrives between pages', async () => {
    serveLedger([5, 4, 3, 2, 1].map((id) => purchase(id, 6 - id, 10 * id)));
    const { Wrapper } = createWrapper();
    const { result } = renderHook(() => useLedgerEvents({ customer, pageSize: 2 }), {
      wrapper: Wrapper,
    });
    await waitFor(() => expect(result.current.events).toHaveLength(2));
    ledger.unshift(purchase(6, 0, 60));
    await act(() => result.current.fetchNextPage());
    await waitFor(() => expect(result.current.events.length).toBeGreaterThan(2));
    expect(result.current.events.map((event) => event.eventLogId)).toEqual([5, 4, 3]);
  });

  it('keeps every imported entry, even two alike that fall on different pages', async () => {
    serve(ledger, []);
    // Imported history has no ids: two daily bonuses of one day look the same, and both count.
    const bonus = importedCredit(2, 1, 10);
    serve(history, [importedCredit(3, 0, 30), bonus, { ...bonus }, importedCredit(1, 2, 10)]);
    const { Wrapper } = createWrapper();
    const { result } = renderHook(
      () => useHistoricalPoints(customerId, { filter: { filterType: 'NONE' }, pageSize: 2 }),
      { wrapper: Wrapper },
    );
    await waitFor(() => expect(result.current.entries).toHaveLength(2));
    await act(() => result.current.fetchNextPage());
    await waitFor(() => expect(result.current.entries).toHaveLength(4));
    expect(result.current.entries.map((entry) => entry.points)).toEqual([30, 10, 10, 10]);
  });

  it("counts a purchase's points once in the timeline when a new one arrives between pages", async () => {
    serveLedger([4, 3, 2, 1].map((id) => purchase(id, 5 - id, 10 * id)));
    const { Wrapper } = createWrapper();
    const { result } = renderHook(() => usePointsTimeline({ customer, customerId, pageSize: 2 }), {
      wrapper: Wrapper,
    });
    await waitFor(() => expect(result.current.rows).toHaveLength(2));
    ledger.unshift(purchase(5, 0, 50));
    for (let guard = 0; guard < 5 && result.current.hasNextPage; guard++) {
      await act(async () => result.current.fetchNextPage());
      await waitFor(() => expect(result.current.isFetching).toBe(false));
    }
    const { rows, totals } = result.current;
    expect(rows.map((row) => (row.source === 'ledger' ? row.event.eventLogId : null))).toEqual([
      4, 3, 2, 1,
    ]);
    expect(totals.credits).toBe(40 + 30 + 20 + 10);
  });

  it('keeps both documented CustomerRegistration events, which share an eventLogId, when they come on different pages', async () => {
    serveLedger(registration.events);
    const { Wrapper } = createWrapper();
    const { result } = renderHook(() => useLedgerEvents({ customer, pageSize: 1 }), {
      wrapper: Wrapper,
    });
    await waitFor(() => expect(result.current.events).toHaveLength(1));
    await act(() => result.current.fetchNextPage());
    await waitFor(() => expect(result.current.events.length).toBeGreaterThan(1));
    expect(result.current.events.map((event) => event.eventReferenceId)).toEqual([
      'RefId1',
      'RefId2',
    ]);
  });
});

describe('timeline rows', () => {
  it('gives the two documented CustomerRegistration events a row each, with keys of their own', async () => {
    serveLedger(registration.events);
    const range = { from: new Date('2024-01-01T00:00:00Z'), to: new Date('2024-02-01T00:00:00Z') };
    const { Wrapper } = createWrapper();
    const { result } = renderHook(() => usePointsTimeline({ customer, customerId, range }), {
      wrapper: Wrapper,
    });
    await waitFor(() => expect(result.current.rows).toHaveLength(2));
    const keys = result.current.rows.map((row) => row.key);
    expect(new Set(keys).size).toBe(2);
  });

  it('keeps row keys unique when one page holds the same event twice', async () => {
    serveLedger([purchase(1, 1, 10), purchase(1, 1, 10)]);
    const { Wrapper } = createWrapper();
    const { result } = renderHook(() => usePointsTimeline({ customer, customerId }), {
      wrapper: Wrapper,
    });
    await waitFor(() => expect(result.current.rows).toHaveLength(2));
    const keys = result.current.rows.map((row) => row.key);
    expect(new Set(keys).size).toBe(2);
  });
});

describe('ledger page order, which the documents do not state', () => {
  const daysAgo = [400, 390, 380, 10, 5, 1];

  it('shows recent activity in the timeline when the ledger pages oldest first', async () => {
    serveLedger(daysAgo.map((days, index) => purchase(100 + index, days, 10)));
    const { Wrapper } = createWrapper();
    const { result } = renderHook(() => usePointsTimeline({ customer, customerId, pageSize: 3 }), {
      wrapper: Wrapper,
    });
    await waitFor(() => expect(result.current.status).toBe('success'));
    for (let guard = 0; guard < 5 && result.current.hasNextPage; guard++) {
      await act(async () => result.current.fetchNextPage());
      await waitFor(() => expect(result.current.isFetching).toBe(false));
    }
    expect(result.current.rows).toHaveLength(3);
    expect(result.current.totals.credits).toBe(30);
  });

  it('stops paging the ledger once newest-first pages reach past the start of the range', async () => {
    serveLedger(daysAgo.toReversed().map((days, index) => purchase(100 + index, days, 10)));
    const { Wrapper } = createWrapper();
    const { result } = renderHook(() => usePointsTimeline({ customer, customerId, pageSize: 3 }), {
      wrapper: Wrapper,
    });
    await waitFor(() => expect(result.current.rows).toHaveLength(3));
    expect(result.current.hasNextPage).toBe(true);
    await act(async () => result.current.fetchNextPage());
    await waitFor(() => expect(result.current.hasNextPage).toBe(false));
    expect(result.current.rows).toHaveLength(3);
    const ledgerOffsets = api()
      .requests.filter((request) => request.path.includes('pointsLedger'))
      .map((request) => request.search.get('offset'));
    expect(ledgerOffsets).toEqual(['0', '3']);
  });

  it('keeps paging past a back-dated bill that ends a page, and shows the purchases after it', async () => {
    // Newest first by eventLogId; the third, posted late, keeps its bill time of 400 days ago.
    serveLedger([1, 2, 400, 3, 4, 5].map((days, index) => purchase(200 - index, days, 10)));
    const { Wrapper } = createWrapper();
    const { result } = renderHook(() => usePointsTimeline({ customer, customerId, pageSize: 3 }), {
      wrapper: Wrapper,
    });
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.hasNextPage).toBe(true);
    for (let guard = 0; guard < 5 && result.current.hasNextPage; guard++) {
      await act(async () => result.current.fetchNextPage());
      await waitFor(() => expect(result.current.isFetching).toBe(false));
    }
    expect(result.current.rows).toHaveLength(5);
    expect(result.current.totals.credits).toBe(50);
  });
});
