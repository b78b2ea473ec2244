'use client';
import { isStreakEvent, reduceStreaks, type StreakState } from '../core/webhooks/reduceStreaks.js';
import {
  useReducedWebhookEvents,
  type WebhookStateOptions,
  type WebhookStateResult,
} from './useReducedWebhookEvents.js';

/** Options of `useStreaks`: `{ events }` already parsed, or `{ subscribe }` to a payload source. */
export type UseStreaksOptions = WebhookStateOptions;

/** What `useStreaks` returns: `data` is one `StreakState` per streak. */
export type UseStreaksResult = WebhookStateResult<StreakState>;

/**
 * The customer's streaks, folded from streak webhook events (`reduceStreaks`). Needs no provider.
 * With `subscribe`, raw payloads are parsed as they arrive; bad ones are skipped and counted.
 * It does not filter by customer: every streak event it gets is folded in, so the feed must carry
 * only the signed-in member's events (your relay filters on the webhook's `customerId`).
 */
export function useStreaks(options: UseStreaksOptions): UseStreaksResult {
  return useReducedWebhookEvents(options, reduceStreaks, isStreakEvent);
}
