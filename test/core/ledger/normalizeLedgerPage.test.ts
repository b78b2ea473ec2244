import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeLedgerPage } from '../../../src/core/ledger/normalizeLedgerPage.js';
import { LoyaltyParseError } from '../../../src/core/parse/LoyaltyParseError.js';
import malformedEvent from '../../fixtures/ledger/quirks/malformed-event.json' with { type: 'json' };
import stringsAndNulls from '../../fixtures/ledger/quirks/strings-and-nulls.json' with { type: 'json' };
import unknownKeys from '../../fixtures/ledger/quirks/unknown-keys.json' with { type: 'json' };
import targetCompleted from '../../fixtures/ledger/target-completed.json' with { type: 'json' };

const options = { timeZone: 'Asia/Kolkata', offset: 20, limit: 10 };
const errorsFolder = join(import.meta.dirname, '../../fixtures/ledger/errors');

function parseErrorOf(body: unknown): LoyaltyParseError {
  try {
    normalizeLedgerPage(body, options);
  } catch (error) {
    if (error instanceof LoyaltyParseError) return error;
    throw error;
  }
  throw new Error('expected a LoyaltyParseError');
}

describe('normalizeLedgerPage', () => {
  it('reads every event of a page in the order the API sent them', () => {
    const page = normalizeLedgerPage(targetCompleted, options);
    expect(page.events.map((event) => event.eventLogId)).toEqual([30527930, 30527931, 30527932]);
    expect(page).toMatchObject({ warnings: [], offset: 20, limit: 10, hasMore: false });
  });

  it('reports a malformed event in warnings and keeps the rest of the page', () => {
    const page = normalizeLedgerPage(malformedEvent, { ...options, limit: 5 });
    expect(page.events.map((event) => event.eventLogId)).toEqual([1, 2, 4]);
    expect(page.warnings).toEqual([
      { code: null, message: 'Data older than one year is not included' },
      { code: 9033, message: 'Slow query' },
      {
        code: null,
        message: expect.stringMatching(
          /^Skipped an entry: Invalid value at events\[2\]\.eventLogId: /,
        ),
      },
      {
        code: null,
        message: expect.stringMatching(
          /^Skipped an entry: Invalid value at events\[3\]\.eventDetails\.eventTime: expected a date, received "yesterday"$/,
        ),
      },
    ]);
  });

  it('says more may follow when the API filled the page, skipped events included', () => {
    expect(normalizeLedgerPage(malformedEvent, { ...options, limit: 5 }).hasMore).toBe(true);
    expect(normalizeLedgerPage(malformedEvent, { ...options, limit: 6 }).hasMore).toBe(false);
    expect(normalizeLedgerPage({ events: [] }, { ...options, limit: 10 }).hasMore).toBe(false);
  });

  it('fails on a time zone no clock uses rather than skip every event as unreadable', () => {
    expect(() => normalizeLedgerPage(targetCompleted, { timeZone: 'Asia/Atlantis' })).toThrow(
      RangeError,
    );
  });

  it('reads a body an app holds with only its time zone: one page, with nothing after it', () => {
    const page = normalizeLedgerPage(targetCompleted, { timeZone: 'Asia/Kolkata' });
    expect(page).toMatchObject({ offset: 0, limit: 3, hasMore: false });
    expect(page.events).toHaveLength(3);
  });

  it("reads Capillary's warnings sent as strings or as objects", () => {
    expect(normalizeLedgerPage(stringsAndNulls, options).warnings).toEqual([
      { code: null, message: 'Some events are older than one year' },
    ]);
    expect(normalizeLedgerPage(unknownKeys, options).warnings).toEqual([
      { code: 1234, message: 'Partial data' },
    ]);
  });

  it('reads events sent as null as no events, as Java services write an empty list', () => {
    const page = normalizeLedgerPage({ events: null, warnings: [] }, { timeZone: 'UTC' });
    expect(page.events).toEqual([]);
    expect(page.hasMore).toBe(false);
  });

  it('refuses a body without an events list, naming `events`', () => {
    expect(parseErrorOf({ warnings: [] }).path).toBe('events');
    expect(parseErrorOf({ events: 'none' }).path).toBe('events');
    expect(parseErrorOf([]).path).toBe('events');
    expect(parseErrorOf(null).path).toBe('');
  });

  it.each(readdirSync(errorsFolder))('refuses the documented error body %s as a page', (file) => {
    const body = JSON.parse(readFileSync(join(errorsFolder, file), 'utf8'));
    expect(body.errors[0].code).toBe(Number(file.split('-')[0]));
    expect(parseErrorOf(body).path).toBe('events');
  });
});
