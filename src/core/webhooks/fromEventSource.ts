import type { WebhookSubscribe } from './LoyaltyWebhookEvent.js';

/** Options of `fromEventSource`: the `EventSource` options, and which event type to listen to. */
export interface FromEventSourceOptions extends EventSourceInit {
  /**
   * The server-sent event type that carries webhook payloads.
   * @defaultValue 'message'
   */
  eventType?: string;
}

/**
 * A `WebhookSubscribe` over server-sent events: each subscription opens an `EventSource` on `url`,
 * passes each message's data, JSON-parsed, to `onPayload` (data that is not JSON is passed as the
 * string, for the parser to report), and closes the connection when unsubscribed.
 * Create it once (outside the component, or in `useMemo`): each new function reconnects.
 */
export function fromEventSource(
  url: string | URL,
  options?: FromEventSourceOptions,
): WebhookSubscribe {
  const { eventType = 'message', ...init } = options ?? {};
  return (onPayload) => {
    const source = new EventSource(url, init);
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
    return () => {
      source.removeEventListener(eventType, listener as EventListener);
      source.close();
    };
  };
}
