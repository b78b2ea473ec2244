import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import {
  createLoyaltyClient,
  type LoyaltyClientOptions,
} from '../../../src/core/client/createLoyaltyClient.js';
import { LoyaltyApiError } from '../../../src/core/client/LoyaltyApiError.js';
import { EVENT_TYPES } from '../../../src/core/eventTypes.js';
import alternateCurrencies from '../../fixtures/ledger/alternate-currencies.json' with { type: 'json' };
import transactionAdd from '../../fixtures/ledger/transaction-add.json' with { type: 'json' };
import allocationRows from '../../fixtures/allocation/transaction-add-expired.json' with { type: 'json' };
import historyPage from '../../fixtures/history/quirks.json' with { type: 'json' };
import type { MockCustomer } from '../../mocks/createMockCapillary.js';
import { setupMockServer } from '../../utils/setupMockServer.js';

const BASE = 'https://loyalty.test/api';
const customer = { identifierName: 'mobile', identifierValue: '917406401004', source: 'INSTORE' };
const goodwill = {
  eventLogId: 8143509,
  eventName: 'AllocateGoodwillPoints',
  eventDetails: { eventTime: '2023-07-27 19:14:10.0', reason: 'POINTS_ISSUE' },
  pointsEarned: {
    regular: [],
    promo: [
      {
        promotionId: 1114107,
        promotionName: 'Goodwill Promotion',
        value: 100.0,
        expiresOn: '2023-08-01 23:59:59.0',
        expiryType: 'fixed',
      },
    ],
    promised: [],
  },
  eventReferenceId: '-1',
  uniqueId: 'GzKOlmc0eM',
  billDetails: { billNumber: 'BILL1' },
};
const member: MockCustomer = {
  customerId: 374819205,
  mobile: '917406401004',
  ledger: [goodwill],
  history: historyPage.historicalPointsData,
  allocations: allocationRows,
};

/** A member whose ledger is the documented purchase, with payment modes and a promise. */
const shopper: MockCustomer = {
  customerId: 5,
  mobile: '919800000005',
  ledger: transactionAdd.events,
  history: [],
  allocations: [],
};

/** A member who holds Stars and Coins besides points. */
const collector: MockCustomer = {
  customerId: 6,
  mobile: '919800000006',
  ledger: alternateCurrencies.events,
  history: [],
  allocations: [],
};

const { server, api } = setupMockServer(() => ({ customers: [member, shopper, collector] }));

function client(options: Partial<LoyaltyClientOptions> = {}) {
  return createLoyaltyClient({ baseUrl: BASE, retry: { delayMs: () => 1 }, ...options });
}

