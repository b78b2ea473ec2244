import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PointsLedgerTable } from '../../src/components/PointsLedgerTable/PointsLedgerTable.js';
import { normalizeLedgerEvent } from '../../src/core/ledger/normalizeLedgerEvent.js';
import { createWrapper } from '../utils/createWrapper.js';
import { setupMockServer } from '../utils/setupMockServer.js';

const member = { identifierName: 'mobile', identifierValue: '919800000001', source: 'INSTORE' };
const ledger: Record<string, unknown>[] = [];
const { api } = setupMockServer(() => ({
  customers: [
    { customerId: 1, mobile: member.identifierValue, ledger, history: [], allocations: [] },
  ],
}));

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  ledger.length = 0;
});

/** A purchase as the ledger sends it, at a zone-less `time`. */
function purchase(eventLogId: number, time: string, points: number) {
  return {
    eventLogId,
    eventName: 'TransactionAdd',
    eventDetails: { eventTime: time },
    pointsEarned: { regular: [{ value: points, expiresOn: '2027-11-01 00:00:00.0' }] },
  };
}

const status = () => screen.getByRole('status');

describe('PointsLedgerTable, the range it opens with', () => {
  it("shows the morning's purchase on a page left open overnight", async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(new Date('2026-11-20T23:50:00Z'));
    ledger.push(purchase(1, '2026-11-20 20:00:00.0', 10));
    const { Wrapper, queryClient } = createWrapper();
    render(
      <Wrapper>
        <PointsLedgerTable customer={member} />
      </Wrapper>,
    );
    await waitFor(() => expect(status()).toHaveTextContent(/^1 entry loaded$/));

    vi.setSystemTime(new Date('2026-11-21T08:00:00Z'));
    ledger.unshift(purchase(2, '2026-11-21 07:30:00.0', 500));
    await act(() => queryClient.invalidateQueries());
    await waitFor(() => expect(api().requests).toHaveLength(2));
    act(() => vi.advanceTimersByTime(60_000));
    await waitFor(() => expect(status()).toHaveTextContent(/^2 entries loaded$/));
    expect(screen.getByLabelText('To')).toHaveValue('2026-11-21');
  });

  it("shows another member's events at once when an app swaps the events it gives", () => {
    const given = (...events: ReturnType<typeof purchase>[]) =>
      events.map((event) => normalizeLedgerEvent(event, { timeZone: 'UTC' }));
    const view = render(
      <PointsLedgerTable events={given(purchase(1, '2026-11-20 10:00:00.0', 10))} timeZone="UTC" />,
    );
    expect(status()).toHaveTextContent(/^1 entry loaded$/);
    view.rerender(
      <PointsLedgerTable
        events={given(
          purchase(2, '2024-01-05 10:00:00.0', 20),
          purchase(3, '2024-01-04 10:00:00.0', 30),
        )}
        timeZone="UTC"
      />,
    );
    // Not "No points activity matches these filters" while the old dates wait out a typing delay.
    expect(status()).toHaveTextContent(/^2 entries loaded$/);
  });
});
