import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatDate,
  formatDateTime,
  formatPoints,
  formatRelative,
  formatSignedPoints,
} from '../../src/i18n/format.js';
import {
  dateTimeFormat,
  numberFormat,
  resolveLocale,
  writingLocale,
} from '../../src/i18n/intlCache.js';

describe('formatPoints', () => {
  it('groups thousands and keeps the three decimals Capillary sends', () => {
    expect(formatPoints(1234.567, 'en')).toBe('1,234.567');
    expect(formatPoints(0.269, 'en')).toBe('0.269');
    expect(formatSignedPoints(0.004, 'en')).toBe('+0.004');
    expect(formatPoints(101, 'en')).toBe('101');
    expect(formatPoints(1234.5, 'de')).toBe('1.234,5');
  });

  it('writes Capillary\'s "-0.000" as 0, never "-0"', () => {
    expect(formatPoints(Number('-0.000'), 'en')).toBe('0');
    expect(formatAmount(-0, 'en')).toBe('0.00');
  });

  it('shows nothing rather than "NaN" for a value that is not a number', () => {
    expect(formatPoints(Number.NaN, 'en')).toBe('');
  });

  it('survives a malformed locale tag', () => {
    expect(formatPoints(1000, 'en_US')).toBe('1,000');
    expect(formatPoints(1000, 'not a locale!')).toBe('1,000');
  });

  // Intl would use the machine's own locale: "1.234,5" on a German server, "1,234.5" in the browser.
  it("writes numbers and dates in English, not the machine's own locale, for a locale no language matches", () => {
    for (const locale of ['english', 'xx-invalid']) {
      expect(writingLocale(locale)).toBe('en');
      expect(numberFormat(locale, {}).resolvedOptions().locale).toBe('en');
      expect(dateTimeFormat(locale, {}).resolvedOptions().locale).toBe('en');
    }
    expect(resolveLocale('ar_AE')).toBe('ar-AE');
  });
});

describe('formatSignedPoints', () => {
  it('marks credits with + and debits with a minus, and zero with neither', () => {
    expect(formatSignedPoints(50, 'en')).toBe('+50');
    expect(formatSignedPoints(-20.5, 'en')).toBe('-20.5');
    expect(formatSignedPoints(0, 'en')).toBe('0');
  });
});

describe('formatAmount', () => {
  it('shows two decimals without a currency, and the symbol with one', () => {
    expect(formatAmount(1499, 'en-IN')).toBe('1,499.00');
    expect(formatAmount(1499, 'en-IN', 'INR')).toBe('₹1,499.00');
  });

  it('keeps the third decimal of a dinar amount rather than rounding it away', () => {
    expect(formatAmount(Number('12.345'), 'en')).toBe('12.345');
    expect(formatAmount(Number('101.000'), 'en')).toBe('101.00');
  });

  it('still shows the amount when the currency code is unknown', () => {
    expect(formatAmount(12.5, 'en', 'NOT-A-CURRENCY')).toBe('12.5');
  });
});

describe('formatDate', () => {
  // 20:00 UTC on 25 October is already 26 October in India.
  const lateEvening = new Date('2024-10-25T20:00:00Z');

  it("formats dates in the provider's time zone", () => {
    expect(formatDate(lateEvening, { locale: 'en-GB', timeZone: 'Asia/Kolkata' })).toBe(
      '26 Oct 2024',
    );
    expect(formatDate(lateEvening, { locale: 'en-GB', timeZone: 'America/New_York' })).toBe(
      '25 Oct 2024',
    );
  });

  it('shows the time in that zone too', () => {
    expect(formatDateTime(lateEvening, { locale: 'en-GB', timeZone: 'Asia/Kolkata' })).toBe(
      '26 Oct 2024, 01:30',
    );
  });

  it('shows nothing for an invalid date and ignores an unknown time zone', () => {
    expect(formatDate(new Date(Number.NaN), { locale: 'en' })).toBe('');
    expect(formatDate(lateEvening, { locale: 'en-GB', timeZone: 'Mars/Olympus' })).toMatch(/2024/);
  });

  it('checks an unknown time zone once, not again for every date of a table', () => {
    const Original = Intl.DateTimeFormat;
    let built = 0;
    Intl.DateTimeFormat = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        built += 1;
        super(...args);
      }
    } as typeof Original;
    try {
      for (let day = 1; day <= 50; day += 1) {
        formatDate(new Date(Date.UTC(2024, 0, day)), { locale: 'en', timeZone: 'Venus/Maxwell' });
      }
    } finally {
      Intl.DateTimeFormat = Original;
    }
    // One to find the zone unknown, one to format without it.
    expect(built).toBeLessThanOrEqual(2);
  });
});

