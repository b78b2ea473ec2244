import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GivenEvents } from '../../src/components/PointsLedgerTable/readGivenEvents.js';
import { useLedgerTableState } from '../../src/components/PointsLedgerTable/useLedgerTableState.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('useLedgerTableState', () => {
  it('does not redraw the table when the typing delay runs out with nothing typed', () => {
    vi.useFakeTimers();
    let renders = 0;
    renderHook(() => {
      renders += 1;
      return useLedgerTableState(null, 'UTC');
    });
    const before = renders;
    act(() => {
      vi.advanceTimersByTime(400);
    });
    expect(renders).toBe(before);
  });

  it('applies a bill number once the typing delay runs out, and a clear at once', () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useLedgerTableState(null, 'UTC'));
    act(() => result.current.setFilters({ ...result.current.filters, billNumber: 'B-1' }));
    expect(result.current.applied.billNumber).toBe('');
    act(() => {
      vi.advanceTimersByTime(300);
    });
    expect(result.current.applied.billNumber).toBe('B-1');
    act(() => result.current.clearFilters());
    expect(result.current.applied.billNumber).toBe('');
    expect(result.current.isDefault).toBe(true);
  });

  it.each(['from', 'to'] as const)(
    'keeps the dates when the member picked only "%s" and new events move the default range',
    (field) => {
      const events = (first: string, last: string): GivenEvents => ({
        rows: [],
        first: Date.parse(first),
        last: Date.parse(last),
        error: null,
      });
      const { result, rerender } = renderHook(
        ({ given }: { given: GivenEvents }) => useLedgerTableState(given, 'UTC'),
        { initialProps: { given: events('2024-03-01T10:00:00Z', '2024-03-20T10:00:00Z') } },
      );
      const picked = new Date('2024-03-05T00:00:00Z');
      act(() => result.current.setFilters({ ...result.current.filters, [field]: picked }));
      const before = { ...result.current.filters };
      rerender({ given: events('2024-02-01T10:00:00Z', '2024-03-20T10:00:00Z') });
      expect(result.current.filters.from).toEqual(before.from);
      expect(result.current.filters.to).toEqual(before.to);
    },
  );

  it('does not say no filters are set while the member shows only points earned', () => {
    const { result } = renderHook(() => useLedgerTableState(null, 'UTC'));
    act(() => result.current.setFilters({ ...result.current.filters, direction: 'earned' }));
    expect(result.current.applied.direction).toBe('earned');
    expect(result.current.isDefault).toBe(false);
  });
});