describe('requests as the documents specify', () => {
  it('asks the ledger with the documented query names, comma-separated ids and get… flags', async () => {
    await client().getLedgerEvents({
      customer,
      eventIds: [8143509, 8143510],
      include: ['billDetails', 'paymentModes', 'maxConversionDetails'],
      offset: 0,
      limit: 10,
    });
    const [request] = api().requests;
    expect(request?.path).toBe('/api/v2/pointsLedger/getLedgerExplodeInfo');
    expect(Object.fromEntries(request?.search ?? [])).toEqual({
      identifierName: 'mobile',
      identifierValue: '917406401004',
      source: 'INSTORE',
      eventIds: '8143509,8143510',
      getBillDetails: 'true',
      getPaymentModes: 'true',
      getMaxConversionDetails: 'true',
      offset: '0',
      limit: '10',
    });
  });

  it('turns includeAlternateCurrencies off when filtering by currency name, as the document asks', async () => {
    await client().getLedgerEvents({
      customer,
      include: ['alternateCurrencies'],
      alternateCurrencyNames: ['Stars', 'Miles'],
    });
    const search = new URLSearchParams(api().requests[0]?.search);
    expect(search.get('includeAlternateCurrencies')).toBe('false');
    expect(search.get('alternateCurrencyNames')).toBe('Stars,Miles');
  });

  it('gets only the alternate currencies it names', async () => {
    const page = await client().getLedgerEvents({
      customer: { ...customer, identifierValue: collector.mobile },
      alternateCurrencyNames: ['Stars'],
    });
    expect(page.events[0]?.alternateCurrencies.map((currency) => currency.name)).toEqual(['Stars']);
  });

  it('returns normalized ledger events, with optional parts only when asked for', async () => {
    const plain = await client().getLedgerEvents({ customer });
    expect(plain.events[0]?.eventLogId).toBe(8143509);
    expect(plain.events[0]?.bill).toBeNull();
    const withBill = await client().getLedgerEvents({ customer, include: ['billDetails'] });
    expect(withBill.events[0]?.bill?.billNumber).toBe('BILL1');
  });

  it('gets payment modes and conversion dates only when asked for, as the ledger API does', async () => {
    const buyer = { ...customer, identifierValue: shopper.mobile };
    const bare = await client().getLedgerEvents({ customer: buyer, include: ['billDetails'] });
    expect(bare.events[0]?.bill).toMatchObject({ paymentModes: [], maxConversionDate: null });
    const full = await client().getLedgerEvents({
      customer: buyer,
      include: ['billDetails', 'paymentModes', 'maxConversionDetails'],
    });
    expect(full.events[0]?.bill?.paymentModes).not.toEqual([]);
    expect(full.events[0]?.bill?.maxConversionDate).toBeInstanceOf(Date);
  });

  it('asks allocations by event with snake_case names, pages from 1 and the global DAG scope header', async () => {
    const page = await client().getPointsAllocation({
      entityId: 2148434124,
      customerId: 374819205,
      eventName: 'TransactionAdd',
    });
    const [request] = api().requests;
    expect(Object.fromEntries(request?.search ?? [])).toEqual({
      entity_id: '2148434124',
      customer_id: '374819205',
      event_type_id: '15',
      page: '1',
      count: '10',
    });
    expect(request?.headers.get('x-cap-neo-dag-scope')).toBe('global');
    expect(page.allocations[0]).toMatchObject({
      id: 31787856,
      status: 'expired',
      expiredExclusiveValue: 50,
    });
    expect(page.allocations[0]?.expiryDate?.toISOString()).toBe('2022-03-29T18:29:59.000Z');
  });

  it('posts the historical filter with an empty value list for NONE', async () => {
    await client().getHistoricalPoints(374819205, { filter: { filterType: 'NONE' }, limit: 5 });
    expect(api().requests[0]?.body).toEqual({
      filter: { filterType: 'NONE', filterValues: [] },
      pageDetails: { offset: 0, limit: 5 },
    });
  });

  it('posts a DATE filter as two ISO-8601 date-times with their offset', async () => {
    const page = await client().getHistoricalPoints(374819205, {
      filter: {
        filterType: 'DATE',
        filterValues: ['2025-10-01T00:00:00+05:30', '2025-11-30T23:59:59+05:30'],
      },
    });
    expect(api().requests[0]?.body).toMatchObject({
      filter: {
        filterType: 'DATE',
        filterValues: ['2025-10-01T00:00:00+05:30', '2025-11-30T23:59:59+05:30'],
      },
    });
    expect(page.entries.map((entry) => entry.externalUniqueId)).toEqual([
      'legacy-0001',
      'legacy-0002',
    ]);
  });

  it.each([
    ['in UTC, written Z', '2025-10-01T00:00:00Z'],
    ['with an offset written without a colon', '2025-10-01T00:00:00+0530'],
    ['without seconds', '2025-10-01T00:00+05:30'],
    ['with milliseconds', '2025-10-01T00:00:00.000-03:00'],
  ])('posts a DATE filter whose date-time is %s as given', async (_, from) => {
    const filterValues: [string, string] = [from, '2025-11-30T23:59:59Z'];
    await client().getHistoricalPoints(374819205, { filter: { filterType: 'DATE', filterValues } });
    expect(api().requests[0]?.body).toMatchObject({ filter: { filterType: 'DATE', filterValues } });
  });

  it('refuses a DATE filter date-time with something after its offset', async () => {
    const filterValues: [string, string] = ['2025-10-01T00:00:00+05:30x', '2025-11-30T23:59:59Z'];
    await expect(
      client().getHistoricalPoints(374819205, { filter: { filterType: 'DATE', filterValues } }),
    ).rejects.toMatchObject({ kind: 'invalid-query' });
    expect(api().requests).toHaveLength(0);
  });

  it('asks the ledger for 20 events from the first by default', async () => {
    await client().getLedgerEvents({ customer });
    const search = new URLSearchParams(api().requests[0]?.search);
    expect([search.get('offset'), search.get('limit')]).toEqual(['0', '20']);
  });

  it('sends isPrimaryUser=false when asked, not only a true one', async () => {
    await client().getLedgerEvents({ customer, isPrimaryUser: false });
    expect(new URLSearchParams(api().requests[0]?.search).get('isPrimaryUser')).toBe('false');
  });

  it('accepts the identifier names as the document spells them, such as customerId', async () => {
    await client()
      .getLedgerEvents({ customer: { ...customer, identifierName: 'customerId' } })
      .catch(() => undefined);
    expect(new URLSearchParams(api().requests[0]?.search).get('identifierName')).toBe('customerId');
  });

  it('posts no filter values for NONE, even when some were passed', async () => {
    await client().getHistoricalPoints(374819205, {
      filter: { filterType: 'NONE', filterValues: ['CREDIT'] } as never,
    });
    expect(api().requests[0]?.body).toMatchObject({
      filter: { filterType: 'NONE', filterValues: [] },
    });
  });

  it('says more may follow when a page of the default size comes back full', async () => {
    const events = Array.from({ length: 20 }, (_, index) => ({
      ...goodwill,
      eventLogId: index + 1,
    }));
    server.use(
      http.get('*/v2/pointsLedger/getLedgerExplodeInfo', () => HttpResponse.json({ events })),
    );
    const page = await client().getLedgerEvents({ customer });
    expect(page).toMatchObject({ offset: 0, limit: 20, hasMore: true });
  });

  it('says more may follow when an allocation page of the default size of 10 comes back full', async () => {
    const [row] = allocationRows;
    server.use(
      http.get('*/x/neo/pointsAllocation/event', () =>
        HttpResponse.json(Array.from({ length: 10 }, () => row)),
      ),
    );
    const page = await client().getPointsAllocation({
      entityId: 1,
      customerId: 374819205,
      eventTypeId: 15,
    });
    expect(page).toMatchObject({ page: 1, count: 10, hasMore: true });
  });

  it('says no more follow when a history page of the default size of 20 comes back with 10', async () => {
    const [entry] = historyPage.historicalPointsData;
    const historicalPointsData = Array.from({ length: 10 }, () => entry);
    server.use(
      http.post('*/v2/historicalPoints/getHistoricalPoints/:customerId', () =>
        HttpResponse.json({ historicalPointsData }),
      ),
    );
    const page = await client().getHistoricalPoints(374819205);
    expect(page).toMatchObject({ offset: 0, limit: 20, hasMore: false });
  });

  it('keeps the good history entries of a page and reports the bad one in warnings', async () => {
    const page = await client().getHistoricalPoints(374819205);
    expect(page.entries).toHaveLength(2);
    expect(page.entries[0]).toMatchObject({
      entryType: 'credit',
      points: 150.5,
      signedPoints: 150.5,
    });
    expect(page.warnings.map((warning) => warning.message)).toEqual([
      'Skipped an entry: Invalid value at historicalPointsData[2].entryType: expected CREDIT or DEBIT',
    ]);
  });
});

