import type { LoyaltyParseError } from '../parse/LoyaltyParseError.js';

// Event fields keep Capillary's own names (as in webhook-events.txt) so they can be looked up in
// its documentation; values are normalized: numbers are numbers, dates are `Date`, absent is `null`.

/** The result of `parseLoyaltyWebhook`: an event, or the error that names the field that did not fit. */
export type ParseResult<T> =
  | {
      /** The payload was read. */
      ok: true;
      /** The event it carried. */
      event: T;
    }
  | {
      /** The payload did not fit. */
      ok: false;
      /** Names the field that did not fit. */
      error: LoyaltyParseError;
    };

/** An identifier of the activity that triggered an event, e.g. `{ key: 'billNumber', value: '1750151307' }`. */
export interface ActivityIdentifier {
  /** The identifier's name with stray spaces removed (`"bill Id"` becomes `billId`). */
  key: string;
  /** Its value; `null` when sent as `"null"` or empty. */
  value: string | null;
}

/** Who entered the triggering activity (a till user, an API user, `-1` for the system). */
export interface ActivityEnteredBy {
  /** Capillary's id of the user who entered the activity. */
  id: number | null;
  /** Code of the store it was entered at. */
  storeCode: string | null;
  /** Name of the store it was entered at. */
  storeName: string | null;
  /** Code of the till it was entered at. */
  tillCode: string | null;
}

/** The activity that caused an event: a transaction, a return, a manual adjustment, … */
export interface TriggeringActivity {
  /** Activity name, e.g. `TransactionAdd`, `ReturnBill`, `PointsRedemption`. */
  name: string | null;
  /** Identifiers of the activity (bill id, bill number, `eventLogId`, …). */
  identifiers: ActivityIdentifier[];
  /** Who entered the activity, when the payload says. */
  enteredBy: ActivityEnteredBy | null;
}

/** Fields every webhook event carries, whichever of the three envelopes it arrived in. */
export interface WebhookHeader {
  /**
   * The event's id, the key for de-duplicating redeliveries (together with the event name).
   * When a payload has no `eventId` (some documented samples), a stand-in is built from its
   * `refId` (or `apiRequestId`), creation time and a hash of its data.
   */
  eventId: string;
  /** Id of the organisation (from `orgId`, or the prefix of an `eventType` such as `2013_…`). */
  orgId: number | null;
  /** Capillary's id of the customer the event is about (the survivor, for a merge). */
  customerId: number | null;
  /** That customer with the identifiers the payload gives, so a brand can find its own member. */
  customer: CustomerReference | null;
  /** When Capillary created the event; `null` when the payload carries no time. */
  createdAt: Date | null;
  /** The activity that triggered the event. */
  triggeringActivity: TriggeringActivity | null;
  /** Key to the Points Ledger Explode API (`getLedgerExplodeInfo`), where the payload has one. */
  eventLogId: number | null;
  /** Capillary's loyalty event id (used for its internal tracing). */
  loyaltyEventId: string | null;
}

// ─── Targets (milestones) ──────────────────────────────────────────────────────────────────

/** A target as named in `targetDetails` / `targetData` of target and streak events. */
export interface TargetDetails {
  /** Id of the target. */
  id: number | null;
  /** Name of the target. */
  name: string | null;
  /** Id of the target group it belongs to. */
  targetGroupId: number | null;
  /** Name of the target group. */
  targetGroupName: string | null;
  /** Id of the target period (cycle). */
  targetPeriodId: number | null;
  /** Name of the target period, e.g. `Cycle_2`. */
  targetPeriodName: string | null;
  /** Description of the target. */
  description: string | null;
}

/** A milestone (sub-target) of a target. */
export interface TargetMilestone {
  /** Id of the milestone. */
  id: number | null;
  /** Name of the milestone. */
  name: string | null;
  /** What the milestone's value measures, as Capillary names it. */
  valueType: string | null;
  /** The value to reach. */
  definedValue: number | null;
  /** When the milestone was reached; `null` while it is not. */
  achievedDate: Date | null;
}

/** Fields of the target events that report a target's values. */
export interface TargetProgressFields extends WebhookHeader {
  /** The target and period the event is about. */
  targetDetails: TargetDetails | null;
  /** How much the triggering activity counted towards the target (a ReturnBill lowers it by this). */
  currentEventTargetValue: number | null;
  /** Value achieved so far in the period. */
  achievedTargetValue: number | null;
  /** Value to reach in the period. */
  definedTargetValue: number | null;
  /** The target's milestones. */
  milestoneDetails: TargetMilestone[];
}

