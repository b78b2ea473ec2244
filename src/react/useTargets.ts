'use client';
import { isTargetEvent, reduceTargets, type TargetState } from '../core/webhooks/reduceTargets.js';
import {
  useReducedWebhookEvents,
  type WebhookStateOptions,
  type WebhookStateResult,
} from './useReducedWebhookEvents.js';

/** Options of `useTargets`: `{ events }` already parsed, or `{ subscribe }` to a payload source. */
export type UseTargetsOptions = WebhookStateOptions;

/** What `useTargets` returns: `data` is one `TargetState` per target and period. */
export type UseTargetsResult = WebhookStateResult<TargetState>;

/**
 * The customer's targets, folded from target webhook events (`reduceTargets`). Needs no provider.
 * With `subscribe`, raw payloads are parsed as they arrive; bad ones are skipped and counted.
 * It does not filter by customer: every target event it gets is folded in, so the feed must carry
 * only the signed-in member's events (your relay filters on the webhook's `customerId`).
 */
export function useTargets(options: UseTargetsOptions): UseTargetsResult {
  return useReducedWebhookEvents(options, reduceTargets, isTargetEvent);
}
