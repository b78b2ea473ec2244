import { cleanup } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ExpectedEvent, ledgerPage } from '../utils/ledgerWireArbitraries.js';
import {
  cellOf,
  dayText,
  now,
  renderLoaded,
  setupLedgerTable,
  shownRows,
  zone,
  type Zone,
} from '../utils/ledgerTableHarness.js';

setupLedgerTable();

/**
 * Event names (points-allocation-by-event.txt) whose points left the member as they lapsed, and
 * those that take back what an earlier event did (a redemption, a bill, a target, a promotion).
 */
const EXPIRIES = ['PointsExpiry', 'LoyaltySlabEarlyExpiry', 'TierAgnosticPartnerProgramExpiry'];
const TAKEN_BACK = [
  'PointsRedemptionReversal',
  'ReturnBill',
  'GroupReturnBill',
  'ReturnTargetCompletedEvent',
  'RevokeIssuePromotionEvent',
  'RevokeEarnPromotionEvent',
];

/**
 * What the Expiry cell must say: the day the soonest of the points earned expire, in the widget's
 * zone; for points earned with no expiry sent, "No expiry" (to screen readers); else nothing, as
 * no points came to the member.
 */
function expectedExpiry(expected: ExpectedEvent, zone: Zone): string {
  if (expected.expiry !== null) return dayText(expected.expiry, zone);
  return expected.net > 0 ? 'No expiry' : '';
}

/**
 * The Status cells an event may show: Expired, Taken back, Pending while promised points are all
 * it brought, else Completed. Which of the last two an event with a redemption and promised points
 * shows is left open (see the report): the document has no such event, and the two rules the code
 * uses (earned nothing; or shows nothing but promised points) part there.
 */
function allowedStatus(expected: ExpectedEvent): string[] {
  if (EXPIRIES.includes(expected.eventName)) return ['expired'];
  if (TAKEN_BACK.includes(expected.eventName)) return ['reversed'];
  const redeemed = expected.redemptions.some((points) => points !== 0);
  if (redeemed && expected.promised > 0) return ['pending', 'completed'];
  return expected.promised > 0 && expected.earned === 0 ? ['pending'] : ['completed'];
}

const STATUS_WORDS: Record<string, string> = {
  expired: 'Expired',
  reversed: 'Taken back',
  pending: 'Pending',
  completed: 'Completed',
};

describe('PointsLedgerTable, Expiry and Status columns on arbitrary ledger pages', () => {
  it('shows when the points earned expire, and how each entry stands, as sent', async () => {
    await fc.assert(
      fc.asyncProperty(
        zone,
        ledgerPage(now, { minEvents: 1, maxEvents: 6, maxUnreadable: 1 }),
        async (zone, { body, readable }) => {
          try {
            await renderLoaded(body, zone);
            // Newest first: the events happened at distinct minutes.
            const newestFirst = [...readable].sort((a, b) => a.minutesAgo - b.minutesAgo);
            const rows = shownRows();
            expect(rows).toHaveLength(readable.length);
            rows.forEach((row, index) => {
              const { expected } = newestFirst[index] as (typeof newestFirst)[number];
              expect(cellOf(row, 'expires').textContent).toBe(expectedExpiry(expected, zone));
              const badge = cellOf(row, 'status').querySelector('.clw-badge');
              const state = badge?.getAttribute('data-state') ?? '';
              expect(allowedStatus(expected)).toContain(state);
              expect(badge?.textContent).toBe(STATUS_WORDS[state]);
            });
          } finally {
            cleanup();
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);
});