/** `targetAchievedValueUpdated`: an activity changed the value achieved towards a target. */
export interface TargetAchievedValueUpdatedEvent extends TargetProgressFields {
  /** Event name. */
  name: 'targetAchievedValueUpdated';
}
/** `targetValueUpdated`: the value to reach (the defined value) changed. */
export interface TargetValueUpdatedEvent extends TargetProgressFields {
  /** Event name. */
  name: 'targetValueUpdated';
}
/** `targetValueAchieved`: the customer reached the target. */
export interface TargetValueAchievedEvent extends TargetProgressFields {
  /** Event name. */
  name: 'targetValueAchieved';
}
/** `targetPeriodStarted`: a target period began. */
export interface TargetPeriodStartedEvent extends TargetProgressFields {
  /** Event name. */
  name: 'targetPeriodStarted';
}
/** `targetPeriodCompleted`: a target period ended. */
export interface TargetPeriodCompletedEvent extends TargetProgressFields {
  /** Event name. */
  name: 'targetPeriodCompleted';
}

/** `targetCustomerEnrolment`: the customer was enrolled to a target. */
export interface TargetCustomerEnrolmentEvent extends WebhookHeader {
  /** Event name. */
  name: 'targetCustomerEnrolment';
  /** Id of the target. */
  targetId: number | null;
  /** Name of the target. */
  targetName: string | null;
  /** Id of the target group. */
  targetGroupId: number | null;
  /** Name of the target group. */
  targetGroupName: string | null;
  /** Id of the target period. */
  targetPeriodId: number | null;
  /** Name of the target period. */
  targetPeriodName: string | null;
  /** When the target period starts. */
  targetPeriodStartDate: Date | null;
  /** When the target cycle starts. */
  targetCycleStartDate: Date | null;
  /** The value to reach unless changed later. */
  defaultTargetValue: number | null;
  /** Description of the target. */
  description: string | null;
  /** Where the enrolment came from. */
  source: string | null;
  /** The target's milestones. */
  milestoneDetails: TargetMilestone[];
}

/** A member target of a unified target, with its own values. */
export interface UnifiedTargetData {
  /** Id of the member target. */
  targetId: number | null;
  /** Name of the member target. */
  targetName: string | null;
  /** Id of its period. */
  targetPeriodId: number | null;
  /** Name of its period. */
  targetPeriodName: string | null;
  /** Value it achieved. */
  achievedTargetValue: number | null;
  /** Value it had to reach. */
  definedTargetValue: number | null;
}

/** How the member targets of a unified target combine. */
export interface UnifiedTargetsAchievementCondition {
  /** How member values add up, e.g. `SUM`. */
  aggregation: string | null;
  /** `ANY` (one member suffices) or `ALL` (every member must be achieved). */
  combinationType: string | null;
  /** The rule over member target ids, e.g. `(49272 | 49273 | 49274)`. */
  ruleExpression: string | null;
  /** The aggregated value to reach. */
  thresholdValue: number | null;
}

/** The unified target (a target group) an event is about. */
export interface UnifiedTargetGroupDetails {
  /** Id of the unified target group. */
  targetGroupId: number | null;
  /** Name of the unified target group. */
  targetGroupName: string | null;
  /** How its members combine. */
  unifiedTargetsAchievementCondition: UnifiedTargetsAchievementCondition | null;
}

/** Fields of the unified target events. */
export interface UnifiedTargetFields extends WebhookHeader {
  /** The member targets with their values. */
  targetData: UnifiedTargetData[];
  /** The unified target and its combination rule. */
  unifiedTargetGroupDetails: UnifiedTargetGroupDetails | null;
}

/** `unifiedTargetsAchieved`: the customer reached a unified target. */
export interface UnifiedTargetsAchievedEvent extends UnifiedTargetFields {
  /** Event name. */
  name: 'unifiedTargetsAchieved';
}
/** `unifiedTargetsUnAchieved`: the customer did not reach (or no longer reaches) a unified target. */
export interface UnifiedTargetsUnAchievedEvent extends UnifiedTargetFields {
  /** Event name. */
  name: 'unifiedTargetsUnAchieved';
}

// ─── Streaks ───────────────────────────────────────────────────────────────────────────────

/**
 * One streak entry of a streak event (`streakData`, `streakEnrolmentData`, `streakStartData`, …).
 * Each event kind fills the fields its document shows; the others are `null`.
 */
