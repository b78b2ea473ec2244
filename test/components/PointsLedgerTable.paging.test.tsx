import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PointsLedgerTable } from '../../src/components/PointsLedgerTable/PointsLedgerTable.js';
import { createWrapper } from '../utils/createWrapper.js';
import { setupMockServer } from '../utils/setupMockServer.js';

const DAY = 86_400_000;
const now = Date.now();
const member = { identifierName: 'mobile', identifierValue: '919800000005', source: 'INSTORE' };

/** `YYYY-MM-DD HH:mm:ss.0` in UTC, as the ledger API writes dates. */
const wireTime = (time: number) => new Date(time).toISOString().replace('T', ' ').replace('Z', '');

/** Purchases of 10 points, one per entry of `daysAgo`, served in that order. */
const purchases = (daysAgo: number[]) =>
  daysAgo.map((days, index) => ({
    eventLogId: 100 + index,
    eventName: 'TransactionAdd',
    eventDetails: { eventTime: wireTime(now - days * DAY) },
    pointsEarned: { regular: [{ value: 10 }], promo: [], promised: [] },
    eventReferenceId: String(index),
    uniqueId: `u${index}`,
  }));

// What the mock API serves: each test fills it.
const ledger: Record<string, unknown>[] = [];

const { api } = setupMockServer(() => ({
  customers: [
    {
      customerId: 5,
      mobile: member.identifierValue,
      ledger,
      history: [],
      allocations: [],
    },
  ],
}));

describe('PointsLedgerTable paging', () => {
  it('lists recent activity in the Activity tab when the ledger pages oldest first', async () => {
    // The ledger document does not say in which order events come.
    ledger.splice(0, ledger.length, ...purchases([400, 390, 380, 10, 5, 1]));
    const { Wrapper } = createWrapper();
    render(<PointsLedgerTable customer={member} pageSize={3} />, { wrapper: Wrapper });
    const status = screen.getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent(/^3 entries loaded$/));
    // The header row and the three purchases of the last six months.
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '4');
  });

  it('loads the purchases that follow a back-dated bill ending the first page', async () => {
    // Newest first, but the third was posted late with its bill time of 400 days ago.
    ledger.splice(0, ledger.length, ...purchases([1, 2, 400, 3, 4, 5]));
    const { Wrapper } = createWrapper();
    render(<PointsLedgerTable customer={member} pageSize={3} />, { wrapper: Wrapper });
    const status = screen.getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent(/^5 entries loaded$/));
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '6');
  });

  it('goes on past back-dated bills ending two pages in a row, however fast the pages come', async () => {
    ledger.splice(0, ledger.length, ...purchases([1, 2, 400, 3, 4, 200, 5, 6, 7]));
    const { Wrapper } = createWrapper();
    render(<PointsLedgerTable customer={member} pageSize={3} />, { wrapper: Wrapper });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^7 entries loaded$/));
  });

  it('stops at the first page wholly before the range, though a bill was posted late pages back', async () => {
    const old = Array.from({ length: 30 }, (_, index) => 300 + index);
    ledger.splice(0, ledger.length, ...purchases([1, 2, 400, 3, 4, 5, ...old]));
    const { Wrapper } = createWrapper();
    render(<PointsLedgerTable customer={member} pageSize={3} />, { wrapper: Wrapper });
    const status = screen.getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent(/^5 entries loaded$/));
    await act(async () => screen.getByRole('button', { name: 'Load more' }).click());
    // The page after the last purchase lies wholly before the range: nothing further is asked for,
    // and no Load more is offered for pages that could only bring older activity.
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Load/ })).toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 300));
    const offsets = api()
      .requests.filter((request) => request.path.includes('pointsLedger'))
      .map((request) => request.search.get('offset'));
    expect(offsets).toEqual(['0', '3', '6']);
  });
});
