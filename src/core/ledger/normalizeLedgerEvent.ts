import { EVENT_TYPES } from '../eventTypes.js';
import { parseWire } from '../parse/parseWire.js';
import type { LedgerEvent, LedgerPointsEntry } from './LedgerEvent.js';
import { ledgerEventSchema } from './ledgerEventSchema.js';

/** Options of `normalizeLedgerEvent`. */
export interface NormalizeLedgerEventOptions {
  /** IANA time zone in which Capillary's zone-less dates are read, e.g. `Asia/Kolkata`. */
  timeZone: string;
}

// Capillary sends points with three decimals; summing binary floats must not show 300.00000000000006.
function sum(entries: LedgerPointsEntry[]): number {
  let total = 0;
  for (const entry of entries) total += entry.value ?? 0;
  return round(total);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Reads one raw event at `path` (e.g. `events[3]`), so errors name the field inside the page. */
export function readLedgerEvent(raw: unknown, timeZone: string, path: string): LedgerEvent {
  const {
    eventDetails: { eventTime, redemptionDetails, ...details },
    eventReferenceId,
    eventReferenceIds,
    billDetails,
    targetCompletedDetails,
    pointsEarned: ownPoints,
    ...rest
  } = parseWire(ledgerEventSchema(timeZone), raw, path);

  // TargetCompleted events carry their points inside the target, bills may carry them too.
  const pointsEarned = ownPoints ??
    targetCompletedDetails?.pointsEarned ??
    billDetails?.pointsEarned ?? {
      regular: [],
      promo: [],
      promised: [],
    };
  const earned = {
    regular: sum(pointsEarned.regular),
    promo: sum(pointsEarned.promo),
    promised: sum(pointsEarned.promised),
  };
  const totalEarned = round(earned.regular + earned.promo);
  const totalRedeemed = redemptionDetails?.pointsRedeemed ?? 0;
  const netPoints = round(totalEarned - totalRedeemed);

  let earliestExpiry: Date | null = null;
  for (const entry of [...pointsEarned.regular, ...pointsEarned.promo]) {
    const { value, expiresOn } = entry;
    if ((value ?? 0) > 0 && expiresOn && (!earliestExpiry || expiresOn < earliestExpiry)) {
      earliestExpiry = expiresOn;
    }
  }

  const referenceId = eventReferenceId ?? eventReferenceIds;
  return {
    ...rest,
    eventTypeId: EVENT_TYPES.idOf(rest.eventName) ?? null,
    eventTime,
    eventReferenceId: referenceId,
    details,
    redemption: redemptionDetails,
    pointsEarned,
    bill: billDetails,
    target: targetCompletedDetails,
    earned,
    totalEarned,
    totalPromised: earned.promised,
    totalRedeemed,
    netPoints,
    earliestExpiry,
    reference:
      billDetails?.billNumber ??
      redemptionDetails?.transactionNumber ??
      redemptionDetails?.redemptionId ??
      targetCompletedDetails?.milestoneName ??
      targetCompletedDetails?.targetName ??
      (referenceId === '-1' ? null : referenceId),
    direction: netPoints > 0 ? 'credit' : netPoints < 0 ? 'debit' : 'none',
  };
}

/**
 * Validates one raw event of `GET v2/pointsLedger/getLedgerExplodeInfo` and turns it into a
 * `LedgerEvent`, with its totals, reference and direction worked out once.
 * @throws LoyaltyParseError when the event does not fit the documented shape.
 */
export function normalizeLedgerEvent(
  raw: unknown,
  options: NormalizeLedgerEventOptions,
): LedgerEvent {
  return readLedgerEvent(raw, options.timeZone, '');
}
