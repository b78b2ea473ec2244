import * as v from 'valibot';
import { normalizeEach } from '../parse/normalizeEach.js';
import { emptyIfUnreadable, parseWire, parseWireLeniently } from '../parse/parseWire.js';
import {
  wireNumber,
  wireOptionalDate,
  wireOptionalNumber,
  wireOptionalText,
} from '../parse/wireFields.js';
import type { PointsAllocation, PointsAllocationPage } from './PointsAllocation.js';

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
    v.transform(({ status, ...raw }): PointsAllocation => ({
      rawStatus: status,
      status: STATUSES.find((known) => known === status?.toLowerCase()) ?? 'unknown',
      ...camelKeys(raw),
    })),
  );
}

const STATUSES = ['active', 'redeemed', 'expired', 'returned'] as const;

type Camel<Key extends string> = Key extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<Camel<Tail>>}`
  : Key;

/** The row with the document's snake_case names in the model's camelCase (`till_id` → `tillId`). */
function camelKeys<Row extends object>(row: Row) {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key.replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase()),
      value,
    ]),
  ) as { [Key in keyof Row as Camel<Key & string>]: Row[Key] };
}

/**
 * Normalizes the allocation endpoint's answer (a JSON array of rows). Rows that do not fit are
 * left out, and descriptive fields that do not fit left empty, each reported in `warnings`; a body
 * that is not an array throws `LoyaltyParseError`.
 */
export function normalizePointsAllocationPage(
  body: unknown,
  options: {
    /** Page the rows were asked for, from 1. */
    page: number;
    /** Rows asked for per page (`count`): a full page means another may follow (`hasMore`). */
    count: number;
  },
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