describe('invalid queries are refused before any request', () => {
  it.each([
    [
      'customer.identifierValue is required',
      () => client().getLedgerEvents({ customer: { ...customer, identifierValue: '' } }),
    ],
    [
      'customer.identifierName must be one of',
      () => client().getLedgerEvents({ customer: { ...customer, identifierName: 'phone' } }),
    ],
    [
      'count must be a whole number from 1 to 100, got 0',
      () => client().getPointsAllocation({ entityId: 1, customerId: 2, eventTypeId: 15, count: 0 }),
    ],
    [
      'count must be a whole number from 1 to 100, got 500',
      () =>
        client().getPointsAllocation({ entityId: 1, customerId: 2, eventTypeId: 15, count: 500 }),
    ],
    [
      // From untyped code: the quotes show it is a string.
      'limit must be a whole number at least 1, got "10"',
      () => client().getLedgerEvents({ customer, limit: '10' as never }),
    ],
    [
      'page must be a whole number at least 1, got 0',
      () => client().getPointsAllocation({ entityId: 1, customerId: 2, eventTypeId: 15, page: 0 }),
    ],
    [
      'eventName "Purchase" is not a known event type',
      () => client().getPointsAllocation({ entityId: 1, customerId: 2, eventName: 'Purchase' }),
    ],
    [
      'filter.filterValues for DATE takes exactly two date-times, got 1',
      () =>
        client().getHistoricalPoints(1, {
          filter: { filterType: 'DATE', filterValues: ['2024-07-01T00:00:00+05:30'] as never },
        }),
    ],
    [
      'filter.filterValues for DATE must be ISO-8601 date-times with an offset',
      () =>
        client().getHistoricalPoints(1, {
          filter: { filterType: 'DATE', filterValues: ['2024-07-01', '2024-07-02'] },
        }),
    ],
    [
      'eventReferenceIds takes at most 10 ids',
      () =>
        client().getLedgerEvents({
          customer,
          eventName: 'TransactionAdd',
          eventReferenceIds: Array.from({ length: 11 }, (_, index) => String(index + 1)),
        }),
    ],
    [
      `eventTypeId must be a whole number from 1 to ${EVENT_TYPES.names.length}`,
      () =>
        client().getPointsAllocation({
          entityId: 1,
          customerId: 2,
          eventTypeId: EVENT_TYPES.names.length + 1,
        }),
    ],
    [
      'filter.filterValues for DATE takes exactly two date-times, got 3',
      () =>
        client().getHistoricalPoints(1, {
          filter: {
            filterType: 'DATE',
            filterValues: [
              '2024-07-01T00:00:00+05:30',
              '2024-07-02T00:00:00+05:30',
              '2024-07-03T00:00:00+05:30',
            ] as never,
          },
        }),
    ],
    [
      'filter.filterValues for TRANSACTION_TYPE must be ["CREDIT"] or ["DEBIT"]',
      () =>
        client().getHistoricalPoints(1, {
          filter: { filterType: 'TRANSACTION_TYPE', filterValues: ['CREDIT', 'DEBIT'] as never },
        }),
    ],
    [
      'include must be a list of parts',
      () => client().getLedgerEvents({ customer, include: {} as never }),
    ],
    [
      'filter.filterType must be NONE, DATE, TRANSACTION_TYPE or BILL_NUMBER, got "RECENT"',
      () => client().getHistoricalPoints(1, { filter: { filterType: 'RECENT' } as never }),
    ],
  ])('names the field: %s', async (message, call) => {
    const error = await call().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LoyaltyApiError);
    expect(error).toMatchObject({ kind: 'invalid-query' });
    expect((error as Error).message).toContain(message);
    expect(api().requests).toHaveLength(0);
  });
});

