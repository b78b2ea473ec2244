import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePointsAllocation } from '../../src/react/usePointsAllocation.js';
import { createWrapper } from '../utils/createWrapper.js';
import { setupMockServer } from '../utils/setupMockServer.js';

const rows = Array.from({ length: 25 }, (_, index) => ({
  id: 100 + index,
  status: index % 2 ? 'REDEEMED' : 'ACTIVE',
  points_value: 10 + index,
  points_source_id: 555,
  event_type_id: 15,
  expiry_date: 1_790_000_000_000,
}));
// Two goodwill events: neither has a reference (`-1`), so asking for one answers with both's rows.
const goodwillRows = [
  { id: 1, status: 'ACTIVE', points_value: 10, event_log_id: 600001087, event_type_id: 32 },
  { id: 2, status: 'ACTIVE', points_value: 100, event_log_id: 600000755, event_type_id: 32 },
  { id: 3, status: 'REDEEMED', points_value: 5, event_log_id: 600001087, event_type_id: 32 },
].map((row) => ({ ...row, points_source_id: -1 }));
const { api } = setupMockServer(() => ({
  customers: [
    {
      customerId: 374819205,
      mobile: '1',
      ledger: [],
      history: [],
      allocations: [...rows, ...goodwillRows],
    },
  ],
}));

describe('usePointsAllocation', () => {
  it('looks up the event type id from its name and loads allocations page by page from 1', async () => {
    const { Wrapper } = createWrapper();
    const { result } = renderHook(
      () =>
        usePointsAllocation({
          entityId: 555,
          customerId: 374819205,
          eventName: 'TransactionAdd',
          pageSize: 10,
        }),
      { wrapper: Wrapper },
    );
    await waitFor(() => expect(result.current.allocations).toHaveLength(10));
    expect(api().requests[0]?.search.get('event_type_id')).toBe('15');
    result.current.fetchNextPage();
    await waitFor(() => expect(result.current.allocations).toHaveLength(20));
    result.current.fetchNextPage();
    await waitFor(() => expect(result.current.allocations).toHaveLength(25));
    expect(result.current.hasNextPage).toBe(false);
    expect(api().requests.map((request) => request.search.get('page'))).toEqual(['1', '2', '3']);
    expect(result.current.allocations[1]).toMatchObject({ status: 'redeemed', pointsValue: 11 });
  });

  it("lists only the event's own allocations when the endpoint also answers another event's", async () => {
    const { Wrapper } = createWrapper();
    const { result } = renderHook(
      () =>
        usePointsAllocation({
          entityId: '-1',
          customerId: 374819205,
          eventName: 'AllocateGoodwillPoints',
          eventLogId: 600001087,
        }),
      { wrapper: Wrapper },
    );
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(api().requests[0]?.search.get('entity_id')).toBe('-1');
    expect(result.current.allocations.map((allocation) => allocation.id)).toEqual([1, 3]);
  });

  it('waits until enabled, so a card can load allocations only when opened', async () => {
    const { Wrapper } = createWrapper();
    const { result, rerender } = renderHook(
      ({ enabled }) =>
        usePointsAllocation({ entityId: 555, customerId: 374819205, eventTypeId: 15, enabled }),
      { wrapper: Wrapper, initialProps: { enabled: false } },
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(api().requests).toHaveLength(0);
    rerender({ enabled: true });
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(api().requests).toHaveLength(1);
  });

  it('refuses an event name Capillary does not have, without a request', async () => {
    const { Wrapper } = createWrapper();
    const { result } = renderHook(
      () => usePointsAllocation({ entityId: 555, customerId: 374819205, eventName: 'Purchase' }),
      { wrapper: Wrapper },
    );
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ kind: 'invalid-query' });
    expect(api().requests).toHaveLength(0);
  });
});
