'use client';
import { useMemo } from 'react';
import type { CapillaryMessage, LoyaltyApiError } from '../core/client/LoyaltyApiError.js';
import type { CustomerIdentifier, LedgerInclude } from '../core/client/queries.js';
import { historyEntryKeys } from '../core/history/historyEntryKeys.js';
import type { HistoricalPointsEntry } from '../core/history/HistoricalPointsEntry.js';
import type { LedgerEvent } from '../core/ledger/LedgerEvent.js';
import { ledgerEventKeys } from '../core/ledger/ledgerEventKey.js';
import { roundPoints } from '../core/parse/roundPoints.js';
import { useLoyaltyContext } from './LoyaltyContext.js';
import { type DateRange, rollingRange } from './rollingRange.js';
import { DEFAULT_HISTORY_DAYS, useHistoricalPoints } from './useHistoricalPoints.js';
import { useLedgerEvents, useLedgerHasMoreSince } from './useLedgerEvents.js';

/** Options of `usePointsTimeline`. */
export interface UsePointsTimelineOptions {
  /** The customer, as the ledger API identifies them. */
  customer: CustomerIdentifier;
  /** The same customer's Capillary id, for the imported history. */
  customerId: string | number;
  /**
   * The span to show. Keep it the same from render to render (whole days, or `useMemo`): the
   * imported history is asked for by this range to the second, so a `to: new Date()` written in
   * the render starts the history over, without its loaded pages, on a render a second later.
   * @defaultValue the last 180 days, in the provider's time zone
   */
  range?: DateRange | undefined;
  /** Optional parts of each ledger event to load, as `useLedgerEvents` takes them. @defaultValue every part */
  include?: readonly LedgerInclude[] | undefined;
  /**
   * Rows per page of each source. @defaultValue 50 ledger events (as `useLedgerEvents`, so a
   * table beside it shares its pages) and 20 imported entries (as `useHistoricalPoints`)
   */
  pageSize?: number | undefined;
  /** Set `false` to hold both queries back. @defaultValue true */
  enabled?: boolean | undefined;
}

interface TimelineRowBase {
  /** Unique and stable key of the row. */
  key: string;
  /** When it happened; `null` when the import had no date. */
  date: Date | null;
  /** Points credited by this row. */
  credit: number;
  /** Points debited by this row (positive). */
  debit: number;
  /** Credits of this row and every older row in the range. */
  runningCredits: number;
  /** Debits of this row and every older row in the range. */
  runningDebits: number;
}

/** Where a timeline row comes from, with the source's own record. */
type TimelineSource =
  | {
      /** From the points ledger. */
      source: 'ledger';
      /** The ledger event. */
      event: LedgerEvent;
    }
  | {
      /** From the imported legacy history. */
      source: 'history';
      /** The imported entry. */
      entry: HistoricalPointsEntry;
    };

/** One row of the merged timeline, marked with its source. */
export type PointsTimelineRow = TimelineRowBase & TimelineSource;

/** What `usePointsTimeline` returns. */
export interface UsePointsTimelineResult {
  /** Rows of both sources, newest first; only rows whose place is certain given what has loaded. */
  rows: readonly PointsTimelineRow[];
  /** Sums over `rows`. */
  totals: {
    /** Points given. */
    credits: number;
    /** Points taken, as a positive number. */
    debits: number;
    /** Credits less debits. */
    net: number;
  };
  /** `pending` until both sources answered, `error` when either failed, else `success`. */
  status: 'pending' | 'error' | 'success';
  /** The first failure of either source. */
  error: LoyaltyApiError | null;
  /** Whether either source is loading. */
  isFetching: boolean;
  /** Whether older rows in the range may exist. */
  hasNextPage: boolean;
  /** Whether a further page is loading. */
  isFetchingNextPage: boolean;
  /** Loads the next page of the source that holds the boundary. */
  fetchNextPage: () => void;
  /** Tries the failed source(s) again. */
  retry: () => void;
  /** Warnings of both sources. */
  warnings: readonly CapillaryMessage[];
}

type Candidate = Omit<TimelineRowBase, 'runningCredits' | 'runningDebits'> & TimelineSource;

const timeOf = (row: { date: Date | null }) => row.date?.getTime() ?? -Infinity;

/** Sorts newest first without reordering rows of equal time (Array.prototype.sort is stable). */
function newestFirst(rows: Candidate[]): Candidate[] {
  return rows.sort((a, b) => timeOf(b) - timeOf(a));
}

