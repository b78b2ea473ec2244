import { parseLoyaltyDate } from '../../core/parse/parseLoyaltyDate.js';
import { parseLoyaltyNumber } from '../../core/parse/parseLoyaltyNumber.js';

/**
 * A number from a widget's plain props, read as the normalizers read Capillary's: a brand's data
 * typed `any` often holds numbers as strings (`"1000"`, `"14.000"`), and compared as strings they
 * would give wrong answers (`"600" >= "1000"`). Anything unreadable is absent (`null`).
 */
export function plainNumber(value: unknown): number | null {
  return parseLoyaltyNumber(value) ?? null;
}

/**
 * A date from a widget's plain props: a `Date`, an ISO 8601 string (a zone-less one is read in
 * `timeZone`) or epoch seconds or milliseconds. Anything unreadable is absent (`null`). An end
 * given as a bare date (`"2024-08-31"`) is that day's last moment: the member's last day counts.
 */
export function plainDate(value: unknown, timeZone: string, end?: boolean): Date | null {
  if (value instanceof Date) return isNaN(value.getTime()) ? null : value;
  return parseLoyaltyDate(value, timeZone, end) ?? null;
}
