import { describe, expect, it } from 'vitest';
import { normalizeLedgerEvent } from '../../../src/core/ledger/normalizeLedgerEvent.js';
import { LoyaltyParseError } from '../../../src/core/parse/LoyaltyParseError.js';
import alternateCurrencies from '../../fixtures/ledger/alternate-currencies.json' with { type: 'json' };
import customerRegistration from '../../fixtures/ledger/customer-registration.json' with { type: 'json' };
import genericEvent from '../../fixtures/ledger/generic-event.json' with { type: 'json' };
import goodwill from '../../fixtures/ledger/goodwill.json' with { type: 'json' };
import pointsRedemption from '../../fixtures/ledger/points-redemption.json' with { type: 'json' };
import twoRedemptions from '../../fixtures/ledger/points-redemption-two-redemptions.json' with { type: 'json' };
import registrationAsDocumented from '../../fixtures/ledger/quirks/customer-registration-as-documented.json' with { type: 'json' };
import dateShapes from '../../fixtures/ledger/quirks/date-shapes.json' with { type: 'json' };
import stringsAndNulls from '../../fixtures/ledger/quirks/strings-and-nulls.json' with { type: 'json' };
import unknownKeys from '../../fixtures/ledger/quirks/unknown-keys.json' with { type: 'json' };
import targetCompleted from '../../fixtures/ledger/target-completed.json' with { type: 'json' };
import twoMilestones from '../../fixtures/ledger/target-completed-two-milestones.json' with { type: 'json' };
import transactionAdd from '../../fixtures/ledger/transaction-add.json' with { type: 'json' };

const timeZone = 'Asia/Kolkata';
const normalize = (raw: unknown) => normalizeLedgerEvent(raw, { timeZone });
const at = (iso: string) => new Date(iso);

function parseErrorOf(raw: unknown): LoyaltyParseError {
  try {
    normalize(raw);
  } catch (error) {
    if (error instanceof LoyaltyParseError) return error;
    throw error;
  }
  throw new Error('expected a LoyaltyParseError');
}

