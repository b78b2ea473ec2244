import { describe, expectTypeOf, it } from 'vitest';
import type { PointsAllocation } from '../../src/core/allocation/PointsAllocation.js';
import type { LoyaltyApiError } from '../../src/core/client/LoyaltyApiError.js';
import type { HistoricalPointsEntry } from '../../src/core/history/HistoricalPointsEntry.js';
import type { LedgerEvent } from '../../src/core/ledger/LedgerEvent.js';
import {
  type HistoryFilter,
  loyaltyKeys,
  type PointsTimelineRow,
  useHistoricalPoints,
  useLedgerEvents,
  usePointsAllocation,
  usePointsTimeline,
  useStreaks,
  useTargets,
  type LoyaltyParseError,
  type StreakState,
  type TargetState,
} from '../../src/index.js';

const customer = { identifierName: 'mobile', identifierValue: '1', source: 'INSTORE' };

describe('public hook types', () => {
  it('useLedgerEvents takes a customer and returns typed events and errors', () => {
    const result = useLedgerEvents({ customer, include: ['billDetails'], pageSize: 50 });
    expectTypeOf(result.events).toEqualTypeOf<readonly LedgerEvent[]>();
    expectTypeOf(result.error).toEqualTypeOf<LoyaltyApiError | null>();
    expectTypeOf(result.fetchNextPage).toBeFunction();
    expectTypeOf(result.retry).toEqualTypeOf<() => void>();
    // @ts-expect-error the customer is required
    useLedgerEvents({ pageSize: 10 });
    // @ts-expect-error include takes only the API's optional parts
    useLedgerEvents({ customer, include: ['everything'] });
  });

  it('usePointsAllocation takes an event type id or an event name, not both', () => {
    const result = usePointsAllocation({ entityId: 1, customerId: 2, eventName: 'TransactionAdd' });
    expectTypeOf(result.allocations).toEqualTypeOf<readonly PointsAllocation[]>();
    usePointsAllocation({ entityId: 1, customerId: 2, eventTypeId: 15 });
    // @ts-expect-error one of eventTypeId or eventName
    usePointsAllocation({
      entityId: 1,
      customerId: 2,
      eventTypeId: 15,
      eventName: 'TransactionAdd',
    });
  });

  it('useHistoricalPoints takes the API filters or a Date range', () => {
    const result = useHistoricalPoints(1, {
      filter: { filterType: 'DATE', from: new Date(), to: new Date() },
    });
    expectTypeOf(result.entries).toEqualTypeOf<readonly HistoricalPointsEntry[]>();
    useHistoricalPoints('1', {
      filter: { filterType: 'TRANSACTION_TYPE', filterValues: ['CREDIT'] },
    });
    // @ts-expect-error -- TRANSACTION_TYPE is CREDIT or DEBIT
    const refund: HistoryFilter = { filterType: 'TRANSACTION_TYPE', filterValues: ['REFUND'] };
    expectTypeOf(refund).toEqualTypeOf<HistoryFilter>();
  });

  it('usePointsTimeline rows say which source they come from', () => {
    const { rows } = usePointsTimeline({ customer, customerId: 1 });
    expectTypeOf(rows).toEqualTypeOf<readonly PointsTimelineRow[]>();
    const row = rows[0];
    if (row?.source === 'ledger') expectTypeOf(row.event).toEqualTypeOf<LedgerEvent>();
    if (row?.source === 'history') expectTypeOf(row.entry).toEqualTypeOf<HistoricalPointsEntry>();
  });

  it('useStreaks and useTargets fold webhook events or a subscription into typed states', () => {
    const streaks = useStreaks({ events: [] });
    expectTypeOf(streaks.data).toEqualTypeOf<readonly StreakState[]>();
    expectTypeOf(streaks.skippedCount).toEqualTypeOf<number>();
    const targets = useTargets({ subscribe: () => () => {} });
    expectTypeOf(targets.data).toEqualTypeOf<readonly TargetState[]>();
    expectTypeOf(targets.error).toEqualTypeOf<LoyaltyParseError | null>();
    // @ts-expect-error -- events or subscribe is required
    useTargets({});
  });

  it('loyaltyKeys build keys under one prefix', () => {
    expectTypeOf(loyaltyKeys.all).toEqualTypeOf<readonly ['capillary-loyalty']>();
    const client = { baseUrl: '/api/loyalty', timeZone: 'Asia/Kolkata' };
    expectTypeOf(loyaltyKeys.ledger(client, { customer })[0]).toEqualTypeOf<'capillary-loyalty'>();
  });
});
