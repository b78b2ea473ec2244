import { tzOffset } from '@date-fns/tz/tzOffset';

// 2023-06-19 · 2024-08-05 01:30:00 · 2024-10-25 22:59:12.0 · 2024-07-01T13:40:26.172+0000 ·
// 2024-06-30T00:00:00+05:30 · …Z
const DATE_SHAPE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

// Below this a number is read as epoch seconds, above it as epoch milliseconds
// (1e11 ms is March 1973; 1e11 s is the year 5138).
const EPOCH_SECONDS_LIMIT = 1e11;

/**
 * Reads every date shape Capillary's documents show. Zone-less date-times and plain dates are
 * wall-clock times in `timeZone` (an IANA name such as `Asia/Kolkata`, or `UTC`). A plain date is
 * the start of its day, or with `endOfDay` (the last day something lasts) its last millisecond.
 * Absent values give `null`; a value of no known shape gives `undefined`.
 */
export function parseLoyaltyDate(
  value: unknown,
  timeZone: string,
  endOfDay?: boolean,
): Date | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '' || text === 'null') return null;
  if (/^\d{9,}$/.test(text)) return fromEpoch(Number(text));

  const match = DATE_SHAPE.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute = '0', second = '0', fraction = '0', zone] = match;
  const wallClock =
    Date.UTC(
      Number(year),
      Number(month) - 1,
      Number(day),
      Number(hour ?? 0),
      Number(minute),
      Number(second),
      Number(fraction.padEnd(3, '0').slice(0, 3)),
    ) + (endOfDay && !hour ? DAY - 1 : 0);
  const check = new Date(wallClock);
  // Date.UTC rolls 2024-02-31 over into March, and hour 24 into the next day; a real calendar
  // date and hour survive the round trip.
  if (
    check.getUTCDate() !== Number(day) ||
    check.getUTCMonth() !== Number(month) - 1 ||
    Number(minute) > 59 ||
    Number(second) > 59
  ) {
    return undefined;
  }
  if (zone) return new Date(wallClock - zoneOffsetMinutes(zone) * 60_000);
  return new Date(wallClockToInstant(wallClock, timeZone));
}

function fromEpoch(value: number): Date | undefined {
  // Past 1e13 ms (the year 2286) it is no epoch: an imported yyyyMMddHHmmss, say. NaN fails too.
  if (!(value < 1e13)) return undefined;
  const date = new Date(value < EPOCH_SECONDS_LIMIT ? value * 1000 : value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function zoneOffsetMinutes(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
}

const DAY = 86_400_000;

/**
 * The instant at which clocks in `timeZone` read `wallClock` (given as if it were UTC). Resolves
 * daylight-saving changes as Java's `ZonedDateTime` does, since Capillary writes its times in Java:
 * a time in an overlap takes the earlier offset, a time in a gap moves forward by the gap.
 */
function wallClockToInstant(wallClock: number, timeZone: string): number {
  // No zone changes its offset twice within two days, so these are the offsets either side.
  const before = offsetAt(timeZone, wallClock - DAY);
  const after = offsetAt(timeZone, wallClock + DAY);
  const early = wallClock - before * 60_000;
  if (before === after || offsetAt(timeZone, early) === before) return early;
  const late = wallClock - after * 60_000;
  // Neither offset fits in a gap: the offset from before the gap moves the time forward.
  return offsetAt(timeZone, late) === after ? late : early;
}

const QUARTER_HOUR = 900_000;
const offsetCache = new Map<string, number>();

// A ledger page repeats the same few hours, so the costly Intl lookup runs once per zone and
// quarter hour: offsets change at whole quarter hours of UTC at the finest (Adelaide's at :30),
// so no cached quarter hour spans a change.
function offsetAt(timeZone: string, instant: number): number {
  if (timeZone === 'UTC') return 0;
  const key = `${timeZone}@${Math.floor(instant / QUARTER_HOUR)}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    offset = tzOffset(timeZone, new Date(instant));
    if (Number.isNaN(offset)) throw new RangeError(`Unknown time zone "${timeZone}"`);
    if (offsetCache.size > 50_000) offsetCache.clear();
    offsetCache.set(key, offset);
  }
  return offset;
}