describe('authentication', () => {
  it('sends no credentials by default, for a browser talking to the brand proxy', async () => {
    await client().getLedgerEvents({ customer });
    const headers = api().requests[0]?.headers;
    expect(headers?.get('authorization')).toBeNull();
    expect(headers?.get('x-cap-api-oauth-token')).toBeNull();
  });

  it('sends the OAuth token in the configured header', async () => {
    await client({
      auth: { type: 'oauth', getToken: () => 'token-1', headerName: 'X-Custom-Token' },
    }).getLedgerEvents({ customer });
    expect(api().requests[0]?.headers.get('x-custom-token')).toBe('token-1');
  });

  it('refreshes the OAuth token once on 401 and retries with the new token', async () => {
    api().fail({ endpoint: '*', status: 401, times: 1 });
    const getToken = vi.fn(({ forceRefresh }: { forceRefresh: boolean }) =>
      forceRefresh ? 'fresh' : 'stale',
    );
    const page = await client({ auth: { type: 'oauth', getToken } }).getLedgerEvents({ customer });
    expect(page.events).toHaveLength(1);
    expect(api().requests.map((request) => request.headers.get('x-cap-api-oauth-token'))).toEqual([
      'stale',
      'fresh',
    ]);
    expect(getToken).toHaveBeenCalledTimes(2);
  });

  it('refreshes an expired token once for requests sent together, so both go through', async () => {
    // A token server that revokes each token as it issues the next; the API takes only the newest.
    let issued = 0;
    const getToken = vi.fn(() => `token-${++issued}`);
    let accepted = '';
    server.use(
      http.get('*/v2/pointsLedger/getLedgerExplodeInfo', ({ request }) =>
        request.headers.get('x-cap-api-oauth-token') === accepted
          ? undefined
          : HttpResponse.json({}, { status: 401 }),
      ),
    );
    const loyalty = client({
      auth: {
        type: 'oauth',
        getToken: async () => {
          const token = getToken();
          if (issued > 1) accepted = token;
          return token;
        },
      },
    });
    const pages = await Promise.all([
      loyalty.getLedgerEvents({ customer }),
      loyalty.getLedgerEvents({ customer }),
    ]);
    expect(pages.map((page) => page.events.length)).toEqual([1, 1]);
    expect(getToken).toHaveBeenCalledTimes(2);
  });

  it.each([403, 500])(
    'keeps the OAuth token when the API answers %i, which is not an expired token',
    async (status) => {
      api().fail({ endpoint: '*', status });
      const getToken = vi.fn(() => 'token-1');
      const error = await client({ auth: { type: 'oauth', getToken }, retry: 0 })
        .getLedgerEvents({ customer })
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ kind: 'http', status });
      expect(getToken).toHaveBeenCalledTimes(1);
      expect(getToken).toHaveBeenCalledWith({ forceRefresh: false });
    },
  );

  it('gives up after one refresh when the API keeps answering 401', async () => {
    api().fail({ endpoint: '*', status: 401 });
    const getToken = vi.fn(() => 'rejected');
    const error = await client({ auth: { type: 'oauth', getToken } })
      .getLedgerEvents({ customer })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'http', status: 401 });
    expect(api().requests).toHaveLength(2);
  });

  it('names the option and an example when the time zone is not one', () => {
    expect(() => client({ timeZone: 'India/Kolkata' })).toThrow(
      'capillary-loyalty-widgets: timeZone "India/Kolkata" is not an IANA time zone name, such as "Asia/Kolkata".',
    );
  });

  it('refuses basic credentials in a browser unless explicitly allowed', () => {
    expect(() =>
      client({ auth: { type: 'basic', username: 'demo', password: 'not-a-secret' } }),
    ).toThrow(/browser/);
    expect(() =>
      client({
        auth: { type: 'basic', username: 'demo', password: 'not-a-secret' },
        dangerouslyAllowBrowserCredentials: true,
      }),
    ).not.toThrow();
  });

  it('sends basic credentials where they are allowed', async () => {
    await client({
      auth: { type: 'basic', username: 'demo', password: 'not-a-secret' },
      dangerouslyAllowBrowserCredentials: true,
    }).getLedgerEvents({ customer });
    expect(api().requests[0]?.headers.get('authorization')).toBe(
      `Basic ${btoa('demo:not-a-secret')}`,
    );
  });
});

