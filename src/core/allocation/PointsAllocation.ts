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
  /** Total value of the points awarded. */
  pointsValue: number;
  /** Points initially awarded. */
  originalPoints: number | null;
  /** Exclusive points still available. */
  pointsExclusive: number | null;
  /** Value of points redeemed from this allocation. */
  redeemedValue: number;
  /** Exclusive value of redeemed points. */
  redeemedExclusiveValue: number | null;
  /** Value of points that expired. */
  expiredValue: number;
  /** Exclusive value of expired points. */
  expiredExclusiveValue: number | null;
  /** Value of points returned. */
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
  /** Rows that did not fit the documented shape and were left out, and fields left empty. */
  warnings: CapillaryMessage[];
}
