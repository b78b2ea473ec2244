import { keepPreviousData, QueryClient } from '@tanstack/react-query';
import { render, renderHook, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { PointsLedgerTable } from '../../src/components/PointsLedgerTable/PointsLedgerTable.js';
import { createLoyaltyClient } from '../../src/core/client/createLoyaltyClient.js';
import { LoyaltyProvider } from '../../src/react/LoyaltyProvider.js';
// From the public entry: an app prefetching the table's query needs both.
import { LEDGER_PARTS, loyaltyKeys } from '../../src/index.js';
import { useLedgerEvents } from '../../src/react/useLedgerEvents.js';
import { generateLedgerEvents } from '../fixtures/generateLedger.js';
import { TEST_BASE_URL } from '../utils/createWrapper.js';
import { setupMockServer } from '../utils/setupMockServer.js';

const asha = { identifierName: 'mobile', identifierValue: '917406401004', source: 'INSTORE' };
const ravi = { identifierName: 'mobile', identifierValue: '919800000002', source: 'INSTORE' };
const recent = { start: new Date(Date.now() - 60 * 86_400_000), end: new Date() };
const ashaLedger = generateLedgerEvents(5, 1, recent);
const raviLedger = generateLedgerEvents(3, 2, recent).map((event) => ({
  ...event,
  eventLogId: event.eventLogId + 900_000,
}));
const ids = (ledger: readonly { eventLogId: number }[]) => ledger.map((event) => event.eventLogId);

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

/** A provider over the app's own QueryClient, as a brand app with TanStack Query of its own has. */
function appProvider(queryClient: QueryClient, baseUrl = TEST_BASE_URL) {
  const client = createLoyaltyClient({ baseUrl, timeZone: 'UTC', retry: 0 });
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <LoyaltyProvider client={client} queryClient={queryClient} timeZone="UTC">
        {children}
      </LoyaltyProvider>
    );
  };
}

describe("an app's own QueryClient", () => {
  it("never shows one member's points to the next while theirs load, even with keepPreviousData", async () => {
    server.use(
      http.get('*/v2/pointsLedger/getLedgerExplodeInfo', async ({ request }) => {
        await new Promise((resolve) => setTimeout(resolve, 100));
        return api().handle(request);
      }),
    );
    const queryClient = new QueryClient({
      defaultOptions: { queries: { placeholderData: keepPreviousData } },
    });
    const { result, rerender } = renderHook(({ customer }) => useLedgerEvents({ customer }), {
      wrapper: appProvider(queryClient),
      initialProps: { customer: asha },
    });
    await waitFor(() => expect(ids(result.current.events)).toEqual(ids(ashaLedger)));
    rerender({ customer: ravi });
    expect(result.current.status).toBe('pending');
    expect(result.current.events).toEqual([]);
    await waitFor(() => expect(ids(result.current.events)).toEqual(ids(raviLedger)));
  });

  it('keeps two brands apart when their providers share it', async () => {
    // Brand B's API knows the same member by the same number, with other activity.
    server.use(
      http.get('https://brand-b.test/api/v2/pointsLedger/getLedgerExplodeInfo', ({ request }) => {
        const url = new URL(request.url.replace('brand-b.test', 'loyalty.test'));
        url.searchParams.set('identifierValue', ravi.identifierValue);
        return api().handle(new Request(url, request));
      }),
    );
    const queryClient = new QueryClient();
    const brandA = renderHook(() => useLedgerEvents({ customer: asha }), {
      wrapper: appProvider(queryClient),
    });
    await waitFor(() => expect(ids(brandA.result.current.events)).toEqual(ids(ashaLedger)));
    const brandB = renderHook(() => useLedgerEvents({ customer: asha }), {
      wrapper: appProvider(queryClient, 'https://brand-b.test/api'),
    });
    await waitFor(() => expect(ids(brandB.result.current.events)).toEqual(ids(raviLedger)));
    expect(ids(brandA.result.current.events)).toEqual(ids(ashaLedger));
  });

  it('shows what the app prefetched for a provider in Asia/Kolkata, a zone Intl also calls Asia/Calcutta', async () => {
    const queryClient = new QueryClient();
    const client = createLoyaltyClient({ baseUrl: TEST_BASE_URL, timeZone: 'Asia/Kolkata' });
    const query = { customer: asha, include: LEDGER_PARTS, limit: 50 };
    await queryClient.prefetchInfiniteQuery({
      queryKey: loyaltyKeys.ledger(client, query),
      queryFn: () => client.getLedgerEvents({ ...query, offset: 0 }),
      initialPageParam: 0,
    });
    function Wrapper({ children }: { children: ReactNode }) {
      return (
        <LoyaltyProvider
          baseUrl={TEST_BASE_URL}
          organizationTimeZone="Asia/Kolkata"
          queryClient={queryClient}
        >
          {children}
        </LoyaltyProvider>
      );
    }
    const { result } = renderHook(() => useLedgerEvents({ customer: asha }), { wrapper: Wrapper });
    expect(ids(result.current.events)).toEqual(ids(ashaLedger));
    expect(api().requests).toHaveLength(1);
  });

  it("shows the table's first rows from what the app prefetched as loyaltyKeys says, asking nothing again", async () => {
    const queryClient = new QueryClient();
    // Done on a server: its own client, keyed as the browser's provider is set up.
    const serverClient = createLoyaltyClient({ baseUrl: TEST_BASE_URL, timeZone: 'UTC' });
    const query = { customer: asha, include: LEDGER_PARTS, limit: 50 };
    await queryClient.prefetchInfiniteQuery({
      queryKey: loyaltyKeys.ledger({ baseUrl: TEST_BASE_URL, timeZone: 'UTC' }, query),
      queryFn: () => serverClient.getLedgerEvents({ ...query, offset: 0 }),
      initialPageParam: 0,
    });
    const Wrapper = appProvider(queryClient);
    render(
      <Wrapper>
        <PointsLedgerTable customer={asha} />
      </Wrapper>,
    );
    expect(screen.getByRole('status')).toHaveTextContent(`${ashaLedger.length} entries loaded`);
    expect(api().requests).toHaveLength(1);
  });

  it('still offers Retry for a passing outage when the app throws query errors to boundaries', async () => {
    api().fail({ endpoint: 'pointsLedger', status: 503 });
    const queryClient = new QueryClient({ defaultOptions: { queries: { throwOnError: true } } });
    const Wrapper = appProvider(queryClient);
    render(
      <Wrapper>
        <PointsLedgerTable customer={asha} />
      </Wrapper>,
    );
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(alert).not.toHaveTextContent(/not set up correctly/);
  });
});