describe('retries and timeouts', () => {
  it('retries server errors and succeeds when the API recovers', async () => {
    api().fail({ endpoint: 'pointsLedger', status: 500, times: 2 });
    const page = await client().getLedgerEvents({ customer });
    expect(page.events).toHaveLength(1);
    expect(api().requests).toHaveLength(3);
  });

  it('lets go of each failed answer before trying again, so the connection is not held open', async () => {
    // A browser keeps a connection busy until its answer's body is read or cancelled.
    const answers: Response[] = [];
    const fetch = () => {
      const answer = HttpResponse.json(
        { errors: [{ code: 500, message: 'busy' }] },
        { status: 503 },
      );
      answers.push(answer);
      return Promise.resolve(answer);
    };
    await client({ fetch, retry: { limit: 2, delayMs: () => 1 } })
      .getLedgerEvents({ customer })
      .catch(() => undefined);
    expect(answers.map((answer) => answer.bodyUsed)).toEqual([true, true, true]);
  });

  it('lets go of the refused answer before asking again with a fresh token', async () => {
    const answers: Response[] = [];
    const fetch = () => {
      const refused = answers.length === 0;
      const answer = refused
        ? HttpResponse.json({ errors: [{ code: 401, message: 'expired' }] }, { status: 401 })
        : HttpResponse.json(transactionAdd);
      answers.push(answer);
      return Promise.resolve(answer);
    };
    const getToken = () => 'token';
    await client({ fetch, auth: { type: 'oauth', getToken } }).getLedgerEvents({ customer });
    expect(answers.map((answer) => answer.bodyUsed)).toEqual([true, true]);
  });

  it("points at baseUrl when a 404 comes from the app's own server, not the loyalty API", async () => {
    const fetch = () =>
      Promise.resolve(
        new Response('<!doctype html><title>Not found</title>', {
          status: 404,
          headers: { 'content-type': 'text/html' },
        }),
      );
    const error = await client({ fetch })
      .getLedgerEvents({ customer })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'http', status: 404 });
    expect((error as Error).message).toBe(
      `The loyalty API answered 404 text/html, not JSON: is baseUrl "${BASE}" right?`,
    );
  });

  it('never retries a client error', async () => {
    const error = await client()
      .getLedgerEvents({ customer: { ...customer, identifierValue: '000' } })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'http', status: 400, code: 11023 });
    expect(api().requests).toHaveLength(1);
  });

  it('waits as long as Retry-After asks before retrying a 429', async () => {
    api().fail({ endpoint: '*', status: 429, times: 1, headers: { 'Retry-After': '0.3' } });
    const started = performance.now();
    await client().getLedgerEvents({ customer });
    expect(performance.now() - started).toBeGreaterThanOrEqual(280);
    expect(api().requests).toHaveLength(2);
  });

  it('bounds a long Retry-After by maxRetryAfterMs', async () => {
    api().fail({ endpoint: '*', status: 503, times: 1, headers: { 'Retry-After': '3600' } });
    const page = await client({ retry: { maxRetryAfterMs: 20 } }).getLedgerEvents({ customer });
    expect(page.events).toHaveLength(1);
  });

  it('reports a 5xx that outlasts the retries with its status', async () => {
    api().fail({ endpoint: '*', status: 502 });
    const error = await client({ retry: { limit: 1, delayMs: () => 1 } })
      .getLedgerEvents({ customer })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'http', status: 502, retryable: true });
    expect(api().requests).toHaveLength(2);
  });

  it('tells a timeout from a network failure', async () => {
    api().fail({ endpoint: '*', status: 200, delayMs: 500 });
    const timeout = await client({ timeoutMs: 50, retry: 0 })
      .getLedgerEvents({ customer })
      .catch((caught: unknown) => caught);
    expect(timeout).toMatchObject({ kind: 'timeout' });

    server.use(http.get('*/v2/pointsLedger/getLedgerExplodeInfo', () => HttpResponse.error()));
    const offline = await client({ retry: 0 })
      .getLedgerEvents({ customer })
      .catch((caught: unknown) => caught);
    expect(offline).toMatchObject({ kind: 'network' });
  });

  it('stops when the caller aborts, with an AbortError rather than a failure', async () => {
    api().fail({ endpoint: '*', status: 200, delayMs: 1000 });
    const controller = new AbortController();
    const pending = client().getLedgerEvents({ customer }, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('gives back the reason the caller aborted with, not a network failure to retry', async () => {
    api().fail({ endpoint: '*', status: 200, delayMs: 1000 });
    const controller = new AbortController();
    const reason = new Error('The member left the page');
    const pending = client().getLedgerEvents({ customer }, { signal: controller.signal });
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);

    const timedOut = await client()
      .getLedgerEvents({ customer }, { signal: AbortSignal.timeout(20) })
      .catch((caught: unknown) => caught);
    expect(timedOut).not.toBeInstanceOf(LoyaltyApiError);
    expect(timedOut).toMatchObject({ name: 'TimeoutError' });
  });
});

