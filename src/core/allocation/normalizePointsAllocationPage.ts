import * as v from 'valibot';
import { normalizeEach } from '../parse/normalizeEach.js';
import { emptyIfUnreadable, parseWire, parseWireLeniently } from '../parse/parseWire.js';
import {
  wireNumber,
  wireOptionalDate,
  wireOptionalNumber,
  wireOptionalText,
} from '../parse/wireFields.js';
import type {
  PointsAllocation,
  PointsAllocationPage,
  PointsAllocationStatus,
} from './PointsAllocation.js';

const zeroIfAbsent = v.pipe(
  wireOptionalNumber,
  v.transform((value) => value ?? 0),
);

/**
 * A row is its id, status, points and the event it belongs to; the other ids and its dates
 * describe it, and leniently read, one that cannot be read is left empty, not the row's points.
 */
function allocationSchema(lenient: boolean) {
  const id = emptyIfUnreadable(lenient, wireOptionalNumber);
  // Allocation dates are epoch milliseconds, so the time zone never applies.
  const date = emptyIfUnreadable(lenient, wireOptionalDate('UTC'));
  return v.pipe(
    v.object({
      id: wireNumber,
      status: wireOptionalText,
      points_value: zeroIfAbsent,
      original_points: wireOptionalNumber,
      points_exclusive: wireOptionalNumber,
      redeemed_value: zeroIfAbsent,
      redeemed_exclusive_value: wireOptionalNumber,
      expired_value: zeroIfAbsent,
      expired_exclusive_value: wireOptionalNumber,
      returned_value: zeroIfAbsent,
      returned_exclusive_value: wireOptionalNumber,
      awarded_date: date,
      expiry_date: date,
      auto_update_time: date,
      till_id: id,
      point_category_id: id,
      program_id: id,
      event_log_id: wireOptionalNumber,
      event_type_id: id,
      points_source_type_id: id,
      points_source_id: id,
      cps_id: id,
      customer_id: id,
      original_customer_id: id,
      expiry_strategy_id: id,
      allocation_strategy_id: id,
      org_id: id,
    }),
    v.transform((raw): PointsAllocation => ({
      id: raw.id,
      rawStatus: raw.status,
      status: toStatus(raw.status),
      pointsValue: raw.points_value,
      originalPoints: raw.original_points,
      pointsExclusive: raw.points_exclusive,
      redeemedValue: raw.redeemed_value,
      redeemedExclusiveValue: raw.redeemed_exclusive_value,
      expiredValue: raw.expired_value,
      expiredExclusiveValue: raw.expired_exclusive_value,
      returnedValue: raw.returned_value,
      returnedExclusiveValue: raw.returned_exclusive_value,
      awardedDate: raw.awarded_date,
      expiryDate: raw.expiry_date,
      autoUpdateTime: raw.auto_update_time,
      tillId: raw.till_id,
      pointCategoryId: raw.point_category_id,
      programId: raw.program_id,
      eventLogId: raw.event_log_id,
      eventTypeId: raw.event_type_id,
      pointsSourceTypeId: raw.points_source_type_id,
      pointsSourceId: raw.points_source_id,
      cpsId: raw.cps_id,
      customerId: raw.customer_id,
      originalCustomerId: raw.original_customer_id,
      expiryStrategyId: raw.expiry_strategy_id,
      allocationStrategyId: raw.allocation_strategy_id,
      orgId: raw.org_id,
    })),
  );
}

function toStatus(status: string | null): PointsAllocationStatus {
  switch (status?.toUpperCase()) {
    case 'ACTIVE':
      return 'active';
    case 'REDEEMED':
      return 'redeemed';
    case 'EXPIRED':
      return 'expired';
    case 'RETURNED':
      return 'returned';
    default:
      return 'unknown';
  }
}

/**
 * Normalizes the allocation endpoint's answer (a JSON array of rows). Rows that do not fit are
 * left out, and descriptive fields that do not fit left empty, each reported in `warnings`; a body that is not an array throws `LoyaltyParseError`.
 */
export function normalizePointsAllocationPage(
  body: unknown,
  options: { page: number; count: number },
): PointsAllocationPage {
  const rows = parseWire(v.array(v.unknown()), body);
  const schemas = { strict: allocationSchema(false), lenient: allocationSchema(true) };
  const { items, warnings } = normalizeEach(rows, '', (row, path, warn) =>
    parseWireLeniently(schemas, row, path, warn),
  );
  return {
    allocations: items,
    page: options.page,
    count: options.count,
    hasMore: rows.length >= options.count,
    warnings,
  };
}
