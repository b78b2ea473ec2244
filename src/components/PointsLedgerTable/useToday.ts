'use client';
import { TZDate } from '@date-fns/tz/date';
import { startOfDay } from 'date-fns';
import { useSyncExternalStore } from 'react';

/**
 * Looks at the clock each minute: a timer set for midnight could run hours late on a computer that
 * slept through it.
 */
function eachMinute(onChange: () => void): () => void {
  const timer = setInterval(onChange, 60_000);
  return () => clearInterval(timer);
}

/**
 * The start of today in `timeZone`, epoch milliseconds: a page left open overnight must not end
 * its range at yesterday and hide the morning's purchase.
 */
export function useToday(timeZone: string): number {
  const today = () => startOfDay(new TZDate(Date.now(), timeZone)).getTime();
  return useSyncExternalStore(eachMinute, today, today);
}
