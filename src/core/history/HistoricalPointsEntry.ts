import type { CapillaryMessage } from '../client/LoyaltyApiError.js';

/** One entry imported from a legacy loyalty programme (`POST v2/historicalPoints/getHistoricalPoints`). */
export interface HistoricalPointsEntry {
  /** `credit`: points earned; `debit`: points redeemed. */
  entryType: 'credit' | 'debit';
  /** Points of the entry, as imported (never negative). */
  points: number;
  /** Points with their sign: positive for a credit, negative for a debit. */
  signedPoints: number;
  /** The legacy system's description of the activity, e.g. "Earned"; `null` when not imported. */
  activity: string | null;
  /** The legacy programme's name; `null` when not imported. */
  programName: string | null;
  /** Bill or transaction number. */
  billNumber: string | null;
  /** When the activity happened in the legacy system. */
  eventDate: Date | null;
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
  /** Capillary's warnings, plus entries left out because they did not fit. */
  warnings: CapillaryMessage[];
  /** Records skipped before this page. */
  offset: number;
  /** Records asked for. */
  limit: number;
  /** Whether a further page may exist (this page came back full). */
  hasMore: boolean;
}
