'use client';
import { useState } from 'react';
import { useHydrated } from './useHydrated.js';

/**
 * The time relative times are counted from: `now` when given, else the first render's time, so
 * "ends in 3 days" stays put while the member reads it. `null` on the server and while hydrating:
 * a page prerendered days ago would otherwise disagree with the browser, and React would throw
 * the server's HTML away.
 */
export function useNow(now: Date | number | undefined): number | null {
  const [mountedAt] = useState(() => Date.now());
  const hydrated = useHydrated();
  if (now !== undefined) return Number(now);
  return hydrated ? mountedAt : null;
}