export interface StreakEntry {
  /** Name of the streak. */
  streakName: string | null;
  /** Id of the streak (level events only). */
  streakId: string | null;
  /** Id of this customer's run of the streak (level events only). */
  userStreakId: string | null;
  /** Description of the streak (start and end events). */
  descriptionOfTheStreak: string | null;
  /** How many levels the streak has. */
  numberOfLevel: number | null;
  /** The value of each level, in order (e.g. `[3, 5]`); empty when not sent. */
  levelValues: number[];
  /** When the streak starts. */
  startDate: Date | null;
  /** When the streak ends. */
  endDate: Date | null;
  /** Name of the level achieved or lost (level events). */
  streakLevelName: string | null;
  /** When that level was achieved (level events). */
  streakLevelAchievedDate: Date | null;
  /** The customer's streak value now (level events). */
  userCurrentStreakValue: number | null;
  /** The customer's streak value when it started (start event). */
  userStreakValueAtTheStart: number | null;
  /** The customer's streak value when it ended (end event). */
  userStreakValueByTheEnd: number | null;
  /** How many levels the customer achieved (end event). */
  numberOfLevelsAchievedByTheUser: number | null;
  /** The levels the customer achieved, as sent (end event). */
  levelsAchievedByTheUser: string[];
}

/** Fields of every streak event, whatever key its entries arrive under. */
interface StreakFields extends WebhookHeader {
  /** The streak entries (from `streakData`, `streakEnrolmentData`, `streakStartData`, …). */
  streaks: StreakEntry[];
  /** The target(s) behind the streak (from `targetData` or `targetDetails`). */
  targets: TargetDetails[];
}

/** `streakLevelAchieved`: the customer reached a streak level. */
export interface StreakLevelAchievedEvent extends StreakFields {
  /** Event name. */
  name: 'streakLevelAchieved';
}
/** `streakLevelUnAchieved`: a level the customer had reached is lost (e.g. after a return). */
export interface StreakLevelUnAchievedEvent extends StreakFields {
  /** Event name. */
  name: 'streakLevelUnAchieved';
}
/** `streakCustomerEnrolment`: the customer was enrolled to a streak. */
export interface StreakCustomerEnrolmentEvent extends StreakFields {
  /** Event name. */
  name: 'streakCustomerEnrolment';
}
/** `streakCustomerUnEnrolment`: the customer was unenrolled from a streak. */
export interface StreakCustomerUnEnrolmentEvent extends StreakFields {
  /** Event name. */
  name: 'streakCustomerUnEnrolment';
}
/** `streakStart`: a streak started for the customer. */
export interface StreakStartEvent extends StreakFields {
  /** Event name. */
  name: 'streakStart';
}
/** `streakEnd`: a streak ended for the customer. */
export interface StreakEndEvent extends StreakFields {
  /** Event name. */
  name: 'streakEnd';
}

// ─── Points ────────────────────────────────────────────────────────────────────────────────

/** A tier of a loyalty programme. */
export interface LoyaltyTier {
  /** Number of the tier (1 is the lowest). */
  tierNumber: number | null;
  /** Name of the tier, e.g. `Silver`. */
  tierName: string | null;
}

/** The loyalty programme a points event belongs to. */
export interface LoyaltyProgramDetails {
  /** Id of the programme. */
  id: number | null;
  /** Name of the programme. */
  name: string | null;
  /** Whether it is the organisation's default programme. */
  isDefault: boolean | null;
  /** Points per unit of currency. */
  pointsToCurrencyRatio: number | null;
  /** The programme's tiers. */
  tiers: LoyaltyTier[];
}

/** A customer an event names, with the identifiers its payload gives (`customerIdentifiers`). */
export interface CustomerReference {
  /** Capillary's id of that customer. */
  customerId: number | null;
  /** Mobile number (`instore.mobile`). */
  mobile: string | null;
  /** Email address (`instore.email`). */
  email: string | null;
  /** The brand's own id of the customer (`instore.externalId`). */
  externalId: string | null;
  /** Loyalty type, e.g. `loyalty`. */
  loyaltyType: string | null;
}

/** Fields of the points events that name a loyalty programme. */
interface ProgramFields extends WebhookHeader {
  /** Id of the loyalty programme. */
  loyaltyProgramId: number | null;
  /** The loyalty programme and its tiers. */
  loyaltyProgramDetails: LoyaltyProgramDetails | null;
}