describe('normalizeLedgerEvent on the documented samples', () => {
  const [target, firstMilestone, secondMilestone] = targetCompleted.events.map(normalize);

  it('reads a completed target with the points it awarded', () => {
    expect(target).toMatchObject({
      eventLogId: 30527930,
      eventName: 'TargetCompleted',
      eventTypeId: 25,
      eventTime: at('2024-10-25T17:29:12Z'),
      eventReferenceId: '263985',
      details: { tillId: '50137565' },
      redemptions: [],
      targets: [
        {
          targetGroupId: '46750',
          targetGroupName: 'TGName',
          targetId: '76041',
          targetName: 'TName',
          targetDescription: 'TDescription',
          targetPeriodId: '66277',
          targetPeriodName: 'Cycle_4',
          targetValue: 1000,
          achievedValue: 1200,
          triggerValue: null,
          sourceId: '641554',
          sourceType: 'USERTARGET',
          milestoneName: null,
        },
      ],
      earned: { regular: 0, promo: 100, promised: 0 },
      totalEarned: 100,
      netPoints: 100,
      direction: 'credit',
      earliestExpiry: at('2025-10-31T18:29:59Z'),
      reference: 'TName',
    });
    expect(target?.pointsEarned.promo[0]).toMatchObject({
      promotionId: '1133572888',
      programName: 'DefaultProgram',
      value: 100,
      expiryType: 'fixed',
    });
  });

  it('names a reached milestone as the reference, with its trigger value', () => {
    expect(firstMilestone).toMatchObject({
      reference: 'Sub target 1',
      targets: [{ sourceType: 'MILESTONE', triggerValue: 300, milestoneName: 'Sub target 1' }],
    });
    expect(secondMilestone?.targets.map((milestone) => milestone.triggerValue)).toEqual([600]);
  });

  it('shows a registration with no points as neither credit nor debit', () => {
    const [first, second] = customerRegistration.events.map(normalize);
    expect(first).toMatchObject({
      eventName: 'CustomerRegistration',
      eventTypeId: 2,
      eventTime: at('2024-01-18T11:48:00Z'),
      totalEarned: 0,
      totalRedeemed: 0,
      netPoints: 0,
      direction: 'none',
      earliestExpiry: null,
      reference: 'RefId1',
    });
    expect(second?.eventReferenceId).toBe('RefId2');
  });

  it('reads the documented `eventReferenceIds` key, also as a list', () => {
    const [first, second] = registrationAsDocumented.events.map(normalize);
    expect(first?.eventReferenceId).toBe('RefId1');
    expect(second?.eventReferenceId).toBe('RefId2');
  });

  it('shows who issued goodwill points and why, without the "-1" placeholder as reference', () => {
    const event = normalize(goodwill.events[0]);
    expect(event).toMatchObject({
      eventTypeId: 32,
      details: {
        reason: 'POINTS_ISSUE',
        comments: 'Customer has reached the milestone. Awarding him 100 points.',
        assocId: '0',
        requestId: '980464',
        tillId: null,
      },
      eventReferenceId: '-1',
      reference: null,
      totalEarned: 100,
      earliestExpiry: at('2023-08-01T18:29:59Z'),
    });
  });

  it('reads redeemed points sent as a string as a number and shows them as a debit', () => {
    const event = normalize(pointsRedemption.events[0]);
    expect(event).toMatchObject({
      redemptions: [
        {
          pointsRedeemed: 101,
          redemptionPurpose: 'testUpdate',
          transactionNumber: 'txn-79',
          redemptionId: 'kh4Mh7',
          notes: 'Redeemed to transfer points to the friend',
          groupRedemption: false,
        },
      ],
      totalRedeemed: 101,
      netPoints: -101,
      direction: 'debit',
      reference: 'txn-79',
      customFields: [{ name: 'card_number', value: '123456' }],
      pointsBreakup: [],
      bill: null,
      targets: [],
    });
  });

  it('adds up points redeemed across every redemption of an event', () => {
    const event = normalize(twoRedemptions.events[0]);
    expect(event.redemptions.map((redemption) => redemption.pointsRedeemed)).toEqual([101, 50]);
    expect(event).toMatchObject({
      totalRedeemed: 151,
      netPoints: -151,
      direction: 'debit',
      reference: 'txn-79',
    });
  });

  it('counts the points of every target an event completed', () => {
    const event = normalize(twoMilestones.events[0]);
    expect(event.targets.map((target) => target.milestoneName)).toEqual([
      'Sub target 1',
      'Sub target 2',
    ]);
    expect(event.pointsEarned.promo).toHaveLength(2);
    expect(event).toMatchObject({
      earned: { regular: 0, promo: 200, promised: 0 },
      totalEarned: 200,
      netPoints: 200,
      reference: 'Sub target 1',
    });
  });

  it('finds the points of a target or a bill beside an empty top-level points object', () => {
    // The registration sample sends `pointsEarned` with three empty lists when nothing was earned.
    const none = { regular: [], promo: [], promised: [] };
    const target = normalize({ ...twoMilestones.events[0], pointsEarned: none });
    expect(target).toMatchObject({ totalEarned: 200, direction: 'credit' });
    const purchase = normalize({ ...transactionAdd.events[0], pointsEarned: none });
    // The bill's own points: 110 regular and 50 promised (the sample's promotion is event-level).
    expect(purchase).toMatchObject({ earned: { regular: 110, promo: 0, promised: 50 } });
  });

  it('keeps the points of every item when points earned arrive as a list, not the first only', () => {
    const raw = transactionAdd.events[0] as (typeof transactionAdd.events)[number];
    const { regular, promo, promised } = raw.pointsEarned;
    const purchase = normalize({
      ...raw,
      pointsEarned: [
        { regular, promo: [], promised: [] },
        { regular: [], promo, promised },
      ],
    });
    expect(purchase).toMatchObject({ earned: { regular: 110, promo: 25.5, promised: 50 } });
  });

  it('sums redeemed points without binary float noise', () => {
    const event = normalize({
      ...twoRedemptions.events[0],
      eventDetails: {
        eventTime: '2025-07-03 07:13:20.0',
        redemptionDetails: [{ pointsRedeemed: '0.1' }, { pointsRedeemed: '0.2' }],
      },
    });
    expect(event.totalRedeemed).toBe(0.3);
  });

  it('gives back the points of a reversed redemption instead of taking them a second time', () => {
    const reversal = normalize({
      ...pointsRedemption.events[0],
      eventName: 'PointsRedemptionReversal',
    });
    const redemption = normalize(pointsRedemption.events[0]);
    expect(redemption.netPoints).toBeLessThan(0);
    expect(reversal).toMatchObject({ netPoints: -redemption.netPoints, direction: 'credit' });
  });

  it('gives back a reversed redemption once when the reversal also writes it as points earned', () => {
    const [redemption] = pointsRedemption.events;
    const reversal = normalize({
      ...redemption,
      eventName: 'PointsRedemptionReversal',
      pointsEarned: { regular: [{ value: '101' }], promo: [], promised: [] },
    });
    expect(reversal).toMatchObject({ netPoints: 101, direction: 'credit' });
  });

  it("takes a redemption's points whatever sign they are written with, and never lets a reversal take any", () => {
    const [redemption] = pointsRedemption.events;
    const negative = structuredClone(redemption);
    const [written] = [negative?.eventDetails.redemptionDetails].flat() as {
      pointsRedeemed: string;
    }[];
    if (written) written.pointsRedeemed = '-101.000';
    expect(normalize(negative)).toMatchObject({ netPoints: -101, direction: 'debit' });
    const reversal = normalize({
      ...redemption,
      eventName: 'PointsRedemptionReversal',
      pointsEarned: { regular: [{ value: '-101' }], promo: [], promised: [] },
    });
    expect(reversal).toMatchObject({ netPoints: 101, direction: 'credit' });
  });

  it('takes the points of every redemption when one is written negative: 100 and -50 take 150', () => {
    const event = normalize({
      ...pointsRedemption.events[0],
      eventDetails: {
        eventTime: '2024-10-25 22:59:12.0',
        redemptionDetails: [{ pointsRedeemed: '100' }, { pointsRedeemed: '-50' }],
      },
    });
    expect(event).toMatchObject({ totalRedeemed: 150, netPoints: -150, direction: 'debit' });
  });

  it('gives back every redemption a reversal names when one is written negative: 60 and -41 give 101', () => {
    const reversal = normalize({
      ...pointsRedemption.events[0],
      eventName: 'PointsRedemptionReversal',
      eventDetails: {
        eventTime: '2024-10-25 22:59:12.0',
        redemptionDetails: [{ pointsRedeemed: '60' }, { pointsRedeemed: '-41' }],
      },
    });
    expect(reversal).toMatchObject({ netPoints: 101, direction: 'credit' });
  });

  it('reads an event with neither redemption nor target as having none', () => {
    const event = normalize(goodwill.events[0]);
    expect(event).toMatchObject({ redemptions: [], targets: [], totalRedeemed: 0 });
  });
});

