// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createLoyaltyProxy } from '../../src/server/createLoyaltyProxy.js';
import type { LoyaltyMember, LoyaltyProxyOptions } from '../../src/server/LoyaltyProxyOptions.js';
import { matchLoyaltyEndpoint } from '../../src/server/matchLoyaltyEndpoint.js';
import { untilAborted } from '../../src/server/untilAborted.js';
import {
  BASIC,
  type FakeUpstreamOptions,
  fakeUpstream,
  MEMBER,
  OAUTH,
  OTHER,
  UPSTREAM,
} from './fakeUpstream.js';

const BASE = 'https://shop.example/api/loyalty';
const LEDGER = `${BASE}/v2/pointsLedger/getLedgerExplodeInfo`;
const ALLOCATION = `${BASE}/x/neo/pointsAllocation/event`;
const HISTORY = `${BASE}/v2/historicalPoints/getHistoricalPoints`;
const LEDGER_QUERY = 'identifierName=mobile&identifierValue=917406401004&source=INSTORE&limit=2';
const HISTORY_BODY = {
  filter: { filterType: 'NONE', filterValues: [] },
  pageDetails: { offset: 0, limit: 10 },
};

function setup(
  options: Partial<LoyaltyProxyOptions> = {},
  upstreamOptions: FakeUpstreamOptions = {},
  member: LoyaltyMember | null = MEMBER,
) {
  const upstream = fakeUpstream(upstreamOptions);
  const onError = vi.fn();
  const proxy = createLoyaltyProxy({
    upstream: UPSTREAM,
    credentials: BASIC,
    resolveCustomer: () => member,
    fetch: upstream.fetch,
    onError,
    ...options,
  });
  return { proxy, upstream, onError };
}

function postHistory(
  customerId: string | number,
  body: unknown = HISTORY_BODY,
  headers: HeadersInit = {},
) {
  return new Request(`${HISTORY}/${customerId}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function errorOf(response: Response): Promise<{ code: number | null; message: string }> {
  const body = (await response.json()) as { errors: { code: number | null; message: string }[] };
  expect(body.errors).toHaveLength(1);
  return body.errors[0] as { code: number | null; message: string };
}

describe('forwarding the three endpoints', () => {
  it('reads the signed-in member’s ledger from Capillary with the proxy’s own credentials', async () => {
    const { proxy, upstream } = setup();
    const response = await proxy(new Request(`${LEDGER}?${LEDGER_QUERY}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    const body = (await response.json()) as { events: unknown[] };
    expect(body.events).toHaveLength(2);
    const [call] = upstream.dataCalls();
    expect(call?.method).toBe('GET');
    expect(`${call?.url.origin}${call?.url.pathname}`).toBe(
      `${UPSTREAM}/v2/pointsLedger/getLedgerExplodeInfo`,
    );
    expect(call?.headers.get('Authorization')).toBe(
      `Basic ${btoa('proxy-user:proxy-password-fake')}`,
    );
  });

  it('reads an event’s allocation rows with the Neo scope header and the member’s customer id', async () => {
    const { proxy, upstream } = setup();
    const response = await proxy(
      new Request(`${ALLOCATION}?entity_id=37195406289&event_type_id=15`),
    );
    expect(response.status).toBe(200);
    expect(Array.isArray(await response.json())).toBe(true);
    const [call] = upstream.dataCalls();
    expect(call?.url.pathname).toBe('/x/neo/pointsAllocation/event');
    expect(call?.url.searchParams.get('customer_id')).toBe('374819205');
    expect(call?.headers.get('x-cap-neo-dag-scope')).toBe('global');
  });

  it('reads the member’s historical points with the documented POST body', async () => {
    const { proxy, upstream } = setup();
    const response = await proxy(postHistory(MEMBER.customerId));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      customerId: 374819205,
      historicalPointsData: [{ billNumber: 'B-374819205' }],
    });
    const [call] = upstream.dataCalls();
    expect(call?.method).toBe('POST');
    expect(call?.url.pathname).toBe('/v2/historicalPoints/getHistoricalPoints/374819205');
    expect(call?.headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(call?.body ?? 'null')).toEqual(HISTORY_BODY);
  });

  it('works under any base path the brand mounts it at', async () => {
    const { proxy } = setup();
    for (const base of ['https://shop.example', 'https://shop.example/a/b/c/loyalty']) {
      const response = await proxy(
        new Request(`${base}/v2/pointsLedger/getLedgerExplodeInfo?${LEDGER_QUERY}`),
      );
      expect(response.status).toBe(200);
    }
  });

  it('answers 404 for anything but the three endpoints, the token endpoint included', async () => {
    const { proxy, upstream } = setup();
    const paths = [
      `${BASE}/v2/customers/get?mobile=917406401004`,
      `${BASE}/v3/oauth/token/generate`,
      `${BASE}/v2/pointsLedger/getLedgerExplodeInfo/extra`,
      `${BASE}/v2/pointsLedger/getLedgerExplodeInfoX`,
      `${BASE}/v2/historicalPoints/getHistoricalPoints`,
      `${BASE}/v2/historicalPoints/getHistoricalPoints/`,
      `${BASE}/V2/POINTSLEDGER/GETLEDGEREXPLODEINFO`,
      BASE,
    ];
    for (const path of paths) {
      const response = await proxy(new Request(path));
      expect(response.status, path).toBe(404);
    }
    expect(upstream.calls).toEqual([]);
  });

  it('answers 405 with Allow for a method an endpoint does not use', async () => {
    const { proxy, upstream } = setup();
    const cases: [string, string, string][] = [
      [LEDGER, 'POST', 'GET, OPTIONS'],
      [LEDGER, 'HEAD', 'GET, OPTIONS'],
      [ALLOCATION, 'DELETE', 'GET, OPTIONS'],
      [ALLOCATION, 'PUT', 'GET, OPTIONS'],
      [`${HISTORY}/374819205`, 'GET', 'POST, OPTIONS'],
      [`${HISTORY}/374819205`, 'PATCH', 'POST, OPTIONS'],
    ];
    for (const [url, method, allow] of cases) {
      const response = await proxy(new Request(url, { method }));
      expect(response.status, `${method} ${url}`).toBe(405);
      expect(response.headers.get('Allow')).toBe(allow);
    }
    expect(upstream.calls).toEqual([]);
  });
});