/** Points by earning programme, in redemptions, transfers and their reversals. */
export interface ProgramPoints {
  /** Id of the earning programme. */
  programId: number | null;
  /** Points redeemed from it (`"points Redeemed"` in one sample). */
  pointsRedeemed: number | null;
  /** Redeemed points given back to it (reversals). */
  redeemedPointsReversed: number | null;
  /** Its current points afterwards. */
  programCurrentPoints: number | null;
}

/** Points given back to an earning programme when a redemption is reversed. */
export interface ProgramPointsReversed extends ProgramPoints {
  /** How many of them are available again versus already expired. */
  redeemedPointsReversedDetails: ReversedPointsDetails | null;
}

/** Points a promotion gave, or that a reversal took back from one. */
export interface PromotionPoints {
  /** Identifier of the promotion. */
  promotionIdentifier: string | null;
  /** Kind of promotion, e.g. `CUSTOMER_PROMOTION`, `BILL`. */
  promotionType: string | null;
  /** The points. */
  promotionPoints: number | null;
}

/** Promotional points issued, with their own expiry date. */
export interface PromotionPointsIssued extends PromotionPoints {
  /** Name of the promotion. */
  promotionName: string | null;
  /** When these points expire. */
  promotionPointsExpiryDate: Date | null;
}

/**
 * Promised points issued: not spendable until converted to current points (a
 * `promisedToCurrentPointsConversion` event follows).
 */
export interface PromisedPointsIssued {
  /** The points promised. */
  promisedPoints: number | null;
  /** Whether an external trigger (rather than the system) converts them. */
  isExternalTriggerBased: boolean | null;
  /** When they convert to current points. */
  promisedPointsConversionDate: Date | null;
  /** Identifier of the promotion that promised them, if one did. */
  promotionIdentifier: string | null;
}

/** `pointsIssued`: points were issued to the customer. */
export interface PointsIssuedEvent extends ProgramFields {
  /** Event name. */
  name: 'pointsIssued';
  /** Current points in the programme afterwards. */
  programCurrentPoints: number | null;
  /** Lifetime points in the programme afterwards. */
  programLifetimePoints: number | null;
  /** All points issued by this event. */
  totalPointsIssued: number | null;
  /** Regular (non-promotional) points issued. */
  regularPointsIssued: number | null;
  /** Regular points by expiry date. */
  regularPointsBreakup: Array<{
    /** Points that expire together. */
    points: number | null;
    /** When they expire. */
    expiryAt: Date | null;
  }>;
  /** Promotional points issued, by promotion. */
  promotionalPointsIssued: PromotionPointsIssued[];
  /** Promised points issued: not yet current, so not spendable. */
  promisedPointsIssued: PromisedPointsIssued[];
}

/** `pointsRedeemed`: the customer redeemed points. */
export interface PointsRedeemedEvent extends ProgramFields {
  /** Event name. */
  name: 'pointsRedeemed';
  /** Points redeemed. */
  totalPointsRedeemed: number | null;
  /** Currency value of the redeemed points. */
  redeemedPointsCurrencyValue: number | null;
  /** Id of the redemption summary. */
  redemptionSummaryId: number | null;
  /** Bill number of the redemption. */
  redemptionBillNumber: string | null;
  /** Notes on the redemption. */
  redemptionNotes: string | null;
  /** Whether it was a group redemption. */
  isGroupRedemption: boolean | null;
  /** Points taken from each earning programme. */
  redemptionFromEarningPrograms: ProgramPoints[];
}

/** An earning activity whose promised points were converted. */
export interface EarningActivityReference {
  /** Activity name, e.g. `TransactionAdd`. */
  name: string | null;
  /** When the activity was entered. */
  enteredAt: Date | null;
  /** Points converted for it. */
  pointsConverted: number | null;
  /** Identifiers of the activity (bill number, `EventLogId`). */
  identifiers: ActivityIdentifier[];
}

/** Points of one programme in a conversion breakup. */
export interface ConvertedProgramPoints {
  /** The points converted. */
  points: number | null;
  /** Id of the programme. */
  programId: number | null;
}

/** Promotional points of one programme in a conversion breakup. */
export interface ConvertedPromotionPoints extends ConvertedProgramPoints {
  /** Id of the promotion. */
  promotionId: number | null;
  /** Name of the promotion. */
  promotionName: string | null;
}

/** The points converted for one entity (a bill, …), promotional apart from the rest. */
export interface PointsConvertedBreakup {
  /** Kind of entity, e.g. `BILL`. */
  entityName: string | null;
  /** The entity. */
  entityDetails: {
    /** Id of the entity, e.g. the bill id. */
    id: number | null;
  } | null;
  /** Promotional points converted. */
  promotionalPointsBreakup: ConvertedPromotionPoints[];
  /** Other points converted. */
  nonPromotionalPointsBreakup: ConvertedProgramPoints[];
}