describe('normalizeLedgerEvent on events built from the response table', () => {
  const [purchase, refund] = transactionAdd.events.map(normalize);

  it('shows a bill with its amounts, line items and payment modes', () => {
    expect(purchase).toMatchObject({
      eventTypeId: 15,
      reference: 'BILL240302',
      bill: {
        type: 'REGULAR',
        billNumber: 'BILL240302',
        grossAmount: 1200,
        discount: 100,
        billAmount: 1100,
        note: 'Weekend purchase',
        source: 'INSTORE',
        billDate: at('2024-03-02T13:15:10Z'),
        returnType: null,
        paymentModes: [
          { mode: 'UPI', value: 900 },
          { mode: 'CASH', value: 200 },
        ],
        maxConversionDate: at('2024-03-31T18:30:00Z'),
      },
    });
    expect(purchase?.bill?.lineItems).toEqual([
      {
        itemCode: 'SKU-TSHIRT-M',
        description: 'Cotton T-shirt',
        quantity: 2,
        rate: 400,
        amount: 800,
        discount: 100,
        value: 700,
        points: null,
        extra: { serial: 1 },
      },
      {
        itemCode: 'SKU-CAP',
        description: 'Baseball cap',
        quantity: 1,
        rate: 400,
        amount: 400,
        discount: 0,
        value: 400,
        points: 40,
        extra: { maxConversionDate: '2024-04-01 00:00:00.0' },
      },
    ]);
  });

  it('shows promised points with their conversion date, apart from spendable points', () => {
    expect(purchase).toMatchObject({
      earned: { regular: 110, promo: 25.5, promised: 50 },
      totalEarned: 135.5,
      totalPromised: 50,
      netPoints: 135.5,
      direction: 'credit',
    });
    expect(purchase?.pointsEarned.promised[0]?.conversionDate).toEqual(at('2024-03-31T18:30:00Z'));
    expect(purchase?.bill?.pointsEarned?.promised[0]?.conversionDate).toEqual(
      at('2024-03-31T18:30:00Z'),
    );
  });

  it('takes the soonest expiry among spendable points, with promotion dates', () => {
    expect(purchase?.earliestExpiry).toEqual(at('2024-12-31T18:29:59Z'));
    expect(purchase?.pointsEarned.promo[0]).toMatchObject({
      promotionName: 'Weekend double points',
      promotionStartDate: at('2024-02-29T18:30:00Z'),
      promotionEndDate: at('2024-03-03T18:29:59Z'),
    });
  });

  it('dates the expiry by points that will expire, not by an entry of 0 points expiring sooner', () => {
    const raw = transactionAdd.events[0] as (typeof transactionAdd.events)[number];
    const [regular] = raw.pointsEarned.regular;
    const event = normalize({
      ...raw,
      pointsEarned: {
        ...raw.pointsEarned,
        regular: [regular, { ...regular, value: 0, expiresOn: '2024-06-30 23:59:59.0' }],
      },
    });
    expect(event.earliestExpiry).toEqual(at('2024-12-31T18:29:59Z'));
  });

  it('keeps fractional points as sent: 1.005 earned reads 1.005, not 1.004', () => {
    const raw = transactionAdd.events[0] as (typeof transactionAdd.events)[number];
    const [regular] = raw.pointsEarned.regular;
    const event = normalize({
      ...raw,
      pointsEarned: { regular: [{ ...regular, value: 1.005 }], promo: [], promised: [] },
    });
    expect(event).toMatchObject({
      earned: { regular: 1.005 },
      totalEarned: 1.005,
      netPoints: 1.005,
    });
  });

  it('shows a line-item return as a debit of the reversed points', () => {
    expect(refund).toMatchObject({
      eventName: 'ReturnBill',
      eventTypeId: 5,
      reference: 'BILL240302',
      bill: {
        returnType: 'LINE_ITEM',
        returnAmount: 400,
        returnBillId: '9988776655',
        returnDate: at('2024-03-09T05:32:45Z'),
      },
      totalEarned: -40,
      direction: 'debit',
      earliestExpiry: null,
    });
  });

  it('keeps brand custom and extended fields with their types', () => {
    expect(purchase?.customFields).toEqual([
      { name: 'store_channel', value: 'mall' },
      { name: 'gift_wrap', value: true },
    ]);
    expect(purchase?.extendedFields).toEqual([{ name: 'ship_city', value: 'Bengaluru' }]);
  });

  it('describes a behavioural event with its fields and promotion window', () => {
    const event = normalize(genericEvent.events[0]);
    expect(event).toMatchObject({
      eventTypeId: 23,
      details: { eventDisplayName: 'CupSeries2024', displayName: 'CUP SERIES CHECK-IN' },
      behavioralEventMetadata: {
        label: 'CUP SERIES CHECK-IN',
        fields: [
          {
            fieldName: 'activity_date',
            fieldType: 'DATE',
            isRequired: true,
            isUniqueKeyField: false,
          },
          {
            fieldName: 'track_name',
            fieldType: 'STRING',
            isRequired: false,
            isUniqueKeyField: true,
          },
        ],
      },
      extendedFields: [
        { name: 'activity_date', value: '2024-02-04' },
        { name: 'visits', value: 3 },
      ],
      reference: 'c30af8e0-1c51-475c-bbda-ca94b1d67074',
      totalEarned: 200,
    });
    expect(event.pointsEarned.promo[0]).toMatchObject({
      promotionStartDate: at('2024-02-03T18:30:00Z'),
      promotionEndDate: at('2024-03-05T18:29:59Z'),
    });
  });

  it('lists alternate currencies without counting them as points', () => {
    const event = normalize(alternateCurrencies.events[0]);
    expect(event.alternateCurrencies).toEqual([
      {
        name: 'Stars',
        value: 12,
        expiresOn: at('2024-12-31T18:29:59Z'),
        extra: { expiryType: 'fixed' },
      },
      // "2025-01-31", a bare date: it lasts to the end of that day in Kolkata.
      { name: 'Coins', value: 5, expiresOn: at('2025-01-31T18:29:59.999Z'), extra: {} },
    ]);
    expect(event.totalEarned).toBe(25);
  });
});

