import { TZDate } from '@date-fns/tz/date';
import { endOfDay, startOfDay, subDays } from 'date-fns';

/** A span of time, both ends inclusive. */
export interface DateRange {
  /** First instant of the range. */
  from: Date;
  /** Last instant of the range. */
  to: Date;
}

/**
 * The last `days` days up to the end of today, in whole days of `timeZone`. Whole days keep the
 * range (and every query key built from it) the same all day long.
 */
export function rollingRange(days: number, timeZone: string, now: Date = new Date()): DateRange {
  const today = new TZDate(now.getTime(), timeZone);
  return {
    from: new Date(startOfDay(subDays(today, days - 1)).getTime()),
    to: new Date(endOfDay(today).getTime()),
  };
}