/** `promisedToCurrentPointsConversion`: promised or external-trigger points became current points. */
export interface PromisedToCurrentPointsConversionEvent extends ProgramFields {
  /** Event name. */
  name: 'promisedToCurrentPointsConversion';
  /** Points converted. */
  pointsConverted: number | null;
  /** Kind of points converted, e.g. `PROMISED_POINTS`, `EXTERNAL_TRIGGER_BASED_POINTS`. */
  pointsConvertedType: string | null;
  /** What triggered the conversion, e.g. `systemTrigger`, `externalTrigger`. */
  pointsConversionSource: string | null;
  /** Current points in the programme afterwards. */
  programCurrentPoints: number | null;
  /** Lifetime points in the programme afterwards. */
  programLifetimePoints: number | null;
  /** The earning activities whose points were converted. */
  earningActivityReference: EarningActivityReference[];
  /** When the conversion happened (external-trigger conversions). */
  eventDateTime: Date | null;
  /** Id of the bill whose points were converted (external-trigger conversions). */
  billId: number | null;
  /** The points converted per entity (external-trigger conversions; empty otherwise). */
  pointsConvertedBreakup: PointsConvertedBreakup[];
}

/** `pointsExpired`: points expired. */
export interface PointsExpiredEvent extends ProgramFields {
  /** Event name. */
  name: 'pointsExpired';
  /** Points that expired. */
  pointsExpired: number | null;
}

/** `pointsExpiryReminder`: points are about to expire. */
export interface PointsExpiryReminderEvent extends ProgramFields {
  /** Event name. */
  name: 'pointsExpiryReminder';
  /** Points that will expire. */
  pointsScheduledForExpiry: number | null;
  /** When they will expire. */
  scheduledExpiryDate: Date | null;
}

/** `pointsTransferredInitiated`: the customer sent points to another customer. */
export interface PointsTransferredInitiatedEvent extends ProgramFields {
  /** Event name. */
  name: 'pointsTransferredInitiated';
  /** Points transferred. */
  totalPointsTransferred: number | null;
  /** The customer receiving the points. */
  transferReceivingCustomerIdentifiers: CustomerReference | null;
  /** Points taken from each earning programme. */
  redemptionFromEarningPrograms: ProgramPoints[];
}

/** `pointsTransferredReceived`: the customer received points from another customer. */
export interface PointsTransferredReceivedEvent extends ProgramFields {
  /** Event name. */
  name: 'pointsTransferredReceived';
  /** Points transferred. */
  totalPointsTransferred: number | null;
  /** The customer who sent the points. */
  transferInitiatingCustomerIdentifiers: CustomerReference | null;
}

/** Reversed points that are still available versus already expired. */
export interface ReversedPointsDetails {
  /** Reversed points available again. */
  available: number | null;
  /** Reversed points that had already expired. */
  expired: number | null;
}

/** `redeemedPointsReversed`: a redemption was reversed and its points given back. */
export interface RedeemedPointsReversedEvent extends ProgramFields {
  /** Event name. */
  name: 'redeemedPointsReversed';
  /** Points given back. */
  redeemedPointsReversed: number | null;
  /** How many of them are available versus expired. */
  redeemedPointsReversedDetails: ReversedPointsDetails | null;
  /** Id of the redemption summary reversed. */
  redemptionSummaryId: number | null;
  /** Points given back to each earning programme. */
  redemptionReversalToEarningPrograms: ProgramPointsReversed[];
}

/** One change of points' expiry date. */
export interface PointsExpiryUpdate {
  /** Id of the programme. */
  programId: number | null;
  /** Points whose expiry changed. */
  points: number | null;
  /** Kind of points, e.g. `billRegular`, `billPromotions`. */
  pointsType: string | null;
  /** The previous expiry date. */
  oldExpiryDate: Date | null;
  /** The new expiry date. */
  newExpiryDate: Date | null;
}

/** `singlePointsExpiryUpdated`: a common expiry date was applied to points (Single Points Expiry). */
export interface SinglePointsExpiryUpdatedEvent extends WebhookHeader {
  /** Event name. */
  name: 'singlePointsExpiryUpdated';
  /** The expiry changes. */
  updatedPointsExpiry: PointsExpiryUpdate[];
}

