// What a play function expects to read, in the language of the story's toolbar choices: the
// widgets' own catalogue and formatters, so an assertion holds in Arabic as it does in English.
import { storyGlobals } from '../../.storybook/preview.js';
import { ar } from '../../src/i18n/ar.js';
import { createTranslator, type Translator } from '../../src/i18n/createTranslator.js';
import {
  formatAmount,
  formatDate,
  formatDateTime,
  formatList,
  formatPoints,
  formatSignedPoints,
} from '../../src/i18n/format.js';

/** The zone the preview's provider shows dates in. */
const PROGRAMME_TIME_ZONE = 'Asia/Kolkata';

/** The story's language, and the words and numbers the widgets write in it. */
export interface StoryText {
  /** The locale the preview's provider was given. */
  readonly locale: 'en' | 'ar';
  /** The page's direction: right to left for Arabic, or when the toolbar says so. */
  readonly direction: 'ltr' | 'rtl';
  /** A widget message, as the widgets word it in this locale. */
  readonly t: Translator;
  /** Texts joined as the widgets join them (`progress.pair`): "3 of 5 days, Level 1 reached". */
  pair(first: string, ...rest: string[]): string;
  /** A count or points, as the widgets write them: `1000` → "1,000" (or "١٬٠٠٠"). */
  number(value: number): string;
  /** Points with their sign: `-101` → "-101". */
  signed(value: number): string;
  /**
   * A money amount: `1000, 'INR'` → "₹1,000.00". Its no-break space (Arabic writes "1,000.00 ₹")
   * is a plain one, as Testing Library and jest-dom read the page's text.
   */
  amount(value: number, currency?: string): string;
  /** Items as the locale lists them: "UPI 900.00, Cash 200.00" ("… و …" in Arabic). */
  list(items: readonly string[]): string;
  /** A calendar day in the programme's zone, given as `'2024-07-24'`: "Jul 24, 2024". */
  day(isoDay: string): string;
  /** An instant shown in `timeZone`, date and time: "Mar 2, 2024, 8:15 AM". */
  dateTime(instant: string, timeZone: string): string;
  /** A time from now: `8, 'hour'` → "in 8 hours"; whole days may read "tomorrow". */
  relative(value: number, unit: Intl.RelativeTimeFormatUnit): string;
  /** Reads back a number written in this locale: "-١٬٢٠٠٫٥" → -1200.5; no digits → NaN. */
  readNumber(text: string): number;
}

/** The text a story's play function should find, for the toolbar choices in `globals`. */
export function storyText(globals: Record<string, unknown>): StoryText {
  const { locale, direction } = storyGlobals(globals);
  const t = createTranslator({ locale, messages: locale === 'ar' ? ar : undefined });
  return {
    locale,
    direction,
    t,
    pair: (first, ...rest) =>
      rest.reduce((done, next) => t('progress.pair', { first: done, second: next }), first),
    number: (value) => formatPoints(value, locale),
    signed: (value) => formatSignedPoints(value, locale),
    amount: (value, currency) => formatAmount(value, locale, currency).replace(/\s+/g, ' '),
    list: (items) => formatList(items, locale),
    // Noon there: the same calendar day whatever the zone of the machine running the story.
    day: (isoDay) =>
      formatDate(new Date(`${isoDay}T12:00:00+05:30`), { locale, timeZone: PROGRAMME_TIME_ZONE }),
    dateTime: (instant, timeZone) => formatDateTime(new Date(instant), { locale, timeZone }),
    // As `formatRelative` words it: days by the calendar ("tomorrow"), other units as counted.
    relative: (value, unit) =>
      new Intl.RelativeTimeFormat(locale, { numeric: unit === 'day' ? 'auto' : 'always' }).format(
        value,
        unit,
      ),
    readNumber: numberReader(locale),
  };
}

/** Reads numbers in `locale`'s digits, decimal sign and minus, ignoring grouping and marks. */
function numberReader(locale: string): (text: string) => number {
  const plain = new Intl.NumberFormat(locale, { useGrouping: false });
  const digits = new Map(
    Array.from({ length: 10 }, (_, digit) => [plain.format(digit), String(digit)] as const),
  );
  const decimal = plain.formatToParts(0.5).find((part) => part.type === 'decimal')?.value ?? '.';
  return (text) => {
    let read = '';
    for (const char of text) {
      if (/[0-9]/.test(char)) read += char;
      else if (digits.has(char)) read += digits.get(char);
      else if (char === decimal) read += '.';
      else if (char === '-' || char === '\u2212') read += '-';
    }
    return read === '' ? NaN : Number(read);
  };
}
