import { describe, expect, it } from 'vitest';
import { LoyaltyParseError } from '../../../src/core/parse/LoyaltyParseError.js';
import type { LoyaltyWebhookEvent } from '../../../src/core/webhooks/LoyaltyWebhookEvent.js';
import { parseLoyaltyWebhook } from '../../../src/core/webhooks/parseLoyaltyWebhook.js';
import { webhookFixture, webhookFixtureNames } from './webhookFixtures.js';

function parsed(payload: unknown, timeZone?: string): LoyaltyWebhookEvent {
  const result = parseLoyaltyWebhook(payload, { timeZone });
  if (!result.ok) throw result.error;
  return result.event;
}

const at = (iso: string) => new Date(iso);

// What each documented sample must come out as (the fields a brand would act on).
const expectations: Record<string, Record<string, unknown>> = {
  targetAchievedValueUpdated: {
    name: 'targetAchievedValueUpdated',
    eventId: '58aa15c9-1a08-422d-9272-f2a1cdc3f8c1',
    orgId: 1000006,
    customerId: 85950037,
    createdAt: new Date(1683867642385),
    targetDetails: { id: 243, targetGroupId: 163, targetPeriodName: 'L1' },
    currentEventTargetValue: 1,
    achievedTargetValue: 14,
    definedTargetValue: 1,
    triggeringActivity: {
      name: 'TransactionAdd',
      identifiers: [{ key: 'TransactionId', value: '175771018' }],
      enteredBy: { id: 100007771 },
    },
  },
  targetValueAchieved: {
    name: 'targetValueAchieved',
    orgId: 2013,
    customerId: 504662785,
    targetDetails: { id: 2112, targetPeriodId: 1462, targetPeriodName: 'P1' },
    achievedTargetValue: 3,
    definedTargetValue: 3,
  },
  targetPeriodCompleted: {
    name: 'targetPeriodCompleted',
    eventId: 'EKY',
    customerId: 5986,
    targetDetails: { id: 1599, description: 'LADGQW' },
    achievedTargetValue: 1200,
    definedTargetValue: 1000,
    milestoneDetails: [
      { id: 1298, definedValue: 500, achievedDate: new Date(1718000000000), valueType: 'LYV' },
    ],
    triggeringActivity: {
      enteredBy: { id: 6210, storeCode: 'LVE', storeName: 'APUKKQDD', tillCode: 'BBPBE' },
    },
  },
  targetValueUpdated: {
    name: 'targetValueUpdated',
    customerId: 2527,
    targetDetails: { id: 4143 },
    achievedTargetValue: 300,
    definedTargetValue: 1500,
    triggeringActivity: null,
  },
  unifiedTargetsAchieved: {
    name: 'unifiedTargetsAchieved',
    eventId: 'aa1fabd3-7dac-4e15-8d4a-3a1c75e80d5d',
    orgId: 51174,
    customerId: 383453066,
    eventLogId: 26192434,
    targetData: [
      {
        targetId: 49272,
        achievedTargetValue: 3000,
        definedTargetValue: 1000,
        targetPeriodId: 32436,
      },
    ],
    unifiedTargetGroupDetails: {
      targetGroupId: 25780,
      unifiedTargetsAchievementCondition: {
        aggregation: 'SUM',
        combinationType: 'ANY',
        ruleExpression: '(49272 | 49273 | 49274)',
        thresholdValue: 5000,
      },
    },
  },
  unifiedTargetsUnAchieved: {
    name: 'unifiedTargetsUnAchieved',
    targetData: [{ targetId: 49272, achievedTargetValue: 1000, definedTargetValue: 3000 }],
  },
  targetCustomerEnrolment: {
    name: 'targetCustomerEnrolment',
    customerId: 3863,
    targetId: 1456,
    targetGroupId: 5363,
    targetPeriodId: 4769,
    defaultTargetValue: 1000,
    source: 'FET',
    targetPeriodStartDate: at('2024-06-01T00:00:00Z'),
    milestoneDetails: [{ id: 5552, definedValue: 500, achievedDate: null }],
  },
  targetPeriodStarted: {
    name: 'targetPeriodStarted',
    customerId: 944,
    targetDetails: { id: 4091, targetPeriodId: 4150 },
    definedTargetValue: 1000,
    achievedTargetValue: null,
  },
  streakLevelAchieved: {
    name: 'streakLevelAchieved',
    customerId: 345875284,
    eventLogId: 12529131,
    streaks: [
      {
        streakId: '5717',
        userStreakId: '61401',
        streakLevelName: 'test_streak_achievement_EN_1',
        userCurrentStreakValue: 1,
        streakLevelAchievedDate: at('2024-07-01T13:40:26.172Z'),
      },
    ],
    targets: [{ id: 90856, targetPeriodName: 'Cycle_2' }],
    // `"value": "null"` is absent, `"enteredBy": {}` is nobody.
    triggeringActivity: {
      identifiers: [
        { key: 'eventLogId', value: '12529131' },
        { key: 'transactionId', value: null },
      ],
      enteredBy: null,
    },
  },
  streakLevelUnAchieved: {
    name: 'streakLevelUnAchieved',
    triggeringActivity: { name: 'ReturnBill' },
    streaks: [{ streakLevelAchievedDate: at('2024-07-01T13:35:31Z'), userCurrentStreakValue: 1 }],
  },
  streakCustomerEnrolment: {
    name: 'streakCustomerEnrolment',
    orgId: 50952,
    customerId: 382513745,
    streaks: [
      {
        streakName: 'tesseractuiTest1_1',
        numberOfLevel: 1,
        levelValues: [],
        startDate: at('2024-08-05T01:30:00Z'),
        endDate: at('2024-08-06T01:29:59Z'),
      },
    ],
    targets: [{ id: 67105 }],
  },
  streakCustomerUnEnrolment: {
    name: 'streakCustomerUnEnrolment',
    // No eventId in the sample: refId, created-at and the data's hash stand in.
    eventId: expect.stringMatching(/^100323_2ee80f8a3a7fc7259fcf1ca82e299453@1723016690026#\w+$/),
    customerId: 557461034,
    streaks: [{ streakName: 'test streaks BE with SUM_1', numberOfLevel: 2 }],
  },
  streakStart: {
    name: 'streakStart',
    streaks: [
      {
        streakName: 'Streak 24 July',
        numberOfLevel: 2,
        levelValues: [3, 5],
        userStreakValueAtTheStart: 0,
        startDate: at('2024-07-24T14:15:59Z'),
      },
    ],
    targets: [{ id: 65260, targetPeriodName: 'Cycle_1' }],
  },
  streakEnd: {
    name: 'streakEnd',
    streaks: [
      {
        levelValues: [3, 5],
        numberOfLevelsAchievedByTheUser: 0,
        userStreakValueByTheEnd: 0,
        endDate: at('2024-07-25T23:59:59Z'),
      },
    ],
  },
  pointsIssued: {
    name: 'pointsIssued',
    eventLogId: 39125117,
    // Sent only inside `data`: still the key to match the event with the ledger.
    loyaltyEventId: '627e870bd278ed95deb5a046b4e9a647',
    customerId: 387979652,
    loyaltyProgramId: 2649,
    totalPointsIssued: 100,
    programCurrentPoints: 120,
    regularPointsBreakup: [{ points: 100, expiryAt: at('2025-06-29T00:00:00Z') }],
    loyaltyProgramDetails: {
      pointsToCurrencyRatio: 5,
      tiers: [{ tierNumber: 1, tierName: 'CLASSIC' }, {}, {}],
    },
  },
  pointsRedeemed: {
    name: 'pointsRedeemed',
    eventLogId: 34805323,
    orgId: 150098,
    totalPointsRedeemed: 1500,
    redeemedPointsCurrencyValue: 750,
    redemptionBillNumber: 'SA8269614',
    isGroupRedemption: false,
    redemptionNotes: null,
    redemptionFromEarningPrograms: [
      { programId: 101, pointsRedeemed: 1500, programCurrentPoints: 0 },
    ],
  },
  'pointsRedeemed.participatingProgram': {
    name: 'pointsRedeemed',
    eventLogId: 34805312,
    customerId: 876,
    totalPointsRedeemed: 235,
    triggeringActivity: {
      enteredBy: { id: 949, storeCode: 'str1.brand', tillCode: 'till1.str1.brand' },
    },
  },
  promisedToCurrentPointsConversion: {
    name: 'promisedToCurrentPointsConversion',
    eventLogId: 34805016,
    pointsConverted: 0.269,
    programLifetimePoints: 13.269,
    earningActivityReference: [
      {
        enteredAt: new Date(1657437873000),
        identifiers: [
          { key: 'billNumber', value: 'PO19022266733111' },
          { key: 'EventLogId', value: '448823777' },
        ],
      },
    ],
  },
  'promisedToCurrentPointsConversion.externalTriggerBased': {
    pointsConvertedType: 'EXTERNAL_TRIGGER_BASED_POINTS',
    pointsConverted: 1200,
    eventLogId: 34219968,
  },
  'promisedToCurrentPointsConversion.promisedPoints': {
    pointsConvertedType: 'PROMISED_POINTS',
    pointsConverted: 100,
  },
  'promisedToCurrentPointsConversion.externalTrigger': {
    pointsConversionSource: 'externalTrigger',
    pointsConverted: 600,
    eventLogId: 34220923,
  },
  pointsExpired: {
    name: 'pointsExpired',
    eventLogId: 34111814,
    pointsExpired: 1000,
    loyaltyProgramId: 1487,
    triggeringActivity: { name: null, identifiers: [], enteredBy: null },
  },
  pointsExpiryReminder: {
    name: 'pointsExpiryReminder',
    pointsScheduledForExpiry: 300,
    scheduledExpiryDate: at('2023-06-19T00:00:00Z'),
    loyaltyEventId: null,
  },
  pointsTransferredInitiated: {
    name: 'pointsTransferredInitiated',
    customerId: 545513704,
    totalPointsTransferred: 10,
    transferReceivingCustomerIdentifiers: { customerId: 545513705 },
    redemptionFromEarningPrograms: [
      { programId: 784, pointsRedeemed: 10, programCurrentPoints: 90 },
    ],
  },
  pointsTransferredReceived: {
    name: 'pointsTransferredReceived',
    customerId: 545513705,
    transferInitiatingCustomerIdentifiers: { customerId: 545513704 },
  },
  redeemedPointsReversed: {
    name: 'redeemedPointsReversed',
    redeemedPointsReversed: 300,
    redeemedPointsReversedDetails: { available: 300, expired: 0 },
    redemptionSummaryId: 2613711,
    redemptionReversalToEarningPrograms: [{ programId: 1095, redeemedPointsReversed: 300 }],
  },
  singlePointsExpiryUpdated: {
    name: 'singlePointsExpiryUpdated',
    customerId: 146272039,
    updatedPointsExpiry: [
      {
        programId: 1000028,
        points: 3,
        pointsType: 'billRegular',
        oldExpiryDate: at('2024-03-23T00:00:00Z'),
        newExpiryDate: at('2024-05-10T00:00:00Z'),
      },
      {},
      {},
      { points: 91, pointsType: 'billPromotions' },
    ],
  },
  issuedPointsReversed: {
    name: 'issuedPointsReversed',
    orgId: 151195,
    totalIssuedPointsReversed: 2,
    currentEventTotalPointsReturned: 2,
    loyaltyProgramDetails: { id: 1098 },
    triggeringActivity: { name: 'ReturnBill' },
  },
  manualPointsAdjustment: {
    name: 'manualPointsAdjustment',
    eventLogId: 34805085,
    totalPointsDeducted: 50,
    programPointsSplit: [{ pointsAwardedId: 5563, programId: 5201, points: 50 }],
  },
  pointsExpiryChange: {
    name: 'pointsExpiryChange',
    updatedPointsExpiryBreakup: [
      {
        promotionID: 4623,
        pointsPreviousExpiryDate: at('2024-12-31T00:00:00Z'),
        newExpiryDate: at('2025-06-30T00:00:00Z'),
      },
    ],
  },
  alternateCurrenciesIssued: {
    name: 'alternateCurrenciesIssued',
    createdAt: null,
    eventLogId: 34805034,
    alternateCurrencies: [
      { alternateCurrencyName: 'stars', totalAlternateCurrenciesIssued: 130 },
      { alternateCurrencyName: 'coins', programCurrentAlternateCurrencies: 130 },
    ],
  },
  issuedAlternateCurrenciesReversed: {
    name: 'issuedAlternateCurrenciesReversed',
    orgId: 51182,
    alternateCurrencies: [
      { alternateCurrencyIdentifier: 'dsgagg', totalAlternateCurrenciesReversed: 130 },
      { alternateCurrencyIdentifier: 'gwggdg', promisedAlternateCurrenciesReversed: 10 },
    ],
  },
  promisedToCurrentAlternateCurrencyConversion: {
    name: 'promisedToCurrentAlternateCurrencyConversion',
    eventLogId: 35496773,
    alternateCurrencyConverted: [
      { alternateCurrencyIdentifier: 'yJngjy', alternateCurrencyValue: 200 },
      { alternateCurrencyName: 'SBI_PROMISED', alternateCurrencyValue: 200 },
    ],
    alternateCurrencyConversionSource: 'externalTrigger',
  },
  loyaltyCustomerMerge: {
    name: 'loyaltyCustomerMerge',
    customerId: 163879182,
    survivorCustomerIdentifiers: { customerId: 163879182 },
    victimCustomerIdentifiers: { customerId: 163879181 },
    survivorCustomerLoyaltySummary: [{ loyaltyProgramId: 18, currentPoints: 200, tierNumber: 3 }],
    triggeringActivity: { name: 'customerMerge', enteredBy: { id: -1 } },
  },
};

describe('parseLoyaltyWebhook on the documented samples', () => {
  it('has an expectation for every sample fixture', () => {
    const samples = webhookFixtureNames().filter((name) => !name.startsWith('quirks/'));
    expect(samples.sort()).toEqual(Object.keys(expectations).sort());
  });

  it.each(Object.entries(expectations))('reads the %s sample', (name, expected) => {
    expect(parsed(webhookFixture(name))).toMatchObject(expected);
  });

  it.each(webhookFixtureNames().filter((name) => name.startsWith('quirks/')))(
    'reads %s exactly as the corrected sample',
    (quirk) => {
      const corrected = quirk.slice('quirks/'.length).replace(/\.[^.]+$/, '');
      expect(parsed(webhookFixture(quirk))).toEqual(parsed(webhookFixture(corrected)));
    },
  );
});

describe('parseLoyaltyWebhook', () => {
  const flat = webhookFixture('streakStart');

  it('accepts the same event in each of the three envelopes', () => {
    const { eventName, eventId, orgId, createdAt, data } = flat;
    const enveloped = {
      eventId,
      eventType: `${orgId}_${eventName}`,
      attributes: { createdAt, data, eventName, orgId },
    };
    const forwarded = { event: { body: flat, method: 'POST' } };
    expect(parsed(enveloped)).toEqual(parsed(flat));
    expect(parsed(forwarded)).toEqual(parsed(flat));
  });

  it('tells apart two events without an id that one request sent at one instant, and knows a redelivery', () => {
    // The document's unenrolment sample has no eventId; one API call can unenrol two streaks.
    const first = webhookFixture('streakCustomerUnEnrolment');
    const second = structuredClone(first);
    const target = (second.data as { targetData: { id: number }[] }).targetData[0];
    if (target) target.id = 1520;
    // A relay that stores payloads (as jsonb, say) may give them back with their keys reordered.
    const reordered = JSON.parse(
      JSON.stringify({
        ...first,
        data: Object.fromEntries(Object.entries(first.data as object).reverse()),
      }),
    ) as unknown;
    const ids = [first, second, structuredClone(first), reordered].map(
      (payload) => parsed(payload).eventId,
    );
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids[2]).toBe(ids[0]);
    expect(ids[3]).toBe(ids[0]);
  });

  it("keeps the brand's own identifiers of the customer, and of the other side of a transfer", () => {
    expect(parsed(webhookFixture('pointsExpired')).customer).toEqual({
      customerId: 876,
      mobile: '919740000000',
      email: expect.any(String),
      externalId: '536236462453',
      loyaltyType: null,
    });
    const transfer = parsed(webhookFixture('pointsTransferredInitiated'));
    if (transfer.name !== 'pointsTransferredInitiated') throw new Error(transfer.name);
    expect(transfer.customer?.mobile).toBe('917136866183');
    expect(transfer.transferReceivingCustomerIdentifiers?.mobile).toBe('918900003219');
  });

  it('keeps an event whose customer identifiers it cannot read', () => {
    const payload = structuredClone(webhookFixture('pointsExpired'));
    const data = payload.data as { customerIdentifiers: Record<string, unknown> };
    data.customerIdentifiers.instore = 'null';
    data.customerIdentifiers.loyaltyType = { type: 'loyalty' };
    expect(parsed(payload).customer).toMatchObject({ customerId: 876, mobile: null });
  });

  it('takes the event name and org id from an org-prefixed eventType when nothing else names them', () => {
    const { attributes, ...rest } = webhookFixture('targetValueAchieved') as {
      attributes: Record<string, unknown>;
    };
    const { eventName: _name, orgId: _org, ...bare } = attributes;
    const event = parsed({ ...rest, attributes: bare });
    expect(event).toMatchObject({ name: 'targetValueAchieved', orgId: 2013 });
  });

  it('keeps an event it does not know, with the raw payload, instead of failing', () => {
    const payload = { ...flat, eventName: 'tierUpgraded', eventId: 'new-1' };
    const event = parsed(payload);
    expect(event).toMatchObject({
      name: 'unknown',
      eventName: 'tierUpgraded',
      eventId: 'new-1',
      orgId: 51512,
      customerId: 387114334,
    });
    expect(event.name === 'unknown' && event.raw).toBe(payload);
  });

  it('reads zone-less dates in the time zone asked for, UTC by default', () => {
    const startOf = (event: LoyaltyWebhookEvent) =>
      event.name === 'streakStart' ? event.streaks[0]?.startDate?.toISOString() : undefined;
    expect(startOf(parsed(flat))).toBe('2024-07-24T14:15:59.000Z');
    expect(startOf(parsed(flat, 'Asia/Kolkata'))).toBe('2024-07-24T08:45:59.000Z');
  });

  it('reads numbers sent as strings and "null" as absent', () => {
    const payload = structuredClone(webhookFixture('pointsExpired'));
    const data = payload.data as Record<string, unknown>;
    data.pointsExpired = '1000.000';
    data.loyaltyProgramId = 'null';
    expect(parsed(payload)).toMatchObject({ pointsExpired: 1000, loyaltyProgramId: null });
  });

  it('names the field that does not fit, with its path in the payload', () => {
    const payload = structuredClone(webhookFixture('targetAchievedValueUpdated'));
    const data = (payload.attributes as { data: Record<string, unknown> }).data;
    data.achievedTargetValue = 'lots';
    const result = parseLoyaltyWebhook(payload);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(LoyaltyParseError);
    expect(result.error.path).toBe('attributes.data.achievedTargetValue');
  });

  it.each([
    [null, ''],
    ['{"eventName":"pointsIssued"}', ''],
    [[], ''],
    [{ data: {} }, 'eventName'],
    [{ eventName: 'pointsIssued', data: 3 }, 'data'],
    [{ eventName: 'pointsIssued', createdAt: 'yesterday', data: {} }, 'createdAt'],
    [
      { event: { body: { eventName: 'pointsIssued', data: { totalPointsIssued: {} } } } },
      'event.body.data.totalPointsIssued',
    ],
  ])('refuses %j with an error at %j', (payload, path) => {
    const result = parseLoyaltyWebhook(payload);
    expect(result).toMatchObject({ ok: false, error: { path } });
  });

  it('reports an unknown time zone as an error instead of throwing', () => {
    const result = parseLoyaltyWebhook(flat, { timeZone: 'Mars/Olympus' });
    expect(result.ok).toBe(false);
  });
});