/** `issuedPointsReversed`: points issued earlier were taken back (e.g. after a return). */
export interface IssuedPointsReversedEvent extends ProgramFields {
  /** Event name. */
  name: 'issuedPointsReversed';
  /** Current points in the programme afterwards. */
  programCurrentPoints: number | null;
  /** Lifetime points in the programme afterwards. */
  programLifetimePoints: number | null;
  /** All issued points reversed so far for the activity. */
  totalIssuedPointsReversed: number | null;
  /** Regular points reversed. */
  regularPointsReversed: number | null;
  /** Promised points reversed. */
  promisedPointsReversed: number | null;
  /** Promotional points reversed, by promotion. */
  promotionalPointsReversed: PromotionPoints[];
  /** Points returned by this event. */
  currentEventTotalPointsReturned: number | null;
  /** Regular points returned by this event. */
  currentEventRegularPointsReturned: number | null;
  /** Promised points returned by this event. */
  currentEventPromisedPointsReturned: number | null;
  /** Promotional points returned by this event, by promotion. */
  currentEventPromotionPointsReturnedDetails: PromotionPoints[];
}

/** `manualPointsAdjustment`: points were adjusted or deducted by hand. */
export interface ManualPointsAdjustmentEvent extends WebhookHeader {
  /** Event name. */
  name: 'manualPointsAdjustment';
  /** Points deducted (the document spells the key `totalPoinstDeducted`; both are read). */
  totalPointsDeducted: number | null;
  /** Reason given for the adjustment. */
  reason: string | null;
  /** Points adjusted by programme. */
  programPointsSplit: Array<{
    /** Id of the points award adjusted. */
    pointsAwardedId: number | null;
    /** Id of the programme. */
    programId: number | null;
    /** Points adjusted. */
    points: number | null;
    /** Kind of points. */
    pointsType: string | null;
  }>;
}

/** One points expiry change of a `pointsExpiryChange` event. */
export interface PointsExpiryChange {
  /** Points whose expiry changed. */
  points: number | null;
  /** Their previous expiry date. */
  pointsPreviousExpiryDate: Date | null;
  /** Their new expiry date. */
  newExpiryDate: Date | null;
  /** Why the expiry changed. */
  expiryUpdateReasonType: string | null;
  /** Note on the change. */
  expiryUpdateReasonNote: string | null;
  /** Id of the promotion the points came from. */
  promotionID: number | null;
}

/** `pointsExpiryChange`: the expiry date of points changed. */
export interface PointsExpiryChangeEvent extends ProgramFields {
  /** Event name. */
  name: 'pointsExpiryChange';
  /** The changes. */
  updatedPointsExpiryBreakup: PointsExpiryChange[];
}

// ─── Alternate currencies ──────────────────────────────────────────────────────────────────

/** One alternate currency of an alternate-currency event: the fields both events carry. */
export interface AlternateCurrencyAmounts {
  /** Name of the currency, e.g. `stars`. */
  alternateCurrencyName: string | null;
  /** Identifier of the currency. */
  alternateCurrencyIdentifier: string | null;
  /** Balance in the programme afterwards. */
  programCurrentAlternateCurrencies: number | null;
  /** Lifetime amount in the programme afterwards. */
  programLifetimeAlternateCurrencies: number | null;
}

/** An amount of alternate currency a promotion gave, or that a reversal took back from one. */
export interface PromotionAlternateCurrencies {
  /** Identifier of the promotion. */
  promotionIdentifier: string | null;
  /** Kind of promotion, e.g. `CUSTOMER_PROMOTION`, `BILL`. */
  promotionType: string | null;
  /** The amount. */
  promotionAlternateCurrencies: number | null;
}

/** Promotional alternate currency issued, with its own expiry date. */
export interface PromotionAlternateCurrenciesIssued extends PromotionAlternateCurrencies {
  /** Name of the promotion. */
  promotionName: string | null;
  /** When this amount expires. */
  promotionAlternateCurrenciesExpiryDate: Date | null;
}

/**
 * Promised alternate currency issued: not spendable until converted to current (a
 * `promisedToCurrentAlternateCurrencyConversion` event follows).
 */
export interface PromisedAlternateCurrenciesIssued {
  /** The amount promised. */
  promisedAlternateCurrencies: number | null;
  /** Whether an external trigger (rather than the system) converts it. */
  isExternalTriggerBased: boolean | null;
  /** When it converts to current. */
  promisedAlternateCurrenciesConversionDate: Date | null;
  /** Identifier of the promotion that promised it, if one did. */
  promotionIdentifier: string | null;
}

