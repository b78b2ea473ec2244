import * as v from 'valibot';
import {
  wireList,
  wireNumber,
  wireOptionalBoolean,
  wireOptionalDate,
  wireOptionalNumber,
  wireOptionalText,
} from '../parse/wireFields.js';
import type {
  ActivityEnteredBy,
  CustomerReference,
  KnownWebhookEventName,
  LoyaltyWebhookEvent,
  TriggeringActivity,
  WebhookHeader,
} from './LoyaltyWebhookEvent.js';

// One small schema per shape, shared between events; each event's schema only lists its own fields.
// Keys arrive already normalized (normalizeWireKeys), values through the lenient wireFields leaves.

const text = wireOptionalText;
const number = wireOptionalNumber;

function orNull<TSchema extends v.GenericSchema>(schema: TSchema) {
  return v.optional(v.nullable(schema), null);
}

const identifier = v.pipe(
  v.object({ key: text, value: text }),
  v.transform(({ key, value }) => ({ key: (key ?? '').replace(/\s+/g, ''), value })),
);

const enteredBy = orNull(
  v.pipe(
    v.object({
      id: number,
      store: orNull(v.object({ code: text, name: text })),
      till: orNull(v.object({ code: text })),
    }),
    // The streak samples send `"enteredBy": {}`: nobody named is no one.
    v.transform(({ id, store, till }): ActivityEnteredBy | null =>
      id === null && !store && !till
        ? null
        : {
            id,
            storeCode: store?.code ?? null,
            storeName: store?.name ?? null,
            tillCode: till?.code ?? null,
          },
    ),
  ),
);

// A customer as events name them: Capillary's id, and the brand's own identifiers when sent.
const customer = orNull(
  v.pipe(
    v.object({
      customerId: number,
      // Identifiers only help a brand find its member: one it cannot read never costs the event.
      instore: v.fallback(orNull(v.object({ mobile: text, email: text, externalId: text })), null),
      loyaltyType: v.fallback(text, null),
    }),
    v.transform(({ customerId, instore, loyaltyType }): CustomerReference => ({
      customerId,
      // One transfer sample sends " 917136866183".
      mobile: instore?.mobile?.trim() || null,
      email: instore?.email ?? null,
      externalId: instore?.externalId ?? null,
      loyaltyType,
    })),
  ),
);

// For lists whose entries the documents never show (each sample's list is empty): each entry is
// kept as sent, as text (objects as JSON), so nothing a later payload sends is lost.
const undocumentedEntries = wireList(
  v.pipe(
    v.unknown(),
    v.transform((value) =>
      typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value),
    ),
  ),
);

/** Fields every event's `data` may carry, read into the header. */
const commonDataSchema = v.object({
  customerIdentifiers: customer,
  survivorCustomerIdentifiers: customer,
  eventLogId: number,
  // The pointsIssued sample sends it only inside `data`.
  loyaltyEventId: text,
  // The loyaltyCustomerMerge sample puts enteredBy beside the activity, not inside it.
  enteredBy,
  triggeringActivity: orNull(
    v.pipe(
      v.object({
        name: text,
        identifiers: wireList(identifier),
        enteredBy,
        // One pointsRedeemed sample names it enteredAt.
        enteredAt: enteredBy,
      }),
      v.transform(({ name, identifiers, enteredBy, enteredAt }): TriggeringActivity => ({
        name,
        identifiers,
        enteredBy: enteredBy ?? enteredAt,
      })),
    ),
  ),
});

/** The header fields of an envelope, read from each of its levels. */
function createEnvelopeSchema(timeZone: string) {
  return v.object({
    eventName: text,
    eventType: text,
    eventId: text,
    loyaltyEventId: text,
    refId: text,
    apiRequestId: text,
    eventLogId: number,
    orgId: number,
    createdAt: wireOptionalDate(timeZone),
    timeStamp: wireOptionalDate(timeZone),
  });
}

/** The envelope's header fields, normalized. */
export type EnvelopeFields = v.InferOutput<ReturnType<typeof createEnvelopeSchema>>;

type EventData<TName extends KnownWebhookEventName> = Omit<
  Extract<LoyaltyWebhookEvent, { name: TName }>,
  keyof WebhookHeader | 'name'
>;

/** Schemas for the `data` of each known event, for dates without a zone read in `timeZone`. */
export type EventDataSchemas = {
  [TName in KnownWebhookEventName]: v.GenericSchema<unknown, EventData<TName>>;
};

