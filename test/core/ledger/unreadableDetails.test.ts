import { describe, expect, it } from 'vitest';
import { normalizeLedgerEvent } from '../../../src/core/ledger/normalizeLedgerEvent.js';
import { normalizeLedgerPage } from '../../../src/core/ledger/normalizeLedgerPage.js';

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
