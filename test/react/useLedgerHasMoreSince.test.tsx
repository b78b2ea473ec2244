import { renderHook, waitFor } from '@testing-library/react';
import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { useLedgerEvents, useLedgerHasMoreSince } from '../../src/react/useLedgerEvents.js';
import { createWrapper } from '../utils/createWrapper.js';
import { setupMockServer } from '../utils/setupMockServer.js';

const DAY = 86_400_000;
// Whole seconds: the ledger writes times to the second, and `from` is compared to the millisecond.
const now = Math.floor(Date.now() / 1000) * 1000;
/** The start of the range shown: 180 days back, as the table opens. */
const from = now - 180 * DAY;
const member = { identifierName: 'mobile', identifierValue: '919800000006', source: 'INSTORE' };

/** `YYYY-MM-DD HH:mm:ss.sss` in UTC, as the ledger API writes dates. */
const wireTime = (time: number) => new Date(time).toISOString().replace('T', ' ').replace('Z', '');

/** Purchases at these times (epoch ms), served in that order. */
const purchasesAt = (times: number[]) =>
  times.map((time, index) => ({
    eventLogId: 100 + index,
    eventName: 'TransactionAdd',
    eventDetails: { eventTime: wireTime(time) },
    pointsEarned: { regular: [{ value: 10 }], promo: [], promised: [] },
    eventReferenceId: String(index),
    uniqueId: `u${index}`,
  }));
const daysAgo = (...days: number[]) => days.map((count) => now - count * DAY);

// What the mock API serves: each test fills it.
const ledger: Record<string, unknown>[] = [];

const { api, server } = setupMockServer(() => ({
  customers: [
    { customerId: 6, mobile: member.identifierValue, ledger, history: [], allocations: [] },
  ],
}));

/** Two events a page, as the widgets page the ledger, with whether Load more may find more. */
function renderLedger() {
  const { Wrapper } = createWrapper();
  return renderHook(
    () => {
      const result = useLedgerEvents({ customer: member, pageSize: 2 });
      return { result, hasMore: useLedgerHasMoreSince(result, from) };
    },
    { wrapper: Wrapper },
  );
}

/** The offsets of the ledger pages asked for, once asking has stopped. */
async function settledOffsets() {
  await new Promise((resolve) => setTimeout(resolve, 200));
  return api()
    .requests.filter((request) => request.path.includes('pointsLedger'))
    .map((request) => request.search.get('offset'));
}

describe('Load more on a ledger that cannot be asked for a date range', () => {
  it('offers Load more after a page whose last event is at the very start of the range', async () => {
    ledger.splice(0, ledger.length, ...purchasesAt([now - DAY, from, ...daysAgo(200, 210)]));
    const { result } = renderLedger();
    await waitFor(() => expect(result.current.result.status).toBe('success'));
    expect(await settledOffsets()).toEqual(['0']);
    expect(result.current.hasMore).toBe(true);
  });

  it('offers no Load more once the last page of the ledger has come', async () => {
    ledger.splice(0, ledger.length, ...purchasesAt(daysAgo(1, 2, 3)));
    const { result } = renderLedger();
    await waitFor(() => expect(result.current.result.events).toHaveLength(2));
    result.current.result.fetchNextPage();
    await waitFor(() => expect(result.current.result.events).toHaveLength(3));
    expect(result.current.hasMore).toBe(false);
  });

  it('offers Load more after a page of events it could not read, rather than walking on unseen', async () => {
    ledger.splice(
      0,
      ledger.length,
      { eventLogId: 'not a number' },
      { eventLogId: 'nor this' },
      ...purchasesAt(daysAgo(300, 310)),
    );
    const { result } = renderLedger();
    await waitFor(() => expect(result.current.result.status).toBe('success'));
    expect(result.current.result.warnings).not.toHaveLength(0);
    expect(await settledOffsets()).toEqual(['0']);
    expect(result.current.hasMore).toBe(true);
  });

  it('looks one page further when the last page reaches back past the start from an event on it', async () => {
    // Newest first, with an event exactly at the start: the page does not lie wholly before it.
    ledger.splice(0, ledger.length, ...purchasesAt([from, ...daysAgo(200, 210, 220, 230)]));
    const { result } = renderLedger();
    await waitFor(() => expect(result.current.result.events).toHaveLength(4));
    expect(await settledOffsets()).toEqual(['0', '2']);
    expect(result.current.hasMore).toBe(false);
  });

  it('goes on when an old page is newer than the back-dated bill before it', async () => {
    // The bill of 400 days ago ends the first page; the next page's 300 days is a step forward
    // from it, so the ledger is not running newest first there, and a purchase may still follow.
    ledger.splice(0, ledger.length, ...purchasesAt(daysAgo(1, 400, 300, 310, 3, 4)));
    const { result } = renderLedger();
    await waitFor(() => expect(result.current.result.events).toHaveLength(6));
    expect(await settledOffsets()).toEqual(['0', '2', '4']);
  });

  it('stops at an old page that runs newest first, though two of its events share a time', async () => {
    ledger.splice(0, ledger.length, ...purchasesAt(daysAgo(1, 250, 260, 260, 3, 4)));
    const { result } = renderLedger();
    await waitFor(() => expect(result.current.result.events).toHaveLength(4));
    expect(await settledOffsets()).toEqual(['0', '2']);
    expect(result.current.hasMore).toBe(false);
  });

  it('goes on past an old page whose events all share one time, which shows no order', async () => {
    ledger.splice(0, ledger.length, ...purchasesAt(daysAgo(1, 250, 250, 250, 3, 4)));
    const { result } = renderLedger();
    await waitFor(() => expect(result.current.result.events).toHaveLength(6));
    expect(await settledOffsets()).toEqual(['0', '2', '4']);
  });

  it('offers no Load more while it quietly looks at the page after a back-dated bill', async () => {
    ledger.splice(0, ledger.length, ...purchasesAt(daysAgo(1, 400, 300, 310)));
    server.use(
      http.get('*/v2/pointsLedger/getLedgerExplodeInfo', async ({ request }) => {
        // Falls through to the mock API once the delay is over.
        if (new URL(request.url).searchParams.get('offset') === '2') await delay(300);
      }),
    );
    const { result } = renderLedger();
    await waitFor(() => expect(result.current.result.isFetchingNextPage).toBe(true));
    expect(result.current.hasMore).toBe(false);
  });

  it('asks once for a quiet page that fails, and leaves trying again to the member', async () => {
    ledger.splice(0, ledger.length, ...purchasesAt(daysAgo(1, 400, 300, 310)));
    let failures = 0;
    server.use(
      http.get('*/v2/pointsLedger/getLedgerExplodeInfo', ({ request }) => {
        if (new URL(request.url).searchParams.get('offset') !== '2') return undefined;
        failures++;
        return HttpResponse.json({ status: 400, message: 'Bad request' }, { status: 400 });
      }),
    );
    const { result } = renderLedger();
    await waitFor(() => expect(result.current.result.error).not.toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(failures).toBe(1);
  });
});
