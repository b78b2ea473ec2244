'use client';
import { useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { LoyaltyParseError } from '../core/parse/LoyaltyParseError.js';
import type {
  LoyaltyWebhookEvent,
  WebhookSubscribe,
} from '../core/webhooks/LoyaltyWebhookEvent.js';
import { webhookEventKey } from '../core/webhooks/orderWebhookEvents.js';
import { parseLoyaltyWebhook } from '../core/webhooks/parseLoyaltyWebhook.js';
import { keepEqualParts } from './keepEqualParts.js';
import { LoyaltyContext } from './LoyaltyContext.js';

/** Fold events the app already holds (parsed with `parseLoyaltyWebhook`). */
export interface WebhookEventsOption {
  /** The events to fold; events of other kinds are ignored. */
  events: readonly LoyaltyWebhookEvent[];
}

/** Fold events as they arrive from a source of raw payloads. */
export interface WebhookSubscribeOption {
  /**
   * Any source of raw payloads, e.g. `fromEventSource(url)`. Keep it stable (create it outside the
   * component or in `useMemo`): a new function is a new feed (another member's, say), so it
   * resubscribes and starts afresh, without the events of the one before.
   */
  subscribe: WebhookSubscribe;
  /**
   * IANA time zone in which dates without a zone are read: your Capillary organisation's.
   * @defaultValue the zone the provider's client reads Capillary's dates in (its
   * `organizationTimeZone`), else 'UTC'
   */
  timeZone?: string | undefined;
  /** Called for each payload that is not a valid webhook event (it is skipped). */
  onParseError?: ((error: LoyaltyParseError, payload: unknown) => void) | undefined;
}

/** Where `useStreaks` / `useTargets` get their events from: `{ events }` or `{ subscribe }`. */
export type WebhookStateOptions = WebhookEventsOption | WebhookSubscribeOption;

/** What `useStreaks` / `useTargets` return. */
export interface WebhookStateResult<TState> {
  /** The folded states; the same array (and objects) as long as nothing in them changed. */
  data: readonly TState[];
  /** The error of the latest payload that could not be parsed, `null` if none. */
  error: LoyaltyParseError | null;
  /** How many payloads were skipped because they could not be parsed. */
  skippedCount: number;
  /**
   * Why the `subscribe` feed stopped for good (e.g. `fromEventSource` got a 404), `null` while it
   * runs: nothing more will arrive until the component subscribes again.
   */
  feedError: Error | null;
}

interface Received {
  /** The feed and zone the events came through: another feed (another member) starts afresh. */
  feed: WebhookSubscribe | undefined;
  timeZone: string | undefined;
  events: LoyaltyWebhookEvent[];
  error: LoyaltyParseError | null;
  skippedCount: number;
  /** Why the feed stopped for good. */
  feedError: Error | null;
}

const NOTHING_RECEIVED: Received = {
  feed: undefined,
  timeZone: undefined,
  events: [],
  error: null,
  skippedCount: 0,
  feedError: null,
};

/** Shared by useStreaks and useTargets: collects events (or takes them) and folds them with `reduce`. */
export function useReducedWebhookEvents<TState>(
  options: WebhookStateOptions,
  reduce: (events: readonly LoyaltyWebhookEvent[]) => TState[],
  isRelevant: (event: LoyaltyWebhookEvent) => boolean,
): WebhookStateResult<TState> {
  const subscription = 'subscribe' in options ? options : undefined;
  const subscribe = subscription?.subscribe;
  // The provider, when there is one, knows the organisation's zone; the hooks also work without.
  const provider = useContext(LoyaltyContext);
  const timeZone = subscription?.timeZone ?? provider?.client.timeZone;
  const onParseError = useRef(subscription?.onParseError);
  useEffect(() => {
    onParseError.current = subscription?.onParseError;
  });

  // A feed starts afresh (another member's, say): a `subscribe` made anew on every render would
  // start afresh on every render, and show nothing. Said once, for the app's developer.
  const feedChanges = useRef({ feed: subscribe, inARow: 0 });
  useEffect(() => {
    const seen = feedChanges.current;
    seen.inARow = seen.feed === subscribe ? 0 : seen.inARow + 1;
    seen.feed = subscribe;
    if (seen.inARow === 3) {
      console.warn(
        'capillary-loyalty-widgets: useStreaks/useTargets got a new subscribe on every render, and each new feed starts afresh. Create it outside the component, or in useMemo.',
      );
    }
  });

  const [received, setReceived] = useState(NOTHING_RECEIVED);
  useEffect(() => {
    if (!subscribe) return;
    const ours = (current: Received): Received =>
      current.feed === subscribe && current.timeZone === timeZone
        ? current
        : { ...NOTHING_RECEIVED, feed: subscribe, timeZone };
    // A feed may still speak after it is let go (a socket's close event comes a tick later): what
    // it says then is not about the feed now subscribed to, and must not replace what that has.
    let active = true;
    const onFeedError = (feedError: Error) => {
      if (active) setReceived((current) => ({ ...ours(current), feedError }));
    };
    const unsubscribe = subscribe((payload) => {
      if (!active) return;
      const result = parseLoyaltyWebhook(payload, { timeZone });
      if (!result.ok) {
        setReceived((current) => ({
          ...ours(current),
          error: result.error,
          skippedCount: ours(current).skippedCount + 1,
        }));
        onParseError.current?.(result.error, payload);
        return;
      }
      const { event } = result;
      if (!isRelevant(event)) return;
      const key = webhookEventKey(event);
      setReceived((current) => {
        const own = ours(current);
        return own.events.some((known) => webhookEventKey(known) === key)
          ? own
          : { ...own, events: [...own.events, event] };
      });
    }, onFeedError);
    return () => {
      active = false;
      unsubscribe();
    };
  }, [subscribe, timeZone, isRelevant]);

  // Events of an earlier feed or zone are not this one's, even before the new feed sends any.
  const current =
    received.feed === subscribe && received.timeZone === timeZone ? received : NOTHING_RECEIVED;
  const events = 'events' in options ? options.events : current.events;
  const reduced = useMemo(() => reduce(events), [events, reduce]);
  // Derived state from the previous render (React's documented pattern): the new result keeps
  // every state object that did not change, so memoized widgets skip re-rendering.
  const [shared, setShared] = useState({ from: reduced, data: reduced });
  let data = shared.data;
  if (shared.from !== reduced) {
    // Dates compare by time (TanStack's replaceEqualDeep compares them by identity): an app that
    // parses its payloads on every render gets equal states back, and no update.
    data = keepEqualParts(shared.data, reduced);
    // Only a real change is stored: events listed anew on each render would otherwise set state
    // on each render, without end.
    if (data !== shared.data) setShared({ from: reduced, data });
  }
  return {
    data,
    error: current.error,
    skippedCount: current.skippedCount,
    feedError: current.feedError,
  };
}
