import { tzOffset } from '@date-fns/tz/tzOffset';
import { dateTimeFormat, numberFormat, relativeTimeFormat, writingLocale } from './intlCache.js';

/** Options of `formatDate` and `formatDateTime`. */
interface FormatDateOptions {
  /** BCP 47 locale, such as `'en-IN'` or `'ar'`. */
  locale: string;
  /**
   * IANA time zone the date is shown in, such as `'Asia/Kolkata'`: the programme's zone, not the
   * viewer's, so a member and the brand's staff see the same calendar day.
   * @defaultValue the runtime's own time zone
   */
  timeZone?: string;
}

// Capillary keeps points to three decimals ("101.000"); fewer would hide a 0.004 credit.
const POINTS_OPTIONS: Intl.NumberFormatOptions = { maximumFractionDigits: 3 };
const SIGNED_POINTS_OPTIONS: Intl.NumberFormatOptions = {
  maximumFractionDigits: 3,
  signDisplay: 'exceptZero',
};

function isValidDate(date: Date | number): boolean {
  return Number.isFinite(typeof date === 'number' ? date : date.getTime());
}

/** Points as the locale writes numbers, at most 3 decimals: `1234.5` → `"1,234.5"`. Not finite → `""`. */
export function formatPoints(value: number, locale: string): string {
  // `|| 0`: Capillary's "-0.000" is -0, which Intl writes "-0".
  return Number.isFinite(value) ? numberFormat(locale, POINTS_OPTIONS).format(value || 0) : '';
}

/** Points with an explicit sign, for credits and debits: `50` → `"+50"`, `-20` → `"-20"`, `0` → `"0"`. */
export function formatSignedPoints(value: number, locale: string): string {
  return Number.isFinite(value) ? numberFormat(locale, SIGNED_POINTS_OPTIONS).format(value) : '';
}

/**
 * A money amount (bill amount, discount). With an ISO 4217 `currency` it carries the currency's
 * symbol and decimals; without one (Capillary rarely says which) it shows 2 decimals, or the
 * third Capillary sends for currencies such as the dinar: `12.345` stays `"12.345"`.
 */
export function formatAmount(value: number, locale: string, currency?: string): string {
  if (!Number.isFinite(value)) return '';
  const options: Intl.NumberFormatOptions =
    currency === undefined
      ? { minimumFractionDigits: 2, maximumFractionDigits: 3 }
      : { style: 'currency', currency };
  return numberFormat(locale, options).format(value || 0);
}

/** A calendar date in the given time zone: `"25 Oct 2024"` (en-GB, medium). Invalid → `""`. */
export function formatDate(date: Date | number, options: FormatDateOptions): string {
  if (!isValidDate(date)) return '';
  return dateTimeFormat(options.locale, {
    dateStyle: 'medium',
    timeZone: options.timeZone,
  }).format(date);
}

/** A date and a short time in the given time zone: `"25 Oct 2024, 22:59"` (en-GB). Invalid → `""`. */
export function formatDateTime(date: Date | number, options: FormatDateOptions): string {
  if (!isValidDate(date)) return '';
  return dateTimeFormat(options.locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: options.timeZone,
  }).format(date);
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Thresholds after which the next larger unit reads better (the same ones Moment and Day.js use). */
const UNITS: readonly { unit: Intl.RelativeTimeFormatUnit; size: number; below: number }[] = [
  { unit: 'second', size: SECOND, below: 45 * SECOND },
  { unit: 'minute', size: MINUTE, below: 45 * MINUTE },
  { unit: 'hour', size: HOUR, below: 22 * HOUR },
  { unit: 'day', size: DAY, below: 7 * DAY },
  { unit: 'week', size: 7 * DAY, below: 26 * DAY },
  { unit: 'month', size: 30.4375 * DAY, below: 320 * DAY },
  { unit: 'year', size: 365.25 * DAY, below: Infinity },
];

/** Days since 1970-01-01 of the calendar day `date` falls on in `timeZone`. */
function calendarDay(date: Date | number, timeZone: string | undefined): number {
  // The date's wall-clock time in the zone, counted as if it were UTC, in whole days.
  return Math.floor((Number(date) + tzOffset(timeZone, new Date(date)) * MINUTE) / DAY);
}

/**
 * How far `date` is from `now`, in the largest unit that reads naturally: "in 3 days", "tomorrow",
 * "2 hours ago", "in 1 month". Under 45 seconds reads "now". Days and weeks count calendar days
 * in `timeZone`, so "tomorrow" is the next day on the member's calendar; months and years count
 * elapsed time, and never read "next month" (a calendar month) for 27 days within March.
 * Invalid → `""`.
 */
export function formatRelative(
  date: Date | number,
  now: Date | number,
  locale: string,
  timeZone?: string,
): string {
  if (!isValidDate(date) || !isValidDate(now)) return '';
  for (const { unit, size, below } of UNITS) {
    // Days and weeks on the member's calendar: the start and the end of one day read alike.
    const amount =
      unit === 'day' || unit === 'week'
        ? (calendarDay(date, timeZone) - calendarDay(now, timeZone)) * DAY
        : Number(date) - Number(now);
    if (Math.abs(amount) < below) {
      // "now", "tomorrow": words where the locale has them, for under a minute and for days.
      return relativeTimeFormat(
        locale,
        unit === 'second' || unit === 'day' ? 'auto' : 'always',
      ).format(unit === 'second' ? 0 : Math.round(amount / size), unit);
    }
  }
  return '';
}

/**
 * Items as the locale lists them, in the order given: `"UPI 400.00, Cash 20.00"` in English; in
 * Arabic joined by "و" (and), with the Arabic comma "،" when there are more than two.
 */
export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(writingLocale(locale), { type: 'unit' }).format(items);
}
