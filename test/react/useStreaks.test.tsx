import { act, renderHook } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLoyaltyClient } from '../../src/core/client/createLoyaltyClient.js';
import { fromEventSource } from '../../src/core/webhooks/fromEventSource.js';
import type { LoyaltyWebhookEvent } from '../../src/core/webhooks/LoyaltyWebhookEvent.js';
import { parseLoyaltyWebhook } from '../../src/core/webhooks/parseLoyaltyWebhook.js';
import { LoyaltyProvider } from '../../src/react/LoyaltyProvider.js';
import { useStreaks } from '../../src/react/useStreaks.js';
import { useTargets } from '../../src/react/useTargets.js';
import { webhookFixture } from '../core/webhooks/webhookFixtures.js';

/** Just enough of EventSource to push server-sent messages from a test. */
class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly CLOSED = 2;
  static instances: FakeEventSource[] = [];
  readonly url: string;
  readonly withCredentials: boolean;
  closed = false;
  readyState = FakeEventSource.CONNECTING;
  private readonly listeners = new Map<string, Set<(event: MessageEvent) => void>>();

  constructor(url: string | URL, init?: EventSourceInit) {
    this.url = String(url);
    this.withCredentials = init?.withCredentials ?? false;
    FakeEventSource.instances.push(this);
  }

  addEventListener(type: string, listener: (event: MessageEvent) => void) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)?.add(listener);
  }

  removeEventListener(type: string, listener: (event: MessageEvent) => void) {
    this.listeners.get(type)?.delete(listener);
  }

  close() {
    this.closed = true;
  }

  /** Reports a connection error; `final` when the browser gives up instead of reconnecting. */
  fail(final: boolean) {
    if (final) this.readyState = FakeEventSource.CLOSED;
    for (const listener of this.listeners.get('error') ?? []) listener(new MessageEvent('error'));
  }

  /** Delivers a server-sent message to this connection, as the browser would. */
  send(data: string, type = 'message') {
    if (this.closed) return;
    for (const listener of this.listeners.get(type) ?? []) {
      listener(new MessageEvent(type, { data }));
    }
  }

  static get open(): FakeEventSource {
    const source = FakeEventSource.instances.findLast((instance) => !instance.closed);
    if (!source) throw new Error('no open EventSource');
    return source;
  }
}

const original = globalThis.EventSource;
beforeEach(() => {
  FakeEventSource.instances = [];
  globalThis.EventSource = FakeEventSource as unknown as typeof EventSource;
});
afterEach(() => {
  globalThis.EventSource = original;
});

const streakStart = JSON.stringify(webhookFixture('streakStart'));
const streakEnd = JSON.stringify(webhookFixture('streakEnd'));

