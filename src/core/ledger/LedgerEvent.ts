import type { CapillaryMessage } from '../client/LoyaltyApiError.js';
import type { EventTypeName } from '../eventTypes.js';

/** Which way an event moved the member's spendable points. */
export type LedgerDirection = 'credit' | 'debit' | 'none';

/** One allocation of points inside `pointsEarned.regular`, `.promo` or `.promised`. */
export interface LedgerPointsEntry {
  /** Id of the promotion that awarded the points (promo points). */
  promotionId: string | null;
  /** Name of that promotion, e.g. `Goodwill Promotion`. */
  promotionName: string | null;
  /** Id of the loyalty programme the points belong to. */
  programId: string | null;
  /** Name of that programme, e.g. `DefaultProgram`. */
  programName: string | null;
  /** Points allocated (negative for a reversal). */
  value: number | null;
  /** When these points expire. */
  expiresOn: Date | null;
  /** How the expiry was set, e.g. `fixed`. */
  expiryType: string | null;
  /** First day of the promotion. */
  promotionStartDate: Date | null;
  /** Last day of the promotion. */
  promotionEndDate: Date | null;
  /** Promised points only: when they turn into spendable points (`conversionDate` or `maxConversionDate`). */
  conversionDate: Date | null;
}

/** The points an event earned, by kind. */
export interface LedgerPointsEarned {
  /** Points from the programme's base earning rules. */
  regular: LedgerPointsEntry[];
  /** Points from promotions. */
  promo: LedgerPointsEntry[];
  /**
   * Points promised by the event (delayed accrual): spendable from each entry's `conversionDate`,
   * which may have passed since.
   */
  promised: LedgerPointsEntry[];
}

/** Sums of `LedgerPointsEarned`, by kind. */
export interface LedgerEarnedTotals {
  /** Sum of the regular entries. */
  regular: number;
  /** Sum of the promo entries. */
  promo: number;
  /** Sum of the promised entries. */
  promised: number;
}

/** One row of `pointsBreakup` (asked for with `getPointsEarnedBreakup=true`). */
export interface LedgerPointsBreakup {
  /** Points category, e.g. a currency or bucket name. */
  pointsCategoryName: string | null;
  /** Allocation strategy that awarded the points. */
  allocationStrategyName: string | null;
  /** Expiry strategy that dates them. */
  expiryStrategyName: string | null;
  /** Points of this row (`points` or `value`). */
  points: number | null;
  /** Every other key as Capillary sent it. */
  extra: Record<string, unknown>;
}

/** Where, by whom and why an event was recorded. */
export interface LedgerEventDetails {
  /** Till (store counter) that recorded the event. */
  tillId: string | null;
  /** Reason given for a goodwill allocation, e.g. `POINTS_ISSUE`. */
  reason: string | null;
  /** Comments entered with goodwill points. */
  comments: string | null;
  /** Intouch user who issued goodwill points. */
  assocId: string | null;
  /** Id of the goodwill request. */
  requestId: string | null;
  /** Behavioural event's display name, e.g. `CupSeries2024`. */
  eventDisplayName: string | null;
  /** Name to show for the event, e.g. `CUP SERIES CHECK-IN`. */
  displayName: string | null;
}

/** A redemption of points (`eventDetails.redemptionDetails`). */
export interface LedgerRedemption {
  /** Points redeemed. */
  pointsRedeemed: number | null;
  /** Why they were redeemed. */
  redemptionPurpose: string | null;
  /** Transaction or bill number the redemption belongs to. */
  transactionNumber: string | null;
  /** Capillary's id of the redemption. */
  redemptionId: string | null;
  /** Notes entered with the redemption. */
  notes: string | null;
  /** Whether a user group redeemed the points. */
  groupRedemption: boolean | null;
}

/** One line of a bill. Capillary's document names no keys: the usual ones are read, the rest kept. */
export interface LedgerLineItem {
  /** Item code or SKU. */
  itemCode: string | null;
  /** Item description. */
  description: string | null;
  /** Quantity (`qty` or `quantity`). */
  quantity: number | null;
  /** Price of one unit. */
  rate: number | null;
  /** Amount of the line. */
  amount: number | null;
  /** Discount on the line. */
  discount: number | null;
  /** Value of the line after discount. */
  value: number | null;
  /** Points the line earned, when sent. */
  points: number | null;
  /** Every other key as Capillary sent it. */
  extra: Record<string, unknown>;
}