describe('only the signed-in member’s own data', () => {
  it('answers 401 when nobody is signed in, without asking Capillary', async () => {
    for (const member of [null, undefined]) {
      const upstream = fakeUpstream();
      const proxy = createLoyaltyProxy({
        upstream: UPSTREAM,
        credentials: BASIC,
        resolveCustomer: async () => member,
        fetch: upstream.fetch,
      });
      for (const request of [
        new Request(`${LEDGER}?${LEDGER_QUERY}`),
        new Request(ALLOCATION),
        postHistory(1),
      ]) {
        const response = await proxy(request);
        expect(response.status).toBe(401);
        expect(await errorOf(response)).toEqual({ code: null, message: 'No member is signed in.' });
      }
      expect(upstream.calls).toEqual([]);
    }
  });

  it('reads the member from the host’s own request object when one is passed along', async () => {
    const upstream = fakeUpstream();
    const proxy = createLoyaltyProxy<{ session: { member: LoyaltyMember | null } }>({
      upstream: UPSTREAM,
      credentials: BASIC,
      resolveCustomer: (_request, hostRequest) => hostRequest?.session.member ?? null,
      fetch: upstream.fetch,
    });
    const signedIn = await proxy(new Request(`${LEDGER}?limit=1`), { session: { member: MEMBER } });
    expect(signedIn.status).toBe(200);
    const signedOut = await proxy(new Request(`${LEDGER}?limit=1`), { session: { member: null } });
    expect(signedOut.status).toBe(401);
    expect((await proxy(new Request(`${LEDGER}?limit=1`))).status).toBe(401);
  });

  it('fills in the member’s identifiers when the widget names none', async () => {
    const { proxy, upstream } = setup();
    expect((await proxy(new Request(`${LEDGER}?limit=1`))).status).toBe(200);
    expect((await proxy(new Request(`${ALLOCATION}?entity_id=1&event_type_id=15`))).status).toBe(
      200,
    );
    const [ledger, allocation] = upstream.dataCalls();
    expect(ledger?.url.searchParams.get('identifierName')).toBe('mobile');
    expect(ledger?.url.searchParams.get('identifierValue')).toBe('917406401004');
    expect(ledger?.url.searchParams.get('source')).toBe('INSTORE');
    expect(allocation?.url.searchParams.get('customer_id')).toBe('374819205');
  });

  it('reads the ledger by customer id for a member known only by their id', async () => {
    const { proxy, upstream } = setup({}, {}, { customerId: '374819205' });
    const response = await proxy(new Request(`${LEDGER}?source=INSTORE&limit=1`));
    expect(response.status).toBe(200);
    const params = upstream.dataCalls()[0]?.url.searchParams;
    expect(params?.get('identifierName')).toBe('id');
    expect(params?.get('identifierValue')).toBe('374819205');
    expect(
      (
        await proxy(
          new Request(
            `${LEDGER}?identifierName=customerId&identifierValue=374819205&source=INSTORE`,
          ),
        )
      ).status,
    ).toBe(200);
  });

  it('refuses to read another customer’s ledger by any identifier', async () => {
    const { proxy, upstream } = setup();
    const queries = [
      // Another mobile number.
      `identifierName=mobile&identifierValue=${OTHER.mobile}&source=INSTORE`,
      // Switching the identifier type to another customer's id.
      `identifierName=id&identifierValue=${OTHER.customerId}&source=INSTORE`,
      `identifierName=customerId&identifierValue=${OTHER.customerId}&source=INSTORE`,
      // A value without a type is the member's default type's value.
      `identifierValue=${OTHER.mobile}&source=INSTORE`,
      // A group's ledger is no member's.
      `${LEDGER_QUERY}&type=USERGROUP2`,
    ];
    for (const query of queries) {
      const response = await proxy(new Request(`${LEDGER}?${query}`));
      expect(response.status, query).toBe(403);
      expect(await errorOf(response)).toEqual({
        code: null,
        message: 'A member may read only their own loyalty data.',
      });
    }
    expect(upstream.calls).toEqual([]);
  });

  it('refuses an identifier type the member record lacks, and tells the server what to return', async () => {
    const { proxy, upstream, onError } = setup();
    for (const query of [
      `identifierName=email&identifierValue=${OTHER.email}&source=INSTORE`,
      `identifierName=externalId&identifierValue=EXT-${OTHER.customerId}&source=INSTORE`,
      `identifierName=primaryUserId&identifierValue=${MEMBER.customerId}&source=INSTORE`,
    ]) {
      const response = await proxy(new Request(`${LEDGER}?${query}`));
      expect(response.status, query).toBe(403);
      expect((await errorOf(response)).message).toBe(
        'The signed-in member has no identifier of this type on record.',
      );
    }
    expect(upstream.calls).toEqual([]);
    expect(onError).toHaveBeenCalledTimes(3);
    expect(String(onError.mock.calls[0]?.[0])).toContain(
      "resolveCustomer returned no email to check it against: return identifierName: 'email'",
    );
    // The name comes from the request: no forged line reaches the server's logs.
    onError.mockClear();
    const forged = encodeURIComponent('x\n2026-01-01 ERROR payments down');
    await proxy(new Request(`${LEDGER}?identifierName=${forged}&identifierValue=1`));
    expect(String(onError.mock.calls[0]?.[0])).not.toContain('ERROR payments');
  });

  it('accepts the member’s own identifiers in any spelling Capillary accepts', async () => {
    const { proxy } = setup(
      {},
      {},
      { ...MEMBER, identifierName: 'email', identifierValue: 'member374819205@example.com' },
    );
    const queries = [
      'identifierName=EMAIL&identifierValue=Member374819205@Example.com&source=INSTORE',
      'identifierName=id&identifierValue=374819205&source=INSTORE',
      'identifierName=email&source=INSTORE',
      `${LEDGER_QUERY.replace('mobile', 'email').replace('917406401004', 'member374819205@example.com')}&type=CUSTOMER`,
    ];
    for (const query of queries) {
      expect((await proxy(new Request(`${LEDGER}?${query}`))).status, query).toBe(200);
    }
  });

  it('refuses another customer’s allocation rows and historical points', async () => {
    const { proxy, upstream } = setup();
    const allocation = await proxy(
      new Request(`${ALLOCATION}?entity_id=1&customer_id=${OTHER.customerId}&event_type_id=15`),
    );
    expect(allocation.status).toBe(403);
    const history = await proxy(postHistory(OTHER.customerId));
    expect(history.status).toBe(403);
    expect(upstream.calls).toEqual([]);
  });

  it('refuses a doubled query parameter instead of checking one value and forwarding the other', async () => {
    const { proxy, upstream } = setup();
    const urls = [
      `${ALLOCATION}?entity_id=1&event_type_id=15&customer_id=${MEMBER.customerId}&customer_id=${OTHER.customerId}`,
      `${LEDGER}?${LEDGER_QUERY}&identifierValue=${OTHER.mobile}`,
      `${LEDGER}?${LEDGER_QUERY}&identifierName=id`,
      `${LEDGER}?${LEDGER_QUERY}&limit=3`,
    ];
    for (const url of urls) {
      const response = await proxy(new Request(url));
      expect(response.status, url).toBe(400);
      expect((await errorOf(response)).message).toMatch(/given more than once/);
    }
    expect(upstream.calls).toEqual([]);
  });

  it('forwards only the documented query parameters', async () => {
    const { proxy, upstream } = setup();
    await proxy(
      new Request(
        `${LEDGER}?${LEDGER_QUERY}&IdentifierValue=${OTHER.mobile}&customerId=${OTHER.customerId}&debug=true&getBillDetails=true`,
      ),
    );
    await proxy(
      new Request(
        `${ALLOCATION}?entity_id=1&event_type_id=15&Customer_ID=${OTHER.customerId}&org_id=1`,
      ),
    );
    const [ledger, allocation] = upstream.dataCalls();
    expect([...(ledger?.url.searchParams.keys() ?? [])].sort()).toEqual(
      ['getBillDetails', 'identifierName', 'identifierValue', 'limit', 'source'].sort(),
    );
    expect(Object.fromEntries(allocation?.url.searchParams ?? [])).toEqual({
      entity_id: '1',
      event_type_id: '15',
      customer_id: '374819205',
    });
  });

  it('refuses allocation rows of another customer, whatever entity id was asked for', async () => {
    // Should Capillary look an event up by entity_id alone, another customer's bill id (or their
    // customer id, as a registration's entity) would bring back their rows. Each row names its owner.
    const row = (customerId?: number) => ({
      id: 1,
      status: 'ACTIVE',
      points_value: 10,
      customer_id: customerId,
    });
    const answersWith = (rows: unknown) =>
      setup(
        {},
        {
          intercept: (call) =>
            call.url.pathname.includes('pointsAllocation') ? Response.json(rows) : undefined,
        },
      );
    const request = () => new Request(`${ALLOCATION}?entity_id=37195406290&event_type_id=2`);
    for (const rows of [[row(OTHER.customerId)], [row(MEMBER.customerId), row(OTHER.customerId)]]) {
      const { proxy, onError } = answersWith(rows);
      const response = await proxy(request());
      expect(response.status).toBe(403);
      const text = await response.text();
      expect(text).not.toContain(String(OTHER.customerId));
      expect(JSON.parse(text)).toEqual({
        errors: [{ code: null, message: 'A member may read only their own loyalty data.' }],
        warnings: [],
      });
      expect(onError).toHaveBeenCalled();
    }
    // A list that is not a list cannot be checked row by row.
    const wrapped = answersWith({ data: [row(OTHER.customerId)] });
    expect((await wrapped.proxy(request())).status).toBe(502);
    // The member's own rows, and rows that name nobody, pass.
    for (const rows of [[row(MEMBER.customerId)], [row()], []]) {
      const { proxy } = answersWith(rows);
      const response = await proxy(request());
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(JSON.parse(JSON.stringify(rows)));
    }
  });

  it('refuses encoded and dot-segment paths that could name another customer', async () => {
    const { proxy, upstream } = setup();
    const paths = [
      `${HISTORY}/374819205%2F..%2F566135941`,
      `${HISTORY}/374819205/..%2F566135941`,
      `${HISTORY}/566135941%00`,
      `${HISTORY}/%35%36%36135941`,
      `${HISTORY}/374819205/%2e%2e/566135941`,
      `${HISTORY}/374819205/../566135941`,
      `${BASE}/v2/pointsLedger/getLedgerExplodeInfo%3FidentifierValue=919800000002`,
      `${BASE}//v2/pointsLedger/getLedgerExplodeInfo`,
      `${BASE}/x/neo/pointsAllocation/event/..`,
    ];
    for (const path of paths) {
      const method = path.includes('getHistoricalPoints') ? 'POST' : 'GET';
      const body = method === 'POST' ? JSON.stringify(HISTORY_BODY) : null;
      const response = await proxy(new Request(path, { method, body }));
      expect([400, 403, 404], path).toContain(response.status);
    }
    expect(upstream.calls).toEqual([]);
  });

  it('refuses dot segments and encoded slashes even from a runtime that does not normalize paths', () => {
    const raw = [
      '/api/loyalty/v2/historicalPoints/getHistoricalPoints/374819205/../566135941',
      '/api/loyalty/v2/historicalPoints/getHistoricalPoints/./566135941',
      '/api/loyalty/v2/historicalPoints/getHistoricalPoints/374819205%2F..%2F566135941',
      '/api/loyalty/v2/historicalPoints/getHistoricalPoints/%2e%2e/566135941',
      '/api/loyalty\\v2\\pointsLedger\\getLedgerExplodeInfo',
      '/api/loyalty/x/neo/pointsAllocation/event/..',
    ];
    for (const pathname of raw) {
      expect(() => matchLoyaltyEndpoint(pathname), pathname).toThrow(
        'The request path is not allowed.',
      );
    }
    expect(
      matchLoyaltyEndpoint('/api/loyalty/v2/historicalPoints/getHistoricalPoints/374819205'),
    ).toEqual({
      name: 'history',
      method: 'POST',
      customerId: '374819205',
    });
  });

  it('never forwards the browser’s headers: cookies, authorization, host, forwarding or Neo scope', async () => {
    const { proxy, upstream } = setup();
    const smuggled = {
      Authorization: `Basic ${btoa('stolen:stolen')}`,
      Cookie: 'session=member-session-cookie',
      Host: 'internal-admin.capillary.test',
      'X-Forwarded-For': '10.0.0.1',
      'X-Forwarded-Host': 'internal-admin.capillary.test',
      'X-Forwarded-Proto': 'http',
      'x-cap-neo-dag-scope': 'global',
      'X-CAP-API-OAUTH-TOKEN': 'stolen-token',
      'X-HTTP-Method-Override': 'DELETE',
      Accept: 'text/html',
    };
    await proxy(new Request(`${LEDGER}?${LEDGER_QUERY}`, { headers: smuggled }));
    await proxy(new Request(`${ALLOCATION}?entity_id=1&event_type_id=15`, { headers: smuggled }));
    await proxy(postHistory(MEMBER.customerId, HISTORY_BODY, smuggled));
    const [ledger, allocation, history] = upstream.dataCalls();
    const names = (headers: Headers | undefined) => [...(headers?.keys() ?? [])].sort();
    expect(names(ledger?.headers)).toEqual(['accept', 'authorization']);
    expect(names(allocation?.headers)).toEqual(['accept', 'authorization', 'x-cap-neo-dag-scope']);
    expect(names(history?.headers)).toEqual(['accept', 'authorization', 'content-type']);
    for (const call of upstream.dataCalls()) {
      expect(call.headers.get('Authorization')).toBe(
        `Basic ${btoa('proxy-user:proxy-password-fake')}`,
      );
      expect(call.headers.get('Accept')).toBe('application/json');
      expect(call.url.origin).toBe(UPSTREAM);
    }
  });

  it('forwards only the documented fields of a historical-points query', async () => {
    const { proxy, upstream } = setup();
    const body = {
      ...HISTORY_BODY,
      customerId: OTHER.customerId,
      filter: { ...HISTORY_BODY.filter, customerId: OTHER.customerId },
      pageDetails: { limit: 5, extra: true },
    };
    expect((await proxy(postHistory(MEMBER.customerId, body))).status).toBe(200);
    expect(JSON.parse(upstream.dataCalls()[0]?.body ?? 'null')).toEqual({
      filter: { filterType: 'NONE', filterValues: [] },
      pageDetails: { limit: 5 },
    });
  });

  it('answers 400 for a historical-points body that is not a documented query', async () => {
    const { proxy, upstream } = setup();
    const bodies = [
      'not json',
      '[]',
      '{}',
      '{"filter":{"filterType":"NONE"}}',
      '{"filter":{"filterType":1},"pageDetails":{"limit":1}}',
      '',
    ];
    for (const body of bodies) {
      const response = await proxy(postHistory(MEMBER.customerId, body));
      expect(response.status, body).toBe(400);
    }
    expect(upstream.calls).toEqual([]);
  });
  it('refuses a historical-points filter type the API does not document', async () => {
    // An undocumented filter could read the customer from filterValues instead of the path.
    const { proxy, upstream } = setup();
    for (const filterType of ['CUSTOMER_ID', 'EXTERNAL_ID', 'MOBILE', 'ALL', 'none']) {
      const response = await proxy(
        postHistory(MEMBER.customerId, {
          filter: { filterType, filterValues: [String(OTHER.customerId)] },
          pageDetails: { offset: 0, limit: 10 },
        }),
      );
      expect(response.status, filterType).toBe(400);
    }
    expect(upstream.calls).toEqual([]);
    for (const filter of [
      { filterType: 'NONE', filterValues: [] },
      {
        filterType: 'DATE',
        filterValues: ['2026-01-01T00:00:00+05:30', '2026-02-01T00:00:00+05:30'],
      },
      { filterType: 'TRANSACTION_TYPE', filterValues: ['CREDIT'] },
      { filterType: 'BILL_NUMBER', filterValues: ['B-374819205'] },
    ]) {
      const response = await proxy(postHistory(MEMBER.customerId, { ...HISTORY_BODY, filter }));
      expect(response.status, filter.filterType).toBe(200);
    }
  });
});

