import { describe, expect, it } from 'vitest';
import { normalizeLedgerPage } from '../../../src/core/ledger/normalizeLedgerPage.js';
import { generateLedgerEvents } from '../../fixtures/generateLedger.js';

describe('generateLedgerEvents', () => {
  it('gives the same ledger for the same seed and another for another seed', () => {
    expect(generateLedgerEvents(200, 42)).toEqual(generateLedgerEvents(200, 42));
    expect(generateLedgerEvents(200, 43)).not.toEqual(generateLedgerEvents(200, 42));
  });

  it('lists events newest first, with unique ids, within the asked period', () => {
    const start = new Date('2024-01-01T00:00:00Z');
    const end = new Date('2024-03-01T00:00:00Z');
    const events = generateLedgerEvents(500, 3, { start, end });
    expect(events).toHaveLength(500);
    expect(new Set(events.map((event) => event.eventLogId)).size).toBe(500);
    const times = events.map((event) =>
      Date.parse(`${event.eventDetails.eventTime.slice(0, 19)}Z`),
    );
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(Math.min(...times)).toBeGreaterThanOrEqual(start.getTime());
    expect(Math.max(...times)).toBeLessThan(end.getTime());
  });

  it('produces a realistic mix that all normalizes without warnings', () => {
    const raw = generateLedgerEvents(3000, 7);
    const page = normalizeLedgerPage(
      { events: raw, warnings: [] },
      { timeZone: 'UTC', offset: 0, limit: 3000 },
    );
    expect(page.warnings).toEqual([]);
    expect(page.events).toHaveLength(3000);
    expect(new Set(page.events.map((event) => event.eventName))).toEqual(
      new Set([
        'TransactionAdd',
        'PointsRedemption',
        'ReturnBill',
        'TargetCompleted',
        'AllocateGoodwillPoints',
        'PointsExpiry',
        'GenericEvent',
      ]),
    );
    expect(page.events[0]?.eventTime.toISOString()).toBe(
      `${raw[0]?.eventDetails.eventTime.slice(0, 19).replace(' ', 'T')}.000Z`,
    );

    const bills = page.events.filter((event) => event.eventName === 'TransactionAdd');
    expect(bills.every((event) => /^BILL\d{6}-\d+$/.test(event.reference ?? ''))).toBe(true);
    expect(page.events.some((event) => event.totalPromised > 0)).toBe(true);

    // A return refers to a bill made earlier, that is further down the ledger.
    page.events.forEach((event, index) => {
      if (event.eventName !== 'ReturnBill') return;
      const original = page.events
        .slice(index + 1)
        .find(
          (older) => older.eventName === 'TransactionAdd' && older.reference === event.reference,
        );
      expect(original).toBeDefined();
      expect(event.direction).toBe('debit');
    });
  });

  it('generates a 100,000-event ledger with unique event ids', () => {
    const events = generateLedgerEvents(100_000, 11);
    expect(events).toHaveLength(100_000);
    expect(new Set(events.map((event) => event.eventLogId)).size).toBe(100_000);
  });
});
