// @vitest-environment node
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_BASIC_USER,
  DEMO_OAUTH_CLIENT,
  type MockApi,
  startMockApi,
} from '../../scripts/mockApi.js';
import { toNodeListener } from '../../scripts/toNodeListener.js';
import { createLoyaltyClient } from '../../src/core/client/createLoyaltyClient.js';
import { LoyaltyApiError } from '../../src/core/client/LoyaltyApiError.js';
import { createLoyaltyProxy } from '../../src/server/createLoyaltyProxy.js';
import type { LoyaltyProxyCredentials } from '../../src/server/LoyaltyProxyOptions.js';
import { MEMBERS } from '../mocks/mockCustomers.js';

// The whole chain over loopback: widget client → proxy (node:http) → mock Capillary (node:http).
let mockApi: MockApi;
const servers: Server[] = [];

beforeAll(async () => {
  mockApi = await startMockApi({ port: 0 });
}, 30_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  await mockApi?.close();
});

/** Serves a proxy for the regular member on an ephemeral port; resolves its base URL. */
async function serveProxy(credentials: LoyaltyProxyCredentials): Promise<string> {
  const proxy = createLoyaltyProxy({
    upstream: mockApi.url,
    credentials,
    // The brand's session would say who is signed in; here it is always the regular member.
    resolveCustomer: (request) =>
      request.headers.get('Cookie') === 'session=regular'
        ? {
            customerId: MEMBERS.regular.customerId,
            identifierName: 'mobile',
            identifierValue: MEMBERS.regular.identifierValue,
            source: 'INSTORE',
          }
        : null,
  });
  const server = createServer(toNodeListener(proxy));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/loyalty`;
}

function client(baseUrl: string, session = 'session=regular') {
  return createLoyaltyClient({ baseUrl, headers: { Cookie: session }, retry: 0 });
}

describe('widget client → proxy → Capillary over HTTP', () => {
  it('reads the regular member’s ledger through the proxy with OAuth', async () => {
    const baseUrl = await serveProxy({ type: 'oauth', ...DEMO_OAUTH_CLIENT });
    const page = await client(baseUrl).getLedgerEvents({ customer: MEMBERS.regular, limit: 5 });
    expect(page.events).toHaveLength(5);
    expect(page.events[0]?.eventLogId).toEqual(expect.any(Number));
  });

  it('reads the regular member’s history through the proxy with Basic credentials', async () => {
    const baseUrl = await serveProxy({ type: 'basic', ...DEMO_BASIC_USER });
    const page = await client(baseUrl).getHistoricalPoints(MEMBERS.regular.customerId, {
      limit: 3,
    });
    expect(page.entries).toHaveLength(3);
  });

  it('refuses another member’s ledger, and everything to a visitor without a session', async () => {
    const baseUrl = await serveProxy({ type: 'oauth', ...DEMO_OAUTH_CLIENT });
    const other = await client(baseUrl)
      .getLedgerEvents({ customer: MEMBERS.second })
      .catch((error: unknown) => error);
    expect(other).toBeInstanceOf(LoyaltyApiError);
    expect((other as LoyaltyApiError).status).toBe(403);
    const visitor = await client(baseUrl, 'session=none')
      .getLedgerEvents({ customer: MEMBERS.regular })
      .catch((error: unknown) => error);
    expect((visitor as LoyaltyApiError).status).toBe(401);
  });

  it('refuses wrong credentials at the mock API, which the proxy reports as unavailable', async () => {
    const baseUrl = await serveProxy({ type: 'basic', username: 'demo-user', password: 'wrong' });
    const error = await client(baseUrl)
      .getLedgerEvents({ customer: MEMBERS.regular })
      .catch((caught: unknown) => caught);
    expect((error as LoyaltyApiError).status).toBe(502);
  });

  it('passes on a fault set through the mock API’s control endpoint, then recovers after reset', async () => {
    const baseUrl = await serveProxy({ type: 'oauth', ...DEMO_OAUTH_CLIENT });
    const faults = [
      {
        endpoint: 'pointsLedger',
        status: 429,
        code: 429,
        message: 'Slow down',
        headers: { 'Retry-After': '1' },
      },
    ];
    const set = await fetch(`${mockApi.url}/__mock/faults`, {
      method: 'POST',
      body: JSON.stringify(faults),
    });
    expect(set.status).toBe(200);
    const response = await fetch(
      `${baseUrl}/v2/pointsLedger/getLedgerExplodeInfo?identifierName=mobile&identifierValue=${MEMBERS.regular.identifierValue}&source=INSTORE`,
      { headers: { Cookie: 'session=regular' } },
    );
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('1');
    expect(await response.json()).toEqual({
      errors: [{ code: 429, message: 'Slow down' }],
      warnings: [],
    });

    expect((await fetch(`${mockApi.url}/__mock/reset`, { method: 'POST' })).status).toBe(200);
    // Reset also forgot the proxy's token: the proxy renews it on the 401 and carries on.
    const page = await client(baseUrl).getLedgerEvents({ customer: MEMBERS.regular, limit: 1 });
    expect(page.events).toHaveLength(1);
  });
});
