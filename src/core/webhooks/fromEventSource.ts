import type { WebhookSubscribe } from './LoyaltyWebhookEvent.js';

/** Options of `fromEventSource`: the `EventSource` options, and which event type to listen to. */
export interface FromEventSourceOptions extends EventSourceInit {
  /**
   * The server-sent event type that carries webhook payloads.
   * @defaultValue 'message'
   */
  eventType?: string | undefined;
}

/**
 * A `WebhookSubscribe` over server-sent events: each subscription opens an `EventSource` on `url`,
 * passes each message's data, JSON-parsed, to `onPayload` (data that is not JSON is passed as the
 * string, for the parser to report), and closes the connection when unsubscribed. A connection the
 * browser gives up on (an answer that is not a 200 event stream) is reported to `onFeedError`;
 * dropped connections the browser reconnects by itself are not.
 * Create it once (outside the component, or in `useMemo`): each new function reconnects.
 */
export function fromEventSource(
  url: string | URL,
  options?: FromEventSourceOptions,
): WebhookSubscribe {
  const { eventType = 'message', ...init } = options ?? {};
  return (onPayload, onFeedError) => {
    const source = new EventSource(url, init);
    // The browser retries a dropped connection by itself; only a closed one is final.
    const onError = () => {
      if (source.readyState !== EventSource.CLOSED) return;
      onFeedError?.(
        new Error(
          `The event stream at ${String(url)} closed: it answered something other than a 200 text/event-stream.`,
        ),
      );
    };
    const listener = (message: MessageEvent<unknown>) => {
      let payload: unknown = message.data;
      if (typeof payload === 'string') {
        try {
          payload = JSON.parse(payload);
        } catch {
          // Left as the string: parseLoyaltyWebhook turns it into a typed error.
        }
      }
      onPayload(payload);
    };
    source.addEventListener(eventType, listener as EventListener);
    source.addEventListener('error', onError);
    return () => {
      source.removeEventListener(eventType, listener as EventListener);
      source.removeEventListener('error', onError);
      source.close();
    };
  };
}
