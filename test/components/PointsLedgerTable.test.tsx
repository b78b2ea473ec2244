import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { LedgerRowsTable } from '../../src/components/PointsLedgerTable/LedgerRowsTable.js';
import { PointsLedgerTable } from '../../src/components/PointsLedgerTable/PointsLedgerTable.js';
import { DEFAULT_COLUMNS } from '../../src/components/PointsLedgerTable/ledgerColumns.js';
import { normalizeLedgerEvent } from '../../src/core/ledger/normalizeLedgerEvent.js';
import { generateLedgerEvents } from '../fixtures/generateLedger.js';
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

afterEach(cleanup);

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

  it('offers Retry when the service could not be reached, and loads once it can', async () => {
    let failures = 3; // the first request and the client's two retries
    server.use(http.get(LEDGER, () => (failures-- > 0 ? HttpResponse.error() : undefined)));
    renderTable();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The loyalty service could not be reached.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('30 loaded')).toBeInTheDocument();
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
    const note = await screen.findByText('An entry could not be shown.');
    expect(screen.queryByText(/Skipped an entry/)).not.toBeInTheDocument();
    expect(note).toHaveAttribute('data-detail', expect.stringMatching(/^Skipped an entry: /));
  });

  it('says how many rows the filter shows out of those loaded', async () => {
    const events = wire.map((raw) => normalizeLedgerEvent(raw, { timeZone: 'UTC' }));
    render(<PointsLedgerTable events={events} />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(/^30 loaded$/);
    await userEvent.selectOptions(screen.getByLabelText('Type'), 'Redeemed');
    const shown = Number(screen.getByRole('table').getAttribute('aria-rowcount')) - 1;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(30);
    expect(status).toHaveTextContent(new RegExp(`^${shown} shown of 30 loaded$`));
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
    expect(await screen.findByText('No points activity matches these filters')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByLabelText('Bill number')).toHaveValue('');
    expect(screen.getByLabelText('Type')).toHaveValue('all');
    expect(await screen.findByText('30 loaded')).toBeInTheDocument();
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
});
