import type { LoyaltyWebhookEvent, StreakWebhookEvent } from './LoyaltyWebhookEvent.js';

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

/** The streak period (cycle) a streak event is about, if it names one. */
function streakPeriod(event: LoyaltyWebhookEvent): string | null {
  if (!('streaks' in event)) return null;
  const target = event.targets[0];
  if (!target || (target.targetPeriodId === null && target.targetPeriodName === null)) return null;
  return [target.id, target.targetPeriodId, target.targetPeriodName].join('|');
}

/**
 * The earliest date the events give for each streak period. Periods of a streak do not overlap,
 * so of two events at one instant, the one in the earlier period happened first: a cycle's end
 * and the next cycle's start are often stamped alike.
 */
function periodStarts(events: readonly LoyaltyWebhookEvent[]): Map<string, number> {
  const starts = new Map<string, number>();
  for (const event of events) {
    const period = streakPeriod(event);
    if (period === null) continue;
    for (const entry of (event as StreakWebhookEvent).streaks) {
      for (const date of [entry.startDate, entry.endDate]) {
        const time = date?.getTime();
        if (time === undefined || Number.isNaN(time)) continue;
        starts.set(period, Math.min(time, starts.get(period) ?? time));
      }
    }
  }
  return starts;
}

/**
 * The events in the order they happened (by created-at; at one instant, by streak period, then by
 * lifecycle stage, then by key; events without a time first), each redelivery dropped: whatever
 * order they arrive in, the result is the same.
 */
export function orderWebhookEvents<TEvent extends LoyaltyWebhookEvent>(
  events: readonly TEvent[],
): TEvent[] {
  const starts = periodStarts(events);
  const keyed = events.map((event) => ({
    event,
    key: webhookEventKey(event),
    time: event.createdAt?.getTime() ?? Number.NEGATIVE_INFINITY,
    period: starts.get(streakPeriod(event) ?? '') ?? Number.NEGATIVE_INFINITY,
    stage: STAGE[event.name] ?? 2,
  }));
  keyed.sort((a, b) => {
    if (a.time !== b.time) return a.time < b.time ? -1 : 1;
    if (a.period !== b.period) return a.period < b.period ? -1 : 1;
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
