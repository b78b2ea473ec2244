import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeHistoricalPointsPage } from '../../../src/core/history/normalizeHistoricalPointsPage.js';
import { LoyaltyParseError } from '../../../src/core/parse/LoyaltyParseError.js';
import documented from '../../fixtures/history/date-filter-debit.json' with { type: 'json' };
import empty from '../../fixtures/history/empty.json' with { type: 'json' };
import quirks from '../../fixtures/history/quirks.json' with { type: 'json' };

const options = { timeZone: 'Asia/Kolkata', offset: 0, limit: 10 };

describe('normalizeHistoricalPointsPage', () => {
  it("reads the document's sample: a debit of 20 points, with absent text as null", () => {
    const page = normalizeHistoricalPointsPage(documented, options);
    expect(page).toMatchObject({
      orgId: 50224,
      customerId: 348918999,
      hasMore: false,
      warnings: [],
    });
    expect(page.entries[0]).toMatchObject({
      entryType: 'debit',
      points: 20,
      signedPoints: -20,
      activity: null,
      programName: null,
      billNumber: '538579470',
      externalUniqueId: 'test3',
    });
  });

  it('reads a zone-less event date in the configured time zone', () => {
    const page = normalizeHistoricalPointsPage(documented, options);
    expect(page.entries[0]?.eventDate?.toISOString()).toBe('2026-01-11T18:30:00.000Z');
  });

  // The document: eventDate comes "in the format you imported the data".
  it.each(['12/01/2026 00:00:00', '12-01-2026', '2026/01/12 10:00:00', '12-Jan-2026'])(
    'keeps imported points when the organisation imported its dates as %s, showing the date as imported',
    (eventDate) => {
      const page = normalizeHistoricalPointsPage(
        {
          historicalPointsData: [
            { entryType: 'CREDIT', points: 120, billNumber: 'B1', eventDate },
            { entryType: 'DEBIT', points: 20, billNumber: 'B2', eventDate },
          ],
        },
        options,
      );
      expect(page.entries).toMatchObject([
        { signedPoints: 120, eventDate: null, eventDateText: eventDate },
        { signedPoints: -20, eventDate: null, eventDateText: eventDate },
      ]);
      expect(page.warnings.map((warning) => warning.message)).toEqual([
        expect.stringContaining('historicalPointsData[0].eventDate: expected a date'),
        expect.stringContaining('historicalPointsData[1].eventDate: expected a date'),
      ]);
    },
  );

  it('counts a credit imported as a negative number as points taken, and a debit either way as taken', () => {
    const page = normalizeHistoricalPointsPage(
      {
        historicalPointsData: [
          { entryType: 'CREDIT', points: -15, eventDate: '2026-01-12 10:00:00' },
          { entryType: 'DEBIT', points: -20, eventDate: '2026-01-12 10:00:00' },
        ],
      },
      options,
    );
    expect(page.entries.map((entry) => entry.signedPoints)).toEqual([-15, -20]);
  });

  it('keeps the text of a date it can read, as imported', () => {
    const [entry] = normalizeHistoricalPointsPage(documented, options).entries;
    expect(entry?.eventDateText).toBe(documented.historicalPointsData[0]?.eventDate);
    expect(entry?.eventDate).not.toBeNull();
  });

  it('gives an empty page for a customer with no imported history', () => {
    expect(normalizeHistoricalPointsPage(empty, options).entries).toEqual([]);
  });

  it('accepts lower-case entry types, numbers as strings and dated offsets, and reports the entry it cannot read', () => {
    const page = normalizeHistoricalPointsPage(quirks, options);
    expect(page.orgId).toBe(50224);
    expect(page.entries.map((entry) => [entry.entryType, entry.points])).toEqual([
      ['credit', 150.5],
      ['debit', 40],
    ]);
    expect(page.entries[0]?.eventDate?.toISOString()).toBe('2025-11-03T04:45:00.000Z');
    expect(page.entries[1]?.billNumber).toBeNull();
    expect(page.warnings.map((warning) => warning.message)).toEqual([
      'Some legacy entries were merged',
      'Skipped an entry: Invalid value at historicalPointsData[2].entryType: expected CREDIT or DEBIT',
    ]);
  });

  it('says more may follow after a full page with an entry left out, so the next page still loads', () => {
    const page = normalizeHistoricalPointsPage(quirks, { ...options, limit: 3 });
    expect(page.entries).toHaveLength(2);
    expect(page.hasMore).toBe(true);
  });

  it.each([
    [
      'a programme name in several languages',
      { loyaltyProgramName: { en: 'Legacy' } },
      'loyaltyProgramName',
    ],
    ['an activity sent as a list', { pointsActivity: ['Earned'] }, 'pointsActivity'],
    ['a bill number sent as an object', { billNumber: { id: 'B1' } }, 'billNumber'],
  ])(
    'keeps an imported credit with %s, leaving that text empty and saying which',
    (_label, changes, field) => {
      const entry = {
        entryType: 'CREDIT',
        points: 120,
        eventDate: '2026-01-12 10:00:00',
        ...changes,
      };
      const page = normalizeHistoricalPointsPage({ historicalPointsData: [entry] }, options);
      expect(page.entries).toMatchObject([{ signedPoints: 120, eventDate: expect.any(Date) }]);
      expect(page.warnings.map((warning) => warning.message)).toEqual([
        expect.stringContaining(
          `Left a value empty: Invalid value at historicalPointsData[0].${field}: expected a string`,
        ),
      ]);
    },
  );

  it('names the field when the page itself has the wrong shape', () => {
    expect(() => normalizeHistoricalPointsPage({ historicalPointsData: 'none' }, options)).toThrow(
      /historicalPointsData/,
    );
  });

  it('turns any JSON value into a page or a LoyaltyParseError, never a crash', () => {
    const entry = fc.dictionary(
      fc.constantFrom(
        'entryType',
        'points',
        'pointsActivity',
        'billNumber',
        'eventDate',
        'externalUniqueId',
      ),
      fc.oneof(fc.jsonValue(), fc.constantFrom('CREDIT', 'DEBIT', 'null', '2024-10-25 22:59:12.0')),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.record({ orgId: fc.jsonValue(), historicalPointsData: fc.array(entry) }),
        ),
        (body) => {
          try {
            normalizeHistoricalPointsPage(body, options);
          } catch (error) {
            expect(error).toBeInstanceOf(LoyaltyParseError);
          }
        },
      ),
    );
  });
});
