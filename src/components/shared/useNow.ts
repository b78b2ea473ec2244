'use client';
import { useState } from 'react';

/**
 * The time relative times are counted from: `now` when given, else the first render's time, so
 * "ends in 3 days" stays put while the member reads it.
 */
export function useNow(now: Date | number | undefined): number {
  const [mountedAt] = useState(() => Date.now());
  return Number(now ?? mountedAt);
}