/** One alternate currency of an `alternateCurrenciesIssued` event. */
export interface AlternateCurrencyIssued extends AlternateCurrencyAmounts {
  /** Amount issued by the event. */
  totalAlternateCurrenciesIssued: number | null;
  /** Regular (non-promotional) amount issued. */
  regularAlternateCurrenciesIssued: number | null;
  /** Regular amounts by expiry date. */
  regularAlternateCurrenciesBreakup: Array<{
    /** Amount that expires together. */
    alternateCurrencies: number | null;
    /** When it expires. */
    expiryAt: Date | null;
  }>;
  /** Promotional amounts issued, by promotion. */
  promotionalAlternateCurrenciesIssued: PromotionAlternateCurrenciesIssued[];
  /** Promised amounts issued: not yet current, so not spendable. */
  promisedAlternateCurrenciesIssued: PromisedAlternateCurrenciesIssued[];
}

/** One alternate currency of an `issuedAlternateCurrenciesReversed` event. */
export interface AlternateCurrencyReversed extends AlternateCurrencyAmounts {
  /** All issued amount reversed so far for the activity. */
  totalAlternateCurrenciesReversed: number | null;
  /** Regular amount reversed. */
  regularAlternateCurrenciesReversed: number | null;
  /** Promised amount reversed. */
  promisedAlternateCurrenciesReversed: number | null;
  /** Promotional amounts reversed, by promotion. */
  promotionalAlternateCurrenciesReversed: PromotionAlternateCurrencies[];
  /** Amount returned by this event. */
  currentEventTotalAlternateCurrenciesReturned: number | null;
  /** Regular amount returned by this event. */
  currentEventRegularAlternateCurrenciesReturned: number | null;
  /** Promised amount returned by this event. */
  currentEventPromisedAlternateCurrenciesReturned: number | null;
  /** Promotional amounts returned by this event, by promotion. */
  currentEventPromotionAlternateCurrenciesReturnedDetails: PromotionAlternateCurrencies[];
}

/** `alternateCurrenciesIssued`: alternate currencies were issued to the customer. */
export interface AlternateCurrenciesIssuedEvent extends ProgramFields {
  /** Event name. */
  name: 'alternateCurrenciesIssued';
  /** The currencies issued. */
  alternateCurrencies: AlternateCurrencyIssued[];
}

/** `issuedAlternateCurrenciesReversed`: issued alternate currencies were taken back. */
export interface IssuedAlternateCurrenciesReversedEvent extends ProgramFields {
  /** Event name. */
  name: 'issuedAlternateCurrenciesReversed';
  /** The currencies reversed. */
  alternateCurrencies: AlternateCurrencyReversed[];
}

/** An alternate currency converted from promised to current. */
export interface AlternateCurrencyConverted {
  /** Identifier of the currency. */
  alternateCurrencyIdentifier: string | null;
  /** Name of the currency. */
  alternateCurrencyName: string | null;
  /** Amount converted. */
  alternateCurrencyValue: number | null;
}

/** An alternate currency of one programme in a conversion breakup. */
export interface ConvertedProgramAlternateCurrency
  extends AlternateCurrencyConverted, Pick<ConvertedProgramPoints, 'programId'> {}

/** Promotional alternate currency of one programme in a conversion breakup. */
export interface ConvertedPromotionAlternateCurrency
  extends
    ConvertedProgramAlternateCurrency,
    Pick<ConvertedPromotionPoints, 'promotionId' | 'promotionName'> {}

/** The bill (and item) an amount of alternate currency was converted for. */
export interface AlternateCurrencyEntityDetails extends AlternateCurrencyConverted {
  /** Number of the bill, e.g. `2152008945`. */
  billNumber: string | null;
  /** Code of the bill's item, as sent (`"0"` in the document's sample). */
  itemCode: string | null;
}

/** The alternate currency converted for one entity, promotional apart from the rest. */
export interface AlternateCurrencyConvertedBreakup {
  /** The entity, with the currency and the amount converted for it. */
  alternateCurrencyEntityDetails: AlternateCurrencyEntityDetails | null;
  /** Promotional amounts converted, by programme and promotion. */
  promotionalAlternateCurrencyBreakup: ConvertedPromotionAlternateCurrency[];
  /** Other amounts converted, by programme. */
  nonPromotionalAlternateCurrencyBreakup: ConvertedProgramAlternateCurrency[];
}

