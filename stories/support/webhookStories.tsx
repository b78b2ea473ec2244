// Shared by the progress widgets' stories: the webhook samples parsed as an app would, a replay of
// payloads through a `subscribe` source, and what the play functions read off the progress bar.
import { type ReactNode, useState } from 'react';
import { expect, within } from 'storybook/test';
import type {
  LoyaltyWebhookEvent,
  WebhookSubscribe,
} from '../../src/core/webhooks/LoyaltyWebhookEvent.js';
import { parseLoyaltyWebhook } from '../../src/core/webhooks/parseLoyaltyWebhook.js';

/** The programme's zone, the same one the preview's provider shows dates in. */
export const TIME_ZONE = 'Asia/Kolkata';
export const HOUR = 3_600_000;

/** A sample parsed as an app would; a sample that does not parse is a broken story. */
export function parsed(payload: unknown): LoyaltyWebhookEvent {
  const result = parseLoyaltyWebhook(payload, { timeZone: TIME_ZONE });
  if (!result.ok) throw result.error;
  return result.event;
}

/** When the sample was created: "time left" is shown as the member saw it then. */
export function createdAt(payload: unknown): Date {
  const event = parsed(payload);
  if (!event.createdAt) throw new Error('The sample has no creation time');
  return event.createdAt;
}

export function progressbar(canvasElement: HTMLElement): HTMLElement {
  return within(canvasElement).getByRole('progressbar');
}

/**
 * The labels under the bar, each checked to end before the next begins, in the page's direction,
 * and to stay inside the card: none prints over another, or past the card's edge.
 */
export function scaleLabelsApart(canvasElement: HTMLElement): Element[] {
  const labels = [...canvasElement.querySelectorAll('[data-slot="scale"] > span')];
  // The text's own box: each label is a zero-width box its text overflows, centred on its mark.
  const boxes = labels.map((label) => {
    const text = document.createRange();
    text.selectNodeContents(label);
    return text.getBoundingClientRect();
  });
  // Right to left, the scale starts on the right: read from the left, the labels come last first.
  const rtl = labels[0] !== undefined && getComputedStyle(labels[0]).direction === 'rtl';
  const leftToRight = rtl ? [...boxes].reverse() : boxes;
  leftToRight.slice(1).forEach((box, index) => {
    expect(box.left).toBeGreaterThanOrEqual(leftToRight[index]?.right ?? 0);
  });
  const card = labels[0]?.closest('.clw-root')?.getBoundingClientRect();
  for (const box of boxes) {
    expect(box.left).toBeGreaterThanOrEqual(card?.left ?? 0);
    expect(box.right).toBeLessThanOrEqual(card?.right ?? 0);
  }
  return labels;
}

/** How much of the bar the fill covers, as drawn. */
export function fillShare(bar: HTMLElement): number {
  const fill = bar.querySelector('[data-slot="fill"]');
  return (fill?.getBoundingClientRect().width ?? 0) / bar.getBoundingClientRect().width;
}

/**
 * Hands `payloads` one by one to whoever subscribes, each time the member presses "Next event":
 * a stand-in for a server relaying Capillary's webhooks.
 */
export function useReplay(payloads: readonly unknown[]) {
  const [listeners] = useState(() => new Set<(payload: unknown) => void>());
  const [subscribe] = useState(() => {
    const source: WebhookSubscribe = (onPayload) => {
      listeners.add(onPayload);
      return () => listeners.delete(onPayload);
    };
    return source;
  });
  const [sent, setSent] = useState(0);
  const next = payloads[sent];
  const button = (
    <div>
      <button
        type="button"
        className="clw-button"
        disabled={next === undefined}
        onClick={() => {
          setSent(sent + 1);
          for (const listener of listeners) listener(next);
        }}
      >
        Next event ({sent} of {payloads.length} sent)
      </button>
    </div>
  );
  return { subscribe, button, lastSent: sent > 0 ? payloads[sent - 1] : undefined };
}

/** The replay's button above what it produced so far. */
export function ReplayLayout({ button, children }: { button: ReactNode; children: ReactNode }) {
  return (
    <div style={{ display: 'grid', gap: 'var(--clw-space-3)' }}>
      {button}
      {children}
    </div>
  );
}
