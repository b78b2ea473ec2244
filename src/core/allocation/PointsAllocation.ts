import type { CapillaryMessage } from '../client/LoyaltyApiError.js';

/** Where an allocation stands: still spendable, spent, lapsed or taken back by a return. */
export type PointsAllocationStatus = 'active' | 'redeemed' | 'expired' | 'returned' | 'unknown';

/** One allocation row behind an event (`GET x/neo/pointsAllocation/event`). */
export interface PointsAllocation {
  /** Unique id of the allocation entry. */
  id: number;
  /** Status as Capillary sent it, e.g. `EXPIRED`. */
  rawStatus: string | null;
  /** Status in the widgets' vocabulary; `unknown` for a status Capillary has not documented. */
  status: PointsAllocationStatus;
  /**
   * Total value of the points awarded; where it is 0, `originalPoints` stands in. The document's
   * own sample sends 0 in both: then the amount awarded is not known (the breakup card leaves it
   * out rather than show 0).
   */
  pointsValue: number;
  /** Points initially awarded. */
  originalPoints: number | null;
  /**
   * Exclusive points still available. The document's expired sample sends its lapsed points here
   * too: count them as available only while `status` is `active` (or `unknown`).
   */
  pointsExclusive: number | null;
  /**
   * Value of points redeemed from this allocation. This and `expiredValue` and `returnedValue`
   * may be 0 while their `…ExclusiveValue` holds the points (the document's sample:
   * `expired_value` 0, `expired_exclusive_value` 50); the breakup card then shows the exclusive
   * value.
   */
  redeemedValue: number;
  /** Exclusive value of redeemed points. */
  redeemedExclusiveValue: number | null;
  /** Value of points that expired (see `redeemedValue` for when it is 0). */
  expiredValue: number;
  /** Exclusive value of expired points. */
  expiredExclusiveValue: number | null;
  /** Value of points returned (see `redeemedValue` for when it is 0). */
  returnedValue: number;
  /** Exclusive value of returned points. */
  returnedExclusiveValue: number | null;
  /** When the points were awarded. */
  awardedDate: Date | null;
  /** When the awarded points expire. */
  expiryDate: Date | null;
  /** When the entry was last updated automatically. */
  autoUpdateTime: Date | null;
  /** Store or till where the transaction took place. */
  tillId: number | null;
  /** Category of points awarded or deducted. */
  pointCategoryId: number | null;
  /** Loyalty programme id. */
  programId: number | null;
  /** Event log that recorded the transaction (the ledger's `eventLogId`). */
  eventLogId: number | null;
  /** Type of the event (see `EVENT_TYPES`). */
  eventTypeId: number | null;
  /** Source type the points were earned from. */
  pointsSourceTypeId: number | null;
  /** Source entity that awarded the points. */
  pointsSourceId: number | null;
  /** Customer programme state id. */
  cpsId: number | null;
  /** Customer the points are allocated to. */
  customerId: number | null;
  /** Customer before a merge or update. */
  originalCustomerId: number | null;
  /** Strategy that sets the expiry. */
  expiryStrategyId: number | null;
  /** Strategy that allocated the points. */
  allocationStrategyId: number | null;
  /** Organisation id. */
  orgId: number | null;
}

/** One page of allocations; pages count from 1. */
export interface PointsAllocationPage {
  /** The allocations of this page. */
  allocations: PointsAllocation[];
  /** This page's number, from 1. */
  page: number;
  /** Rows asked for per page. */
  count: number;
  /** Whether a further page may exist (this page came back full). */
  hasMore: boolean;
  /**
   * Rows that did not fit the documented shape and were left out, and fields left empty (see
   * `CapillaryMessage`).
   */
  warnings: CapillaryMessage[];
}
