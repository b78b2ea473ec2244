import type { LoyaltyApiError } from '../../core/client/LoyaltyApiError.js';
import type { LedgerEvent } from '../../core/ledger/LedgerEvent.js';
import { checkLedgerEvent, checkLedgerEvents } from '../shared/checkLedgerEvents.js';
import { type LedgerRow, ledgerRows } from './ledgerRows.js';

/** Given events as the table shows them: their rows and when the first and last happened. */
export interface GivenEvents {
  /** The events' rows, in the order given. */
  rows: LedgerRow[];
  /** When the earliest event happened (epoch milliseconds); `Infinity` without events. */
  first: number;
  /** When the latest event happened (epoch milliseconds); `-Infinity` without events. */
  last: number;
  /** Why they cannot be shown, if they cannot. */
  error: LoyaltyApiError | null;
}

/** Reads the events an app passed in, or says why they cannot be shown. */
export function readGivenEvents(events: readonly LedgerEvent[]): GivenEvents {
  const none = { rows: [], first: Infinity, last: -Infinity };
  const error = checkLedgerEvents(events);
  if (error) return { ...none, error };
  const rows = ledgerRows(events);
  let first = Infinity;
  let last = -Infinity;
  // What each row shows, read from the rows: reading 100,000 events again takes far longer.
  for (let index = 0; index < rows.length; index++) {
    const { date, expiry, points } = rows[index] as LedgerRow;
    const time = date instanceof Date ? date.getTime() : NaN;
    if (
      isNaN(time) ||
      (expiry !== null && !(expiry instanceof Date)) ||
      typeof points !== 'number'
    ) {
      return { ...none, error: checkLedgerEvent(events[index], `events[${index}]`) };
    }
    if (time < first) first = time;
    if (time > last) last = time;
  }
  return { rows, first, last, error: null };
}
