import { QueryClient } from '@tanstack/react-query';
import { render, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { PointsLedgerTable } from '../../src/components/PointsLedgerTable/PointsLedgerTable.js';
import { LoyaltyApiError } from '../../src/core/client/LoyaltyApiError.js';
import { LoyaltyProvider } from '../../src/react/LoyaltyProvider.js';
import { useLedgerEvents } from '../../src/react/useLedgerEvents.js';
import { generateLedgerEvents } from '../fixtures/generateLedger.js';
import { createWrapper, TEST_BASE_URL } from '../utils/createWrapper.js';
import { setupMockServer } from '../utils/setupMockServer.js';

const asha = { identifierName: 'mobile', identifierValue: '917406401004', source: 'INSTORE' };
const ravi = { identifierName: 'mobile', identifierValue: '919800000002', source: 'INSTORE' };
const ashaLedger = generateLedgerEvents(45, 1);
const raviLedger = generateLedgerEvents(3, 2).map((event) => ({
  ...event,
  eventLogId: event.eventLogId + 900_000,
}));

const { server, api } = setupMockServer(() => ({
  customers: [
    {
      customerId: 1,
      mobile: asha.identifierValue,
      ledger: ashaLedger,
      history: [],
      allocations: [],
    },
    {
      customerId: 2,
      mobile: ravi.identifierValue,
      ledger: raviLedger,
      history: [],
      allocations: [],
    },
  ],
}));

describe('useLedgerEvents', () => {
  it("pages through the customer's ledger until the last page", async () => {
    const { Wrapper } = createWrapper();
    const { result } = renderHook(() => useLedgerEvents({ customer: asha, pageSize: 20 }), {
      wrapper: Wrapper,
    });
    await waitFor(() => expect(result.current.events).toHaveLength(20));
    expect(result.current.hasNextPage).toBe(true);
    result.current.fetchNextPage();
    await waitFor(() => expect(result.current.events).toHaveLength(40));
    result.current.fetchNextPage();
    await waitFor(() => expect(result.current.events).toHaveLength(45));
    expect(result.current.hasNextPage).toBe(false);
    expect(new Set(result.current.events.map((event) => event.eventLogId)).size).toBe(45);
    expect(api().requests.map((request) => request.search.get('offset'))).toEqual([
      '0',
      '20',
      '40',
    ]);
  });

  it('asks for the optional parts chosen with include', async () => {
    const { Wrapper } = createWrapper();
    const { result } = renderHook(
      () => useLedgerEvents({ customer: asha, include: ['billDetails', 'customFields'] }),
      { wrapper: Wrapper },
    );
    await waitFor(() => expect(result.current.status).toBe('success'));
    const search = api().requests[0]?.search;
    expect(search?.get('getBillDetails')).toBe('true');
    expect(search?.get('getCustomFields')).toBe('true');
    expect(search?.get('getExtendedFields')).toBeNull();
  });

  it('loads every part by default, so an event shows whole in EventBreakupCard', async () => {
    const { Wrapper } = createWrapper();
    const { result } = renderHook(() => useLedgerEvents({ customer: asha }), { wrapper: Wrapper });
    await waitFor(() => expect(result.current.status).toBe('success'));
    const search = api().requests[0]?.search;
    for (const flag of ['getBillDetails', 'getCustomFields', 'getMaxConversionDetails'])
      expect(search?.get(flag)).toBe('true');
  });

  it('makes one request when two widgets ask for the same ledger', async () => {
    const { Wrapper } = createWrapper();
    const { result } = renderHook(
      () =>
        [useLedgerEvents({ customer: asha }), useLedgerEvents({ customer: { ...asha } })] as const,
      { wrapper: Wrapper },
    );
    await waitFor(() => expect(result.current[1].events).toHaveLength(45));
    expect(result.current[0].events).toBe(result.current[1].events);
    expect(api().requests).toHaveLength(1);
  });

  it("cancels the old customer's request and never shows their rows, even when it answers last", async () => {
    server.use(
      http.get('*/v2/pointsLedger/getLedgerExplodeInfo', async ({ request }) => {
        if (new URL(request.url).searchParams.get('identifierValue') === asha.identifierValue) {
          await new Promise((resolve) => setTimeout(resolve, 150));
        }
        return api().handle(request);
      }),
    );
    const signals = new Map<string, AbortSignal>();
    const spyFetch: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      signals.set(new URL(request.url).searchParams.get('identifierValue') ?? '', request.signal);
      return fetch(request);
    };
    const { Wrapper } = createWrapper({ client: { fetch: spyFetch } });
    const { result, rerender } = renderHook(({ customer }) => useLedgerEvents({ customer }), {
      wrapper: Wrapper,
      initialProps: { customer: asha },
    });
    await waitFor(() => expect(signals.has(asha.identifierValue)).toBe(true));
    rerender({ customer: ravi });
    await waitFor(() => expect(result.current.events).toHaveLength(3));
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(result.current.events.map((event) => event.eventLogId)).toEqual(
      raviLedger.map((event) => event.eventLogId),
    );
    expect(signals.get(asha.identifierValue)?.aborted).toBe(true);
  });

  it('reports a failure as a LoyaltyApiError and recovers through retry', async () => {
    api().fail({
      endpoint: '*',
      status: 400,
      code: 11023,
      message: 'Valid identifiers not found',
      times: 1,
    });
    const { Wrapper } = createWrapper();
    const { result } = renderHook(() => useLedgerEvents({ customer: asha }), { wrapper: Wrapper });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toBeInstanceOf(LoyaltyApiError);
    expect(result.current.error).toMatchObject({ code: 11023, status: 400 });
    result.current.retry();
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.events).toHaveLength(45);
  });

  it('retries the next page, not the pages already shown, after loading more failed', async () => {
    const { Wrapper } = createWrapper({ client: { retry: 0 } });
    const { result } = renderHook(() => useLedgerEvents({ customer: asha, pageSize: 20 }), {
      wrapper: Wrapper,
    });
    await waitFor(() => expect(result.current.events).toHaveLength(20));
    api().fail({ endpoint: '*', status: 500, times: 1 });
    result.current.fetchNextPage();
    await waitFor(() => expect(result.current.isFetchNextPageError).toBe(true));
    expect(result.current.events).toHaveLength(20);
    result.current.retry();
    await waitFor(() => expect(result.current.events).toHaveLength(40));
    expect(api().requests.map((request) => request.search.get('offset'))).toEqual([
      '0',
      '20',
      '20',
    ]);
  });

  it('refreshes an OAuth token once when the API answers 401', async () => {
    api().fail({ endpoint: '*', status: 401, times: 1 });
    const getToken = vi.fn(({ forceRefresh }: { forceRefresh: boolean }) =>
      forceRefresh ? 'fresh' : 'stale',
    );
    const { Wrapper } = createWrapper({ client: { auth: { type: 'oauth', getToken } } });
    const { result } = renderHook(() => useLedgerEvents({ customer: asha }), { wrapper: Wrapper });
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(getToken).toHaveBeenCalledTimes(2);
  });

  it('keeps the same rows array across renders when nothing changed', async () => {
    const { Wrapper } = createWrapper();
    const { result, rerender } = renderHook(() => useLedgerEvents({ customer: asha }), {
      wrapper: Wrapper,
    });
    await waitFor(() => expect(result.current.events).toHaveLength(45));
    const before = result.current.events;
    rerender();
    rerender();
    expect(result.current.events).toBe(before);
  });

  it("shares the table's pages: a page with the table and the member's latest points asks once", async () => {
    const { Wrapper } = createWrapper();
    function LatestPoints() {
      const { events } = useLedgerEvents({ customer: asha });
      return <p>Latest: {events[0]?.netPoints ?? 'none'}</p>;
    }
    render(
      <Wrapper>
        <LatestPoints />
        <PointsLedgerTable customer={asha} />
      </Wrapper>,
    );
    await waitFor(() => expect(screen.getByText(/^Latest:/)).not.toHaveTextContent('none'));
    // The table's rows have come too: its count no longer reads "Loading".
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/\d/));
    const ledgerRequests = api().requests.filter((request) =>
      request.path.includes('pointsLedger'),
    );
    expect(ledgerRequests.map((request) => request.search.get('offset'))).toEqual(['0']);
  });

  it('explains how to fix a hook used outside the provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useLedgerEvents({ customer: asha }))).toThrow(
      /useLedgerEvents must be used inside <LoyaltyProvider>/,
    );
  });
});

