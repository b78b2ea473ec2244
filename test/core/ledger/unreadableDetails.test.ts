import { describe, expect, it } from 'vitest';
import { normalizeLedgerEvent } from '../../../src/core/ledger/normalizeLedgerEvent.js';
import { normalizeLedgerPage } from '../../../src/core/ledger/normalizeLedgerPage.js';
import pointsRedemption from '../../fixtures/ledger/points-redemption.json' with { type: 'json' };

const options = { timeZone: 'UTC', offset: 0, limit: 20 };

/** A purchase earning 110 points, with `details` on top. */
function purchase(details: Record<string, unknown> = {}) {
  return {
    eventLogId: 1,
    eventName: 'TransactionAdd',
    eventDetails: { eventTime: '2024-03-02 18:45:10.0' },
    pointsEarned: { regular: [{ value: 110 }], promo: [], promised: [] },
    eventReferenceId: '123',
    uniqueId: 'u1',
    ...details,
  };
}

describe('a ledger event with a detail that cannot be read', () => {
  it.each([
    [
      "its bill amount (grouped as '1,100.00')",
      { billDetails: { billNumber: 'B1', billAmount: '1,100.00' } },
      'billDetails.billAmount',
      (event: ReturnType<typeof normalizeLedgerEvent>) => event.bill?.billAmount,
    ],
    [
      'a line item rate',
      { billDetails: { billNumber: 'B1', lineItems: [{ itemCode: 'X', rate: '1,000.50' }] } },
      'billDetails.lineItems[0].rate',
      (event: ReturnType<typeof normalizeLedgerEvent>) => event.bill?.lineItems[0]?.rate,
    ],
    [
      "a payment mode's amount ('N/A')",
      { billDetails: { billNumber: 'B1', paymentModes: [{ mode: 'UPI', value: 'N/A' }] } },
      'billDetails.paymentModes[0].value',
      (event: ReturnType<typeof normalizeLedgerEvent>) => event.bill?.paymentModes[0]?.value,
    ],
    [
      "a promotion's end date ('31/12/2024')",
      {
        pointsEarned: {
          regular: [{ value: 105 }],
          promo: [{ value: 5, promotionEndDate: '31/12/2024' }],
          promised: [],
        },
      },
      'pointsEarned.promo[0].promotionEndDate',
      (event: ReturnType<typeof normalizeLedgerEvent>) =>
        event.pointsEarned.promo[0]?.promotionEndDate,
    ],
  ])(
    "keeps a purchase's points when %s cannot be read, and says which field",
    (_label, details, path, field) => {
      const page = normalizeLedgerPage({ events: [purchase(details)] }, options);
      expect(page.events).toHaveLength(1);
      const [event] = page.events;
      expect(event?.totalEarned).toBe(110);
      expect(event && field(event)).toBeNull();
      expect(page.warnings).toEqual([
        {
          code: null,
          message: expect.stringContaining(`Invalid value at events[0].${path}: expected a`),
        },
      ]);
    },
  );

  it("keeps a completed target's points when its achieved value cannot be read", () => {
    const raw = purchase({
      eventName: 'TargetCompleted',
      pointsEarned: undefined,
      targetCompletedDetails: {
        targetName: 'Spend 5000',
        achievedValue: 'n/a',
        pointsEarned: { promo: [{ value: 100 }] },
      },
    });
    const page = normalizeLedgerPage({ events: [raw] }, options);
    expect(page.events[0]?.totalEarned).toBe(100);
    expect(page.events[0]?.targets[0]?.achievedValue).toBeNull();
    expect(page.warnings.map((warning) => warning.message)).toEqual([
      expect.stringContaining('events[0].targetCompletedDetails[0].achievedValue'),
    ]);
  });

  it('leaves out an event whose expiry cannot be read, rather than saying its points never expire', () => {
    const raw = purchase({
      pointsEarned: { regular: [{ value: 110, expiresOn: '31/12/2026' }], promo: [] },
    });
    const page = normalizeLedgerPage({ events: [raw] }, options);
    expect(page.events).toEqual([]);
    expect(page.warnings.map((warning) => warning.message)).toEqual([
      expect.stringMatching(
        /^Skipped an entry: .*events\[0\]\.pointsEarned\.regular\[0\]\.expiresOn/,
      ),
    ]);
  });

  it('still leaves out an event whose points cannot be read, rather than showing it without them', () => {
    const raw = purchase({ pointsEarned: { regular: [{ value: '1,100' }], promo: [] } });
    const page = normalizeLedgerPage({ events: [raw, purchase({ eventLogId: 2 })] }, options);
    expect(page.events.map((event) => event.eventLogId)).toEqual([2]);
    expect(page.warnings.map((warning) => warning.message)).toEqual([
      expect.stringMatching(/^Skipped an entry: .*events\[0\]\.pointsEarned\.regular\[0\]\.value/),
    ]);
  });

  it('reads the event on its own too, leaving the unreadable detail empty', () => {
    const raw = purchase({ billDetails: { billNumber: 'B1', billAmount: '1,100.00' } });
    const event = normalizeLedgerEvent(raw, { timeZone: 'UTC' });
    expect(event).toMatchObject({ totalEarned: 110, reference: 'B1' });
    expect(event.bill?.billAmount).toBeNull();
  });
});

