import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
});