describe('formatRelative', () => {
  const now = new Date('2024-06-01T12:00:00Z');
  const later = (milliseconds: number) => new Date(now.getTime() + milliseconds);
  const HOUR = 3_600_000;
  const DAY = 24 * HOUR;

  it.each([
    [10_000, 'now'],
    [-5 * 60_000, '5 minutes ago'],
    [3 * HOUR, 'in 3 hours'],
    [DAY, 'tomorrow'],
    [3 * DAY, 'in 3 days'],
    [-2 * 7 * DAY, '2 weeks ago'],
    [61 * DAY, 'in 2 months'],
    [-400 * DAY, '1 year ago'],
  ])('says %d ms from now reads "%s"', (offset, expected) => {
    expect(formatRelative(later(offset), now, 'en')).toBe(expected);
  });

  it('speaks the locale', () => {
    expect(formatRelative(later(3 * DAY), now, 'ar')).toMatch(/أيام/);
  });

  it('calls the first of next month tomorrow on the last day of a month', () => {
    const lastOfJanuary = new Date('2024-01-31T12:00:00Z');
    expect(formatRelative(new Date('2024-02-01T12:00:00Z'), lastOfJanuary, 'en', 'UTC')).toBe(
      'tomorrow',
    );
  });

  it("counts days on the member's calendar: the end of tomorrow is tomorrow", () => {
    const morning = new Date('2025-03-30T08:00:00Z');
    expect(formatRelative(new Date('2025-03-31T23:59:59Z'), morning, 'en', 'UTC')).toBe('tomorrow');
    const endsAt = later(38 * HOUR);
    expect(formatRelative(endsAt, now, 'en', 'UTC')).toBe('in 2 days');
    expect(formatRelative(endsAt, now, 'en', 'America/Los_Angeles')).toBe('tomorrow');
  });

  it('words the start and the end of one day a week away alike', () => {
    const morning = new Date('2026-11-23T10:00:00Z');
    const dayStart = formatRelative(new Date('2026-11-30T00:00:00Z'), morning, 'en', 'UTC');
    const dayEnd = formatRelative(new Date('2026-11-30T23:59:59Z'), morning, 'en', 'UTC');
    expect(dayStart).toBe(dayEnd);
    expect(formatRelative(new Date('2026-11-29T23:59:59Z'), morning, 'en', 'UTC')).toBe(
      'in 6 days',
    );
  });

  it('reads 6 calendar days ahead in days and 7 as a week', () => {
    const morning = new Date('2026-11-23T10:00:00Z');
    expect(formatRelative(new Date('2026-11-29T08:00:00Z'), morning, 'en', 'UTC')).toBe(
      'in 6 days',
    );
    expect(formatRelative(new Date('2026-11-30T08:00:00Z'), morning, 'en', 'UTC')).toBe(
      'in 1 week',
    );
    expect(formatRelative(new Date('2026-11-16T23:00:00Z'), morning, 'en', 'UTC')).toBe(
      '1 week ago',
    );
  });

  it('reads 25 calendar days ahead in weeks and 26 as a month', () => {
    const morning = new Date('2026-11-23T10:00:00Z');
    expect(formatRelative(new Date('2026-12-18T10:00:00Z'), morning, 'en', 'UTC')).toBe(
      'in 4 weeks',
    );
    expect(formatRelative(new Date('2026-12-19T10:00:00Z'), morning, 'en', 'UTC')).toBe(
      'in 1 month',
    );
  });

  it("counts weeks on the member's calendar: 10 days ahead is 1 week, however late that day", () => {
    const morning = new Date('2026-11-23T10:00:00Z');
    expect(formatRelative(new Date('2026-12-03T23:59:59Z'), morning, 'en', 'UTC')).toBe(
      'in 1 week',
    );
  });

  it('never calls 27 days within one month "next month"', () => {
    const relative = formatRelative(
      new Date('2025-03-30T23:59:59Z'),
      new Date('2025-03-03T10:00:00Z'),
      'en',
      'UTC',
    );
    expect(relative).toBe('in 1 month');
  });
});