describe('LoyaltyProvider time zones', () => {
  it("reads Capillary's zone-less times in the organisation's zone, wherever the member is", async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    function Wrapper({ children }: { children: ReactNode }) {
      return (
        <LoyaltyProvider
          baseUrl={TEST_BASE_URL}
          timeZone="America/New_York"
          organizationTimeZone="Asia/Kolkata"
          queryClient={queryClient}
        >
          {children}
        </LoyaltyProvider>
      );
    }
    const { result } = renderHook(() => useLedgerEvents({ customer: asha, pageSize: 1 }), {
      wrapper: Wrapper,
    });
    await waitFor(() => expect(result.current.events).toHaveLength(1));
    const wire = ashaLedger[0]?.eventDetails.eventTime ?? '';
    // Kolkata is 5½ hours ahead of UTC, whatever the viewer's zone.
    const utc = new Date(`${wire.replace(' ', 'T').replace(/\.0$/, '')}Z`).getTime();
    expect(result.current.events[0]?.eventTime.getTime()).toBe(utc - 5.5 * 3_600_000);
  });

  it("reads the times again when the organisation's zone is corrected", async () => {
    const queryClient = new QueryClient();
    let zone = 'UTC';
    function Wrapper({ children }: { children: ReactNode }) {
      return (
        <LoyaltyProvider
          baseUrl={TEST_BASE_URL}
          organizationTimeZone={zone}
          queryClient={queryClient}
        >
          {children}
        </LoyaltyProvider>
      );
    }
    const { result, rerender } = renderHook(
      () => useLedgerEvents({ customer: asha, pageSize: 1 }),
      {
        wrapper: Wrapper,
      },
    );
    await waitFor(() => expect(result.current.events).toHaveLength(1));
    const inUtc = result.current.events[0]?.eventTime.getTime() ?? 0;
    zone = 'Asia/Kolkata';
    rerender();
    await waitFor(() =>
      expect(result.current.events[0]?.eventTime.getTime()).toBe(inUtc - 5.5 * 3_600_000),
    );
  });
});