describe('normalizeLedgerEvent on quirks it must accept', () => {
  it('reads numbers sent as strings and "null" or empty strings as absent', () => {
    const event = normalize(stringsAndNulls.events[0]);
    expect(event).toMatchObject({
      eventLogId: 632749690,
      eventReferenceId: '564332099',
      uniqueId: null,
      details: { tillId: null, reason: null, comments: null },
      redemptions: [
        {
          pointsRedeemed: 250.5,
          redemptionPurpose: null,
          transactionNumber: null,
          redemptionId: 'rX91',
          notes: null,
          groupRedemption: false,
        },
      ],
      reference: 'rX91',
      bill: null,
      targets: [],
      netPoints: -250.5,
    });
    expect(event.pointsEarned.regular).toEqual([]);
    expect(event.pointsEarned.promo[0]).toMatchObject({
      promotionId: null,
      value: null,
      expiresOn: null,
    });
    expect(event.customFields).toEqual([
      { name: 'card_number', value: 123456 },
      { name: 'vip', value: 'true' },
      { name: 'note', value: null },
    ]);
  });

  it('reads every documented date shape, zone-less ones in the configured time zone', () => {
    const [first, second, third] = dateShapes.events.map(normalize);
    expect(first?.eventTime).toEqual(at('2024-10-25T17:29:12Z'));
    expect(first?.pointsEarned.promo.map((entry) => entry.expiresOn)).toEqual([
      at('2024-07-01T13:40:26.172Z'),
      at('2024-06-29T18:30:00Z'),
    ]);
    expect(first?.earliestExpiry).toEqual(at('2024-06-29T18:30:00Z'));
    expect(second?.eventTime).toEqual(at('2024-08-04T20:00:00Z'));
    // "2023-06-19", a bare date: points expiring then count to the end of that day.
    expect(second?.earliestExpiry).toEqual(at('2023-06-19T18:29:59.999Z'));
    expect(third?.eventTime).toEqual(at('2024-10-25T17:29:12Z'));
    expect(third?.earliestExpiry).toEqual(at('2024-10-25T17:29:12Z'));
    expect(normalizeLedgerEvent(dateShapes.events[1], { timeZone: 'UTC' }).eventTime).toEqual(
      at('2024-08-05T01:30:00Z'),
    );
  });

  it('keeps unknown event names and keys without failing', () => {
    const event = normalize(unknownKeys.events[0]);
    expect(event).toMatchObject({
      eventName: 'SomeFutureEvent',
      eventTypeId: null,
      reference: null,
      totalEarned: 5,
      pointsBreakup: [
        {
          pointsCategoryName: 'Main',
          allocationStrategyName: 'Default allocation',
          expiryStrategyName: '12 months',
          points: 5,
          extra: { awardedOn: '2023-07-27' },
        },
      ],
    });
    expect(event).not.toHaveProperty('newTopLevelKey');
  });
});

describe('normalizeLedgerEvent on events the UI cannot show', () => {
  const valid = goodwill.events[0];

  it.each([
    ['an event log id that is not a number', { ...valid, eventLogId: 'abc' }, 'eventLogId'],
    ['no event log id', { ...valid, eventLogId: undefined }, 'eventLogId'],
    ['an event name that is an object', { ...valid, eventName: {} }, 'eventName'],
    ['no event details', { ...valid, eventDetails: undefined }, 'eventDetails'],
    [
      'an unreadable event time',
      { ...valid, eventDetails: { eventTime: 'yesterday' } },
      'eventDetails.eventTime',
    ],
    [
      'a points value that is not a number',
      { ...valid, pointsEarned: { promo: [{ value: 'lots' }] } },
      'pointsEarned.promo[0].value',
    ],
  ])('refuses %s, naming the field', (_, raw, path) => {
    expect(parseErrorOf(raw).path).toBe(path);
  });

  it('refuses a payload that is not an object', () => {
    expect(parseErrorOf('event').path).toBe('');
  });
});