describe('limits', () => {
  it('answers 413 for a request body over the cap, declared or not', async () => {
    const { proxy, upstream } = setup();
    const big = {
      ...HISTORY_BODY,
      filter: { filterType: 'BILL_NUMBER', filterValues: ['x'.repeat(17 * 1024)] },
    };
    const declared = await proxy(postHistory(MEMBER.customerId, big));
    expect(declared.status).toBe(413);
    // A streamed body has no Content-Length: the cap holds while reading.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let chunk = 0; chunk < 20; chunk += 1)
          controller.enqueue(new TextEncoder().encode(' '.repeat(1024)));
        controller.close();
      },
    });
    const streamed = await proxy(
      new Request(`${HISTORY}/${MEMBER.customerId}`, {
        method: 'POST',
        body: stream,
        duplex: 'half',
      } as RequestInit),
    );
    expect(streamed.status).toBe(413);
    expect(await errorOf(streamed)).toEqual({
      code: null,
      message: 'The request body is too large.',
    });
    expect(upstream.calls).toEqual([]);

    const { proxy: strict } = setup({ maxRequestBytes: 64 });
    expect((await strict(postHistory(MEMBER.customerId))).status).toBe(413);
  });

  it('answers 502 for an upstream answer over the cap', async () => {
    const { proxy, onError } = setup({ maxResponseBytes: 1000 });
    const response = await proxy(new Request(`${LEDGER}?${LEDGER_QUERY}`));
    expect(response.status).toBe(502);
    expect(await errorOf(response)).toEqual({
      code: null,
      message: 'The loyalty service is unavailable.',
    });
    expect(onError).toHaveBeenCalled();

    const declared = setup(
      { maxResponseBytes: 1000 },
      {
        intercept: () =>
          new Response('[]', {
            headers: { 'Content-Length': '5000000', 'Content-Type': 'application/json' },
          }),
      },
    );
    expect((await declared.proxy(new Request(`${LEDGER}?${LEDGER_QUERY}`))).status).toBe(502);
  });

  it('answers 504 when Capillary does not answer in time', async () => {
    const { proxy } = setup(
      { timeoutMs: 50 },
      { faults: [{ endpoint: '*', status: 200, delayMs: 5_000 }] },
    );
    const started = Date.now();
    const response = await proxy(new Request(`${LEDGER}?${LEDGER_QUERY}`));
    expect(response.status).toBe(504);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await errorOf(response)).toEqual({
      code: null,
      message: 'The loyalty service did not answer in time.',
    });
  });

  it('gives up on a fetch that ignores its abort signal', async () => {
    const { proxy } = setup(
      { timeoutMs: 50 },
      { intercept: () => new Promise<Response>(() => undefined) },
    );
    expect((await proxy(new Request(`${LEDGER}?${LEDGER_QUERY}`))).status).toBe(504);
  });
});

