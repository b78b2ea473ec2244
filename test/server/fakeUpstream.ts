import { allocationsFor } from '../mocks/allocationsFor.js';
import {
  createMockCapillary,
  type MockCustomer,
  type MockFault,
} from '../mocks/createMockCapillary.js';
import { documentEvents } from '../mocks/mockCustomers.js';

/** The upstream host the proxy tests use: it must never show in an answer to the browser. */
export const UPSTREAM = 'https://capillary-internal.test';
/** Fake credentials of the proxy tests. */
export const BASIC = {
  type: 'basic',
  username: 'proxy-user',
  password: 'proxy-password-fake',
} as const;
export const OAUTH = {
  type: 'oauth',
  clientKey: 'proxy-key',
  clientSecret: 'proxy-secret-fake',
} as const;

/** The signed-in member of most tests and another customer they must not read. */
export const MEMBER = {
  customerId: 374819205,
  identifierName: 'mobile',
  identifierValue: '917406401004',
  source: 'INSTORE',
};
export const OTHER = {
  customerId: 566135941,
  mobile: '919800000002',
  email: 'member566135941@example.com',
};

function customer(
  customerId: number,
  mobile: string,
  ledger: MockCustomer['ledger'],
): MockCustomer {
  return {
    customerId,
    mobile,
    email: `member${customerId}@example.com`,
    externalId: `EXT-${customerId}`,
    ledger,
    history: [
      {
        entryType: 'CREDIT',
        points: '20.000',
        pointsActivity: 'Earned',
        billNumber: `B-${customerId}`,
        eventDate: '2026-01-12 00:00:00',
      },
    ],
    allocations: allocationsFor(documentEvents, customerId),
  };
}

/** A request that reached the fake upstream, as it arrived. */
export interface UpstreamCall {
  method: string;
  url: URL;
  headers: Headers;
  body: string | null;
  /** The signal the proxy gave this request: aborted when the proxy gives up on it. */
  signal: AbortSignal;
}

/** Options of `fakeUpstream`. */
export interface FakeUpstreamOptions {
  /** Faults the mock Capillary answers with. */
  faults?: MockFault[];
  /** The token endpoint's JSON answer for the n-th token (from 1). */
  tokenAnswer?: (count: number) => unknown;
  /** Status of the token endpoint. @defaultValue 200 */
  tokenStatus?: number;
  /** Milliseconds the token endpoint takes. */
  tokenDelayMs?: number;
  /** Answer a call instead of the mock, e.g. with HTML or a network error. */
  intercept?: (call: UpstreamCall) => Response | Promise<Response> | undefined;
}

/**
 * A fake Capillary behind the proxy: the shared mock for the three endpoints, a token endpoint,
 * and a record of every request that arrived. Pass `fetch` to `createLoyaltyProxy`.
 */
export function fakeUpstream(options: FakeUpstreamOptions = {}) {
  const calls: UpstreamCall[] = [];
  const validTokens = new Set<string>();
  let tokenCount = 0;

  const mock = createMockCapillary({
    customers: [
      customer(MEMBER.customerId, MEMBER.identifierValue, documentEvents),
      customer(OTHER.customerId, OTHER.mobile, documentEvents.slice(0, 2)),
    ],
    faults: options.faults,
    authorize(headers) {
      const token = headers.get('X-CAP-API-OAUTH-TOKEN');
      if (token !== null) return validTokens.has(token);
      const expected = `Basic ${btoa(`${BASIC.username}:${BASIC.password}`)}`;
      return headers.get('Authorization') === expected;
    },
  });

  async function issueToken(): Promise<Response> {
    tokenCount += 1;
    const count = tokenCount;
    if (options.tokenDelayMs)
      await new Promise((resolve) => setTimeout(resolve, options.tokenDelayMs));
    const token = `token-${count}`;
    validTokens.add(token);
    const body = options.tokenAnswer?.(count) ?? { data: { accessToken: token, expiresIn: 1800 } };
    return Response.json(body, { status: options.tokenStatus ?? 200 });
  }

  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const call: UpstreamCall = {
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: request.body ? await request.clone().text() : null,
      signal: request.signal,
    };
    calls.push(call);
    const intercepted = await options.intercept?.(call);
    if (intercepted) return intercepted;
    if (call.url.pathname === '/v3/oauth/token/generate') return issueToken();
    return mock.handle(request);
  };

  return {
    fetch,
    /** Every request that reached upstream, token requests included. */
    calls,
    /** The requests for data (not for tokens). */
    dataCalls: () => calls.filter((call) => call.url.pathname !== '/v3/oauth/token/generate'),
    /** The requests for tokens. */
    tokenCalls: () => calls.filter((call) => call.url.pathname === '/v3/oauth/token/generate'),
    /** Makes upstream refuse every token issued so far, as after a key rotation. */
    revokeTokens: () => validTokens.clear(),
    mock,
  };
}
