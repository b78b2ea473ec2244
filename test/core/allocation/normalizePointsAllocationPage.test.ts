import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePointsAllocationPage } from '../../../src/core/allocation/normalizePointsAllocationPage.js';
import { LoyaltyParseError } from '../../../src/core/parse/LoyaltyParseError.js';
import quirks from '../../fixtures/allocation/quirks.json' with { type: 'json' };
import documented from '../../fixtures/allocation/transaction-add-expired.json' with { type: 'json' };

const options = { page: 1, count: 10 };

describe('normalizePointsAllocationPage', () => {
  it("reads the document's sample: an expired allocation with its dates", () => {
    const page = normalizePointsAllocationPage(documented, options);
    expect(page.allocations).toHaveLength(1);
    expect(page.allocations[0]).toMatchObject({
      id: 31787856,
      status: 'expired',
      rawStatus: 'EXPIRED',
      pointsExclusive: 50,
      expiredExclusiveValue: 50,
      eventLogId: 10072893,
      eventTypeId: 15,
      customerId: 374819205,
    });
    expect(page.allocations[0]?.awardedDate?.toISOString()).toBe('2022-03-28T17:44:32.000Z');
    expect(page.hasMore).toBe(false);
  });

  it('reads numbers and epoch dates sent as strings, keeps undocumented statuses visible as unknown, and skips a row without id', () => {
    const page = normalizePointsAllocationPage(quirks, options);
    expect(page.allocations.map((row) => [row.id, row.status, row.pointsValue])).toEqual([
      [31787857, 'active', 120],
      [31787858, 'unknown', 80],
    ]);
    expect(page.allocations[0]?.returnedValue).toBe(0);
    expect(page.allocations[0]?.awardedDate?.toISOString()).toBe('2024-10-25T22:59:12.000Z');
    expect(page.allocations[1]?.rawStatus).toBe('PARTIALLY_REDEEMED');
    expect(page.warnings).toHaveLength(1);
    expect(page.warnings[0]?.message).toContain('[2].id');
  });

  it('says a page is full when it holds `count` rows', () => {
    expect(normalizePointsAllocationPage(documented, { page: 2, count: 1 }).hasMore).toBe(true);
  });

  it('turns any JSON value into a page or a LoyaltyParseError, never a crash', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.array(fc.jsonValue()),
          fc.array(
            fc.dictionary(
              fc.constantFrom('id', 'status', 'points_value', 'expiry_date', 'awarded_date'),
              fc.jsonValue(),
            ),
          ),
        ),
        (body) => {
          try {
            normalizePointsAllocationPage(body, options);
          } catch (error) {
            expect(error).toBeInstanceOf(LoyaltyParseError);
          }
        },
      ),
    );
  });
});
