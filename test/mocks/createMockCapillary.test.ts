import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../src/core/eventTypes.js';
import { normalizePointsAllocationPage } from '../../src/core/allocation/normalizePointsAllocationPage.js';
import genericEvent from '../fixtures/ledger/generic-event.json' with { type: 'json' };
import targetCompleted from '../fixtures/ledger/target-completed.json' with { type: 'json' };
import type { WireLedgerEvent } from '../fixtures/generateLedger.js';
import { allocationsFor } from './allocationsFor.js';
import { createMockCapillary } from './createMockCapillary.js';

// The mock serves tests and Storybook alike: it must answer as Capillary would.
describe('the mock Capillary', () => {
  it("compares imported dates with a DATE filter's range in the organisation's zone", async () => {
    const api = createMockCapillary({
      organizationTimeZone: 'Asia/Kolkata',
      customers: [
        {
          customerId: 1,
          mobile: '1',
          ledger: [],
          allocations: [],
          // 20:00 on the 12th in Kolkata; read as UTC, it would be 01:30 on the 13th there.
          history: [{ entryType: 'CREDIT', points: 10, eventDate: '2026-01-12 20:00:00' }],
        },
      ],
    });
    const entries = async (from: string, to: string) => {
      const response = await api.handle(
        new Request('https://capillary.test/v2/historicalPoints/getHistoricalPoints/1', {
          method: 'POST',
          body: JSON.stringify({
            filter: { filterType: 'DATE', filterValues: [from, to] },
            pageDetails: { offset: 0, limit: 10 },
          }),
        }),
      );
      return ((await response.json()) as { historicalPointsData: unknown[] }).historicalPointsData;
    };
    expect(await entries('2026-01-12T00:00:00+05:30', '2026-01-12T23:59:59+05:30')).toHaveLength(1);
    expect(await entries('2026-01-13T00:00:00+05:30', '2026-01-13T23:59:59+05:30')).toHaveLength(0);
  });

  it("serves a behavioural event's allocations by its reference, with integer ids as documented", async () => {
    const ledger = genericEvent.events as WireLedgerEvent[];
    const [event] = ledger;
    const api = createMockCapillary({
      customers: [
        { customerId: 1, mobile: '1', ledger, history: [], allocations: allocationsFor(ledger, 1) },
      ],
    });
    const url = new URL('https://capillary.test/x/neo/pointsAllocation/event');
    url.search = new URLSearchParams({
      entity_id: String(event?.eventReferenceId),
      customer_id: '1',
      event_type_id: String(EVENT_TYPES.idOf('GenericEvent')),
    }).toString();
    const response = await api.handle(
      new Request(url, { headers: { 'x-cap-neo-dag-scope': 'global' } }),
    );
    const page = normalizePointsAllocationPage(await response.json(), { page: 1, count: 10 });
    expect(page.allocations.length).toBeGreaterThan(0);
    expect(page.allocations.every((row) => row.eventLogId === event?.eventLogId)).toBe(true);
    expect(page.warnings).toEqual([]);
  });

  it("allocates a target event's points, which sit in its targets", () => {
    const ledger = targetCompleted.events as WireLedgerEvent[];
    const rows = allocationsFor(ledger, 1);
    // The document's three TargetCompleted events earn 100 promotional points each.
    expect(rows.map((row) => row.points_value)).toEqual([100, 100, 100]);
  });
});