describe('useStreaks', () => {
  it('shows a streak as its events arrive over server-sent events, without a provider', () => {
    const subscribe = fromEventSource('/loyalty/streak-events', { withCredentials: true });
    const { result } = renderHook(() => useStreaks({ subscribe }));
    expect(result.current.data).toEqual([]);
    expect(FakeEventSource.open).toMatchObject({
      url: '/loyalty/streak-events',
      withCredentials: true,
    });

    act(() => FakeEventSource.open.send(streakStart));
    expect(result.current.data).toEqual([
      expect.objectContaining({
        name: 'Streak 24 July',
        status: 'active',
        levels: [
          expect.objectContaining({ number: 1, value: 3, status: 'pending' }),
          expect.objectContaining({ number: 2, value: 5, status: 'pending' }),
        ],
      }),
    ]);

    act(() => FakeEventSource.open.send(streakEnd));
    expect(result.current.data[0]?.status).toBe('ended');
  });

  it('tells the app when the event stream stops for good, but not when it reconnects', () => {
    const subscribe = fromEventSource('/loyalty/wrong-feed');
    const { result, rerender } = renderHook(({ feed }) => useStreaks({ subscribe: feed }), {
      initialProps: { feed: subscribe },
    });
    act(() => FakeEventSource.open.fail(false));
    expect(result.current.feedError).toBeNull();

    const stream = FakeEventSource.open;
    act(() => stream.fail(true));
    expect(result.current.feedError?.message).toContain('/loyalty/wrong-feed');

    rerender({ feed: fromEventSource('/loyalty/events') });
    expect(result.current.feedError).toBeNull();
  });

  it('forgets that a feed stopped once it is subscribed to again, as for another time zone', () => {
    const subscribe = fromEventSource('/loyalty/events');
    const { result, rerender } = renderHook(({ timeZone }) => useStreaks({ subscribe, timeZone }), {
      initialProps: { timeZone: 'UTC' },
    });
    act(() => FakeEventSource.open.fail(true));
    expect(result.current.feedError).not.toBeNull();

    rerender({ timeZone: 'Asia/Kolkata' });
    act(() => FakeEventSource.open.send(streakStart));
    expect(result.current.data).toHaveLength(1);
    expect(result.current.feedError).toBeNull();
  });

  it("keeps the new member's streaks when the last member's socket says it closed, a tick late", () => {
    /** A socket-like feed, whose close event comes after it was let go. */
    function socketFeed() {
      const feed = {
        send: (_payload: unknown) => {},
        close: () => {},
        subscribe: (
          onPayload: (payload: unknown) => void,
          onFeedError?: (error: Error) => void,
        ) => {
          feed.send = onPayload;
          feed.close = () => onFeedError?.(new Error('socket closed'));
          return () => {};
        },
      };
      return feed;
    }
    const memberA = socketFeed();
    const memberB = socketFeed();
    const { result, rerender } = renderHook(
      ({ feed }) => useStreaks({ subscribe: feed.subscribe }),
      {
        initialProps: { feed: memberA },
      },
    );
    rerender({ feed: memberB });
    act(() => memberB.send(webhookFixture('streakStart')));
    act(() => memberA.close());
    expect(result.current.data).toHaveLength(1);
    expect(result.current.feedError).toBeNull();
  });

  it("shows only the new member's streaks once the app switches to their feed", () => {
    const { result, rerender } = renderHook(({ feed }) => useStreaks({ subscribe: feed }), {
      initialProps: { feed: fromEventSource('/loyalty/member-a') },
    });
    act(() => FakeEventSource.open.send(streakStart));
    expect(result.current.data).toHaveLength(1);

    rerender({ feed: fromEventSource('/loyalty/member-b') });
    expect(result.current.data).toEqual([]);
    expect(FakeEventSource.open.url).toBe('/loyalty/member-b');
  });

  it('tells the developer when a subscribe made on every render keeps the streaks from showing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = renderHook(() => useStreaks({ subscribe: fromEventSource('/events') }));
    for (let render = 0; render < 3; render++) rerender();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('new subscribe on every render'));
    warn.mockRestore();
  });

  it('reads dates again in the zone the app switches to', () => {
    const subscribe = fromEventSource('/events');
    const { result, rerender } = renderHook(({ timeZone }) => useStreaks({ subscribe, timeZone }), {
      initialProps: { timeZone: 'UTC' },
    });
    act(() => FakeEventSource.open.send(streakStart));
    const inUtc = result.current.data[0]?.startDate?.getTime();

    rerender({ timeZone: 'Asia/Kolkata' });
    expect(result.current.data).toEqual([]);
    act(() => FakeEventSource.open.send(streakStart));
    expect(result.current.data[0]?.startDate?.getTime()).toBe((inUtc ?? 0) - 5.5 * 3_600_000);
  });

  it("reads dates in the provider's organisation zone when not told another", () => {
    const subscribe = fromEventSource('/events');
    const inUtc = renderHook(() => useStreaks({ subscribe }));
    act(() => FakeEventSource.open.send(streakStart));
    const utcStart = inUtc.result.current.data[0]?.startDate?.getTime() ?? 0;
    inUtc.unmount();

    const client = createLoyaltyClient({ baseUrl: '/api/loyalty', timeZone: 'Asia/Kolkata' });
    const { result } = renderHook(() => useStreaks({ subscribe }), {
      wrapper: ({ children }) => <LoyaltyProvider client={client}>{children}</LoyaltyProvider>,
    });
    act(() => FakeEventSource.open.send(streakStart));
    expect(result.current.data[0]?.startDate?.getTime()).toBe(utcStart - 5.5 * 3_600_000);
  });

  it('skips and counts payloads it cannot read, and keeps the streaks it has', () => {
    const onParseError = vi.fn();
    const subscribe = fromEventSource('/events');
    const { result } = renderHook(() => useStreaks({ subscribe, onParseError }));
    act(() => FakeEventSource.open.send(streakStart));
    const before = result.current.data;

    act(() => {
      FakeEventSource.open.send('not json');
      FakeEventSource.open.send('{"eventName":"streakStart","data":{"streakStartData":"many"}}');
    });
    expect(result.current.skippedCount).toBe(2);
    expect(result.current.error?.path).toBe('data.streakStartData');
    expect(onParseError).toHaveBeenCalledTimes(2);
    expect(result.current.data).toBe(before);
  });

  it('returns the same streaks object while nothing about them changes', () => {
    const subscribe = fromEventSource('/events');
    const { result } = renderHook(() => useStreaks({ subscribe }));
    act(() => FakeEventSource.open.send(streakStart));
    const before = result.current.data;

    act(() => {
      FakeEventSource.open.send(streakStart); // a redelivery
      FakeEventSource.open.send(JSON.stringify(webhookFixture('pointsIssued'))); // not a streak event
    });
    expect(result.current.data).toBe(before);
  });

  it('closes every connection it opened when the component unmounts, also in strict mode', () => {
    const subscribe = fromEventSource('/events');
    const { unmount } = renderHook(() => useStreaks({ subscribe }), { reactStrictMode: true });
    expect(FakeEventSource.instances.filter((source) => !source.closed)).toHaveLength(1);
    unmount();
    expect(FakeEventSource.instances.every((source) => source.closed)).toBe(true);
  });

  it('listens to a named server-sent event type when asked', () => {
    const subscribe = fromEventSource('/events', { eventType: 'loyalty' });
    const { result } = renderHook(() => useStreaks({ subscribe }));
    act(() => {
      FakeEventSource.open.send(streakStart);
      FakeEventSource.open.send(streakEnd, 'loyalty');
    });
    expect(result.current.data[0]?.status).toBe('ended');
    expect(result.current.data[0]?.startDate).toBeNull();
  });
});