/**
 * One chronological list of a customer's ledger events and imported history, newest first, with
 * running totals of credits and debits over the range.
 */
export function usePointsTimeline(options: UsePointsTimelineOptions): UsePointsTimelineResult {
  const { timeZone } = useLoyaltyContext('usePointsTimeline');
  const { customer, customerId, include, pageSize, enabled } = options;
  const range = options.range ?? rollingRange(DEFAULT_HISTORY_DAYS, timeZone);
  const from = range.from.getTime();
  const to = range.to.getTime();

  const ledger = useLedgerEvents({ customer, include, pageSize, enabled });
  const history = useHistoricalPoints(customerId, {
    filter: { filterType: 'DATE', from: range.from, to: range.to },
    pageSize,
    enabled,
  });

  const oldestLedger = ledger.events.at(-1)?.eventTime.getTime();
  const ledgerHasMore = useLedgerHasMoreSince(ledger, from);
  const historyHasMore = Boolean(history.hasNextPage);
  const oldestHistory = history.entries.length
    ? timeOf({ date: history.entries.at(-1)?.eventDate ?? null })
    : undefined;

  const merged = useMemo(() => {
    const candidates: Candidate[] = [];
    const ledgerKeys = ledgerEventKeys(ledger.events);
    const historyKeys = historyEntryKeys(history.entries);
    ledger.events.forEach((event, index) => {
      const time = event.eventTime.getTime();
      if (time < from || time > to) return;
      // A redemption reversal gives points back, whatever else it names (see netPoints).
      const givenBack = event.eventName === 'PointsRedemptionReversal';
      candidates.push({
        key: ledgerKeys[index] as string,
        source: 'ledger',
        event,
        date: event.eventTime,
        // A return takes points back as negative earnings: that is a debit, not a smaller credit.
        credit: givenBack ? event.netPoints : Math.max(event.totalEarned, 0),
        debit: givenBack ? 0 : roundPoints(event.totalRedeemed + Math.max(-event.totalEarned, 0)),
      });
    });
    history.entries.forEach((entry, index) => {
      candidates.push({
        key: historyKeys[index] as string,
        source: 'history',
        entry,
        date: entry.eventDate,
        credit: Math.max(entry.signedPoints, 0),
        debit: Math.max(-entry.signedPoints, 0),
      });
    });
    // A row older than the oldest loaded row of a source that has more pages might still get a
    // newer neighbour from that source: hold it back until that page arrives.
    const boundary = Math.max(
      ledgerHasMore ? (oldestLedger ?? Infinity) : -Infinity,
      historyHasMore ? (oldestHistory ?? Infinity) : -Infinity,
    );
    const settled = newestFirst(candidates).filter((row) => timeOf(row) >= boundary);

    let credits = 0;
    let debits = 0;
    const rows = new Array<PointsTimelineRow>(settled.length);
    for (let index = settled.length - 1; index >= 0; index--) {
      const row = settled[index] as Candidate;
      credits = roundPoints(credits + row.credit);
      debits = roundPoints(debits + row.debit);
      rows[index] = { ...row, runningCredits: credits, runningDebits: debits };
    }
    return { rows, totals: { credits, debits, net: roundPoints(credits - debits) } };
  }, [
    ledger.events,
    history.entries,
    from,
    to,
    ledgerHasMore,
    historyHasMore,
    oldestLedger,
    oldestHistory,
  ]);

  const warnings = useMemo(
    () => [...ledger.warnings, ...history.warnings],
    [ledger.warnings, history.warnings],
  );
  const error = ledger.error ?? history.error ?? null;
  const status = error ? 'error' : ledger.isPending || history.isPending ? 'pending' : 'success';

  return {
    ...merged,
    status,
    error,
    warnings,
    isFetching: ledger.isFetching || history.isFetching,
    hasNextPage: ledgerHasMore || historyHasMore,
    isFetchingNextPage: ledger.isFetchingNextPage || history.isFetchingNextPage,
    fetchNextPage: () => {
      // Load from whichever source's loaded rows end later: that is where the boundary sits.
      const ledgerEnd = ledgerHasMore ? (oldestLedger ?? Infinity) : -Infinity;
      const historyEnd = historyHasMore ? (oldestHistory ?? Infinity) : -Infinity;
      if (ledgerHasMore && ledgerEnd >= historyEnd) void ledger.fetchNextPage();
      else if (historyHasMore) void history.fetchNextPage();
    },
    retry: () => {
      if (ledger.error) ledger.retry();
      if (history.error) history.retry();
    },
  };
}
