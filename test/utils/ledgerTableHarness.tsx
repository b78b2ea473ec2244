import { render, screen, waitFor, within } from '@testing-library/react';
import fc from 'fast-check';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, vi } from 'vitest';
import { PointsLedgerTable } from '../../src/components/PointsLedgerTable/PointsLedgerTable.js';
import { createWrapper } from './createWrapper.js';
import { anyMinuteAgo, type ExpectedEvent, type Json } from './ledgerWireArbitraries.js';

/**
 * What the points table's property tests share: a mock ledger answering one page, a layout the
 * virtualized rows render in, the widget's time zones, and readers of what a row shows, each
 * worked out here from the generated values, never by calling the library.
 */

export const member = {
  identifierName: 'mobile',
  identifierValue: '919800000005',
  source: 'INSTORE',
};

/** Whole minutes, a minute back: every generated event lies in the table's first 180 days. */
export const now = Math.floor(Date.now() / 60_000) * 60_000 - 60_000;

export const DAY = 86_400_000;

/**
 * Time zones whose offset has not changed for decades nor changes within the years generated: a
 * day in them is a fixed span of UTC, worked out without a time-zone library. They put midnight
 * at other instants than UTC's, on either side of it, by up to 14 hours.
 */
export const ZONES = [
  { zone: 'UTC', offsetMinutes: 0 },
  { zone: 'Asia/Kolkata', offsetMinutes: 330 },
  { zone: 'Pacific/Kiritimati', offsetMinutes: 840 },
  { zone: 'Pacific/Pago_Pago', offsetMinutes: -660 },
] as const;
export type Zone = (typeof ZONES)[number];
export const zone = fc.constantFrom(...ZONES);

/** The day (days since 1970-01-01) an instant falls on in a zone. */
export function dayOf(time: number, { offsetMinutes }: Zone): number {
  return Math.floor((time + offsetMinutes * 60_000) / DAY);
}

/** The first instant of a day in a zone. */
export function startOfDayIn(day: number, { offsetMinutes }: Zone): number {
  return day * DAY - offsetMinutes * 60_000;
}

/** `YYYY-MM-DD` of a day, as a date input holds it. */
export function dayInput(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** The day a date input's `YYYY-MM-DD` names. */
export function inputDay(value: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new Error(`not a date input's value: "${value}"`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An instant's date as English writes it in a zone ("Oct 31, 2025"). */
export function dayText(time: number, zone: Zone): string {
  const day = new Date(dayOf(time, zone) * DAY);
  return `${MONTHS[day.getUTCMonth()] ?? ''} ${day.getUTCDate()}, ${day.getUTCFullYear()}`;
}

/**
 * How long before `now` an event happens: any minute, or just either side of a midnight of
 * `zone` (00:00 and 23:59 of the day before), where a date filter's ends are.
 */
export function minutesAgoAround(zone: Zone): fc.Arbitrary<number> {
  const today = dayOf(now, zone);
  return fc.oneof(
    anyMinuteAgo,
    fc
      .tuple(fc.integer({ min: 1, max: 169 }), fc.constantFrom(0, -60_000))
      .map(([daysBack, edge]) => (now - startOfDayIn(today - daysBack, zone) - edge) / 60_000),
  );
}

let body: Json = { events: [] };

/**
 * Answers every ledger request with the page last given to `renderLoaded`, and lays rows out in a
 * box of 600 × 2000 pixels: jsdom lays nothing out, so the rows' scroll box would measure 0 high
 * and the virtualizer render no row. Call once per test file, at its top level.
 */
export function setupLedgerTable() {
  const server = setupServer(
    http.get('*/v2/pointsLedger/getLedgerExplodeInfo', () => HttpResponse.json(body)),
  );
  const layout = vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(2000);
  const width = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(600);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => {
    server.close();
    layout.mockRestore();
    width.mockRestore();
  });
}

/** Renders the table of a member whose ledger answers `page`, in `zone`, once it has settled. */
export async function renderLoaded(page: Json, { zone }: Zone) {
  body = page;
  const { Wrapper } = createWrapper({ timeZone: zone });
  const view = render(<PointsLedgerTable customer={member} />, { wrapper: Wrapper });
  await waitFor(() => {
    const settled = view.container.querySelector(
      '[data-slot="table"][aria-busy="false"], [data-slot="empty"], [role="alert"]',
    );
    expect(settled).not.toBeNull();
  });
  return view;
}

/** The rows of the table on screen (not its header row); none when it shows no table. */
export function shownRows(): HTMLElement[] {
  const table = screen.queryByRole('table');
  return table ? within(table).getAllByRole('row').slice(1) : [];
}

/** A row's cell of a column. */
export function cellOf(row: HTMLElement, column: string): Element {
  const cell = row.querySelector(`[data-column="${column}"]`);
  if (!cell) throw new Error(`a row without a ${column} cell`);
  return cell;
}

/** A shown figure ("+1,234.5", "-0.001", "0") in thousandths of a point. */
function thousandthsOf(text: string): number {
  expect(text).toMatch(/^[+-]?[\d,]+(\.\d{1,3})?$/);
  return Math.round(Number(text.replace(/,/g, '')) * 1000);
}

/** The figures of a row's Points cell, each with its state (credit, debit, none, pending). */
export function shownPoints(row: HTMLElement) {
  return [...cellOf(row, 'points').querySelectorAll('.clw-points')].map((figure) => ({
    state: figure.getAttribute('data-state'),
    value: thousandthsOf(figure.textContent),
  }));
}

/** What the Points cell must show: the spendable points, then the promised ones, if any. */
export function expectedPoints({ net, promised }: Pick<ExpectedEvent, 'net' | 'promised'>) {
  const lines: { state: string; value: number }[] = [];
  // Promised points alone stand in for zero spendable ones.
  if (net !== 0 || promised === 0) {
    lines.push({ state: net > 0 ? 'credit' : net < 0 ? 'debit' : 'none', value: net });
  }
  if (promised !== 0) lines.push({ state: 'pending', value: promised });
  return lines;
}

/**
 * The points a row stands for in the Type filter and the Points sort: its spendable points, or
 * its promised ones when they are all it shows.
 */
export function pointsShown({ net, promised }: Pick<ExpectedEvent, 'net' | 'promised'>): number {
  return net === 0 && promised !== 0 ? promised : net;
}

/** What tells a row from another on screen: its date, its points and its reference. */
export function rowSignature(row: HTMLElement) {
  return {
    date: cellOf(row, 'date').textContent,
    points: shownPoints(row),
    reference: cellOf(row, 'reference').textContent,
  };
}

/** What `rowSignature` must read for an event that happened `minutesAgo` before `now`. */
export function expectedSignature(
  { minutesAgo, expected }: { minutesAgo: number; expected: ExpectedEvent },
  zone: Zone,
) {
  return {
    date: dayText(now - minutesAgo * 60_000, zone),
    points: expectedPoints(expected),
    reference: expected.reference ?? '',
  };
}

/** "1 entry" / "2 entries": how the footer counts. */
export function entries(count: number): string {
  return `${count} ${count === 1 ? 'entry' : 'entries'}`;
}