describe('a member who leaves', () => {
  it('does not ask Capillary for a member who left while their session was being read', async () => {
    const member = new AbortController();
    const { proxy, upstream } = setup({
      credentials: OAUTH,
      resolveCustomer: async () => {
        member.abort();
        return MEMBER;
      },
    });
    await proxy(new Request(`${LEDGER}?${LEDGER_QUERY}`, { signal: member.signal }));
    // Neither a token nor the ledger: nobody is left to read the answer.
    expect(upstream.calls).toEqual([]);
  });

  it('cancels the request to Capillary when the member leaves while it answers', async () => {
    const member = new AbortController();
    const { proxy, upstream } = setup(
      {},
      {
        intercept: (call) =>
          new Promise<Response>((_resolve, reject) => {
            call.signal.addEventListener('abort', () => reject(call.signal.reason));
            member.abort();
          }),
      },
    );
    await proxy(new Request(`${LEDGER}?${LEDGER_QUERY}`, { signal: member.signal }));
    expect(upstream.dataCalls()).toHaveLength(1);
    expect(upstream.dataCalls()[0]?.signal.aborted).toBe(true);
  });
});

describe('CORS', () => {
  const allowed = 'https://members.brand.example';

  it('lets an allowed origin read the answer, with credentials', async () => {
    const { proxy } = setup({ allowedOrigins: [`${allowed}/`] });
    const response = await proxy(
      new Request(`${LEDGER}?${LEDGER_QUERY}`, { headers: { Origin: allowed } }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(allowed);
    expect(response.headers.get('Access-Control-Allow-Credentials')).toBe('true');
    expect(response.headers.get('Vary')).toBe('Origin');
  });

  it('gives no CORS headers to another origin', async () => {
    const { proxy } = setup({ allowedOrigins: [allowed] });
    const response = await proxy(
      new Request(`${LEDGER}?${LEDGER_QUERY}`, { headers: { Origin: 'https://evil.example' } }),
    );
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(response.headers.get('Access-Control-Allow-Credentials')).toBeNull();
    expect(response.headers.get('Vary')).toBe('Origin');
  });

  it('answers an allowed origin’s preflight without a member and without asking Capillary', async () => {
    const { proxy, upstream } = setup({ allowedOrigins: [allowed] }, {}, null);
    const response = await proxy(
      new Request(`${HISTORY}/${MEMBER.customerId}`, {
        method: 'OPTIONS',
        headers: {
          Origin: allowed,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type',
        },
      }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(allowed);
    expect(response.headers.get('Access-Control-Allow-Methods')).toBe('POST, OPTIONS');
    expect(response.headers.get('Access-Control-Allow-Headers')).toBe('Content-Type');
    expect(upstream.calls).toEqual([]);
  });

  it('refuses a preflight from an origin not on the list', async () => {
    for (const allowedOrigins of [[allowed], undefined]) {
      const { proxy } = setup({ allowedOrigins });
      const response = await proxy(
        new Request(LEDGER, {
          method: 'OPTIONS',
          headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' },
        }),
      );
      expect(response.status).toBe(403);
      expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
      expect(response.headers.get('Access-Control-Allow-Methods')).toBeNull();
    }
  });

  it('rejects an allowedOrigins entry that is not an origin', () => {
    expect(() => setup({ allowedOrigins: ['not an origin'] })).toThrow(/allowedOrigins/);
  });

  it('refuses an allowedOrigins entry with an opaque origin, the one every sandboxed page sends', () => {
    // These serialize to the origin "null", which sandboxed iframes and data: pages on any site
    // send: allowing it would let any site read the member's points with their cookie.
    for (const entry of ['capacitor://localhost', 'ionic://localhost', 'file:///index.html']) {
      expect(() => setup({ allowedOrigins: [entry] }), entry).toThrow(/allowedOrigins/);
    }
  });

  it('takes http(s) origins only, as the README says, and says so when given another scheme', () => {
    // ftp: and ws: URLs have origins of their own, yet no page a member opens is served from one.
    for (const entry of ['ftp://shop.example', 'wss://shop.example', 'capacitor://localhost']) {
      expect(() => setup({ allowedOrigins: [entry] }), entry).toThrow(
        `"${entry}" in \`allowedOrigins\` is not an http(s) origin`,
      );
    }
    expect(() =>
      setup({ allowedOrigins: ['http://localhost:5173', 'https://shop.example/'] }),
    ).not.toThrow();
  });
});

describe('never cached', () => {
  it('marks every answer private and not to be stored', async () => {
    const { proxy } = setup({ allowedOrigins: ['https://members.brand.example'], timeoutMs: 50 });
    const slow = setup(
      { timeoutMs: 50 },
      { faults: [{ endpoint: '*', status: 200, delayMs: 5_000 }] },
    );
    const failing = setup(
      {},
      { faults: [{ endpoint: '*', status: 500, code: 500, message: 'Internal' }] },
    );
    const signedOut = setup({}, {}, null);
    const answers = await Promise.all([
      proxy(new Request(`${LEDGER}?${LEDGER_QUERY}`)),
      proxy(new Request(`${LEDGER}?${LEDGER_QUERY}&limit=1`)),
      proxy(new Request(`${BASE}/nowhere`)),
      proxy(new Request(LEDGER, { method: 'DELETE' })),
      proxy(new Request(`${ALLOCATION}?customer_id=1`)),
      proxy(
        new Request(LEDGER, {
          method: 'OPTIONS',
          headers: { Origin: 'https://members.brand.example' },
        }),
      ),
      proxy(
        new Request(LEDGER, { method: 'OPTIONS', headers: { Origin: 'https://evil.example' } }),
      ),
      proxy(
        postHistory(MEMBER.customerId, {
          filter: { filterType: 'BILL_NUMBER', filterValues: ['x'.repeat(20_000)] },
          pageDetails: { limit: 1 },
        }),
      ),
      slow.proxy(new Request(`${LEDGER}?${LEDGER_QUERY}`)),
      failing.proxy(new Request(`${LEDGER}?${LEDGER_QUERY}`)),
      signedOut.proxy(new Request(`${LEDGER}?${LEDGER_QUERY}`)),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([
      200, 400, 404, 405, 403, 204, 403, 413, 504, 500, 401,
    ]);
    for (const answer of answers) {
      expect(answer.headers.get('Cache-Control'), String(answer.status)).toBe('private, no-store');
    }
  });
});

describe('upstream failures', () => {
  it('keeps Capillary’s JSON error and status, so the widgets word it', async () => {
    const { proxy } = setup();
    const response = await proxy(
      new Request(
        `${LEDGER}?identifierName=mobile&identifierValue=917406401004&source=INSTORE&eventName=NoSuchEvent`,
      ),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ code: 11014, message: 'Event name not found' }],
      warnings: [],
    });

    const { proxy: failing } = setup(
      {},
      { faults: [{ endpoint: '*', status: 500, code: 500, message: 'Internal error' }] },
    );
    const serverError = await failing(new Request(`${LEDGER}?${LEDGER_QUERY}`));
    expect(serverError.status).toBe(500);
    expect(await errorOf(serverError)).toEqual({ code: 500, message: 'Internal error' });
  });

  it('reads a Neo-style `{ status, message }` error as one error', async () => {
    const { proxy } = setup();
    const response = await proxy(new Request(`${ALLOCATION}?event_type_id=15`));
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toEqual({ code: null, message: 'Bad Request' });
  });

  it('passes Retry-After on and no other upstream header', async () => {
    const { proxy } = setup(
      {},
      {
        intercept: (call) =>
          call.url.pathname.includes('pointsLedger')
            ? Response.json(
                { errors: [{ code: null, message: 'Too many requests' }] },
                {
                  status: 429,
                  headers: {
                    'Retry-After': '3',
                    Server: 'capillary-internal',
                    'Set-Cookie': 'upstream=1',
                    'X-Upstream-Host': 'capillary-internal.test',
                  },
                },
              )
            : undefined,
      },
    );
    const response = await proxy(new Request(`${LEDGER}?${LEDGER_QUERY}`));
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('3');
    expect([...response.headers.keys()].sort()).toEqual(
      ['cache-control', 'content-type', 'retry-after', 'vary', 'x-content-type-options'].sort(),
    );
  });

  it('answers 502 with a generic message when Capillary answers something that is not JSON', async () => {
    const html = () =>
      new Response(`<html>502 Bad Gateway at ${UPSTREAM}</html>`, {
        status: 500,
        headers: { 'Content-Type': 'text/html' },
      });
    const success = () => new Response('OK', { status: 200 });
    const redirect = () =>
      new Response(null, { status: 302, headers: { Location: `${UPSTREAM}/login` } });
    for (const intercept of [html, success, redirect]) {
      const { proxy } = setup({}, { intercept });
      const response = await proxy(new Request(`${LEDGER}?${LEDGER_QUERY}`));
      expect(response.status).toBe(502);
      expect(response.headers.get('Location')).toBeNull();
      expect(await response.json()).toEqual({
        errors: [{ code: null, message: 'The loyalty service is unavailable.' }],
        warnings: [],
      });
    }
  });

  it('answers 502 when Capillary cannot be reached, naming no host', async () => {
    const { proxy, onError } = setup(
      {},
      {
        intercept: () => {
          throw new TypeError('fetch failed: getaddrinfo ENOTFOUND capillary-internal.test');
        },
      },
    );
    const response = await proxy(new Request(`${LEDGER}?${LEDGER_QUERY}`));
    expect(response.status).toBe(502);
    const text = await response.text();
    expect(text).not.toContain('capillary-internal');
    expect(text).toContain('The loyalty service is unavailable.');
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ message: expect.stringContaining('ENOTFOUND') }),
    );
  });

  it('answers 502, not 401, when Capillary refuses the proxy’s own credentials', async () => {
    const { proxy } = setup({
      credentials: { type: 'basic', username: 'proxy-user', password: 'wrong-password' },
    });
    const response = await proxy(new Request(`${LEDGER}?${LEDGER_QUERY}`));
    expect(response.status).toBe(502);
  });

  it('hides an upstream error message that echoes the host or a credential', async () => {
    const echo = (message: string) => () =>
      Response.json(
        { errors: [{ code: 1, message }], warnings: [{ code: 2, message }] },
        { status: 400 },
      );
    const leaks = [
      `Invalid request to ${new URL(UPSTREAM).host}`,
      'User proxy-user is not allowed',
      `Bad auth ${btoa('proxy-user:proxy-password-fake')}`,
    ];
    for (const leak of leaks) {
      const { proxy } = setup({}, { intercept: echo(leak) });
      const response = await proxy(new Request(`${LEDGER}?${LEDGER_QUERY}`));
      expect(response.status).toBe(400);
      const text = await response.text();
      expect(text).not.toContain(leak);
      expect(JSON.parse(text)).toEqual({
        errors: [{ code: 1, message: 'The loyalty service could not answer this request.' }],
        warnings: [{ code: 2, message: 'The loyalty service could not answer this request.' }],
      });
    }
  });

  it('answers 500 with a generic message when resolveCustomer fails', async () => {
    const failure = new Error('session store at redis://internal:6379 is down');
    const { proxy, onError, upstream } = setup({
      resolveCustomer: () => {
        throw failure;
      },
    });
    const response = await proxy(new Request(`${LEDGER}?${LEDGER_QUERY}`));
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('redis');
    expect(onError).toHaveBeenCalledWith(failure);
    expect(upstream.calls).toEqual([]);
  });

  it('refuses a member whose customer id is not numeric', async () => {
    const { proxy, upstream } = setup({}, {}, { customerId: '374819205/../566135941' });
    expect((await proxy(postHistory('374819205'))).status).toBe(500);
    expect(upstream.calls).toEqual([]);
  });
});

