import { cleanup, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { now, renderLoaded, setupLedgerTable, ZONES } from '../utils/ledgerTableHarness.js';
import { LEAKED_VALUE, ledgerPage } from '../utils/ledgerWireArbitraries.js';

const [UTC] = ZONES;
setupLedgerTable();

/** A shown figure ("+1,234.5", "-0.001", "0") in thousandths of a point. */
function thousandthsOf(text: string): number {
  expect(text).toMatch(/^[+-]?[\d,]+(\.\d{1,3})?$/);
  return Math.round(Number(text.replace(/,/g, '')) * 1000);
}

/** The figures of a row's Points cell, each with its state (credit, debit, none, pending). */
function shownPoints(row: HTMLElement) {
  const cell = row.querySelector('[data-column="points"]');
  if (!cell) throw new Error('a row without a Points cell');
  return [...cell.querySelectorAll('.clw-points')].map((figure) => ({
    state: figure.getAttribute('data-state'),
    value: thousandthsOf(figure.textContent),
  }));
}

/** What the Points cell must show: the spendable points, then the promised ones, if any. */
function expectedPoints({ net, promised }: { net: number; promised: number }) {
  const lines: { state: string; value: number }[] = [];
  // Promised points alone stand in for zero spendable ones.
  if (net !== 0 || promised === 0) {
    lines.push({ state: net > 0 ? 'credit' : net < 0 ? 'debit' : 'none', value: net });
  }
  if (promised !== 0) lines.push({ state: 'pending', value: promised });
  return lines;
}

describe('PointsLedgerTable on arbitrary ledger pages', () => {
  it('shows every readable event with the points it earned, and says when some could not be shown', async () => {
    const consoleError = vi.spyOn(console, 'error');
    await fc.assert(
      fc.asyncProperty(
        ledgerPage(now, { maxEvents: 6, maxUnreadable: 2 }),
        async ({ body: page, readable, unreadableCount }) => {
          try {
            const view = await renderLoaded(page, UTC);
            const root = view.container;
            // Never a crash, an error notice or a programming value in place of the activity.
            expect(root.querySelector('[data-slot="render-failure"]')).toBeNull();
            expect(screen.queryByRole('alert')).toBeNull();
            expect(root.textContent).not.toMatch(LEAKED_VALUE);
            for (const labelled of root.querySelectorAll('[aria-label]')) {
              expect(labelled.getAttribute('aria-label')).not.toMatch(LEAKED_VALUE);
            }

            const status = screen.getByRole('status');
            if (readable.length === 0) {
              const empty = root.querySelector('[data-slot="empty"]');
              expect(empty).toHaveTextContent(
                unreadableCount === 0
                  ? 'No points activity in the last 6 months'
                  : unreadableCount === 1
                    ? 'An entry could not be shown.'
                    : 'Some entries could not be shown.',
              );
              return;
            }
            expect(status).toHaveTextContent(new RegExp(`^${readable.length} entr(y|ies) loaded`));
            if (unreadableCount > 0) {
              expect(root.querySelector('[data-slot="warnings"]')).toHaveTextContent(
                unreadableCount === 1
                  ? 'An entry could not be shown.'
                  : 'Some entries could not be shown.',
              );
            }

            // Newest first: the events happened at distinct minutes.
            const newestFirst = [...readable].sort((a, b) => a.minutesAgo - b.minutesAgo);
            const table = screen.getByRole('table');
            const rows = within(table).getAllByRole('row').slice(1);
            expect(rows).toHaveLength(readable.length);
            rows.forEach((row, index) => {
              const { expected } = newestFirst[index] as (typeof newestFirst)[number];
              expect(shownPoints(row)).toEqual(expectedPoints(expected));
              expect(row.querySelector('[data-column="reference"]')?.textContent).toBe(
                expected.reference ?? '',
              );
            });
            expect(consoleError).not.toHaveBeenCalled();
          } finally {
            cleanup();
          }
        },
      ),
      { numRuns: 60 },
    );
    consoleError.mockRestore();
  }, 120_000);
});