/** One payment mode of a bill (`getPaymentModes=true`). */
export interface LedgerPaymentMode {
  /** Mode, e.g. `UPI` or `CASH` (`mode`, `name` or `paymentMode`). */
  mode: string | null;
  /** Amount paid that way (`value` or `amount`). */
  value: number | null;
}

/** Type of a bill return; other values Capillary may add are kept as sent. */
export type LedgerReturnType = 'AMOUNT' | 'FULL' | 'LINE_ITEM' | 'CANCELLED' | (string & {});

/** The transaction behind an event (`getBillDetails=true`). */
export interface LedgerBill {
  /** Type of transaction. */
  type: string | null;
  /** The bill (transaction) number. */
  billNumber: string | null;
  /** Amount before discount. */
  grossAmount: number | null;
  /** Discount on the bill. */
  discount: number | null;
  /** Amount of the bill. */
  billAmount: number | null;
  /** Note on the bill. */
  note: string | null;
  /** Source of the bill, e.g. `INSTORE`. */
  source: string | null;
  /** When the bill was made. */
  billDate: Date | null;
  /** When it was returned. */
  returnDate: Date | null;
  /** Amount returned. */
  returnAmount: number | null;
  /** How it was returned. */
  returnType: LedgerReturnType | null;
  /** Id of the return transaction. */
  returnBillId: string | null;
  /** Points earned on the bill, when sent with it. */
  pointsEarned: LedgerPointsEarned | null;
  /** Lines of the bill. */
  lineItems: LedgerLineItem[];
  /** How the bill was paid. */
  paymentModes: LedgerPaymentMode[];
  /** Latest date at which the bill's delayed points turn spendable (`getMaxConversionDetails=true`). */
  maxConversionDate: Date | null;
}

/** Source of a completed target; other values Capillary may add are kept as sent. */
export type LedgerTargetSourceType =
  'MILESTONE' | 'STREAKS' | 'UNIFIED' | 'USERTARGET' | (string & {});

/** A completed target, milestone or streak (`targetCompletedDetails`). */
export interface LedgerTargetCompleted {
  /** Id of the target group. */
  targetGroupId: string | null;
  /** Name of the target group. */
  targetGroupName: string | null;
  /** Id of the target. */
  targetId: string | null;
  /** Name of the target. */
  targetName: string | null;
  /** Description of the target. */
  targetDescription: string | null;
  /** Id of the target period. */
  targetPeriodId: string | null;
  /** Name of the target period, e.g. `Cycle_4`. */
  targetPeriodName: string | null;
  /** Value to reach. */
  targetValue: number | null;
  /** Value reached. */
  achievedValue: number | null;
  /** Value at which a milestone triggered. */
  triggerValue: number | null;
  /** Id of the target source. */
  sourceId: string | null;
  /** Kind of target source. */
  sourceType: LedgerTargetSourceType | null;
  /** Name of the milestone reached (`mileStoneName`). */
  milestoneName: string | null;
  /** Points awarded for it, when sent with it. */
  pointsEarned: LedgerPointsEarned | null;
}

/** A custom or extended field. */
export interface LedgerField {
  /** Field name. */
  name: string | null;
  /** Value as sent; objects and arrays arrive as JSON text. */
  value: string | number | boolean | null;
}

/** One field of a behavioural event's definition. */
export interface LedgerBehavioralField {
  /** Field name, e.g. `activity_date`. */
  fieldName: string | null;
  /** Field type, e.g. `DATE`. */
  fieldType: string | null;
  /** Whether the field is required. */
  isRequired: boolean | null;
  /** Whether the field is part of the event's unique key. */
  isUniqueKeyField: boolean | null;
}