describe('configuration', () => {
  it('refuses to start without an upstream URL or complete credentials', () => {
    const base = { resolveCustomer: () => MEMBER };
    expect(() =>
      createLoyaltyProxy({ ...base, upstream: 'capillary', credentials: BASIC }),
    ).toThrow(/upstream/);
    expect(() => createLoyaltyProxy({ ...base, upstream: 'ftp://x', credentials: BASIC })).toThrow(
      /upstream/,
    );
    expect(() =>
      createLoyaltyProxy({
        ...base,
        upstream: UPSTREAM,
        credentials: { type: 'basic', username: 'u', password: '' },
      }),
    ).toThrow(/credentials/);
  });

  it('names the credential that is missing, as when an environment variable is not set', () => {
    const base = { resolveCustomer: () => MEMBER, upstream: UPSTREAM };
    // What `process.env.CAP_KEY!` gives where the variable is not set.
    const unset = undefined as unknown as string;
    expect(() =>
      createLoyaltyProxy({
        ...base,
        credentials: { type: 'oauth', clientKey: unset, clientSecret: 'from-env' },
      }),
    ).toThrow('`credentials.clientKey` is undefined');
    expect(() =>
      createLoyaltyProxy({
        ...base,
        credentials: { type: 'basic', username: 'u', password: '' },
      }),
    ).toThrow('`credentials.password` is empty');
  });

  it('refuses to start with a bad tokenUrl or timeout', () => {
    const base = { resolveCustomer: () => MEMBER };
    expect(() =>
      createLoyaltyProxy({
        ...base,
        upstream: UPSTREAM,
        credentials: { ...OAUTH, tokenUrl: '/token' },
      }),
    ).toThrow(/tokenUrl/);
    expect(() =>
      createLoyaltyProxy({ ...base, upstream: UPSTREAM, credentials: BASIC, timeoutMs: 0 }),
    ).toThrow(/timeoutMs/);
  });

  it('refuses credentials written into the upstream or token URL, without repeating them', () => {
    // fetch refuses such URLs with an error that quotes them, straight into the server's logs.
    const base = { resolveCustomer: () => MEMBER };
    const configurations = [
      {
        ...base,
        upstream: 'https://api-user:url-secret@capillary-internal.test',
        credentials: BASIC,
      },
      {
        ...base,
        upstream: UPSTREAM,
        credentials: {
          ...OAUTH,
          tokenUrl: 'https://proxy-key:url-secret@capillary-internal.test/t',
        },
      },
    ];
    for (const options of configurations) {
      let message = '';
      try {
        createLoyaltyProxy(options);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/must not hold credentials/);
      expect(message).not.toContain('url-secret');
    }
  });
});