/** Every schema `parseLoyaltyWebhook` needs, for dates without a zone read in `timeZone`. */
export interface WebhookSchemas {
  /** Header fields of one level of an envelope. */
  envelope: v.GenericSchema<unknown, EnvelopeFields>;
  /** Header fields inside `data`. */
  common: typeof commonDataSchema;
  /** The `data` of each known event. */
  events: EventDataSchemas;
}

/** Builds the schemas for one time zone. */
export function createWebhookSchemas(timeZone: string): WebhookSchemas {
  return {
    envelope: createEnvelopeSchema(timeZone),
    common: commonDataSchema,
    events: createEventDataSchemas(timeZone),
  };
}

function createEventDataSchemas(timeZone: string): EventDataSchemas {
  const date = wireOptionalDate(timeZone);

  const targetDetails = v.object({
    id: number,
    targetGroupId: number,
    targetPeriodId: number,
    name: text,
    targetGroupName: text,
    targetPeriodName: text,
    description: text,
  });
  const milestoneDetails = wireList(
    v.object({
      id: number,
      definedValue: number,
      name: text,
      valueType: text,
      achievedDate: date,
    }),
  );
  const targetProgress = v.object({
    targetDetails: orNull(targetDetails),
    currentEventTargetValue: number,
    achievedTargetValue: number,
    definedTargetValue: number,
    milestoneDetails,
  });
  const unifiedTarget = v.object({
    targetData: wireList(
      v.object({
        targetId: number,
        targetPeriodId: number,
        achievedTargetValue: number,
        definedTargetValue: number,
        targetName: text,
        targetPeriodName: text,
      }),
    ),
    unifiedTargetGroupDetails: orNull(
      v.object({
        targetGroupId: number,
        targetGroupName: text,
        unifiedTargetsAchievementCondition: orNull(
          v.object({
            aggregation: text,
            combinationType: text,
            ruleExpression: text,
            thresholdValue: number,
          }),
        ),
      }),
    ),
  });

  const streakEntry = v.object({
    streakName: text,
    streakId: text,
    userStreakId: text,
    descriptionOfTheStreak: text,
    streakLevelName: text,
    numberOfLevel: number,
    userCurrentStreakValue: number,
    userStreakValueAtTheStart: number,
    userStreakValueByTheEnd: number,
    numberOfLevelsAchievedByTheUser: number,
    levelValues: wireList(wireNumber),
    // Their shape is not documented (the sample's list is empty): keep each as text.
    levelsAchievedByTheUser: undocumentedEntries,
    startDate: date,
    endDate: date,
    streakLevelAchievedDate: date,
  });
  // Each streak event sends its entries under its own key; all become `streaks`.
  const entries = wireList(streakEntry);
  const streak = v.pipe(
    v.object({
      streakData: entries,
      streakEnrolmentData: entries,
      streakUnEnrolmentData: entries,
      streakStartData: entries,
      streakEndData: entries,
      targetData: wireList(targetDetails),
      targetDetails: orNull(targetDetails),
    }),
    v.transform((data) => ({
      streaks: [
        ...data.streakData,
        ...data.streakEnrolmentData,
        ...data.streakUnEnrolmentData,
        ...data.streakStartData,
        ...data.streakEndData,
      ],
      targets: data.targetDetails ? [data.targetDetails, ...data.targetData] : data.targetData,
    })),
  );

  const tiers = wireList(v.object({ tierNumber: number, tierName: text }));
  const program = {
    loyaltyProgramId: number,
    loyaltyProgramDetails: orNull(
      v.object({
        id: number,
        pointsToCurrencyRatio: number,
        name: text,
        isDefault: wireOptionalBoolean,
        tiers,
      }),
    ),
  };
  const programPointsEntries = {
    programId: number,
    pointsRedeemed: number,
    redeemedPointsReversed: number,
    programCurrentPoints: number,
  };
  const programPoints = wireList(v.object(programPointsEntries));
  const reversedDetails = orNull(v.object({ available: number, expired: number }));

  // Points and alternate currencies break down alike into regular, promotional (by promotion) and
  // promised amounts, issued and reversed; only the amount's key differs.
  const promotion = { promotionIdentifier: text, promotionType: text };
  const promised = { isExternalTriggerBased: wireOptionalBoolean, promotionIdentifier: text };
  const pointsByPromotion = wireList(v.object({ ...promotion, promotionPoints: number }));
  const currenciesByPromotion = wireList(
    v.object({ ...promotion, promotionAlternateCurrencies: number }),
  );
  const currency = {
    alternateCurrencyName: text,
    alternateCurrencyIdentifier: text,
    programCurrentAlternateCurrencies: number,
    programLifetimeAlternateCurrencies: number,
  };
  const programBalance = { programCurrentPoints: number, programLifetimePoints: number };
  // Conversions from promised to current break down per entity into promotional amounts (by
  // programme and promotion) and the rest (by programme), for points and alternate currencies.
  const convertedPoints = { points: number, programId: number };
  const convertedPromotion = { promotionId: number, promotionName: text };
  const convertedCurrency = {
    alternateCurrencyIdentifier: text,
    alternateCurrencyName: text,
    alternateCurrencyValue: number,
  };
  const convertedProgramCurrency = { ...convertedCurrency, programId: number };

  return {
    targetAchievedValueUpdated: targetProgress,
    targetValueUpdated: targetProgress,
    targetValueAchieved: targetProgress,
    targetPeriodStarted: targetProgress,
    targetPeriodCompleted: targetProgress,
    targetCustomerEnrolment: v.object({
      targetId: number,
      targetGroupId: number,
      targetPeriodId: number,
      defaultTargetValue: number,
      targetName: text,
      targetGroupName: text,
      targetPeriodName: text,
      description: text,
      source: text,
      targetPeriodStartDate: date,
      targetCycleStartDate: date,
      milestoneDetails,
    }),
    unifiedTargetsAchieved: unifiedTarget,
    unifiedTargetsUnAchieved: unifiedTarget,

    streakLevelAchieved: streak,
    streakLevelUnAchieved: streak,
    streakCustomerEnrolment: streak,
    streakCustomerUnEnrolment: streak,
    streakStart: streak,
    streakEnd: streak,

    pointsIssued: v.object({
      ...program,
      ...programBalance,
      totalPointsIssued: number,
      regularPointsIssued: number,
      regularPointsBreakup: wireList(v.object({ points: number, expiryAt: date })),
      promotionalPointsIssued: wireList(
        v.object({
          ...promotion,
          promotionName: text,
          promotionPoints: number,
          promotionPointsExpiryDate: date,
        }),
      ),
      promisedPointsIssued: wireList(
        v.object({ ...promised, promisedPoints: number, promisedPointsConversionDate: date }),
      ),
    }),
    pointsRedeemed: v.object({
      ...program,
      totalPointsRedeemed: number,
      redeemedPointsCurrencyValue: number,
      redemptionSummaryId: number,
      redemptionBillNumber: text,
      redemptionNotes: text,
      isGroupRedemption: wireOptionalBoolean,
      redemptionFromEarningPrograms: programPoints,
    }),
    promisedToCurrentPointsConversion: v.object({
      ...program,
      ...programBalance,
      pointsConverted: number,
      billId: number,
      pointsConvertedType: text,
      pointsConversionSource: text,
      eventDateTime: date,
      earningActivityReference: wireList(
        v.object({
          name: text,
          enteredAt: date,
          pointsConverted: number,
          identifiers: wireList(identifier),
        }),
      ),
      pointsConvertedBreakup: wireList(
        v.object({
          entityName: text,
          entityDetails: orNull(v.object({ id: number })),
          promotionalPointsBreakup: wireList(
            v.object({ ...convertedPoints, ...convertedPromotion }),
          ),
          nonPromotionalPointsBreakup: wireList(v.object(convertedPoints)),
        }),
      ),
    }),
    pointsExpired: v.object({ ...program, pointsExpired: number }),
    pointsExpiryReminder: v.object({
      ...program,
      pointsScheduledForExpiry: number,
      scheduledExpiryDate: date,
    }),
    pointsTransferredInitiated: v.object({
      ...program,
      totalPointsTransferred: number,
      transferReceivingCustomerIdentifiers: customer,
      redemptionFromEarningPrograms: programPoints,
    }),
    pointsTransferredReceived: v.object({
      ...program,
      totalPointsTransferred: number,
      transferInitiatingCustomerIdentifiers: customer,
    }),
    redeemedPointsReversed: v.object({
      ...program,
      redeemedPointsReversed: number,
      redemptionSummaryId: number,
      redeemedPointsReversedDetails: reversedDetails,
      redemptionReversalToEarningPrograms: wireList(
        v.object({ ...programPointsEntries, redeemedPointsReversedDetails: reversedDetails }),
      ),
    }),
    singlePointsExpiryUpdated: v.object({
      updatedPointsExpiry: wireList(
        v.object({
          programId: number,
          points: number,
          pointsType: text,
          oldExpiryDate: date,
          newExpiryDate: date,
        }),
      ),
    }),
    issuedPointsReversed: v.object({
      ...program,
      ...programBalance,
      totalIssuedPointsReversed: number,
      regularPointsReversed: number,
      promisedPointsReversed: number,
      currentEventTotalPointsReturned: number,
      currentEventRegularPointsReturned: number,
      currentEventPromisedPointsReturned: number,
      promotionalPointsReversed: pointsByPromotion,
      currentEventPromotionPointsReturnedDetails: pointsByPromotion,
    }),
    manualPointsAdjustment: v.pipe(
      v.object({
        totalPointsDeducted: number,
        totalPoinstDeducted: number,
        reason: text,
        programPointsSplit: wireList(
          v.object({
            pointsAwardedId: number,
            programId: number,
            points: number,
            pointsType: text,
          }),
        ),
      }),
      v.transform(({ totalPoinstDeducted, ...data }) => ({
        ...data,
        totalPointsDeducted: data.totalPointsDeducted ?? totalPoinstDeducted,
      })),
    ),
    pointsExpiryChange: v.object({
      ...program,
      updatedPointsExpiryBreakup: wireList(
        v.object({
          points: number,
          promotionID: number,
          expiryUpdateReasonType: text,
          expiryUpdateReasonNote: text,
          pointsPreviousExpiryDate: date,
          newExpiryDate: date,
        }),
      ),
    }),
    alternateCurrenciesIssued: v.object({
      ...program,
      alternateCurrencies: wireList(
        v.object({
          ...currency,
          totalAlternateCurrenciesIssued: number,
          regularAlternateCurrenciesIssued: number,
          regularAlternateCurrenciesBreakup: wireList(
            v.object({ alternateCurrencies: number, expiryAt: date }),
          ),
          promotionalAlternateCurrenciesIssued: wireList(
            v.object({
              ...promotion,
              promotionName: text,
              promotionAlternateCurrencies: number,
              promotionAlternateCurrenciesExpiryDate: date,
            }),
          ),
          promisedAlternateCurrenciesIssued: wireList(
            v.object({
              ...promised,
              promisedAlternateCurrencies: number,
              promisedAlternateCurrenciesConversionDate: date,
            }),
          ),
        }),
      ),
    }),
    issuedAlternateCurrenciesReversed: v.object({
      ...program,
      alternateCurrencies: wireList(
        v.object({
          ...currency,
          totalAlternateCurrenciesReversed: number,
          regularAlternateCurrenciesReversed: number,
          promisedAlternateCurrenciesReversed: number,
          currentEventTotalAlternateCurrenciesReturned: number,
          currentEventRegularAlternateCurrenciesReturned: number,
          currentEventPromisedAlternateCurrenciesReturned: number,
          promotionalAlternateCurrenciesReversed: currenciesByPromotion,
          currentEventPromotionAlternateCurrenciesReturnedDetails: currenciesByPromotion,
        }),
      ),
    }),
    promisedToCurrentAlternateCurrencyConversion: v.object({
      ...program,
      alternateCurrencyConverted: wireList(v.object(convertedCurrency)),
      alternateCurrencyConversionSource: text,
      earningAlternateCurrencyReference: undocumentedEntries,
      alternateCurrencyConvertedBreakup: wireList(
        v.object({
          alternateCurrencyEntityDetails: orNull(
            v.object({ ...convertedCurrency, billNumber: text, itemCode: text }),
          ),
          promotionalAlternateCurrencyBreakup: wireList(
            v.object({ ...convertedProgramCurrency, ...convertedPromotion }),
          ),
          nonPromotionalAlternateCurrencyBreakup: wireList(v.object(convertedProgramCurrency)),
        }),
      ),
    }),
    loyaltyCustomerMerge: v.object({
      survivorCustomerIdentifiers: customer,
      victimCustomerIdentifiers: customer,
      survivorCustomerLoyaltySummary: wireList(
        v.object({
          loyaltyProgramId: number,
          lifetimePoints: number,
          currentPoints: number,
          promisedPoints: number,
          tierNumber: number,
        }),
      ),
    }),
  };
}
