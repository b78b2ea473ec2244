import type { HistoricalPointsEntry } from '../../core/history/HistoricalPointsEntry.js';
import type { LedgerEvent } from '../../core/ledger/LedgerEvent.js';
import { ledgerEventKeys } from '../../core/ledger/ledgerEventKey.js';
import type { PointsTimelineRow } from '../../react/usePointsTimeline.js';

/** How an entry stands, shown in the Status column. */
export type LedgerRowStatus = 'completed' | 'pending' | 'reversed' | 'expired';

/** One row of the points table, from the ledger or from imported history. */
export type LedgerRow = {
  /** Unique, stable key. */
  key: string;
  /** When it happened. */
  date: Date | null;
  /** Signed spendable points: positive earned, negative redeemed or lost. */
  points: number;
  /** Points promised, not spendable until they convert: shown apart, never counted as earned. */
  promised: number;
  /**
   * Whether promised points are all the row has: the Points column then shows, sorts and filters
   * by the promised points ("+15 promised", or "-15 promised" taken back) in place of the zero
   * spendable ones.
   */
  promisedOnly: boolean;
  /** Bill number, redemption id, target name… */
  reference: string | null;
  /** Soonest expiry of the points earned. */
  expiry: Date | null;
  /** How the entry stands. */
  status: LedgerRowStatus;
} & (
  | {
      /** From the points ledger. */
      source: 'ledger';
      /** The ledger event behind the row. */
      event: LedgerEvent;
    }
  | {
      /** From imported legacy history. */
      source: 'history';
      /** The imported entry behind the row. */
      entry: HistoricalPointsEntry;
    }
);

const REVERSALS = new Set([
  'PointsRedemptionReversal',
  'ReturnBill',
  'GroupReturnBill',
  'ReturnTargetCompletedEvent',
  'RevokeIssuePromotionEvent',
  'RevokeEarnPromotionEvent',
]);
const EXPIRIES = new Set([
  'PointsExpiry',
  'LoyaltySlabEarlyExpiry',
  'TierAgnosticPartnerProgramExpiry',
]);

function ledgerStatus(event: LedgerEvent): LedgerRowStatus {
  if (EXPIRIES.has(event.eventName)) return 'expired';
  if (REVERSALS.has(event.eventName)) return 'reversed';
  if (event.totalPromised > 0 && event.totalEarned === 0) return 'pending';
  return 'completed';
}

/** A ledger event as a table row. */
function ledgerRow(event: LedgerEvent, key: string): LedgerRow {
  return {
    key,
    source: 'ledger',
    event,
    date: event.eventTime,
    points: event.netPoints,
    promised: event.totalPromised,
    promisedOnly: event.netPoints === 0 && event.totalPromised !== 0,
    reference: event.reference,
    expiry: event.earliestExpiry,
    status: ledgerStatus(event),
  };
}

/** The points a row shows: its promised points when they are all it has. */
function shownPoints(row: LedgerRow): number {
  return row.promisedOnly ? row.promised : row.points;
}

/** Ledger events as table rows, each with a key of its own even when two events share an identity. */
export function ledgerRows(events: readonly LedgerEvent[]): LedgerRow[] {
  const keys = ledgerEventKeys(events);
  return events.map((event, index) => ledgerRow(event, keys[index] as string));
}

/** An imported history entry as a table row, keyed by `historyEntryKey`. */
export function historyRow(entry: HistoricalPointsEntry, key: string): LedgerRow {
  return {
    key,
    source: 'history',
    entry,
    date: entry.eventDate,
    points: entry.signedPoints,
    promised: 0,
    promisedOnly: false,
    reference: entry.billNumber,
    expiry: null,
    status: 'completed',
  };
}

/** A merged timeline row as a table row. */
export function timelineRow(row: PointsTimelineRow): LedgerRow {
  return row.source === 'ledger' ? ledgerRow(row.event, row.key) : historyRow(row.entry, row.key);
}

/** Which rows the type filter keeps. */
export type PointsDirectionFilter = 'all' | 'earned' | 'redeemed';

/** The table's filters. */
export interface LedgerFilters {
  /** Only rows in this range (inclusive). */
  from: Date;
  /** End of the range (inclusive). */
  to: Date;
  /** Earned, redeemed or all. */
  direction: PointsDirectionFilter;
  /** Only rows of this bill (case-insensitive, partial match). */
  billNumber: string;
}

/** Keeps the rows that pass the filters. */
export function filterRows(rows: readonly LedgerRow[], filters: LedgerFilters): LedgerRow[] {
  const from = filters.from.getTime();
  const to = filters.to.getTime();
  const bill = filters.billNumber.trim().toLowerCase();
  return rows.filter((row) => {
    const time = row.date?.getTime();
    if (time !== undefined && (time < from || time > to)) return false;
    if (filters.direction === 'earned' && shownPoints(row) <= 0) return false;
    if (filters.direction === 'redeemed' && shownPoints(row) >= 0) return false;
    if (bill) {
      // Every redemption names the bill it belongs to (redemptionDetails is a list), not only the
      // first one, whose number the Reference column shows.
      const billNumbers =
        row.source === 'ledger'
          ? [
              row.event.bill?.billNumber ?? row.reference,
              ...row.event.redemptions.map((redemption) => redemption.transactionNumber),
            ]
          : [row.entry.billNumber];
      if (!billNumbers.some((number) => number?.toLowerCase().includes(bill))) return false;
    }
    return true;
  });
}

/** Columns the table can sort by. */
export type LedgerSortColumn = 'date' | 'points';

/** A sort order. */
export interface LedgerSort {
  /** Column sorted by. */
  column: LedgerSortColumn;
  /** Direction. */
  direction: 'ascending' | 'descending';
}

/** Sorts a copy of the rows; equal rows keep their order. */
export function sortRows(rows: readonly LedgerRow[], sort: LedgerSort): LedgerRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const value =
    sort.column === 'date'
      ? (row: LedgerRow) => row.date?.getTime() ?? -Infinity
      : // By the points shown first in each cell, so the column reads in order.
        shownPoints;
  return [...rows].sort((a, b) => sign * (value(a) - value(b)));
}