/** `promisedToCurrentAlternateCurrencyConversion`: promised alternate currencies became current. */
export interface PromisedToCurrentAlternateCurrencyConversionEvent extends ProgramFields {
  /** Event name. */
  name: 'promisedToCurrentAlternateCurrencyConversion';
  /** The currencies converted. */
  alternateCurrencyConverted: AlternateCurrencyConverted[];
  /** What triggered the conversion, e.g. `externalTrigger`. */
  alternateCurrencyConversionSource: string | null;
  /**
   * The earning activities whose promised amounts were converted, each as sent (objects as JSON
   * text): the document shows this list only empty, so the shape of its entries is not known.
   */
  earningAlternateCurrencyReference: string[];
  /** The amounts converted per bill (and item) and currency, promotional apart from the rest. */
  alternateCurrencyConvertedBreakup: AlternateCurrencyConvertedBreakup[];
}

// ─── Customer ──────────────────────────────────────────────────────────────────────────────

/** `loyaltyCustomerMerge`: two customers were merged; the victim's points went to the survivor. */
export interface LoyaltyCustomerMergeEvent extends WebhookHeader {
  /** Event name. */
  name: 'loyaltyCustomerMerge';
  /** The customer that remains (also in `customerId`). */
  survivorCustomerIdentifiers: CustomerReference | null;
  /** The customer merged away. */
  victimCustomerIdentifiers: CustomerReference | null;
  /** The survivor's balances per programme after the merge. */
  survivorCustomerLoyaltySummary: Array<{
    /** Id of the programme. */
    loyaltyProgramId: number | null;
    /** Lifetime points. */
    lifetimePoints: number | null;
    /** Current points. */
    currentPoints: number | null;
    /** Promised points. */
    promisedPoints: number | null;
    /** Tier number. */
    tierNumber: number | null;
  }>;
}

/** An event this version does not know; kept whole so a new Capillary event breaks nothing. */
export interface UnknownWebhookEvent extends WebhookHeader {
  /** Always `'unknown'`. */
  name: 'unknown';
  /** The event name as sent. */
  eventName: string;
  /** The payload exactly as received. */
  raw: unknown;
}

/** Every webhook event Capillary documents, discriminated on `name`, plus `unknown`. */
export type LoyaltyWebhookEvent =
  | TargetAchievedValueUpdatedEvent
  | TargetValueUpdatedEvent
  | TargetValueAchievedEvent
  | TargetPeriodStartedEvent
  | TargetPeriodCompletedEvent
  | TargetCustomerEnrolmentEvent
  | UnifiedTargetsAchievedEvent
  | UnifiedTargetsUnAchievedEvent
  | StreakLevelAchievedEvent
  | StreakLevelUnAchievedEvent
  | StreakCustomerEnrolmentEvent
  | StreakCustomerUnEnrolmentEvent
  | StreakStartEvent
  | StreakEndEvent
  | PointsIssuedEvent
  | PointsRedeemedEvent
  | PromisedToCurrentPointsConversionEvent
  | PointsExpiredEvent
  | PointsExpiryReminderEvent
  | PointsTransferredInitiatedEvent
  | PointsTransferredReceivedEvent
  | RedeemedPointsReversedEvent
  | SinglePointsExpiryUpdatedEvent
  | IssuedPointsReversedEvent
  | ManualPointsAdjustmentEvent
  | PointsExpiryChangeEvent
  | AlternateCurrenciesIssuedEvent
  | IssuedAlternateCurrenciesReversedEvent
  | PromisedToCurrentAlternateCurrencyConversionEvent
  | LoyaltyCustomerMergeEvent
  | UnknownWebhookEvent;

/** Names of the events `parseLoyaltyWebhook` knows. */
export type KnownWebhookEventName = Exclude<LoyaltyWebhookEvent['name'], 'unknown'>;

/** The target events `reduceTargets` folds. */
export type TargetWebhookEvent = Extract<
  LoyaltyWebhookEvent,
  { name: `target${string}` | `unifiedTargets${string}` }
>;

/** The streak events `reduceStreaks` folds. */
export type StreakWebhookEvent = Extract<LoyaltyWebhookEvent, { name: `streak${string}` }>;

/**
 * A source of raw webhook payloads: calls `onPayload` for each one, and `onFeedError` if the feed
 * stops for good (it will deliver nothing more); returns an unsubscribe function.
 */
export type WebhookSubscribe = (
  onPayload: (payload: unknown) => void,
  onFeedError?: (error: Error) => void,
) => () => void;
