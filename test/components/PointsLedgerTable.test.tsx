import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import {
  LedgerRowsTable,
  type LedgerRowsTableProps,
} from '../../src/components/PointsLedgerTable/LedgerRowsTable.js';
import { PointsLedgerTable } from '../../src/components/PointsLedgerTable/PointsLedgerTable.js';
import {
  COLUMNS,
  DEFAULT_COLUMNS,
  type LedgerCellContext,
} from '../../src/components/PointsLedgerTable/ledgerColumns.js';
import { ledgerRows } from '../../src/components/PointsLedgerTable/ledgerRows.js';
import { readGivenEvents } from '../../src/components/PointsLedgerTable/readGivenEvents.js';
import type { LedgerEvent } from '../../src/core/ledger/LedgerEvent.js';
import { normalizeLedgerEvent } from '../../src/core/ledger/normalizeLedgerEvent.js';
import { createTranslator } from '../../src/i18n/createTranslator.js';
import { generateLedgerEvents } from '../fixtures/generateLedger.js';
import customerRegistration from '../fixtures/ledger/customer-registration.json' with { type: 'json' };
import { createWrapper } from '../utils/createWrapper.js';
import { setupMockServer } from '../utils/setupMockServer.js';

const DAY = 86_400_000;
const LEDGER = '*/v2/pointsLedger/getLedgerExplodeInfo';
const end = new Date(Math.floor(Date.now() / DAY) * DAY);
const wire = generateLedgerEvents(30, 5, { end, start: new Date(end.getTime() - 90 * DAY) });
const member = { identifierName: 'mobile', identifierValue: '919800000005', source: 'INSTORE' };

const { server } = setupMockServer(() => ({
  customers: [
    { customerId: 5, mobile: member.identifierValue, ledger: wire, history: [], allocations: [] },
  ],
}));

const events = wire.map((raw) => normalizeLedgerEvent(raw, { timeZone: 'UTC' }));

/** The first event of a kind, with the sign of points given. */
function eventOf(eventName: string, sign: 1 | -1) {
  const found = events.find(
    (event) => event.eventName === eventName && Math.sign(event.netPoints) === sign,
  );
  if (!found) throw new Error(`no ${eventName} in the fixture`);
  return found;
}

/** What a cell renderer gets for an event's row, in English. */
function cellContext(event: LedgerEvent): LedgerCellContext {
  const [row] = ledgerRows([event]);
  if (!row) throw new Error('no row for the event');
  return { row, t: createTranslator(), locale: 'en', dateLocale: 'en', timeZone: 'UTC' };
}

/** Props of the rows table alone, loaded and quiet, with `overrides` on top. */
function rowsProps(overrides: Partial<LedgerRowsTableProps> = {}): LedgerRowsTableProps {
  return {
    rows: [],
    loadedCount: 0,
    columns: DEFAULT_COLUMNS,
    sort: { column: 'date', direction: 'descending' },
    onSortChange: () => {},
    status: 'success',
    error: null,
    onRetry: () => {},
    warnings: [],
    emptyMessage: 'No points activity in the last 6 months',
    hasNextPage: false,
    isFetchingNextPage: false,
    onLoadMore: () => {},
    paging: 'button',
    ...overrides,
  };
}

function renderRowsTable(overrides: Partial<LedgerRowsTableProps>) {
  return render(<LedgerRowsTable {...rowsProps(overrides)} />);
}

function renderTable(customer = member) {
  const { Wrapper } = createWrapper();
  return render(<PointsLedgerTable customer={customer} />, { wrapper: Wrapper });
}

