// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLoyaltyProxy } from '../../src/server/createLoyaltyProxy.js';
import type { LoyaltyProxyOptions } from '../../src/server/LoyaltyProxyOptions.js';
import {
  BASIC,
  type FakeUpstreamOptions,
  fakeUpstream,
  MEMBER,
  OAUTH,
  UPSTREAM,
} from './fakeUpstream.js';

const LEDGER = 'https://shop.example/api/loyalty/v2/pointsLedger/getLedgerExplodeInfo?limit=1';
const TOKEN_URL = `${UPSTREAM}/v3/oauth/token/generate`;

function setup(
  options: Partial<LoyaltyProxyOptions> = {},
  upstreamOptions: FakeUpstreamOptions = {},
) {
  const upstream = fakeUpstream(upstreamOptions);
  const onError = vi.fn();
  const proxy = createLoyaltyProxy({
    upstream: UPSTREAM,
    credentials: OAUTH,
    resolveCustomer: () => MEMBER,
    fetch: upstream.fetch,
    onError,
    ...options,
  });
  const read = () => proxy(new Request(LEDGER));
  return { proxy, upstream, read, onError };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('basic credentials', () => {
  it('sends the API user as Basic credentials in the Authorization header, and nothing else', async () => {
    const { read, upstream } = setup({ credentials: BASIC });
    expect((await read()).status).toBe(200);
    expect(upstream.tokenCalls()).toEqual([]);
    const [call] = upstream.dataCalls();
    expect(call?.headers.get('Authorization')).toBe(
      `Basic ${btoa('proxy-user:proxy-password-fake')}`,
    );
    expect(call?.headers.get('X-CAP-API-OAUTH-TOKEN')).toBeNull();
  });
});

describe('OAuth credentials', () => {
  it('exchanges the client key and secret for a token sent as X-CAP-API-OAUTH-TOKEN', async () => {
    const { read, upstream } = setup();
    expect((await read()).status).toBe(200);
    const [tokenCall, dataCall] = upstream.calls;
    expect(tokenCall?.method).toBe('POST');
    expect(tokenCall?.url.href).toBe(TOKEN_URL);
    expect(tokenCall?.headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(tokenCall?.body ?? 'null')).toEqual({
      key: 'proxy-key',
      secret: 'proxy-secret-fake',
    });
    expect(dataCall?.headers.get('X-CAP-API-OAUTH-TOKEN')).toBe('token-1');
    expect(dataCall?.headers.get('Authorization')).toBeNull();
  });

  it('reuses one token across requests', async () => {
    const { read, upstream } = setup();
    for (let request = 0; request < 3; request += 1) expect((await read()).status).toBe(200);
    expect(upstream.tokenCalls()).toHaveLength(1);
    expect(upstream.dataCalls().map((call) => call.headers.get('X-CAP-API-OAUTH-TOKEN'))).toEqual([
      'token-1',
      'token-1',
      'token-1',
    ]);
  });

  it('fetches one token for many requests arriving together', async () => {
    const { read, upstream } = setup({}, { tokenDelayMs: 30 });
    const answers = await Promise.all(Array.from({ length: 6 }, read));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(upstream.tokenCalls()).toHaveLength(1);
  });

  it('renews the token a minute before it expires', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-22T08:00:00Z'));
    const { read, upstream } = setup(
      {},
      { tokenAnswer: (count) => ({ data: { accessToken: `token-${count}`, expiresIn: 600 } }) },
    );
    await read();
    vi.setSystemTime(new Date('2026-11-22T08:08:59Z'));
    await read();
    expect(upstream.tokenCalls()).toHaveLength(1);
    vi.setSystemTime(new Date('2026-11-22T08:09:01Z'));
    expect((await read()).status).toBe(200);
    expect(upstream.tokenCalls()).toHaveLength(2);
    expect(upstream.dataCalls().at(-1)?.headers.get('X-CAP-API-OAUTH-TOKEN')).toBe('token-2');
  });

  it('reads a top-level token and keeps a token without expiry for 30 minutes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-22T08:00:00Z'));
    const { read, upstream } = setup(
      {},
      { tokenAnswer: (count) => ({ accessToken: `token-${count}` }) },
    );
    await read();
    expect(upstream.dataCalls()[0]?.headers.get('X-CAP-API-OAUTH-TOKEN')).toBe('token-1');
    vi.setSystemTime(new Date('2026-11-22T08:28:59Z'));
    await read();
    expect(upstream.tokenCalls()).toHaveLength(1);
    vi.setSystemTime(new Date('2026-11-22T08:29:01Z'));
    await read();
    expect(upstream.tokenCalls()).toHaveLength(2);
  });

  it('reads an expiry given at the top level', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-22T08:00:00Z'));
    const { read, upstream } = setup(
      {},
      {
        tokenAnswer: (count) => ({ data: { accessToken: `token-${count}` }, expiresIn: '300' }),
      },
    );
    await read();
    vi.setSystemTime(new Date('2026-11-22T08:04:01Z'));
    await read();
    expect(upstream.tokenCalls()).toHaveLength(2);
  });

  it('renews the token once and retries once when Capillary answers 401', async () => {
    const { read, upstream } = setup();
    await read();
    upstream.revokeTokens();
    const response = await read();
    expect(response.status).toBe(200);
    expect(upstream.tokenCalls()).toHaveLength(2);
    expect(upstream.dataCalls().map((call) => call.headers.get('X-CAP-API-OAUTH-TOKEN'))).toEqual([
      'token-1',
      'token-1',
      'token-2',
    ]);
  });

  it('shares one renewal between requests refused together', async () => {
    const { read, upstream } = setup({}, { tokenDelayMs: 20 });
    await read();
    upstream.revokeTokens();
    const answers = await Promise.all([read(), read(), read()]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(upstream.tokenCalls()).toHaveLength(2);
  });

  it('gives up after one renewal when Capillary keeps refusing, without a 401 to the browser', async () => {
    const upstreamOptions: FakeUpstreamOptions = {
      intercept: (call) =>
        call.url.pathname.includes('pointsLedger')
          ? Response.json({ status: 401, message: 'Unauthorized' }, { status: 401 })
          : undefined,
    };
    const { read, upstream } = setup({}, upstreamOptions);
    const response = await read();
    expect(response.status).toBe(502);
    expect(upstream.tokenCalls()).toHaveLength(2);
    expect(upstream.dataCalls()).toHaveLength(2);
  });

  it('asks the token URL it is given', async () => {
    const tokenUrl = 'https://auth.capillary-internal.test/oauth/token';
    const { read, upstream } = setup({ credentials: { ...OAUTH, tokenUrl } });
    await read();
    expect(upstream.tokenCalls()).toEqual([]);
    expect(upstream.calls[0]?.url.href).toBe(tokenUrl);
  });

  it('answers 502 without any secret when no token can be had, and tries again next time', async () => {
    for (const upstreamOptions of [
      {
        tokenStatus: 401,
        tokenAnswer: () => ({ errors: [{ code: 1, message: 'bad key proxy-key' }] }),
      },
      { tokenAnswer: () => ({ data: {} }) },
      { tokenAnswer: () => 'not an object' },
    ] satisfies FakeUpstreamOptions[]) {
      const { read, upstream, onError } = setup({}, upstreamOptions);
      const response = await read();
      expect(response.status).toBe(502);
      const text = await response.text();
      for (const secret of ['proxy-key', 'proxy-secret-fake', 'capillary-internal'])
        expect(text).not.toContain(secret);
      expect(onError).toHaveBeenCalled();
      await read();
      expect(upstream.tokenCalls()).toHaveLength(2);
      expect(upstream.dataCalls()).toEqual([]);
    }
  });

  it('never shows the token to the browser, even when Capillary echoes it', async () => {
    const { read } = setup(
      {},
      {
        intercept: (call) =>
          call.url.pathname.includes('pointsLedger')
            ? Response.json(
                {
                  errors: [
                    {
                      code: 9,
                      message: `Token ${call.headers.get('X-CAP-API-OAUTH-TOKEN')} lacks access`,
                    },
                  ],
                },
                { status: 403 },
              )
            : undefined,
      },
    );
    const response = await read();
    expect(response.status).toBe(403);
    const text = await response.text();
    expect(text).not.toContain('token-1');
    expect([...response.headers.values()].join(' ')).not.toContain('token-1');
  });

  it('never shows a token renewed while its request was upstream, though it is still valid', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-22T08:00:00Z'));
    let answerFirst: () => void = () => undefined;
    const firstAnswered = new Promise<void>((resolve) => {
      answerFirst = resolve;
    });
    const { read, upstream } = setup(
      {},
      {
        tokenAnswer: (count) => ({ data: { accessToken: `token-${count}`, expiresIn: 600 } }),
        // The first ledger request, sent with token-1, is answered only once token-2 is out.
        intercept: (call) => {
          const token = call.headers.get('X-CAP-API-OAUTH-TOKEN');
          if (!call.url.pathname.includes('pointsLedger') || token !== 'token-1') return undefined;
          return firstAnswered.then(() =>
            Response.json(
              { errors: [{ code: 9, message: `Token ${token} lacks access` }] },
              { status: 403 },
            ),
          );
        },
      },
    );
    const first = read();
    await vi.waitFor(() => expect(upstream.dataCalls()).toHaveLength(1));
    // token-1 is renewed a minute before it expires; it stays valid upstream for that minute.
    vi.setSystemTime(new Date('2026-11-22T08:09:30Z'));
    expect((await read()).status).toBe(200);
    expect(upstream.tokenCalls()).toHaveLength(2);
    answerFirst();
    const response = await first;
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('token-1');
  });
});

