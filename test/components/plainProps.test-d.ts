import { describe, expectTypeOf, it } from 'vitest';
import type { EventBreakupCardProps } from '../../src/components/EventBreakupCard/EventBreakupCard.js';
import type { PointsLedgerTableProps } from '../../src/components/PointsLedgerTable/PointsLedgerTable.js';
import type { StreakProgressProps } from '../../src/components/StreakProgress/StreakProgress.js';
import type { TargetMilestoneBarProps } from '../../src/components/TargetMilestoneBar/TargetMilestoneBar.js';
import type { CustomerIdentifier } from '../../src/core/client/queries.js';
import type { LedgerEvent } from '../../src/core/ledger/LedgerEvent.js';

describe('plain props, as a type checker sees them', () => {
  it('reject a points table with neither a customer nor the events to show', () => {
    expectTypeOf<{ customerId: number }>().not.toExtend<PointsLedgerTableProps>();
    expectTypeOf<{ customer: CustomerIdentifier }>().toExtend<PointsLedgerTableProps>();
    expectTypeOf<{ events: LedgerEvent[] }>().toExtend<PointsLedgerTableProps>();
  });

  it("take a breakup card's event id as a route gives it, a string", () => {
    expectTypeOf<{
      eventLogId: string;
      customer: CustomerIdentifier;
    }>().toExtend<EventBreakupCardProps>();
  });

  it('take a time zone and a locale on every widget', () => {
    const display = { timeZone: 'Asia/Kolkata', locale: 'en-IN' };
    expectTypeOf({ ...display, events: [] as LedgerEvent[] }).toExtend<PointsLedgerTableProps>();
    expectTypeOf({ ...display, event: {} as LedgerEvent }).toExtend<EventBreakupCardProps>();
    expectTypeOf(display).toExtend<StreakProgressProps>();
    expectTypeOf(display).toExtend<TargetMilestoneBarProps>();
  });

  it('take dates as ISO strings and epoch milliseconds in the progress widgets', () => {
    expectTypeOf({
      startDate: '2024-07-01T00:00:00Z',
      endDate: 1_722_384_000_000,
      achievedLevels: [{ level: 1, achievedAt: '2024-07-03' }],
    }).toExtend<StreakProgressProps>();
    expectTypeOf({
      periodStart: '2024-07-01',
      periodEnd: 1_722_384_000_000,
      milestones: [{ value: 500, achievedAt: '2024-07-03' }],
    }).toExtend<TargetMilestoneBarProps>();
  });
});
