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

function numbers<TKey extends string>(...keys: TKey[]) {
  return Object.fromEntries(keys.map((key) => [key, number])) as Record<TKey, typeof number>;
}

function texts<TKey extends string>(...keys: TKey[]) {
  return Object.fromEntries(keys.map((key) => [key, text])) as Record<TKey, typeof text>;
}

const identifier = v.pipe(
  v.object({ key: text, value: text }),
  v.transform(({ key, value }) => ({ key: (key ?? '').replace(/\s+/g, ''), value })),
);

const enteredBy = orNull(
  v.pipe(
    v.object({
      id: number,
      store: orNull(v.object(texts('code', 'name'))),
      till: orNull(v.object(texts('code'))),
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
      instore: v.fallback(orNull(v.object(texts('mobile', 'email', 'externalId'))), null),
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
    ...texts('eventName', 'eventType', 'eventId', 'loyaltyEventId', 'refId', 'apiRequestId'),
    ...numbers('eventLogId', 'orgId'),
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
    ...numbers('id', 'targetGroupId', 'targetPeriodId'),
    ...texts('name', 'targetGroupName', 'targetPeriodName', 'description'),
  });
  const milestoneDetails = wireList(
    v.object({
      ...numbers('id', 'definedValue'),
      ...texts('name', 'valueType'),
      achievedDate: date,
    }),
  );
  const targetProgress = v.object({
    targetDetails: orNull(targetDetails),
    ...numbers('currentEventTargetValue', 'achievedTargetValue', 'definedTargetValue'),
    milestoneDetails,
  });
  const unifiedTarget = v.object({
    targetData: wireList(
      v.object({
        ...numbers('targetId', 'targetPeriodId', 'achievedTargetValue', 'definedTargetValue'),
        ...texts('targetName', 'targetPeriodName'),
      }),
    ),
    unifiedTargetGroupDetails: orNull(
      v.object({
        targetGroupId: number,
        targetGroupName: text,
        unifiedTargetsAchievementCondition: orNull(
          v.object({
            ...texts('aggregation', 'combinationType', 'ruleExpression'),
            thresholdValue: number,
          }),
        ),
      }),
    ),
  });

  const streakEntry = v.object({
    ...texts('streakName', 'streakId', 'userStreakId', 'descriptionOfTheStreak', 'streakLevelName'),
    ...numbers(
      'numberOfLevel',
      'userCurrentStreakValue',
      'userStreakValueAtTheStart',
      'userStreakValueByTheEnd',
      'numberOfLevelsAchievedByTheUser',
    ),
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
        ...numbers('id', 'pointsToCurrencyRatio'),
        name: text,
        isDefault: wireOptionalBoolean,
        tiers,
      }),
    ),
  };
  const programPointsEntries = numbers(
    'programId',
    'pointsRedeemed',
    'redeemedPointsReversed',
    'programCurrentPoints',
  );
  const programPoints = wireList(v.object(programPointsEntries));
  const reversedDetails = orNull(v.object(numbers('available', 'expired')));

  // Points and alternate currencies break down alike into regular, promotional (by promotion) and
  // promised amounts, issued and reversed; only the amount's key differs.
  const promotion = texts('promotionIdentifier', 'promotionType');
  const promised = { isExternalTriggerBased: wireOptionalBoolean, promotionIdentifier: text };
  const pointsByPromotion = wireList(v.object({ ...promotion, promotionPoints: number }));
  const currenciesByPromotion = wireList(
    v.object({ ...promotion, promotionAlternateCurrencies: number }),
  );
  const currency = {
    ...texts('alternateCurrencyName', 'alternateCurrencyIdentifier'),
    ...numbers('programCurrentAlternateCurrencies', 'programLifetimeAlternateCurrencies'),
  };
  const programBalance = numbers('programCurrentPoints', 'programLifetimePoints');
  // Conversions from promised to current break down per entity into promotional amounts (by
  // programme and promotion) and the rest (by programme), for points and alternate currencies.
  const convertedPoints = numbers('points', 'programId');
  const convertedPromotion = { promotionId: number, promotionName: text };
  const convertedCurrency = {
    ...texts('alternateCurrencyIdentifier', 'alternateCurrencyName'),
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
      ...numbers('targetId', 'targetGroupId', 'targetPeriodId', 'defaultTargetValue'),
      ...texts('targetName', 'targetGroupName', 'targetPeriodName', 'description', 'source'),
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
      ...numbers('totalPointsIssued', 'regularPointsIssued'),
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
      ...numbers('totalPointsRedeemed', 'redeemedPointsCurrencyValue', 'redemptionSummaryId'),
      ...texts('redemptionBillNumber', 'redemptionNotes'),
      isGroupRedemption: wireOptionalBoolean,
      redemptionFromEarningPrograms: programPoints,
    }),
    promisedToCurrentPointsConversion: v.object({
      ...program,
      ...programBalance,
      ...numbers('pointsConverted', 'billId'),
      ...texts('pointsConvertedType', 'pointsConversionSource'),
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
          entityDetails: orNull(v.object(numbers('id'))),
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
      ...numbers('redeemedPointsReversed', 'redemptionSummaryId'),
      redeemedPointsReversedDetails: reversedDetails,
      redemptionReversalToEarningPrograms: wireList(
        v.object({ ...programPointsEntries, redeemedPointsReversedDetails: reversedDetails }),
      ),
    }),
    singlePointsExpiryUpdated: v.object({
      updatedPointsExpiry: wireList(
        v.object({
          ...numbers('programId', 'points'),
          pointsType: text,
          oldExpiryDate: date,
          newExpiryDate: date,
        }),
      ),
    }),
    issuedPointsReversed: v.object({
      ...program,
      ...programBalance,
      ...numbers(
        'totalIssuedPointsReversed',
        'regularPointsReversed',
        'promisedPointsReversed',
        'currentEventTotalPointsReturned',
        'currentEventRegularPointsReturned',
        'currentEventPromisedPointsReturned',
      ),
      promotionalPointsReversed: pointsByPromotion,
      currentEventPromotionPointsReturnedDetails: pointsByPromotion,
    }),
    manualPointsAdjustment: v.pipe(
      v.object({
        ...numbers('totalPointsDeducted', 'totalPoinstDeducted'),
        reason: text,
        programPointsSplit: wireList(
          v.object({ ...numbers('pointsAwardedId', 'programId', 'points'), pointsType: text }),
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
          ...numbers('points', 'promotionID'),
          ...texts('expiryUpdateReasonType', 'expiryUpdateReasonNote'),
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
          ...numbers('totalAlternateCurrenciesIssued', 'regularAlternateCurrenciesIssued'),
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
          ...numbers(
            'totalAlternateCurrenciesReversed',
            'regularAlternateCurrenciesReversed',
            'promisedAlternateCurrenciesReversed',
            'currentEventTotalAlternateCurrenciesReturned',
            'currentEventRegularAlternateCurrenciesReturned',
            'currentEventPromisedAlternateCurrenciesReturned',
          ),
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
            v.object({ ...convertedCurrency, ...texts('billNumber', 'itemCode') }),
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
        v.object(
          numbers(
            'loyaltyProgramId',
            'lifetimePoints',
            'currentPoints',
            'promisedPoints',
            'tierNumber',
          ),
        ),
      ),
    }),
  };
}
