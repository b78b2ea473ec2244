import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ledgerPage, type ReadableWireEvent } from '../utils/ledgerWireArbitraries.js';
import {
  dayInput,
  dayOf,
  entries,
  expectedSignature,
  inputDay,
  minutesAgoAround,
  now,
  pointsShown,
  renderLoaded,
  rowSignature,
  setupLedgerTable,
  shownRows,
  startOfDayIn,
  zone as anyZone,
  type Zone,
} from '../utils/ledgerTableHarness.js';

setupLedgerTable();

/** A date field's pick: left alone, a day next to an event's, or some days back from today. */
const datePick = fc.oneof(
  fc.constant(null),
  fc.record({ event: fc.nat(), delta: fc.integer({ min: -1, max: 1 }) }),
  fc.record({ back: fc.integer({ min: 0, max: 185 }) }),
);
type DatePick = null | { event: number; delta: number } | { back: number };

/**
 * A bill number search: none, a piece of a bill number, redemption number or reference of the
 * page (its ASCII letters in any case, maybe with spaces about it), or words of no event.
 */
const billPick = fc.oneof(
  fc.constant(null),
  fc.record({
    key: fc.nat(),
    start: fc.nat(),
    length: fc.integer({ min: 1, max: 12 }),
    upper: fc.array(fc.boolean(), { maxLength: 12 }),
    pad: fc.constantFrom('', ' ', '  '),
  }),
  fc.constantFrom('NO-SUCH-BILL', 'bill', 'TXN', '1', '-'),
);
type BillPick =
  null | string | { key: number; start: number; length: number; upper: boolean[]; pad: string };

const DIRECTIONS = { all: 'All', earned: 'Earned', redeemed: 'Redeemed' } as const;
type Direction = keyof typeof DIRECTIONS;

/** What a member could search a row by: its bill's and redemptions' numbers, and its reference. */
function searchables({ expected }: ReadableWireEvent): string[] {
  return [expected.billNumber, ...expected.redemptionNumbers, expected.reference].filter(
    (text): text is string => text !== null,
  );
}

/** The bill number the member types for `pick`, or null to leave the field alone. */
function billQuery(pick: BillPick, readable: readonly ReadableWireEvent[]): string | null {
  if (pick === null || typeof pick === 'string') return pick;
  const keys = readable.flatMap(searchables);
  const key = keys[pick.key % Math.max(keys.length, 1)];
  if (key === undefined) return 'NO-SUCH-BILL';
  // Whole code points: half a surrogate pair is nothing a member types.
  const points = Array.from(key);
  const start = pick.start % points.length;
  const piece = points
    .slice(start, start + pick.length)
    // A–Z in either case; other letters as they are (a case of its own: see foldAscii).
    .map((point, index) =>
      /^[a-z]$/i.test(point)
        ? pick.upper[index]
          ? point.toUpperCase()
          : point.toLowerCase()
        : point,
    )
    .join('');
  // Only spaces: no search at all, which the Type and date properties already cover.
  return piece.trim() === '' ? null : `${pick.pad}${piece}${pick.pad}`;
}

/** Letters A–Z in one case: the search ignores case, and for these the rule is plain. */
const foldAscii = (text: string) => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());

/**
 * The day a date field's pick names, kept inside the table's loaded range (from its `first` to its
 * `last` day); `untouched` for a field left alone.
 */
function pickDay(
  pick: DatePick,
  readable: readonly ReadableWireEvent[],
  zone: Zone,
  range: { first: number; last: number },
  untouched: number,
): number {
  let day: number;
  if (pick === null) return untouched;
  if ('back' in pick) day = dayOf(now, zone) - pick.back;
  else {
    const event = readable[pick.event % readable.length] as ReadableWireEvent;
    day = dayOf(now - event.minutesAgo * 60_000, zone) + pick.delta;
  }
  return Math.min(Math.max(day, range.first), range.last);
}

/** Lets the 300 ms the table waits for typing to stop run out (on the faked clock). */
const settle = () => act(() => vi.advanceTimersByTime(350));

