import { EVENT_TYPES } from '../../src/core/eventTypes.js';
import type { WireLedgerEvent } from '../fixtures/generateLedger.js';

interface WirePoints {
  value?: unknown;
  expiresOn?: unknown;
}

interface WireEarned {
  regular?: WirePoints[];
  promo?: WirePoints[];
}

/**
 * The ledger's zone-less wall-clock time as the instant Capillary stores: read in the
 * organisation's zone, Asia/Kolkata (+05:30, no daylight saving), the zone the stories show.
 * Read as UTC instead, an expiry of "2025-03-31 23:59:59" would land on Apr 1 in Kolkata.
 */
const ORG_UTC_OFFSET = '+05:30';

function wireDateToEpoch(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const time = Date.parse(`${value.replace(' ', 'T').replace(/\.0$/, '')}${ORG_UTC_OFFSET}`);
  return Number.isNaN(time) ? null : time;
}

/**
 * Allocation rows behind each earning event, as the Neo allocation API would list them: one row
 * per regular or promotional entry, keyed by the event's reference id and type.
 */
export function allocationsFor(
  events: readonly WireLedgerEvent[],
  customerId: number,
): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  const now = Date.now();
  for (const event of events) {
    const eventTypeId = EVENT_TYPES.idOf(event.eventName);
    // A target event's points sit in its targets (a list in the document, one object in generated
    // ledgers): the event's own regular and promotional points, else its targets'.
    const targets = [event.targetCompletedDetails ?? []].flat() as { pointsEarned?: WireEarned }[];
    const earnedOf = (earned: WireEarned | undefined) => [
      ...(earned?.regular ?? []),
      ...(earned?.promo ?? []),
    ];
    const own = earnedOf(event.pointsEarned as WireEarned | undefined);
    const entries =
      own.length > 0 ? own : targets.flatMap((target) => earnedOf(target.pointsEarned));
    entries.forEach((entry, index) => {
      const value = Number(entry.value ?? 0);
      if (!(value > 0) || eventTypeId === undefined) return;
      const expiry = wireDateToEpoch(entry.expiresOn);
      const awarded = wireDateToEpoch(event.eventDetails.eventTime) ?? now;
      // A spread of outcomes so every status shows: some spent, some lapsed, some returned.
      const outcome = (event.eventLogId + index) % 4;
      const expired = expiry !== null && expiry < now;
      const status = expired
        ? 'EXPIRED'
        : outcome === 1
          ? 'REDEEMED'
          : outcome === 2
            ? 'RETURNED'
            : 'ACTIVE';
      rows.push({
        id: event.eventLogId * 10 + index,
        status,
        points_value: value,
        original_points: value,
        points_exclusive: status === 'ACTIVE' ? value : 0,
        redeemed_value: status === 'REDEEMED' ? value : 0,
        redeemed_exclusive_value: 0,
        expired_value: status === 'EXPIRED' ? value : 0,
        expired_exclusive_value: 0,
        returned_value: status === 'RETURNED' ? value : 0,
        returned_exclusive_value: 0,
        awarded_date: awarded,
        expiry_date: expiry,
        auto_update_time: awarded,
        till_id: 50137565,
        point_category_id: 17383,
        program_id: 1933,
        event_log_id: event.eventLogId,
        event_type_id: eventTypeId,
        points_source_type_id: 1,
        // An integer, as the document types it: a behavioural event's reference is a UUID.
        points_source_id: Number(event.eventReferenceId) || event.eventLogId,
        cps_id: 51368957,
        customer_id: customerId,
        original_customer_id: customerId,
        expiry_strategy_id: 105602,
        allocation_strategy_id: 105773,
        org_id: 50914,
      });
    });
  }
  return rows;
}
