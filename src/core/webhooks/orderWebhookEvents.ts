import type { LoyaltyWebhookEvent } from './LoyaltyWebhookEvent.js';

// Events stamped with the same time (the documents' streakStart and streakEnd samples are) are
// applied in lifecycle order: enrolment, start, progress, achievement, loss, end, unenrolment.
const STAGE: Partial<Record<LoyaltyWebhookEvent['name'], number>> = {
  targetCustomerEnrolment: 0,
  streakCustomerEnrolment: 0,
  targetPeriodStarted: 1,
  streakStart: 1,
  targetValueAchieved: 3,
  unifiedTargetsAchieved: 3,
  streakLevelAchieved: 3,
  unifiedTargetsUnAchieved: 4,
  streakLevelUnAchieved: 4,
  targetPeriodCompleted: 5,
  streakEnd: 5,
  streakCustomerUnEnrolment: 6,
};

/** The identity of an event for de-duplication: its name and id (samples reuse ids across names). */
export function webhookEventKey(event: LoyaltyWebhookEvent): string {
  return `${event.name === 'unknown' ? event.eventName : event.name}|${event.eventId}`;
}

/**
 * The events in the order they happened (by created-at, ties broken by lifecycle stage, then by
 * key; events without a time first), each redelivery dropped: whatever order they arrive in, the result is the same.
 */
export function orderWebhookEvents<TEvent extends LoyaltyWebhookEvent>(
  events: readonly TEvent[],
): TEvent[] {
  const keyed = events.map((event) => ({
    event,
    key: webhookEventKey(event),
    time: event.createdAt?.getTime() ?? Number.NEGATIVE_INFINITY,
    stage: STAGE[event.name] ?? 2,
  }));
  keyed.sort((a, b) => {
    if (a.time !== b.time) return a.time < b.time ? -1 : 1;
    if (a.stage !== b.stage) return a.stage - b.stage;
    if (a.key === b.key) return 0;
    return a.key < b.key ? -1 : 1;
  });
  const seen = new Set<string>();
  const ordered: TEvent[] = [];
  for (const { event, key } of keyed) {
    if (seen.has(key)) continue;
    seen.add(key);
    ordered.push(event);
  }
  return ordered;
}
