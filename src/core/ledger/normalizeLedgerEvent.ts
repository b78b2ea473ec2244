import { EVENT_TYPES } from '../eventTypes.js';
import type { WarnOfItem } from '../parse/normalizeEach.js';
import { parseWireLeniently } from '../parse/parseWire.js';
import { roundPoints } from '../parse/roundPoints.js';
import type { LedgerEvent, LedgerPointsEarned } from './LedgerEvent.js';
import { ledgerEventSchemas } from './ledgerEventSchema.js';
import { sumPoints } from './sumPoints.js';

/** Options of `normalizeLedgerEvent`. */
export interface NormalizeLedgerEventOptions {
  /** IANA time zone in which Capillary's zone-less dates are read, e.g. `Asia/Kolkata`. */
  timeZone: string;
}

/** Reads one raw event at `path` (e.g. `events[3]`), so errors name the field inside the page. */
export function readLedgerEvent(
  raw: unknown,
  timeZone: string,
  path: string,
  warn: WarnOfItem,
): LedgerEvent {
  const {
    eventDetails: { eventTime, redemptionDetails: redemptions, ...details },
    eventReferenceId,
    eventReferenceIds,
    billDetails,
    targetCompletedDetails: targets,
    pointsEarned: ownPoints,
    ...rest
  } = parseWireLeniently(ledgerEventSchemas(timeZone), raw, path, warn);

  // TargetCompleted events carry their points inside each target, bills may carry them too. The
  // first source with an entry holds them (the top level repeats a bill's, so never add them up):
  // Capillary sends an empty top-level object where an event earned nothing itself.
  const targetPoints = targets.flatMap((target) => target.pointsEarned ?? []);
  const joined = (kind: keyof LedgerPointsEarned) => targetPoints.flatMap((points) => points[kind]);
  const sources = [
    ownPoints,
    { regular: joined('regular'), promo: joined('promo'), promised: joined('promised') },
    billDetails?.pointsEarned,
  ];
  const pointsEarned = sources.find(
    (points) => points && points.regular.length + points.promo.length + points.promised.length > 0,
  ) ??
    ownPoints ?? { regular: [], promo: [], promised: [] };
  const earned = {
    regular: sumPoints(pointsEarned.regular),
    promo: sumPoints(pointsEarned.promo),
    promised: sumPoints(pointsEarned.promised),
  };
  const totalEarned = roundPoints(earned.regular + earned.promo);
  // A redemption only ever takes points, whatever sign it is written with: each one counts as
  // taken, so one written negative does not cancel another.
  const totalRedeemed = roundPoints(
    redemptions.reduce((total, redemption) => total + Math.abs(redemption.pointsRedeemed ?? 0), 0),
  );
  // A redemption reversal gives back the points of the redemption it names: however Capillary
  // writes them (as points earned, as the redemption reversed, or both), they come back to the
  // member once, and never leave twice.
  let netPoints = roundPoints(totalEarned - totalRedeemed);
  if (rest.eventName === 'PointsRedemptionReversal') {
    netPoints = Math.abs(totalEarned !== 0 ? totalEarned : totalRedeemed);
  }

  let earliestExpiry: Date | null = null;
  for (const entry of [...pointsEarned.regular, ...pointsEarned.promo]) {
    const { value, expiresOn } = entry;
    if ((value ?? 0) > 0 && expiresOn && (!earliestExpiry || expiresOn < earliestExpiry)) {
      earliestExpiry = expiresOn;
    }
  }

  const referenceId = eventReferenceId ?? eventReferenceIds;
  const [redemption] = redemptions;
  const [target] = targets;
  return {
    ...rest,
    eventTypeId: EVENT_TYPES.idOf(rest.eventName) ?? null,
    eventTime,
    eventReferenceId: referenceId,
    details,
    redemptions,
    pointsEarned,
    bill: billDetails,
    targets,
    earned,
    totalEarned,
    totalPromised: earned.promised,
    totalRedeemed,
    netPoints,
    earliestExpiry,
    reference:
      billDetails?.billNumber ??
      redemption?.transactionNumber ??
      redemption?.redemptionId ??
      target?.milestoneName ??
      target?.targetName ??
      (referenceId === '-1' ? null : referenceId),
    direction: netPoints > 0 ? 'credit' : netPoints < 0 ? 'debit' : 'none',
  };
}

/**
 * Validates one raw event of `GET v2/pointsLedger/getLedgerExplodeInfo` and turns it into a
 * `LedgerEvent`, with its totals, reference and direction worked out once. A descriptive value it
 * cannot read (a bill amount, a promotion's name or end, a flag) is left `null`;
 * `normalizeLedgerPage` also lists it in the page's `warnings`.
 * @throws LoyaltyParseError when the event's identity, name, time, points or expiry do not fit.
 */
export function normalizeLedgerEvent(
  raw: unknown,
  options: NormalizeLedgerEventOptions,
): LedgerEvent {
  return readLedgerEvent(raw, options.timeZone, '', () => {});
}