describe('PointsLedgerTable', () => {
  it('offers no Retry when the customer does not exist, and says what to do instead', async () => {
    renderTable({ ...member, identifierValue: '910000000000' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('No valid customer identifiers were found.');
    expect(alert).toHaveTextContent('Check that you are signed in to the right account');
    expect(within(alert).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    // The API's English text is for developers only; and nothing loaded means no "0 loaded".
    expect(alert).not.toHaveTextContent('Valid identifiers not found');
    expect(alert).toHaveAttribute('data-detail', 'Valid identifiers not found');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('tells a signed-out member to sign in, where a retry cannot help', async () => {
    // What the brand's proxy answers when no member is signed in.
    server.use(
      http.get(LEDGER, () =>
        HttpResponse.json(
          { errors: [{ code: null, message: 'No member is signed in.' }] },
          { status: 401 },
        ),
      ),
    );
    renderTable();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You are not signed in, or your session has ended.');
    expect(alert).toHaveTextContent('Check that you are signed in to the right account');
    expect(within(alert).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('offers Retry when the service could not be reached, and loads once it can', async () => {
    let failures = 3; // the first request and the client's two retries
    server.use(http.get(LEDGER, () => (failures-- > 0 ? HttpResponse.error() : undefined)));
    renderTable();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The loyalty service could not be reached.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('30 entries loaded')).toBeInTheDocument();
  });

  it('tells members in words that an entry could not be shown, keeping the parser text out of view', async () => {
    server.use(
      http.get(LEDGER, () =>
        HttpResponse.json({
          events: [
            ...wire.slice(0, 3),
            { eventLogId: 'not-a-number', eventName: 'TransactionAdd' },
          ],
        }),
      ),
    );
    renderTable();
    const note = await screen.findByText('An entry could not be shown.', {
      selector: '[data-slot="warnings"]',
    });
    expect(screen.queryByText(/Skipped an entry/)).not.toBeInTheDocument();
    expect(note).toHaveAttribute('data-detail', expect.stringMatching(/^Skipped an entry: /));
  });

  it('says a detail could not be read, not that an entry is missing, when a bill amount is unreadable', async () => {
    const [purchase] = wire.filter((raw) => raw.eventName === 'TransactionAdd');
    const bill = purchase?.billDetails;
    if (!purchase || typeof bill !== 'object') throw new Error('the generated ledger has no bill');
    server.use(
      http.get(LEDGER, () =>
        HttpResponse.json({
          events: [{ ...purchase, billDetails: { ...bill, billAmount: '1,100.00' } }],
        }),
      ),
    );
    renderTable();
    const note = await screen.findByText('Some details could not be read.', {
      selector: '[data-slot="warnings"]',
    });
    expect(note).toHaveAttribute('data-detail', expect.stringContaining('billAmount'));
    expect(screen.getByRole('status')).toHaveTextContent(/^1 entry loaded/);
    expect(screen.queryByText(/could not be shown/)).not.toBeInTheDocument();
  });

  it('says how many rows the filter shows out of those loaded', async () => {
    const events = wire.map((raw) => normalizeLedgerEvent(raw, { timeZone: 'UTC' }));
    render(<PointsLedgerTable events={events} />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(/^30 entries loaded$/);
    await userEvent.selectOptions(screen.getByLabelText('Type'), 'Redeemed');
    const shown = Number(screen.getByRole('table').getAttribute('aria-rowcount')) - 1;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(30);
    expect(status).toHaveTextContent(new RegExp(`^${shown} (entry|entries) shown of 30 loaded$`));
  });

  it('lets members sort from the compact sort control that replaces the header on a phone', async () => {
    const events = wire.map((raw) => normalizeLedgerEvent(raw, { timeZone: 'UTC' }));
    render(<PointsLedgerTable events={events} />);
    const select = screen.getByLabelText('Sort by');
    expect(select).toHaveDisplayValue('Newest first');
    await userEvent.selectOptions(select, 'Most points');
    // The same sort state as the header buttons.
    expect(screen.getByRole('columnheader', { name: 'Points' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Date' }));
    expect(select).toHaveDisplayValue('Newest first');
  });

  it('offers Clear filters when the filters match nothing, and it brings every row back', async () => {
    const events = wire.map((raw) => normalizeLedgerEvent(raw, { timeZone: 'UTC' }));
    render(<PointsLedgerTable events={events} />);
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Bill number'), 'NO-SUCH-BILL');
    await userEvent.selectOptions(screen.getByLabelText('Type'), 'Redeemed');
    expect(
      await screen.findByText('No points activity matches these filters', { selector: 'p' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByLabelText('Bill number')).toHaveValue('');
    expect(screen.getByLabelText('Type')).toHaveValue('all');
    expect(await screen.findByText('30 entries loaded')).toBeInTheDocument();
  });

  it('lines each loading placeholder up with the cells of a real row, chevron cell included', () => {
    render(
      <LedgerRowsTable
        rows={[]}
        loadedCount={0}
        columns={DEFAULT_COLUMNS}
        renderExpanded={() => null}
        sort={{ column: 'date', direction: 'descending' }}
        onSortChange={() => {}}
        status="pending"
        error={null}
        onRetry={() => {}}
        warnings={[]}
        emptyMessage=""
        hasNextPage={false}
        isFetchingNextPage={false}
        onLoadMore={() => {}}
        paging="button"
      />,
    );
    const [header, placeholder] = screen.getByRole('table').querySelectorAll('.clw-ledger-row');
    const cells = (row: Element | undefined) =>
      [...(row?.children ?? [])].map((cell) => cell.getAttribute('data-column') ?? cell.className);
    expect(cells(placeholder)).toEqual(cells(header));
    expect(cells(placeholder)).toEqual(['clw-ledger-toggle-cell', ...DEFAULT_COLUMNS]);
  });
  it('reads points as earned, redeemed or deducted in words, not as a bare sign', () => {
    const spoken = (eventName: string, sign: 1 | -1) => {
      cleanup();
      const { container } = render(
        <>{COLUMNS.points.cell(cellContext(eventOf(eventName, sign)))}</>,
      );
      // The signed number stays on screen, for the eye only.
      expect(container.querySelector('.clw-points')).toHaveAttribute('aria-hidden', 'true');
      return container.querySelector('.clw-sr-only')?.textContent;
    };
    const points = (eventName: string, sign: 1 | -1) =>
      Math.abs(eventOf(eventName, sign).netPoints);
    expect(spoken('TransactionAdd', 1)).toBe(`Earned ${points('TransactionAdd', 1)} points`);
    expect(spoken('PointsRedemption', -1)).toBe(
      `Redeemed ${points('PointsRedemption', -1)} points`,
    );
    // Points that expired or were taken back by a return were not redeemed.
    expect(spoken('ReturnBill', -1)).toBe(`Deducted ${points('ReturnBill', -1)} points`);
    expect(spoken('PointsExpiry', -1)).toBe(`Deducted ${points('PointsExpiry', -1)} points`);
  });

  it('reads points that are only promised as promised, once, not as "plus 15 promised"', () => {
    const [row] = ledgerRows([eventOf('TransactionAdd', 1)]);
    if (!row) throw new Error('no row');
    for (const [promised, words] of [
      [15, '15 points promised'],
      [-15, '15 promised points taken back'],
    ] as const) {
      cleanup();
      const context = { ...cellContext(eventOf('TransactionAdd', 1)) };
      context.row = { ...row, points: 0, promised, promisedOnly: true };
      const { container } = render(<>{COLUMNS.points.cell(context)}</>);
      expect(container.querySelector('.clw-points')).toHaveTextContent(/^[+-]15$/);
      expect(container.querySelector('.clw-points-suffix')).toHaveTextContent('promised');
      expect(container.querySelector('.clw-sr-only')).toHaveTextContent(words);
      for (const seen of container.querySelectorAll('.clw-points, .clw-points-suffix')) {
        expect(seen).toHaveAttribute('aria-hidden', 'true');
      }
    }
  });

  it('shows the points a purchase promised under the points it earned, not only the earned', () => {
    const purchase = events.find((event) => event.totalPromised > 0 && event.netPoints > 0);
    if (!purchase) throw new Error('no purchase that both earned and promised points');
    const { container } = render(<>{COLUMNS.points.cell(cellContext(purchase))}</>);
    const [earned, promised, ...more] = container.querySelectorAll('.clw-points-cell');
    expect(more).toHaveLength(0);
    expect(earned).toHaveTextContent(`+${purchase.netPoints}Earned ${purchase.netPoints} points`);
    expect(promised?.querySelector('.clw-points')).toHaveTextContent(`+${purchase.totalPromised}`);
    expect(promised?.querySelector('.clw-points-suffix')).toHaveTextContent('promised');
    expect(promised?.querySelector('.clw-sr-only')).toHaveTextContent(
      new RegExp(`^${purchase.totalPromised} points? promised$`),
    );
  });

  it('says "No expiry" where earned points have no expiry date, instead of a blank cell', () => {
    const { unmount } = render(
      <>
        {COLUMNS.expires.cell(
          cellContext({ ...eventOf('TransactionAdd', 1), earliestExpiry: null }),
        )}
      </>,
    );
    expect(screen.getByText('No expiry')).toHaveClass('clw-sr-only');
    unmount();
    // Points taken away never had an expiry to speak of.
    const { container } = render(
      <>{COLUMNS.expires.cell(cellContext(eventOf('PointsRedemption', -1)))}</>,
    );
    expect(container).toHaveTextContent('');
  });

  it('says in the status region that there is no activity, filtered or not', () => {
    const { rerender } = render(<PointsLedgerTable events={[]} />);
    expect(screen.getByRole('status')).toHaveTextContent('No points activity in the last 6 months');
    // The date range left nothing loaded: no "0 shown of 0", but the empty result is still said.
    rerender(
      <LedgerRowsTable
        {...rowsProps({ emptyMessage: 'No points activity matches these filters' })}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      /^No points activity matches these filters$/,
    );
  });

  it('says in the status region that entries could not be shown, as a sentence of its own', () => {
    const rows = ledgerRows(events.slice(0, 3));
    const warnings = [{ code: null, message: 'Skipped an entry: …' }];
    renderRowsTable({ rows, loadedCount: 3, warnings });
    // A screen reader reads the region's text as one: "loadedAn" would run the words together.
    expect(screen.getByRole('status').textContent).toBe(
      '3 entries loaded. An entry could not be shown.',
    );
  });

  it('reads each new count without reading the unchanged note about a skipped entry again', () => {
    const rows = ledgerRows(events.slice(0, 6));
    const warnings = [{ code: null, message: 'Skipped an entry: …' }];
    const { rerender } = renderRowsTable({ rows: rows.slice(0, 3), loadedCount: 3, warnings });
    const status = screen.getByRole('status');
    rerender(<LedgerRowsTable {...rowsProps({ rows, loadedCount: 6, warnings })} />);
    expect(status).toHaveTextContent(/^6 entries loaded\. An entry could not be shown\.$/);
    // A status region is read whole on each change unless told otherwise: only the count is new.
    expect(status).toHaveAttribute('aria-atomic', 'false');
  });

  it('says an entry could not be shown, not that there is no activity, when it was the only one', () => {
    const warnings = [{ code: null, message: 'Skipped an entry: events[0].pointsEarned' }];
    const { container } = renderRowsTable({ rows: [], loadedCount: 0, warnings });
    expect(container).not.toHaveTextContent('No points activity');
    expect(container.querySelector('[data-slot="empty"]')).toHaveTextContent(
      /^An entry could not be shown\.$/,
    );
    // Its note moved into the empty state, with the reason for developers.
    expect(container.querySelector('[data-slot="warnings"]')).toBeNull();
    expect(container.querySelector('[data-slot="empty"] p')).toHaveAttribute(
      'data-detail',
      'Skipped an entry: events[0].pointsEarned',
    );
    expect(screen.getByRole('status')).toHaveTextContent(/^An entry could not be shown\.$/);
  });

  it('says nothing matches a filter, though an entry elsewhere could not be read', () => {
    const warnings = [{ code: null, message: 'Skipped an entry: events[0].pointsEarned' }];
    const { container } = renderRowsTable({
      rows: [],
      loadedCount: 0,
      warnings,
      emptyMessage: 'No points activity matches these filters',
      onClearFilters: () => {},
    });
    expect(container.querySelector('[data-slot="empty"]')).toHaveTextContent(
      /^No points activity matches these filters/,
    );
    expect(container.querySelector('[data-slot="warnings"]')).toHaveTextContent(
      'An entry could not be shown.',
    );
  });

  it('announces the new order when a member sorts', async () => {
    render(<PointsLedgerTable events={events} />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(/^30 entries loaded$/);
    await userEvent.click(screen.getByRole('button', { name: 'Points' }));
    expect(status).toHaveTextContent(/^30 entries loaded\. Sorted by Points, descending$/);
    await userEvent.click(screen.getByRole('button', { name: 'Points' }));
    expect(status).toHaveTextContent(/^30 entries loaded\. Sorted by Points, ascending$/);
  });

  it('says a new sort once, not again with the next count', async () => {
    render(<PointsLedgerTable events={events} />);
    await userEvent.click(screen.getByRole('button', { name: 'Points' }));
    expect(screen.getByRole('status')).toHaveTextContent(/Sorted by Points, descending$/);
    await userEvent.selectOptions(screen.getByLabelText('Type'), 'earned');
    expect(screen.getByRole('status')).toHaveTextContent(/^\d+ entries shown of 30 loaded$/);
  });

  it('does not say an old sort again when a filter brings the same rows back', async () => {
    render(<PointsLedgerTable events={events} />);
    await userEvent.click(screen.getByRole('button', { name: 'Points' }));
    await userEvent.selectOptions(screen.getByLabelText('Type'), 'earned');
    await userEvent.selectOptions(screen.getByLabelText('Type'), 'all');
    expect(screen.getByRole('status')).toHaveTextContent(/^30 entries loaded$/);
  });

  it('leaves focus alone after Load more when the button never had it, as after a Safari click', () => {
    const rows = ledgerRows(events);
    const props = { rows: rows.slice(0, 3), loadedCount: 3, hasNextPage: true };
    const { rerender } = renderRowsTable(props);
    // A click that does not focus the button, as Safari's and Firefox-on-macOS's do.
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    rerender(<LedgerRowsTable {...rowsProps({ ...props, isFetchingNextPage: true })} />);
    rerender(<LedgerRowsTable {...rowsProps({ rows: rows.slice(0, 6), loadedCount: 6 })} />);
    expect(document.activeElement).toBe(document.body);
  });

  it('keeps Load more focusable while the next page loads, and ignores presses meanwhile', async () => {
    const onLoadMore = vi.fn();
    const rows = ledgerRows(events.slice(0, 3));
    renderRowsTable({
      rows,
      loadedCount: 3,
      hasNextPage: true,
      isFetchingNextPage: true,
      onLoadMore,
    });
    const button = screen.getByRole('button', { name: 'Loading more…' });
    expect(button).toBeEnabled();
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    expect(onLoadMore).not.toHaveBeenCalled();
  });
  it('shows an activity that moved no points in neither credit nor debit colour, and says nothing was earned', () => {
    const registration = normalizeLedgerEvent(customerRegistration.events[0], { timeZone: 'UTC' });
    const { container } = render(<>{COLUMNS.points.cell(cellContext(registration))}</>);
    expect(container.querySelector('.clw-points')).toHaveAttribute('data-state', 'none');
    expect(container.querySelector('.clw-sr-only')).toBeNull();
  });

  it('says a ledger activity came from the ledger in the Source column', () => {
    const { container } = render(
      <>{COLUMNS.source.cell(cellContext(eventOf('PointsRedemption', -1)))}</>,
    );
    expect(container).toHaveTextContent(/^Ledger$/);
  });

  it('refuses given events of which a later one has no readable time, rather than show a row without a date', () => {
    const broken = events
      .slice(0, 2)
      .map((event, index) => (index === 1 ? { ...event, eventTime: new Date(NaN) } : event));
    const given = readGivenEvents(broken);
    expect(given.error?.message).toContain('events[1]');
    expect(given.rows).toEqual([]);
  });
});