describe('scoping in every spelling a browser might try', () => {
  it('answers 403 when a member known by email names another customer’s email', async () => {
    const { proxy, upstream } = setup(
      {},
      {},
      { ...MEMBER, identifierName: 'email', identifierValue: 'member374819205@example.com' },
    );
    for (const email of [OTHER.email, OTHER.email.toUpperCase()]) {
      const response = await proxy(
        new Request(`${LEDGER}?identifierName=email&identifierValue=${email}&source=INSTORE`),
      );
      expect(response.status, email).toBe(403);
    }
    expect(upstream.calls).toEqual([]);
  });

  it('answers 403 for another external id that differs from the member’s only in case', async () => {
    const { proxy, upstream } = setup(
      {},
      {},
      { ...MEMBER, identifierName: 'externalId', identifierValue: 'EXT-374819205' },
    );
    const response = await proxy(
      new Request(`${LEDGER}?identifierName=externalId&identifierValue=ext-374819205`),
    );
    expect(response.status).toBe(403);
    expect(upstream.calls).toEqual([]);
  });

  it('refuses the ledger of a group’s primary member, another customer', async () => {
    const { proxy, upstream } = setup();
    for (const flag of ['true', 'TRUE', '1']) {
      const response = await proxy(new Request(`${LEDGER}?${LEDGER_QUERY}&isPrimaryUser=${flag}`));
      expect(response.status, flag).toBe(403);
    }
    expect(upstream.calls).toEqual([]);
    const own = await proxy(new Request(`${LEDGER}?${LEDGER_QUERY}&isPrimaryUser=false`));
    expect(own.status).toBe(200);
  });

  it('reads the member’s number only in the source and account on record, never the browser’s', async () => {
    const { proxy, upstream } = setup({}, {}, { ...MEMBER, accountId: 'ACC-1' });
    await proxy(
      new Request(`${LEDGER}?${LEDGER_QUERY.replace('INSTORE', 'WECHAT')}&accountId=ACC-2`),
    );
    const sent = new URL(upstream.calls[0]?.url ?? '').searchParams;
    expect(sent.get('source')).toBe('INSTORE');
    expect(sent.get('accountId')).toBe('ACC-1');

    const noAccount = setup();
    await noAccount.proxy(new Request(`${LEDGER}?${LEDGER_QUERY}&accountId=ACC-2`));
    expect(new URL(noAccount.upstream.calls[0]?.url ?? '').searchParams.has('accountId')).toBe(
      false,
    );
  });

  it('refuses a number whose source the member record lacks, and tells the server what to return', async () => {
    const { source: _source, ...withoutSource } = MEMBER;
    const { proxy, upstream, onError } = setup({}, {}, withoutSource);
    const response = await proxy(
      new Request(`${LEDGER}?${LEDGER_QUERY.replace('INSTORE', 'WECHAT')}`),
    );
    expect(response.status).toBe(403);
    expect(upstream.calls).toEqual([]);
    expect(String(onError.mock.calls[0]?.[0])).toContain('return the source');
    // The customer id lives in no source.
    const byId = await proxy(
      new Request(
        `${LEDGER}?identifierName=id&identifierValue=${MEMBER.customerId}&source=INSTORE`,
      ),
    );
    expect(byId.status).toBe(200);
  });

  it('refuses a group’s ledger however the type is spelled', async () => {
    const { proxy, upstream } = setup();
    for (const type of ['usergroup2', 'UserGroup2', 'USERGROUP', 'GROUP']) {
      const response = await proxy(new Request(`${LEDGER}?${LEDGER_QUERY}&type=${type}`));
      expect(response.status, type).toBe(403);
    }
    expect(upstream.calls).toEqual([]);
    expect((await proxy(new Request(`${LEDGER}?${LEDGER_QUERY}&type=customer`))).status).toBe(200);
  });

  it('reads the ledger by the identifier type resolveCustomer names, however it is capitalised', async () => {
    for (const identifierName of ['externalId', 'EXTERNALID', 'Mobile']) {
      const identifierValue =
        identifierName === 'Mobile' ? MEMBER.identifierValue : 'EXT-374819205';
      const { proxy, upstream } = setup({}, {}, { ...MEMBER, identifierName, identifierValue });
      const response = await proxy(
        new Request(
          `${LEDGER}?identifierName=${identifierName}&identifierValue=${identifierValue}`,
        ),
      );
      expect(response.status, identifierName).not.toBe(403);
      expect(upstream.dataCalls()[0]?.url.searchParams.get('identifierValue')).toBe(
        identifierValue,
      );
    }
  });

  it('reads by the member’s customer id even when their record names another value as `id`', async () => {
    const { proxy, upstream } = setup(
      {},
      {},
      {
        customerId: MEMBER.customerId,
        identifierName: 'id',
        identifierValue: String(OTHER.customerId),
      },
    );
    const own = await proxy(new Request(`${LEDGER}?identifierName=id&source=INSTORE`));
    expect(own.status).toBe(200);
    expect(upstream.dataCalls()[0]?.url.searchParams.get('identifierValue')).toBe(
      String(MEMBER.customerId),
    );
    const other = await proxy(
      new Request(`${LEDGER}?identifierName=id&identifierValue=${OTHER.customerId}`),
    );
    expect(other.status).toBe(403);
  });

  it('fills in the member’s own identifiers for parameters the browser sends empty', async () => {
    const { proxy, upstream } = setup();
    expect(
      (await proxy(new Request(`${LEDGER}?identifierName=&identifierValue=&limit=`))).status,
    ).toBe(200);
    expect(
      (await proxy(new Request(`${ALLOCATION}?entity_id=1&event_type_id=15&customer_id=`))).status,
    ).toBe(200);
    const [ledger, allocation] = upstream.dataCalls();
    expect(ledger?.url.searchParams.get('identifierValue')).toBe(MEMBER.identifierValue);
    expect(ledger?.url.searchParams.has('limit')).toBe(false);
    expect(allocation?.url.searchParams.get('customer_id')).toBe(String(MEMBER.customerId));
  });

  it('accepts the member’s own identifiers padded with spaces, and sends them unpadded', async () => {
    const { proxy, upstream } = setup();
    const padded = encodeURIComponent(` ${MEMBER.identifierValue} `);
    const ledger = await proxy(
      new Request(`${LEDGER}?identifierName=%20mobile%20&identifierValue=${padded}`),
    );
    expect(ledger.status).toBe(200);
    const allocation = await proxy(
      new Request(`${ALLOCATION}?entity_id=1&event_type_id=15&customer_id=%20${MEMBER.customerId}`),
    );
    expect(allocation.status).toBe(200);
    const [ledgerCall, allocationCall] = upstream.dataCalls();
    expect(ledgerCall?.url.searchParams.get('identifierName')).toBe('mobile');
    expect(ledgerCall?.url.searchParams.get('identifierValue')).toBe(MEMBER.identifierValue);
    expect(allocationCall?.url.searchParams.get('customer_id')).toBe(String(MEMBER.customerId));
  });

  it('answers 404 for a historical-points path with a segment after the customer id', async () => {
    const { proxy, upstream } = setup();
    for (const path of [
      `${HISTORY}/${MEMBER.customerId}/${OTHER.customerId}`,
      `${HISTORY}/${MEMBER.customerId}/extra`,
    ]) {
      expect((await proxy(postHistory(path.slice(HISTORY.length + 1)))).status, path).toBe(404);
    }
    expect((await proxy(new Request(`${BASE}/notx/neo/pointsAllocation/event`))).status).toBe(404);
    expect(upstream.calls).toEqual([]);
  });

  it('passes allocation rows whose customer_id is null or that are no objects', async () => {
    for (const rows of [[{ id: 1, customer_id: null }], [null, 5]]) {
      const { proxy } = setup(
        {},
        {
          intercept: (call) =>
            call.url.pathname.includes('pointsAllocation') ? Response.json(rows) : undefined,
        },
      );
      const response = await proxy(new Request(`${ALLOCATION}?entity_id=1&event_type_id=2`));
      expect(response.status, JSON.stringify(rows)).toBe(200);
    }
  });
});