describe('credential handling a browser never sees', () => {
  it('asks once, without retrying, when Capillary refuses Basic credentials with 401', async () => {
    const { read, upstream } = setup({
      credentials: { type: 'basic', username: 'proxy-user', password: 'wrong-password' },
    });
    expect((await read()).status).toBe(502);
    expect(upstream.dataCalls()).toHaveLength(1);
  });

  it('fetches no token for a member who left while their session was being read', async () => {
    const member = new AbortController();
    const { proxy, upstream } = setup({
      resolveCustomer: () => {
        member.abort();
        return MEMBER;
      },
    });
    await proxy(new Request(LEDGER, { signal: member.signal }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(upstream.calls).toEqual([]);
  });

  it('uses no token from a token endpoint that refused, nor an empty one', async () => {
    for (const upstreamOptions of [
      { tokenStatus: 403 },
      { tokenAnswer: () => ({ data: { accessToken: '', expiresIn: 1800 } }) },
    ] satisfies FakeUpstreamOptions[]) {
      const { read, upstream } = setup({}, upstreamOptions);
      expect((await read()).status).toBe(502);
      expect(upstream.dataCalls()).toEqual([]);
    }
  });

  it('keeps a token with a zero or negative expiry for the default 30 minutes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    for (const expiresIn of [0, -60]) {
      vi.setSystemTime(new Date('2026-11-22T08:00:00Z'));
      const { read, upstream } = setup(
        {},
        { tokenAnswer: (count) => ({ data: { accessToken: `token-${count}`, expiresIn } }) },
      );
      await read();
      vi.setSystemTime(new Date('2026-11-22T08:20:00Z'));
      await read();
      expect(upstream.tokenCalls(), String(expiresIn)).toHaveLength(1);
    }
  });

  it('uses a token that lives under two minutes for half its life', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-22T08:00:00Z'));
    const { read, upstream } = setup(
      {},
      { tokenAnswer: (count) => ({ data: { accessToken: `token-${count}`, expiresIn: 90 } }) },
    );
    await read();
    vi.setSystemTime(new Date('2026-11-22T08:00:40Z'));
    await read();
    expect(upstream.tokenCalls()).toHaveLength(1);
    vi.setSystemTime(new Date('2026-11-22T08:00:46Z'));
    await read();
    expect(upstream.tokenCalls()).toHaveLength(2);
  });

  it('hides an upstream error message that echoes the OAuth client key', async () => {
    const { read } = setup(
      {},
      {
        intercept: (call) =>
          call.url.pathname.includes('pointsLedger')
            ? Response.json(
                { errors: [{ code: 1, message: `Client ${OAUTH.clientKey} over quota` }] },
                { status: 400 },
              )
            : undefined,
      },
    );
    const response = await read();
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain(OAUTH.clientKey);
  });

  it('keeps a token renewed by another request when a late 401 names the old one', async () => {
    // Two reads refused with token-1: the second 401 arrives after the first read renewed.
    let releaseSecond: () => void = () => undefined;
    const secondHeld = new Promise<void>((resolve) => {
      releaseSecond = resolve;
    });
    let refusals = 0;
    const { read, upstream } = setup(
      {},
      {
        intercept: (call) => {
          if (call.headers.get('X-CAP-API-OAUTH-TOKEN') !== 'token-1') return undefined;
          refusals += 1;
          const refusal = () => Response.json({ errors: [] }, { status: 401 });
          return refusals === 2 ? secondHeld.then(refusal) : refusal();
        },
      },
    );
    const first = read();
    const second = read();
    expect((await first).status).toBe(200);
    releaseSecond();
    expect((await second).status).toBe(200);
    expect(upstream.tokenCalls()).toHaveLength(2);
  });

  it('refuses a password written into the upstream URL without a user name', () => {
    let message = '';
    try {
      createLoyaltyProxy({
        upstream: 'https://:url-secret@capillary-internal.test',
        credentials: BASIC,
        resolveCustomer: () => MEMBER,
      });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/must not hold credentials/);
    expect(message).not.toContain('url-secret');
  });
});
