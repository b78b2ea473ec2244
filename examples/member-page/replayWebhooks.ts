import type { WebhookSubscribe } from '../../src/core/webhooks/LoyaltyWebhookEvent.js';

/** Options of `replayWebhooks`. */
export interface ReplayWebhooksOptions {
  /** Time between two payloads (and before the first), in milliseconds. @defaultValue 300 */
  intervalMs?: number;
}

/**
 * A `subscribe` source for `useStreaks` / `useTargets` that replays recorded webhook payloads, one
 * after another, as a brand's webhook relay (e.g. `fromEventSource`) would push them: the demo has
 * no Capillary to send real ones. Each subscription replays from the start, and unsubscribing
 * stops it; the hooks drop redeliveries, so a resubscription (React's StrictMode) shows no double.
 */
export function replayWebhooks(
  payloads: readonly unknown[],
  options: ReplayWebhooksOptions = {},
): WebhookSubscribe {
  const intervalMs = options.intervalMs ?? 300;
  return (onPayload) => {
    const timers = payloads.map((payload, index) =>
      // A copy each time, as a fresh delivery would be: nothing downstream can alter the recording.
      setTimeout(() => onPayload(structuredClone(payload)), (index + 1) * intervalMs),
    );
    return () => {
      for (const timer of timers) clearTimeout(timer);
    };
  };
}