/** Definition of a behavioural (`GenericEvent`) event. */
export interface LedgerBehavioralMetadata {
  /** Label of the event, e.g. `CUP SERIES CHECK-IN`. */
  label: string | null;
  /** Its fields. */
  fields: LedgerBehavioralField[];
}

/** A brand currency other than points (`includeAlternateCurrencies=true`). */
export interface LedgerAlternateCurrency {
  /** Currency name (`name` or `currencyName`). */
  name: string | null;
  /** Amount (`value` or `points`). */
  value: number | null;
  /** When it expires (`expiresOn` or `expiryDate`). */
  expiresOn: Date | null;
  /** Every other key as Capillary sent it. */
  extra: Record<string, unknown>;
}

/** One exploded ledger event, normalized. */
export interface LedgerEvent {
  /** Capillary's id of the event (what `eventIds` filters on). */
  eventLogId: number;
  /** Event name, e.g. `TransactionAdd`; names Capillary does not document are kept as sent. */
  eventName: EventTypeName | (string & {});
  /** `event_type_id` of `eventName`, or `null` for an undocumented name. */
  eventTypeId: number | null;
  /** When the event happened. */
  eventTime: Date;
  /** Transaction id, behavioural request id or target-achieved id, as sent (`-1` when none). */
  eventReferenceId: string | null;
  /** Capillary's unique id of this event instance. */
  uniqueId: string | null;
  /** Where, by whom and why it was recorded. */
  details: LedgerEventDetails;
  /** The redemptions, for redemption events (a lone object on the wire is a list of one). */
  redemptions: LedgerRedemption[];
  /** Points earned: the event's own, else those of every target, else the bill's. */
  pointsEarned: LedgerPointsEarned;
  /** Points breakup rows. */
  pointsBreakup: LedgerPointsBreakup[];
  /** The bill, for transaction events. */
  bill: LedgerBill | null;
  /** The completed targets, for `TargetCompleted` events (a lone object on the wire is a list of one). */
  targets: LedgerTargetCompleted[];
  /** Brand custom fields. */
  customFields: LedgerField[];
  /** Brand extended fields. */
  extendedFields: LedgerField[];
  /** Definition of a behavioural event. */
  behavioralEventMetadata: LedgerBehavioralMetadata | null;
  /** Alternate currencies. */
  alternateCurrencies: LedgerAlternateCurrency[];
  /** Sums of `pointsEarned` by kind. */
  earned: LedgerEarnedTotals;
  /**
   * Spendable points earned: regular + promo (promised points are not spendable yet); negative
   * when a return takes points back.
   */
  totalEarned: number;
  /**
   * Points the event promised, summed whether or not they have converted since: for points still
   * pending, add up the `pointsEarned.promised` entries whose `conversionDate` has not passed.
   */
  totalPromised: number;
  /**
   * Points redeemed, summed over every redemption, each taken whatever its sign: never negative.
   * For a `PointsRedemptionReversal`, the redemption it gives back: `netPoints` counts it.
   */
  totalRedeemed: number;
  /**
   * `totalEarned − totalRedeemed`, signed (a redemption only takes points); for a
   * `PointsRedemptionReversal`, the points it gives back (its points earned, else the points of the
   * redemption it names), never negative.
   */
  netPoints: number;
  /**
   * Soonest expiry among the spendable points earned, as recorded with the event: those points
   * may have been spent or returned since (`usePointsAllocation` says what became of them).
   */
  earliestExpiry: Date | null;
  /** Best human reference: bill number, first redemption's transaction or id, first target's milestone or name, else `eventReferenceId`. */
  reference: string | null;
  /** Sign of `netPoints`. */
  direction: LedgerDirection;
}

/** One page of `getLedgerExplodeInfo`. */
export interface LedgerPage {
  /** The events that fit the documented shape, in the API's order. */
  events: LedgerEvent[];
  /**
   * Capillary's warnings, plus one for each event that was skipped because it did not fit, and
   * one for each detail left empty (see `CapillaryMessage`).
   */
  warnings: CapillaryMessage[];
  /** Offset asked for. */
  offset: number;
  /** Limit asked for. */
  limit: number;
  /** Whether another page may follow (the API sends no total: a full page means maybe). */
  hasMore: boolean;
}
