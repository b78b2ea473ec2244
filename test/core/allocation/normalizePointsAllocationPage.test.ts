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

  it('keeps a row and its points when a descriptive id or date cannot be read, and says which', () => {
    const [row] = documented;
    const odd = {
      ...row,
      points_source_id: '5c1f0c9e-behaviour',
      till_id: { id: 1 },
      awarded_date: 'soon',
    };
    const page = normalizePointsAllocationPage([odd], options);
    expect(
      page.allocations.map((allocation) => [allocation.id, allocation.expiredExclusiveValue]),
    ).toEqual([[31787856, 50]]);
    expect(page.allocations[0]).toMatchObject({
      pointsSourceId: null,
      tillId: null,
      awardedDate: null,
    });
    expect(page.warnings.map((warning) => warning.message)).toEqual([
      expect.stringMatching(/^Left a value empty: .*\[0\]\.awarded_date/),
      expect.stringMatching(/^Left a value empty: .*\[0\]\.till_id/),
      expect.stringMatching(/^Left a value empty: .*\[0\]\.points_source_id/),
    ]);
  });

  it('still leaves out a row whose points or event cannot be read', () => {
    const [row] = documented;
    const page = normalizePointsAllocationPage(
      [
        { ...row, expired_value: 'fifty' },
        { ...row, id: 2, event_log_id: 'x' },
      ],
      options,
    );
    expect(page.allocations).toEqual([]);
    expect(page.warnings).toHaveLength(2);
  });

  it('says a page is full when it holds `count` rows', () => {
    expect(normalizePointsAllocationPage(documented, { page: 2, count: 1 }).hasMore).toBe(true);
  });

  it('says more may follow after a full page whose rows were left out, so the next page still loads', () => {
    const [row] = documented;
    const page = normalizePointsAllocationPage([row, { ...row, id: 'x' }], { page: 1, count: 2 });
    expect(page.allocations).toHaveLength(1);
    expect(page.hasMore).toBe(true);
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