describe('PointsLedgerTable filters on arbitrary ledger pages', () => {
  it('shows exactly the entries matching the filters a member sets, and all again once cleared', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyZone.chain((zone) =>
          fc.record({
            zone: fc.constant(zone),
            page: ledgerPage(now, {
              minEvents: 1,
              maxEvents: 6,
              maxUnreadable: 1,
              minutesAgo: minutesAgoAround(zone),
            }),
            from: datePick,
            to: datePick,
            direction: fc.constantFrom<Direction>('all', 'earned', 'redeemed'),
            bill: billPick,
            typed: fc.boolean(),
          }),
        ),
        async ({ zone, page: { body, readable }, ...pick }) => {
          try {
            await renderLoaded(body, zone);
            // Loaded: from here on only the table's typing delays use timers, run on a faked
            // clock so forty members' worth of typing takes seconds, not forty.
            vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
            const user = userEvent.setup({ delay: null });
            const fromField = screen.getByLabelText<HTMLInputElement>('From');
            const toField = screen.getByLabelText<HTMLInputElement>('To');
            const typeField = screen.getByLabelText<HTMLSelectElement>('Type');
            const billField = screen.getByLabelText<HTMLInputElement>('Bill number');
            const status = screen.getByRole('status');
            const defaults = { from: fromField.value, to: toField.value };
            const range = { first: inputDay(defaults.from), last: inputDay(defaults.to) };
            // The table opens on the last 180 days, up to today in its zone.
            expect(range.last).toBe(dayOf(now, zone));
            expect(range.last - range.first).toBe(179);

            // The member's filters, set as a member would.
            let fromDay = pickDay(pick.from, readable, zone, range, range.first);
            let toDay = pickDay(pick.to, readable, zone, range, range.last);
            // A From past the To is explained, not applied (the example tests'): pick in order.
            if (fromDay > toDay) [fromDay, toDay] = [toDay, fromDay];
            fireEvent.change(fromField, { target: { value: dayInput(fromDay) } });
            fireEvent.change(toField, { target: { value: dayInput(toDay) } });
            await user.selectOptions(typeField, DIRECTIONS[pick.direction]);
            const query = billQuery(pick.bill, readable);
            if (query !== null) {
              await user.click(billField);
              // Typed key by key (each keystroke restarting the delay), or pasted. Control
              // characters are pasted: typed, some would be keys (Enter) rather than text.
              // eslint-disable-next-line no-control-regex -- the characters meant
              if (pick.typed && !/[\u0000-\u001f\u007f]/.test(query)) {
                // `{` and `[` open a key's name to user-event: doubled, they are typed.
                await user.type(billField, query.replace(/[{[]/g, '$&$&'));
              } else await user.paste(query);
            }
            await settle();

            // What must show and what may: the dates and the type decide alone. A bill number
            // or a redemption's transaction number holding the search must show; a row matching
            // only by another reference (a target's name, a redemption id) may (see the report).
            const from = startOfDayIn(fromDay, zone);
            const to = startOfDayIn(toDay + 1, zone) - 1;
            const inRange = readable.filter(({ minutesAgo }) => {
              const time = now - minutesAgo * 60_000;
              return time >= from && time <= to;
            });
            const ofType = inRange.filter(({ expected }) => {
              const points = pointsShown(expected);
              return (
                pick.direction === 'all' || (pick.direction === 'earned' ? points > 0 : points < 0)
              );
            });
            const search = query?.trim() ?? '';
            const must = (event: ReadableWireEvent) =>
              search === '' ||
              [event.expected.billNumber, ...event.expected.redemptionNumbers].some(
                (number) => number !== null && foldAscii(number).includes(foldAscii(search)),
              );
            const may = (event: ReadableWireEvent) =>
              must(event) ||
              searchables(event).some((text) => text.toLowerCase().includes(search.toLowerCase()));
            const candidates = ofType.filter(may).sort((a, b) => a.minutesAgo - b.minutesAgo);

            // Newest first, every row one that may show, and none that must show left out.
            const rows = shownRows().map(rowSignature);
            let next = 0;
            for (const [index, row] of rows.entries()) {
              while (
                next < candidates.length &&
                !equalSignatures(
                  row,
                  expectedSignature(candidates[next] as ReadableWireEvent, zone),
                )
              ) {
                const skipped = candidates[next] as ReadableWireEvent;
                expect(must(skipped), `row ${index} passed over an entry that matches`).toBe(false);
                next++;
              }
              expect(next, `row ${index} is no entry that matches`).toBeLessThan(candidates.length);
              next++;
            }
            for (const left of candidates.slice(next)) expect(must(left)).toBe(false);

            // The count: of the entries in the date range, how many the other filters show,
            // then why none shows, if none does.
            const empty = rows.length === 0 ? '. No points activity matches these filters' : '';
            if (inRange.length === 0) {
              expect(status).toHaveTextContent(/^No points activity matches these filters/);
            } else if (rows.length === inRange.length) {
              expect(status).toHaveTextContent(new RegExp(`^${entries(rows.length)} loaded`));
            } else {
              expect(status).toHaveTextContent(
                new RegExp(`^${entries(rows.length)} shown of ${inRange.length} loaded${empty}`),
              );
            }

            // Cleared, every entry is back, newest first, the fields as they opened.
            const clear = screen.queryByRole('button', { name: 'Clear filters' });
            if (rows.length === 0) {
              expect(clear).not.toBeNull();
              await user.click(clear as HTMLElement);
              // At once: the typing delay is for typing.
            } else {
              // Clear filters is offered where filters leave nothing: here the member undoes them.
              expect(clear).toBeNull();
              fireEvent.change(fromField, { target: { value: defaults.from } });
              fireEvent.change(toField, { target: { value: defaults.to } });
              await user.selectOptions(typeField, 'All');
              await user.clear(billField);
              await settle();
            }
            expect(fromField).toHaveValue(defaults.from);
            expect(toField).toHaveValue(defaults.to);
            expect(typeField).toHaveValue('all');
            expect(billField).toHaveValue('');
            expect(status).toHaveTextContent(new RegExp(`^${entries(readable.length)} loaded`));
            const newestFirst = [...readable].sort((a, b) => a.minutesAgo - b.minutesAgo);
            expect(shownRows().map(rowSignature)).toEqual(
              newestFirst.map((event) => expectedSignature(event, zone)),
            );
          } finally {
            cleanup();
            vi.useRealTimers();
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);
});

function equalSignatures(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