describe('a ledger event with a descriptive text, flag or id it cannot read', () => {
  const [sample] = pointsRedemption.events;
  type Event = ReturnType<typeof normalizeLedgerEvent>;

  /** The document's PointsRedemption sample with its one redemption changed by `changes`. */
  function redemption(changes: Record<string, unknown>) {
    return {
      ...sample,
      eventDetails: {
        ...sample?.eventDetails,
        redemptionDetails: { ...sample?.eventDetails.redemptionDetails, ...changes },
      },
    };
  }

  it.each(['N', 'n', 'FALSE', 'false', '0'])(
    'keeps a redemption whose groupRedemption reads "%s", as not a group redemption',
    (flag) => {
      const page = normalizeLedgerPage(
        { events: [redemption({ groupRedemption: flag })] },
        options,
      );
      expect(page.events[0]?.redemptions[0]?.groupRedemption).toBe(false);
      expect(page.events[0]?.netPoints).toBe(-101);
      expect(page.warnings).toEqual([]);
    },
  );

  it.each(['Y', 'y', 'TRUE', 'True', '1'])(
    'keeps a redemption whose groupRedemption reads "%s", as a group redemption',
    (flag) => {
      const page = normalizeLedgerPage(
        { events: [redemption({ groupRedemption: flag })] },
        options,
      );
      expect(page.events[0]?.redemptions[0]?.groupRedemption).toBe(true);
      expect(page.warnings).toEqual([]);
    },
  );

  it.each([
    [
      'a groupRedemption of "maybe"',
      redemption({ groupRedemption: 'maybe' }),
      'eventDetails.redemptionDetails[0].groupRedemption',
      (event: Event) => event.redemptions[0]?.groupRedemption,
    ],
    [
      'a till id sent as an object',
      { ...sample, eventDetails: { ...sample?.eventDetails, tillId: { id: 75152721 } } },
      'eventDetails.tillId',
      (event: Event) => event.details.tillId,
    ],
    [
      'comments sent as a list',
      { ...sample, eventDetails: { ...sample?.eventDetails, comments: ['a', 'b'] } },
      'eventDetails.comments',
      (event: Event) => event.details.comments,
    ],
    [
      'a custom field name sent as an object',
      { ...sample, customFields: [{ name: { en: 'Card' }, value: '123456' }] },
      'customFields[0].name',
      (event: Event) => event.customFields[0]?.name,
    ],
  ])('keeps the redemption when it has %s, and says which field', (_label, raw, path, field) => {
    const page = normalizeLedgerPage({ events: [raw] }, options);
    expect(page.events).toHaveLength(1);
    const [event] = page.events;
    expect(event?.netPoints).toBe(-101);
    expect(event && field(event)).toBeNull();
    expect(page.warnings).toEqual([
      {
        code: null,
        message: expect.stringContaining(
          `Left a value empty: Invalid value at events[0].${path}: `,
        ),
      },
    ]);
  });

  it.each([
    [
      'a promotion name in several languages',
      { promotionName: { en: 'Goodwill' } },
      (event: Event) => event.pointsEarned.promo[0]?.promotionName,
      'promotionName',
    ],
    [
      'an expiry type of false',
      { expiryType: false },
      (event: Event) => event.pointsEarned.promo[0]?.expiryType,
      'expiryType',
    ],
  ])('keeps promo points whose entry has %s, with their expiry', (_label, changes, field, key) => {
    const raw = purchase({
      pointsEarned: {
        regular: [],
        promo: [{ value: 100, expiresOn: '2023-08-01 23:59:59.0', ...changes }],
        promised: [],
      },
    });
    const page = normalizeLedgerPage({ events: [raw] }, options);
    const [event] = page.events;
    expect(event?.totalEarned).toBe(100);
    expect(event?.earliestExpiry?.toISOString()).toBe('2023-08-01T23:59:59.000Z');
    expect(event && field(event)).toBeNull();
    expect(page.warnings.map((warning) => warning.message)).toEqual([
      expect.stringContaining(`events[0].pointsEarned.promo[0].${key}: expected a string`),
    ]);
  });

  it.each([
    ['a bill note of false', { billNumber: 'B1', note: false }, 'billDetails.note'],
    [
      'a line item description in several languages',
      { billNumber: 'B1', lineItems: [{ itemCode: 'X', description: { en: 'Shirt' } }] },
      'billDetails.lineItems[0].description',
    ],
    [
      'a payment mode sent as an object',
      { billNumber: 'B1', paymentModes: [{ mode: { code: 'UPI' }, value: 10 }] },
      'billDetails.paymentModes[0].mode',
    ],
  ])("keeps a purchase's points when its bill has %s", (_label, billDetails, path) => {
    const page = normalizeLedgerPage({ events: [purchase({ billDetails })] }, options);
    expect(page.events[0]).toMatchObject({ totalEarned: 110, reference: 'B1' });
    expect(page.warnings.map((warning) => warning.message)).toEqual([
      expect.stringContaining(`events[0].${path}: expected a string`),
    ]);
  });

  it("keeps a completed target's points when its source type is sent as a list", () => {
    const raw = purchase({
      eventName: 'TargetCompleted',
      pointsEarned: undefined,
      targetCompletedDetails: {
        targetName: 'Spend 5000',
        sourceType: ['BILL'],
        pointsEarned: { promo: [{ value: 100 }] },
      },
    });
    const page = normalizeLedgerPage({ events: [raw] }, options);
    expect(page.events[0]?.totalEarned).toBe(100);
    expect(page.events[0]?.targets[0]?.sourceType).toBeNull();
    expect(page.warnings).toHaveLength(1);
  });

  it('keeps a behavioural event whose field is marked required with "yes"', () => {
    const raw = purchase({
      eventName: 'CupSeriesCheckIn',
      behavioralEventMetadata: {
        label: 'CUP SERIES CHECK-IN',
        fields: [
          {
            fieldName: 'activity_date',
            attributes: { isRequired: { valueType: 'BOOLEAN', value: 'yes' } },
          },
        ],
      },
    });
    const page = normalizeLedgerPage({ events: [raw] }, options);
    expect(page.events[0]?.totalEarned).toBe(110);
    expect(page.events[0]?.behavioralEventMetadata?.fields[0]).toMatchObject({
      fieldName: 'activity_date',
      isRequired: null,
    });
    expect(page.warnings.map((warning) => warning.message)).toEqual([
      expect.stringContaining(
        'events[0].behavioralEventMetadata.fields[0].attributes.isRequired: expected true or false',
      ),
    ]);
  });

  it.each([
    ['unique id', { ...sample, uniqueId: { id: 'x' } }, 'uniqueId'],
    [
      'only reference ids',
      { ...sample, eventReferenceId: undefined, eventReferenceIds: { RefId1: 1 } },
      'eventReferenceIds',
    ],
  ])(
    'still leaves out an event whose own %s cannot be read, rather than confuse it with another',
    (_label, raw, path) => {
      const page = normalizeLedgerPage({ events: [raw] }, options);
      expect(page.events).toEqual([]);
      expect(page.warnings.map((warning) => warning.message)).toEqual([
        expect.stringMatching(new RegExp(`^Skipped an entry: .*events\\[0\\]\\.${path}`)),
      ]);
    },
  );
});