describe('useTargets', () => {
  const events = ['targetValueAchieved', 'unifiedTargetsAchieved'].map((name) => {
    const result = parseLoyaltyWebhook(webhookFixture(name));
    if (!result.ok) throw result.error;
    return result.event;
  });

  it('folds events the app already holds, and keeps the result while they are the same', () => {
    const { result, rerender } = renderHook(
      (props: { events: LoyaltyWebhookEvent[] }) => useTargets(props),
      { initialProps: { events } },
    );
    expect(result.current.data.map((target) => [target.kind, target.status])).toEqual([
      ['target', 'achieved'],
      ['unified', 'achieved'],
    ]);
    const before = result.current.data;
    rerender({ events: [...events].reverse() });
    expect(result.current.data).toBe(before);
  });

  it('shows targets from events listed anew on every render, as an app maps its payloads', () => {
    const payloads = ['targetCustomerEnrolment', 'targetValueUpdated'].map(webhookFixture);
    const { result } = renderHook(
      () =>
        useTargets({
          events: payloads.flatMap((payload) => {
            const parsed = parseLoyaltyWebhook(payload);
            return parsed.ok ? [parsed.event] : [];
          }),
        }),
      { wrapper: StrictMode },
    );
    expect(result.current.data).toHaveLength(2);
  });
});