describe('errors carry what the API said', () => {
  it.each([
    [
      'an unknown customer in history',
      () => client().getHistoricalPoints(1),
      { status: 400, code: 8015, message: 'Customer not found for the given identifiers' },
    ],
    [
      'an unknown event name',
      () => client().getLedgerEvents({ customer, eventName: 'Purchase' }),
      { code: 11014, message: 'Event name not found' },
    ],
    [
      'unknown reference ids',
      () =>
        client().getLedgerEvents({
          customer,
          eventName: 'TransactionAdd',
          eventReferenceIds: ['1'],
        }),
      { code: 9022 },
    ],
    [
      'a non-numeric user id',
      () =>
        client().getLedgerEvents({
          customer: { ...customer, identifierName: 'id', identifierValue: 'abc' },
        }),
      { code: 11012 },
    ],
    [
      'an unknown allocation customer',
      () => client().getPointsAllocation({ entityId: 1, customerId: 999, eventTypeId: 15 }),
      { status: 404, code: null, message: 'Not Found' },
    ],
  ])('%s', async (_, call, expected) => {
    const error = await call().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LoyaltyApiError);
    expect(error).toMatchObject({ kind: 'http', ...expected });
    expect((error as LoyaltyApiError).path).not.toContain('loyalty.test');
  });

  it('fails with the code Capillary sent when a 200 carries errors and an empty list', async () => {
    server.use(
      http.post('*/v2/historicalPoints/getHistoricalPoints/:customerId', () =>
        HttpResponse.json({
          historicalPointsData: [],
          errors: [{ code: 8015, message: 'Customer not found for the given identifiers' }],
        }),
      ),
    );
    await expect(client().getHistoricalPoints(1)).rejects.toMatchObject({
      kind: 'http',
      code: 8015,
      message: 'Customer not found for the given identifiers',
    });
  });

  it('keeps the rows and reports the errors when a 200 carries both', async () => {
    server.use(
      http.get('*/v2/pointsLedger/getLedgerExplodeInfo', () =>
        HttpResponse.json({
          ...transactionAdd,
          errors: [{ code: 9022, message: 'Some reference ids were not found' }],
        }),
      ),
    );
    const page = await client().getLedgerEvents({ customer });
    expect(page.events.length).toBeGreaterThan(0);
    expect(page.warnings).toContainEqual({
      code: 9022,
      message: 'Some reference ids were not found',
    });
  });

  it('keeps the history rows and reports the errors when a 200 carries both', async () => {
    server.use(
      http.post('*/v2/historicalPoints/getHistoricalPoints/:customerId', () =>
        HttpResponse.json({
          ...historyPage,
          errors: [{ code: 8015, message: 'Some entries could not be read' }],
        }),
      ),
    );
    const page = await client().getHistoricalPoints(374819205);
    expect(page.entries.length).toBeGreaterThan(0);
    expect(page.warnings).toContainEqual({ code: 8015, message: 'Some entries could not be read' });
  });

  it('reports a body that is not JSON as an invalid response that points at baseUrl', async () => {
    server.use(
      http.get('*/v2/pointsLedger/getLedgerExplodeInfo', () =>
        HttpResponse.html('<html>the app, not the API</html>'),
      ),
    );
    await expect(client().getLedgerEvents({ customer })).rejects.toMatchObject({
      kind: 'invalid-response',
      message: `The loyalty API answered 200 text/html, not JSON: is baseUrl "${BASE}" right?`,
    });
  });

  it('reports a body of the wrong shape with the path of the bad field', async () => {
    server.use(
      http.get('*/v2/pointsLedger/getLedgerExplodeInfo', () =>
        HttpResponse.json({ events: 'none' }),
      ),
    );
    const error = await client()
      .getLedgerEvents({ customer })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'invalid-response' });
    expect((error as Error).message).toContain('events');
  });

  it('treats a 200 that carries only errors as a failure', async () => {
    server.use(
      http.get('*/v2/pointsLedger/getLedgerExplodeInfo', () =>
        HttpResponse.json({
          errors: [{ code: 11023, message: 'Valid identifiers not found' }],
          warnings: [],
        }),
      ),
    );
    await expect(client().getLedgerEvents({ customer })).rejects.toMatchObject({
      kind: 'http',
      code: 11023,
    });
  });
});
