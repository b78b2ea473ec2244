'use client';
import { TZDate } from '@date-fns/tz/date';
import { endOfDay, startOfDay } from 'date-fns';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { type DateRange, rollingRange } from '../../react/rollingRange.js';
import { DEFAULT_HISTORY_DAYS } from '../../react/useHistoricalPoints.js';
import type { LedgerFilters, LedgerSort } from './ledgerRows.js';
import type { GivenEvents } from './readGivenEvents.js';
import { useToday } from './useToday.js';

const DEFAULT_SORT: LedgerSort = { column: 'date', direction: 'descending' };

/** `value` once it has stayed for `delayMs`, or at once when `flush` changes (Clear filters). */
function useDebounced<T>(value: T, delayMs: number, flush: number): T {
  const [debounced, setDebounced] = useState({ value, flush });
  useEffect(() => {
    // The same state when nothing changed, so React skips the render (a whole table's).
    const settle = () =>
      setDebounced((last) =>
        Object.is(last.value, value) && last.flush === flush ? last : { value, flush },
      );
    const timer = setTimeout(settle, delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs, flush]);
  if (debounced.flush === flush) return debounced.value;
  // Adjusted during render (React's pattern for state derived from props): no frame of the old.
  setDebounced({ value, flush });
  return value;
}

/** From the start of `first`'s day to the end of `last`'s, in `timeZone`. */
function wholeDays(first: number, last: number, timeZone: string): DateRange {
  return {
    from: new Date(startOfDay(new TZDate(first, timeZone)).getTime()),
    to: new Date(endOfDay(new TZDate(last, timeZone)).getTime()),
  };
}

/**
 * The date range the table opens with: the last months of a member's ledger, or for given
 * events, all of them (up to today, so the range reads as one a member would pick).
 */
function useDefaultRange(given: GivenEvents | null, timeZone: string) {
  const first = given?.first ?? Infinity;
  const last = given?.last ?? -Infinity;
  const today = useToday(timeZone);
  return useMemo<DateRange>(() => {
    const recent = rollingRange(DEFAULT_HISTORY_DAYS, timeZone, new Date(today));
    if (first === Infinity) return recent;
    const span = wholeDays(first, last, timeZone);
    return { from: span.from, to: new Date(Math.max(span.to.getTime(), recent.to.getTime())) };
  }, [first, last, timeZone, today]);
}

/** The points table's filters and sort, shared by every tab. */
export function useLedgerTableState(given: GivenEvents | null, timeZone: string) {
  const range = useDefaultRange(given, timeZone);
  const defaults = useMemo<LedgerFilters>(
    () => ({ ...range, direction: 'all', billNumber: '' }),
    [range],
  );
  const [filters, setFilters] = useState(defaults);
  const [shownDefaults, setShownDefaults] = useState(defaults);
  // Counts the moves of the dates below, which apply at once: rows cut by the old range for a
  // moment would read "nothing matches".
  const [moves, setMoves] = useState(0);
  if (shownDefaults !== defaults) {
    setShownDefaults(defaults);
    // Dates the member left alone follow the defaults: new events passed in, another zone, a new day.
    if (
      filters.from.getTime() === shownDefaults.from.getTime() &&
      filters.to.getTime() === shownDefaults.to.getTime()
    ) {
      setFilters({ ...filters, from: defaults.from, to: defaults.to });
      setMoves(moves + 1);
    }
  }
  const [sort, setSort] = useState(DEFAULT_SORT);
  // Counts the clears, so the filter fields can drop what was typed but never applied, and the
  // cleared filters apply at once: the delays are for typing.
  const [clears, setClears] = useState(0);
  const billNumber = useDebounced(filters.billNumber, 300, clears);
  // Typing a date passes through other whole dates (month, then day, then year): load for the
  // last. Both counts only grow, so their sum changes with either.
  const from = useDebounced(filters.from, 300, clears + moves);
  const to = useDebounced(filters.to, 300, clears + moves);
  // Of its parts, not of `filters`: a keystroke still being debounced must not refilter the rows.
  const { direction } = filters;
  const applied = useMemo<LedgerFilters>(
    () => ({ from, to, direction, billNumber }),
    [from, to, direction, billNumber],
  );
  // Of the filters the rows were chosen by: the empty message must explain the rows on screen,
  // not filters still being typed.
  const isDefault =
    applied.from.getTime() === defaults.from.getTime() &&
    applied.to.getTime() === defaults.to.getTime() &&
    applied.direction === 'all' &&
    applied.billNumber === '';
  const clearFilters = useCallback(() => {
    setFilters(defaults);
    setClears((count) => count + 1);
  }, [defaults]);
  return { filters, applied, setFilters, sort, setSort, isDefault, clearFilters, clears };
}

/** What `useLedgerTableState` returns. */
export type LedgerTableState = ReturnType<typeof useLedgerTableState>;
