import type { CapillaryMessage } from '../client/LoyaltyApiError.js';

/** One entry imported from a legacy loyalty programme (`POST v2/historicalPoints/getHistoricalPoints`). */
export interface HistoricalPointsEntry {
  /** `credit`: points earned; `debit`: points redeemed. */
  entryType: 'credit' | 'debit';
  /** Points of the entry, as imported (never negative). */
  points: number;
  /** Points with their sign: negative for a debit, and for a credit imported as a negative number. */
  signedPoints: number;
  /** The legacy system's description of the activity, e.g. "Earned"; `null` when not imported. */
  activity: string | null;
  /** The legacy programme's name; `null` when not imported. */
  programName: string | null;
  /** Bill or transaction number. */
  billNumber: string | null;
  /** When the activity happened in the legacy system; `null` when absent or not readable. */
  eventDate: Date | null;
  /**
   * `eventDate` as imported, in the organisation's own format (e.g. `12/01/2026 00:00:00`): the
   * text to show when `eventDate` could not be read. `null` when not imported.
   */
  eventDateText: string | null;
  /** The customer's external unique id given at import. */
  externalUniqueId: string | null;
}

/** One page of imported history. */
export interface HistoricalPointsPage {
  /** Organisation id. */
  orgId: number | null;
  /** Customer the history belongs to. */
  customerId: number | null;
  /** The entries of this page, in the order the API sent them. */
  entries: HistoricalPointsEntry[];
  /**
   * Capillary's warnings, plus entries left out because they did not fit (see
   * `CapillaryMessage`).
   */
  warnings: CapillaryMessage[];
  /** Records skipped before this page. */
  offset: number;
  /** Records asked for. */
  limit: number;
  /** Whether a further page may exist (this page came back full). */
  hasMore: boolean;
}