describe('parseLoyaltyWebhook keeps the points breakdowns apart', () => {
  // The promotions of the alternate-currency samples.
  const promo1 = { promotionIdentifier: '528d181-7e91-4abe-86cd-598cee9b8ccf' };
  const promo2 = { promotionIdentifier: 'a6cb5a7e-3d84-4f1f-87c6-5f26006f6392' };

  it('keeps promised and promotional points apart from regular points in pointsIssued', () => {
    const sample = webhookFixture('pointsIssued');
    expect(parsed(sample)).toMatchObject({
      totalPointsIssued: 100,
      regularPointsIssued: 100,
      promotionalPointsIssued: [],
      promisedPointsIssued: [],
    });

    // The sample sends both lists empty; filled, their items read like the alternate-currency ones.
    const payload = structuredClone(sample);
    Object.assign(payload.data as Record<string, unknown>, {
      promotionalPointsIssued: [
        {
          ...promo1,
          promotionName: 'promo1',
          promotionType: 'CUSTOMER_PROMOTION',
          promotionPoints: '100.000',
          promotionPointsExpiryDate: '2025-05-31',
        },
      ],
      promisedPointsIssued: [
        {
          promisedPoints: 10,
          isExternalTriggerBased: 'true',
          promisedPointsConversionDate: '2024-05-17',
          promotionIdentifier: 'null',
        },
      ],
    });
    const event = parsed(payload);
    expect(event.name === 'pointsIssued' && event.promotionalPointsIssued).toEqual([
      {
        ...promo1,
        promotionName: 'promo1',
        promotionType: 'CUSTOMER_PROMOTION',
        promotionPoints: 100,
        promotionPointsExpiryDate: at('2025-05-31T00:00:00Z'),
      },
    ]);
    expect(event.name === 'pointsIssued' && event.promisedPointsIssued).toEqual([
      {
        promisedPoints: 10,
        isExternalTriggerBased: true,
        promisedPointsConversionDate: at('2024-05-17T00:00:00Z'),
        promotionIdentifier: null,
      },
    ]);
  });

  it('tells regular, promised and promotional points apart in issuedPointsReversed', () => {
    const sample = webhookFixture('issuedPointsReversed');
    expect(parsed(sample)).toMatchObject({
      totalIssuedPointsReversed: 2,
      regularPointsReversed: 2,
      promisedPointsReversed: 0,
      promotionalPointsReversed: [],
      currentEventTotalPointsReturned: 2,
      currentEventRegularPointsReturned: 2,
      currentEventPromisedPointsReturned: 0,
      currentEventPromotionPointsReturnedDetails: [],
    });

    const payload = structuredClone(sample);
    const promotion = { ...promo1, promotionPoints: '100.000', promotionType: 'BILL' };
    Object.assign(payload.data as Record<string, unknown>, {
      promotionalPointsReversed: [promotion],
      currentEventPromotionPointsReturnedDetails: [promotion],
    });
    const returned = [{ ...promo1, promotionPoints: 100, promotionType: 'BILL' }];
    expect(parsed(payload)).toMatchObject({
      promotionalPointsReversed: returned,
      currentEventPromotionPointsReturnedDetails: returned,
    });
  });

  it('keeps promised and promotional alternate currencies apart from regular ones in alternateCurrenciesIssued', () => {
    const event = parsed(webhookFixture('alternateCurrenciesIssued'));
    const issued = {
      totalAlternateCurrenciesIssued: 130,
      regularAlternateCurrenciesIssued: 0,
      regularAlternateCurrenciesBreakup: [
        { alternateCurrencies: 10, expiryAt: at('2025-05-31T00:00:00Z') },
      ],
      promisedAlternateCurrenciesIssued: [
        {
          promisedAlternateCurrencies: 10,
          isExternalTriggerBased: true,
          promisedAlternateCurrenciesConversionDate: at('2024-05-17T00:00:00Z'),
          promotionIdentifier: 'sdged181-7e91-4abe-86cd-sgdcee9b8ccf',
        },
      ],
      promotionalAlternateCurrenciesIssued: [
        {
          ...promo1,
          promotionName: 'promo1',
          promotionType: 'CUSTOMER_PROMOTION',
          promotionAlternateCurrencies: 100,
          promotionAlternateCurrenciesExpiryDate: at('2025-05-31T00:00:00Z'),
        },
        {
          ...promo2,
          promotionName: 'promo2',
          promotionType: 'CUSTOMER_PROMOTION',
          promotionAlternateCurrencies: 10,
          promotionAlternateCurrenciesExpiryDate: at('2025-05-31T00:00:00Z'),
        },
      ],
    };
    expect(event).toMatchObject({
      alternateCurrencies: [
        { alternateCurrencyName: 'stars', ...issued },
        { alternateCurrencyName: 'coins', ...issued },
      ],
    });
  });

  it('reports what this reversal returned, by kind, in issuedAlternateCurrenciesReversed', () => {
    const event = parsed(webhookFixture('issuedAlternateCurrenciesReversed'));
    const promotions = (promotionType: string) => [
      { ...promo1, promotionAlternateCurrencies: 100, promotionType },
      { ...promo2, promotionAlternateCurrencies: 10, promotionType },
    ];
    const reversed = {
      totalAlternateCurrenciesReversed: 130,
      regularAlternateCurrenciesReversed: 10,
      promisedAlternateCurrenciesReversed: 10,
    };
    expect(event).toMatchObject({
      alternateCurrencies: [
        {
          alternateCurrencyName: 'stars',
          ...reversed,
          promotionalAlternateCurrenciesReversed: promotions('CUSTOMER_PROMOTION'),
          currentEventTotalAlternateCurrenciesReturned: 130,
          currentEventRegularAlternateCurrenciesReturned: 10,
          currentEventPromisedAlternateCurrenciesReturned: 10,
          currentEventPromotionAlternateCurrenciesReturnedDetails: promotions('BILL'),
        },
        // The sample's second currency names nothing returned by this event.
        {
          alternateCurrencyName: 'coins',
          ...reversed,
          promotionalAlternateCurrenciesReversed: promotions('BILL'),
          currentEventTotalAlternateCurrenciesReturned: null,
          currentEventRegularAlternateCurrenciesReturned: null,
          currentEventPromisedAlternateCurrenciesReturned: null,
          currentEventPromotionAlternateCurrenciesReturnedDetails: [],
        },
      ],
    });
  });

  it('keeps the breakup, date and bill of an externally triggered promisedToCurrentPointsConversion', () => {
    expect(
      parsed(webhookFixture('promisedToCurrentPointsConversion.externalTrigger')),
    ).toMatchObject({
      pointsConversionSource: 'externalTrigger',
      eventDateTime: at('2025-02-18T06:34:37Z'),
      billId: 37245321,
      pointsConvertedBreakup: [
        {
          entityName: 'BILL',
          entityDetails: { id: 37245321 },
          promotionalPointsBreakup: [],
          nonPromotionalPointsBreakup: [{ points: 600, programId: 1143 }],
        },
      ],
    });
    expect(
      parsed(webhookFixture('promisedToCurrentPointsConversion.promisedPoints')),
    ).toMatchObject({ eventDateTime: null, billId: null, pointsConvertedBreakup: [] });
  });

  it('keeps the per-bill breakup of a promised-to-current alternate currency conversion', () => {
    const event = parsed(webhookFixture('promisedToCurrentAlternateCurrencyConversion'));
    const promotion = {
      programId: 2607,
      promotionId: 1133576797,
      promotionName: 'UnlockACandNormalPoints',
    };
    const bill = { billNumber: '2152008945', itemCode: '0' };
    const ac2 = { alternateCurrencyIdentifier: 'yJngjy', alternateCurrencyName: '#ac2_PROMISED' };
    const sbi = { alternateCurrencyIdentifier: 'lfHckz', alternateCurrencyName: 'SBI_PROMISED' };
    expect(event).toEqual(
      expect.objectContaining({
        earningAlternateCurrencyReference: [],
        alternateCurrencyConvertedBreakup: [
          {
            alternateCurrencyEntityDetails: { ...ac2, alternateCurrencyValue: 200, ...bill },
            promotionalAlternateCurrencyBreakup: [
              { ...ac2, alternateCurrencyValue: 200, ...promotion },
            ],
            nonPromotionalAlternateCurrencyBreakup: [],
          },
          {
            alternateCurrencyEntityDetails: { ...sbi, alternateCurrencyValue: 200, ...bill },
            promotionalAlternateCurrencyBreakup: [
              { ...sbi, alternateCurrencyValue: 100, ...promotion },
            ],
            nonPromotionalAlternateCurrencyBreakup: [
              { ...sbi, alternateCurrencyValue: 100, programId: 2607 },
            ],
          },
        ],
      }),
    );
  });

  it('says how much given back to each programme is available or expired in redeemedPointsReversed', () => {
    expect(parsed(webhookFixture('redeemedPointsReversed'))).toMatchObject({
      redemptionReversalToEarningPrograms: [
        {
          programId: 1095,
          redeemedPointsReversed: 300,
          redeemedPointsReversedDetails: { available: 300, expired: 0 },
          programCurrentPoints: 2600,
        },
      ],
    });
  });
});