describe('historical-points queries', () => {
  it('accepts the documented NONE filter without filterValues, forwarding an empty list', async () => {
    const { proxy, upstream } = setup();
    const body = { filter: { filterType: 'NONE' }, pageDetails: { offset: 0, limit: 10 } };
    expect((await proxy(postHistory(MEMBER.customerId, body))).status).toBe(200);
    expect(JSON.parse(upstream.dataCalls()[0]?.body ?? 'null')).toEqual({
      filter: { filterType: 'NONE', filterValues: [] },
      pageDetails: { offset: 0, limit: 10 },
    });
  });

  it('answers 400, without asking Capillary, for filter values or pages of the wrong type', async () => {
    const { proxy, upstream } = setup();
    const bodies = [
      {
        filter: { filterType: 'BILL_NUMBER', filterValues: String(OTHER.customerId) },
        pageDetails: { limit: 1 },
      },
      {
        filter: { filterType: 'BILL_NUMBER', filterValues: { 0: 'B-1' } },
        pageDetails: { limit: 1 },
      },
      {
        filter: { filterType: 'BILL_NUMBER', filterValues: [OTHER.customerId] },
        pageDetails: { limit: 1 },
      },
      { filter: { filterType: 'NONE' }, pageDetails: {} },
      { filter: { filterType: 'NONE' }, pageDetails: { limit: '10' } },
      { filter: { filterType: 'NONE' }, pageDetails: { limit: 10, offset: '0' } },
    ];
    for (const body of bodies) {
      const response = await proxy(postHistory(MEMBER.customerId, body));
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    expect(upstream.calls).toEqual([]);
  });
});

describe('answers that keep upstream detail and secrets out', () => {
  const answering = (response: () => Response, options: Partial<LoyaltyProxyOptions> = {}) =>
    setup(options, {
      intercept: (call) => (call.url.pathname.includes('pointsLedger') ? response() : undefined),
    });

  it('answers 502 for a redirect or proxy-authentication status from Capillary, even with JSON', async () => {
    for (const status of [300, 302, 307, 407]) {
      const { proxy } = answering(() =>
        Response.json(
          { errors: [{ code: 1, message: 'moved' }] },
          { status, headers: { Location: 'https://evil.example/' } },
        ),
      );
      const response = await proxy(new Request(`${LEDGER}?${LEDGER_QUERY}`));
      expect(response.status, String(status)).toBe(502);
      expect(response.headers.get('Location')).toBeNull();
    }
  });

  it('answers 502 for an answer over the cap that declares no length', async () => {
    const big = JSON.stringify({ events: ['x'.repeat(2000)] });
    const { proxy } = answering(
      () =>
        new Response(
          new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(new TextEncoder().encode(big));
              controller.close();
            },
          }),
          { headers: { 'Content-Type': 'application/json' } },
        ),
      { maxResponseBytes: 1000 },
    );
    const response = await proxy(new Request(`${LEDGER}?${LEDGER_QUERY}`));
    expect(response.status).toBe(502);
  });

  it('answers 413 for a body that declares a length over the cap, without reading it', async () => {
    const { proxy, upstream } = setup();
    const request = new Request(`${HISTORY}/${MEMBER.customerId}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(1024 * 1024) },
      body: JSON.stringify(HISTORY_BODY),
    });
    expect((await proxy(request)).status).toBe(413);
    expect(upstream.calls).toEqual([]);
  });

  it('accepts a body of exactly the cap and refuses one byte more', async () => {
    const text = JSON.stringify(HISTORY_BODY);
    const { proxy: exact } = setup({ maxRequestBytes: text.length });
    expect((await exact(postHistory(MEMBER.customerId, text))).status).toBe(200);
    const { proxy: under } = setup({ maxRequestBytes: text.length - 1 });
    expect((await under(postHistory(MEMBER.customerId, text))).status).toBe(413);
  });

  it('drops a Retry-After that is neither seconds nor a date, such as one naming the host', async () => {
    const { proxy } = answering(() =>
      Response.json(
        { errors: [{ code: null, message: 'Too many requests' }] },
        { status: 429, headers: { 'Retry-After': `ask ${new URL(UPSTREAM).host}` } },
      ),
    );
    const response = await proxy(new Request(`${LEDGER}?${LEDGER_QUERY}`));
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBeNull();
  });

  it('hides an error message that echoes the host in capitals, without its port, or the token host', async () => {
    const cases: [string, Partial<LoyaltyProxyOptions>][] = [
      [`Bad request to ${new URL(UPSTREAM).host.toUpperCase()}`, {}],
      ['Bad request to capillary-internal.test', { upstream: `${UPSTREAM}:8443` }],
      [
        'Token host tokens-internal.test refused',
        { credentials: { ...OAUTH, tokenUrl: 'https://tokens-internal.test/token' } },
      ],
    ];
    for (const [leak, options] of cases) {
      const { proxy } = setup(
        {
          ...options,
          fetch: async (input, init) => {
            const url = new URL(new Request(input, init).url);
            if (url.pathname === '/token') return Response.json({ accessToken: 'token-x' });
            return Response.json({ errors: [{ code: 1, message: leak }] }, { status: 400 });
          },
        },
        {},
      );
      const response = await proxy(new Request(`${LEDGER}?${LEDGER_QUERY}`));
      expect(response.status, leak).toBe(400);
      expect(await errorOf(response)).toEqual({
        code: 1,
        message: 'The loyalty service could not answer this request.',
      });
    }
  });

  it('words Capillary’s errors as the widgets read them: string entries, string codes, none at all', async () => {
    const cases: [unknown, { code: number | null; message: string }[]][] = [
      [{ errors: ['Customer not found'] }, [{ code: null, message: 'Customer not found' }]],
      [
        { errors: [{ code: '8015', message: 'Customer not found' }] },
        [{ code: 8015, message: 'Customer not found' }],
      ],
      [{ errors: [{ code: 1, message: { detail: 'x' } }] }, [{ code: 1, message: '' }]],
      [
        { errors: [{ code: 2, message: 'Kept' }], message: 'Dropped' },
        [{ code: 2, message: 'Kept' }],
      ],
      [{}, [{ code: null, message: 'The loyalty service could not answer this request.' }]],
    ];
    for (const [body, errors] of cases) {
      const { proxy } = answering(() => Response.json(body, { status: 400 }));
      const response = await proxy(new Request(`${LEDGER}?${LEDGER_QUERY}`));
      expect(((await response.json()) as { errors: unknown }).errors, JSON.stringify(body)).toEqual(
        errors,
      );
    }
  });

  it('still answers when onError itself throws', async () => {
    const { proxy } = setup(
      {
        onError: () => {
          throw new Error('logger down');
        },
      },
      {
        intercept: () => {
          throw new TypeError('fetch failed');
        },
      },
    );
    expect((await proxy(new Request(`${LEDGER}?${LEDGER_QUERY}`))).status).toBe(502);
  });

  it('never lets Capillary redirect a request carrying the proxy’s credentials', async () => {
    const upstream = fakeUpstream();
    const redirects: (RequestRedirect | undefined)[] = [];
    for (const credentials of [BASIC, OAUTH]) {
      const proxy = createLoyaltyProxy({
        upstream: UPSTREAM,
        credentials,
        resolveCustomer: () => MEMBER,
        fetch: (input, init) => {
          redirects.push(init?.redirect);
          return upstream.fetch(input, init);
        },
      });
      expect((await proxy(new Request(`${LEDGER}?${LEDGER_QUERY}`))).status).toBe(200);
    }
    // Basic: the ledger; OAuth: the token, then the ledger.
    expect(redirects).toEqual(['manual', 'manual', 'manual']);
  });
});

describe('CORS and OPTIONS details', () => {
  it('lets an allowed origin read Retry-After, and answers a bare OPTIONS with Allow only', async () => {
    const allowed = 'https://members.brand.example';
    const { proxy } = setup({ allowedOrigins: [allowed] });
    const response = await proxy(
      new Request(`${LEDGER}?${LEDGER_QUERY}`, { headers: { Origin: allowed } }),
    );
    expect(response.headers.get('Access-Control-Expose-Headers')).toBe('Retry-After');
    const bare = await proxy(new Request(LEDGER, { method: 'OPTIONS' }));
    expect(bare.status).toBe(204);
    expect(bare.headers.get('Allow')).toBe('GET, OPTIONS');
    expect(bare.headers.get('Content-Type')).toBeNull();
    expect(bare.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});

describe('untilAborted', () => {
  it('gives up at once on a signal that has already aborted, however long the work takes', async () => {
    const controller = new AbortController();
    controller.abort(new Error('member left'));
    const never = new Promise<never>(() => undefined);
    await expect(untilAborted(never, controller.signal)).rejects.toThrow('member left');
  });
});
