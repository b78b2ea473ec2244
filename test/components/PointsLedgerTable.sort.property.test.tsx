import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyMinuteAgo, ledgerPage } from '../utils/ledgerWireArbitraries.js';
import {
  expectedSignature,
  now,
  pointsShown,
  renderLoaded,
  rowSignature,
  setupLedgerTable,
  shownRows,
  zone,
} from '../utils/ledgerTableHarness.js';

setupLedgerTable();

type Column = 'date' | 'points';
type Direction = 'ascending' | 'descending';
interface Sort {
  column: Column;
  direction: Direction;
}

/** The choices of the Sort by select (narrow layouts), by the sort each stands for. */
const CHOICES = {
  'Newest first': { column: 'date', direction: 'descending' },
  'Oldest first': { column: 'date', direction: 'ascending' },
  'Most points': { column: 'points', direction: 'descending' },
  'Fewest points': { column: 'points', direction: 'ascending' },
} as const satisfies Record<string, Sort>;
type Choice = keyof typeof CHOICES;

const HEADERS = { date: 'Date', points: 'Points' } as const;

/** What a member does: press a column's header, or pick from the Sort by select. */
const action = fc.oneof(
  fc.record({ header: fc.constantFrom<Column>('date', 'points') }),
  fc.record({ choice: fc.constantFrom<Choice>(...(Object.keys(CHOICES) as Choice[])) }),
);

/**
 * Events often at one minute (a sort's ties), else any: their points tie often by themselves
 * (none, or the same round figure).
 */
const minutesAgo = fc.oneof(fc.constantFrom(5, 90, 24 * 60 + 3), anyMinuteAgo);

describe('PointsLedgerTable sorting on arbitrary ledger pages', () => {
  it('orders the rows by the column and direction chosen, ties in the order the ledger sent them', async () => {
    await fc.assert(
      fc.asyncProperty(
        zone,
        ledgerPage(now, {
          minEvents: 1,
          maxEvents: 7,
          maxUnreadable: 1,
          minutesAgo,
          sameMinutes: true,
        }),
        fc.array(action, { minLength: 1, maxLength: 3 }),
        async (zone, { body, readable }, actions) => {
          try {
            await renderLoaded(body, zone);
            const user = userEvent.setup();
            const table = screen.getByRole('table');
            // The table opens newest first; a header pressed sorts by it, most first, and pressed
            // again while so, least first.
            let sort: Sort = { column: 'date', direction: 'descending' };
            for (const each of actions) {
              if ('header' in each) {
                await user.click(within(table).getByRole('button', { name: HEADERS[each.header] }));
                sort = {
                  column: each.header,
                  direction:
                    sort.column === each.header && sort.direction === 'descending'
                      ? 'ascending'
                      : 'descending',
                };
              } else {
                await user.selectOptions(screen.getByLabelText('Sort by'), each.choice);
                sort = CHOICES[each.choice];
              }
            }

            // Worked out from the page: by the date, or by the points the Points cell shows
            // first (promised ones when they are all); equal rows in the order the ledger sent
            // them, in either direction (Array.prototype.sort is stable).
            const sign = sort.direction === 'ascending' ? 1 : -1;
            const key = ({ minutesAgo, expected }: (typeof readable)[number]) =>
              sort.column === 'date' ? -minutesAgo : pointsShown(expected);
            const expected = [...readable].sort((a, b) => sign * (key(a) - key(b)));
            expect(shownRows().map(rowSignature)).toEqual(
              expected.map((event) => expectedSignature(event, zone)),
            );

            // Said as it is shown: the sorted header, the select, and a screen reader's words.
            for (const column of ['date', 'points'] as const) {
              const header = table.querySelector(`[role="columnheader"][data-column="${column}"]`);
              expect(header).toHaveAttribute(
                'aria-sort',
                column === sort.column ? sort.direction : 'none',
              );
            }
            const choice = (Object.keys(CHOICES) as Choice[]).find(
              (name) =>
                CHOICES[name].column === sort.column && CHOICES[name].direction === sort.direction,
            );
            expect(screen.getByLabelText('Sort by')).toHaveDisplayValue(choice ?? '');
            if (sort.column !== 'date' || sort.direction !== 'descending') {
              expect(screen.getByRole('status')).toHaveTextContent(
                `Sorted by ${HEADERS[sort.column]}, ${sort.direction}`,
              );
            }
          } finally {
            cleanup();
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);
});
