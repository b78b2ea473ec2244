import { LoyaltyApiError } from '../../core/client/LoyaltyApiError.js';

const isDate = (value: unknown): value is Date => value instanceof Date && !isNaN(value.getTime());

const NUMBERS = ['netPoints', 'totalEarned', 'totalPromised'];
const LISTS = [
  'redemptions',
  'pointsBreakup',
  'targets',
  'customFields',
  'extendedFields',
  'alternateCurrencies',
];

/** The first field the widgets read that is not as `normalizeLedgerEvent` leaves it, if any. */
function unreadField(event: unknown): string | null {
  if (typeof event !== 'object' || event === null) return 'it is not an object';
  const fields = event as Record<string, unknown>;
  if (!isDate(fields.eventTime)) return 'eventTime is not a Date';
  if (fields.earliestExpiry !== null && !isDate(fields.earliestExpiry)) {
    return 'earliestExpiry is not a Date or null';
  }
  for (const name of NUMBERS) {
    if (typeof fields[name] !== 'number') return `${name} is not a number`;
  }
  if (typeof fields.details !== 'object' || fields.details === null) return 'details is missing';
  const earned = (fields.pointsEarned ?? {}) as Record<string, unknown>;
  for (const kind of ['regular', 'promo', 'promised']) {
    if (!Array.isArray(earned[kind])) return `pointsEarned.${kind} is not a list`;
  }
  for (const name of LISTS) if (!Array.isArray(fields[name])) return `${name} is not a list`;
  return null;
}

/**
 * A typed error when `value`, the prop or list entry named `at` (`event`, `events[3]`), is not a
 * normalized `LedgerEvent` (Capillary's raw JSON, or a brand's own object), else `null`: rendering
 * it would crash, or show blank dates and points.
 */
export function checkLedgerEvent(value: unknown, at: string): LoyaltyApiError | null {
  const reason = unreadField(value);
  if (reason === null) return null;
  const normalizer = at === 'event' ? 'normalizeLedgerEvent' : 'normalizeLedgerPage';
  // A normalized event sent on through JSON (from a server route, say) has its dates as strings:
  // "pass it through the normalizer" would send the developer back to what they already did.
  const sentAsJson =
    typeof (value as { eventTime?: unknown }).eventTime === 'string' &&
    'netPoints' in (value as object);
  return new LoyaltyApiError({
    kind: 'invalid-response',
    path: '',
    message: sentAsJson
      ? `${at} has its dates as strings: a LedgerEvent sent through JSON loses its Dates. Call ${normalizer} where you render (capillary-loyalty-widgets/core), on Capillary's body.`
      : `${at} is not a normalized LedgerEvent (${reason}): ${at === 'event' ? 'pass it through normalizeLedgerEvent' : 'pass the API body through normalizeLedgerPage'} (capillary-loyalty-widgets/core).`,
  });
}

/**
 * `checkLedgerEvent` for a list: every entry must be an object, and the first is checked in full.
 * Reading each of 100,000 events again would slow the table's first rows, so the table checks the
 * rest through the rows it builds from them anyway.
 */
export function checkLedgerEvents(value: unknown): LoyaltyApiError | null {
  if (!Array.isArray(value)) {
    return new LoyaltyApiError({
      kind: 'invalid-response',
      path: '',
      message:
        'events is not an array of LedgerEvents: pass the API body through normalizeLedgerPage (capillary-loyalty-widgets/core).',
    });
  }
  if (value.length === 0) return null;
  const index = Math.max(
    value.findIndex((event) => typeof event !== 'object' || event === null),
    0,
  );
  return checkLedgerEvent(value[index], `events[${index}]`);
}
