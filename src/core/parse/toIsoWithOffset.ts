import { tzOffset } from '@date-fns/tz/tzOffset';

function pad(value: number, length = 2): string {
  return String(Math.trunc(Math.abs(value))).padStart(length, '0');
}

/**
 * Writes an instant as ISO-8601 with the offset it has in `timeZone`, as the historical-points
 * DATE filter wants it: `2024-06-30T00:00:00+05:30`.
 */
export function toIsoWithOffset(date: Date, timeZone: string): string {
  const offset = tzOffset(timeZone, date);
  const local = new Date(date.getTime() + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}
