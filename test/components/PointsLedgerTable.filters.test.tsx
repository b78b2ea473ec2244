import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import userEvent from '@testing-library/user-event';
import { delay, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PointsLedgerTable } from '../../src/components/PointsLedgerTable/PointsLedgerTable.js';
import { normalizeLedgerEvent } from '../../src/core/ledger/normalizeLedgerEvent.js';
import { generateLedgerEvents } from '../fixtures/generateLedger.js';
import { createWrapper } from '../utils/createWrapper.js';
import { setupMockServer } from '../utils/setupMockServer.js';

const DAY = 86_400_000;
const end = new Date(Math.floor(Date.now() / DAY) * DAY);
const wire = generateLedgerEvents(30, 5, { end, start: new Date(end.getTime() - 90 * DAY) });
const events = wire.map((raw) => normalizeLedgerEvent(raw, { timeZone: 'UTC' }));
/** `YYYY-MM-DD` of a day `days` before today (UTC, the time zone of these tests). */
function daysAgo(days: number): string {
  return new Date(end.getTime() - days * DAY).toISOString().slice(0, 10);
}
const member = { identifierName: 'mobile', identifierValue: '919800000005', source: 'INSTORE' };

const { server } = setupMockServer(() => ({
  customers: [
    { customerId: 5, mobile: member.identifierValue, ledger: wire, history: [], allocations: [] },
    {
      customerId: 9,
      mobile: '919800000009',
      ledger: [],
      allocations: [],
      history: [
        // An imported correction: written as a credit, it took points away.
        {
          entryType: 'CREDIT',
          points: -15,
          billNumber: 'CORR-1',
          eventDate: `${daysAgo(3)} 10:00:00`,
        },
        {
          entryType: 'CREDIT',
          points: 40,
          billNumber: 'BILL-2',
          eventDate: `${daysAgo(4)} 10:00:00`,
        },
        {
          entryType: 'DEBIT',
          points: 25,
          billNumber: 'BILL-3',
          eventDate: `${daysAgo(5)} 10:00:00`,
        },
      ],
    },
    {
      customerId: 10,
      mobile: '919800000010',
      ledger: [],
      allocations: [],
      // Sixty credits, then the member's five redemptions: a page of 50 holds only credits.
      history: Array.from({ length: 65 }, (_, index) => ({
        entryType: index < 60 ? 'CREDIT' : 'DEBIT',
        points: 10,
        billNumber: `B-${index}`,
        eventDate: `${daysAgo(1 + Math.floor(index / 2))} 10:00:00`,
      })),
    },
  ],
}));

/** The value Chrome reports when the year segment holds `digits` (it pads them to four). */
function withYear(value: string, digits: string): string {
  return `${digits.padStart(4, '0')}${value.slice(4)}`;
}

function renderEvents() {
  const { Wrapper } = createWrapper({ timeZone: 'UTC' });
  render(<PointsLedgerTable events={events} />, { wrapper: Wrapper });
  return {
    from: screen.getByLabelText('From') as HTMLInputElement,
    to: screen.getByLabelText('To') as HTMLInputElement,
    status: screen.getByRole('status'),
  };
}

describe('PointsLedgerTable date filters', () => {
  it('keeps a typed year as typed, and moves the range only once the year is whole', () => {
    const { from, to } = renderEvents();
    const start = from.value;
    // What Chrome reports as a member types 2, 0, 2, 5 into the year.
    for (const digits of ['2', '20', '202']) {
      fireEvent.change(from, { target: { value: withYear(start, digits) } });
      expect(from).toHaveValue(withYear(start, digits));
      expect(to).toHaveAttribute('min', start);
    }
    fireEvent.change(from, { target: { value: withYear(start, '2025') } });
    expect(from).toHaveValue(withYear(start, '2025'));
    expect(to).toHaveAttribute('min', withYear(start, '2025'));
  });

  it('shows the date in use again when a member leaves a date half typed', () => {
    const { from } = renderEvents();
    const start = from.value;
    fireEvent.change(from, { target: { value: withYear(start, '20') } });
    fireEvent.blur(from);
    expect(from).toHaveValue(start);
    // Chrome reports an empty value while a segment is blank.
    fireEvent.change(from, { target: { value: '' } });
    fireEvent.blur(from);
    expect(from).toHaveValue(start);
  });

  it('explains a To date before the From date, and applies it once From moves past it', async () => {
    const { from, to, status } = renderEvents();
    fireEvent.change(to, { target: { value: daysAgo(400) } });
    // Typing may pass through such dates: nothing is said until the member leaves the field.
    expect(to).not.toHaveAttribute('aria-invalid');
    expect(to).not.toHaveAccessibleDescription();
    fireEvent.blur(to);
    expect(to).toHaveValue(daysAgo(400));
    expect(to).toBeInvalid();
    expect(to).toHaveAccessibleDescription('The From date must be on or before the To date');
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(status).toHaveTextContent(/^30 entries loaded$/);

    fireEvent.change(from, { target: { value: daysAgo(500) } });
    expect(to).toBeValid();
    await waitFor(() =>
      expect(status).toHaveTextContent('No points activity matches these filters'),
    );
  });

  it('keeps the table as it is while a date is being typed, then shows the typed range', async () => {
    const { from, status } = renderEvents();
    expect(status).toHaveTextContent(/^30 entries loaded$/);
    // Typing the month and day first passes through whole dates the member does not mean.
    fireEvent.change(from, { target: { value: daysAgo(10) } });
    expect(status).toHaveTextContent(/^30 entries loaded$/);
    fireEvent.change(from, { target: { value: daysAgo(200) } });
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(status).toHaveTextContent(/^30 entries loaded$/);
    fireEvent.change(from, { target: { value: daysAgo(10) } });
    await waitFor(() => expect(status).not.toHaveTextContent(/^30 entries loaded$/));
    const [, count] = /^(\d+) (?:entry|entries) loaded$/.exec(status.textContent ?? '') ?? [];
    expect(Number(count)).toBeLessThan(30);
  });

  it('shows the default dates again after Clear filters', async () => {
    const { from, to } = renderEvents();
    const start = from.value;
    fireEvent.change(from, { target: { value: to.value } });
    fireEvent.change(to, { target: { value: daysAgo(200) } });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Clear filters' }, { timeout: 2000 }),
    );
    expect(from).toHaveValue(start);
    expect(to).toHaveValue(daysAgo(0));
  });
});

describe('PointsLedgerTable tabs', () => {
  it('names no tab panel for a member without imported history', async () => {
    const { Wrapper } = createWrapper();
    render(<PointsLedgerTable customer={member} customerId={5} />, { wrapper: Wrapper });
    expect(await screen.findByText('30 entries loaded')).toBeInTheDocument();
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
    expect(screen.queryByRole('tabpanel')).not.toBeInTheDocument();
    for (const element of document.querySelectorAll('[aria-labelledby]')) {
      const id = element.getAttribute('aria-labelledby') ?? '';
      expect(document.getElementById(id)).not.toBeNull();
    }
  });
});

describe('PointsLedgerTable tabs, as they load', () => {
  it('shows the tabs with the first activity, so the table does not drop when they arrive', async () => {
    // The history probe answers well after the ledger (an unhandled request goes on to the mock).
    server.use(
      http.post('*/v2/historicalPoints/getHistoricalPoints/:customerId', () => delay(300)),
    );
    const { Wrapper } = createWrapper({ timeZone: 'UTC' });
    const customer = {
      identifierName: 'mobile',
      identifierValue: '919800000009',
      source: 'INSTORE',
    };
    render(<PointsLedgerTable customer={customer} customerId={9} />, { wrapper: Wrapper });
    const status = screen.getByRole('status');
    await waitFor(() => expect(status).not.toHaveTextContent(/^Loading/), { timeout: 2000 });
    expect(screen.getByRole('tablist')).toBeInTheDocument();
  });

  it('shows the activity without its tabs when the history service is slow to answer', async () => {
    server.use(
      http.post('*/v2/historicalPoints/getHistoricalPoints/:customerId', () => delay(3000)),
    );
    const { Wrapper } = createWrapper({ timeZone: 'UTC' });
    render(<PointsLedgerTable customer={member} customerId={5} />, { wrapper: Wrapper });
    expect(await screen.findByText('30 entries loaded', {}, { timeout: 2000 })).toBeInTheDocument();
    expect(screen.queryByRole('tablist')).toBeNull();
  });

  it('never holds back activity already loaded (prefetched, or rendered on the server)', async () => {
    const { Wrapper } = createWrapper({ timeZone: 'UTC' });
    const customer = {
      identifierName: 'mobile',
      identifierValue: '919800000009',
      source: 'INSTORE',
    };
    // The activity loads, as a server would have loaded it; the history probe has not.
    const { unmount } = render(<PointsLedgerTable customer={customer} />, { wrapper: Wrapper });
    await waitFor(() => expect(screen.getByRole('status')).not.toHaveTextContent(/^Loading/));
    unmount();
    server.use(
      http.post('*/v2/historicalPoints/getHistoricalPoints/:customerId', () => delay(3000)),
    );
    render(<PointsLedgerTable customer={customer} customerId={9} />, { wrapper: Wrapper });
    expect(screen.getByRole('status')).not.toHaveTextContent(/^Loading/);
  });
});

describe('PointsLedgerTable, clearing filters', () => {
  it('brings every row back the moment filters are cleared, without the typing delay', async () => {
    const { status } = renderEvents();
    await userEvent.type(screen.getByLabelText('Bill number'), 'NO-SUCH-BILL');
    await waitFor(() =>
      expect(status).toHaveTextContent('No points activity matches these filters'),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    // Not "no match" over empty fields while a delay meant for typing runs out.
    expect(status).toHaveTextContent(/^30 entries loaded$/);
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
  });
});

describe('PointsLedgerTable, another member', () => {
  it("starts without the last member's filters, so no one's bill number reaches another", async () => {
    const { Wrapper } = createWrapper();
    const table = (mobile: string, customerId: number) => (
      <Wrapper>
        <PointsLedgerTable
          customer={{ ...member, identifierValue: mobile }}
          customerId={customerId}
          defaultValue="history"
        />
      </Wrapper>
    );
    const view = render(table(member.identifierValue, 5));
    await userEvent.type(screen.getByLabelText('Bill number'), 'ASHA-BILL-1');
    view.rerender(table('919800000009', 9));
    expect(screen.getByLabelText('Bill number')).toHaveValue('');
    const history = await screen.findByRole('tabpanel');
    // Unfiltered: all three of the new member's imported entries.
    await waitFor(() => expect(history).toHaveTextContent('3 entries loaded'));
  });

  it("keeps what the member typed, and their focus, when the app adds the customer's id later", async () => {
    const { Wrapper } = createWrapper();
    const table = (customerId?: number) => (
      <Wrapper>
        <PointsLedgerTable customer={member} customerId={customerId} />
      </Wrapper>
    );
    const view = render(table());
    const bill = screen.getByLabelText('Bill number');
    await userEvent.type(bill, 'BILL-7');
    view.rerender(table(5));
    expect(screen.getByLabelText('Bill number')).toBe(bill);
    expect(bill).toHaveValue('BILL-7');
    expect(bill).toHaveFocus();
  });
});

describe('PointsLedgerTable on a prerendered page', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lets a member pick dates up to the day they visit, not the day the page was built', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-10T12:00:00Z'));
    const page = <PointsLedgerTable customer={member} />;
    const built = createWrapper({ timeZone: 'UTC' });
    const container = document.createElement('div');
    container.innerHTML = renderToString(<built.Wrapper>{page}</built.Wrapper>);
    document.body.append(container);

    vi.setSystemTime(new Date('2026-03-10T12:00:00Z'));
    const visit = createWrapper({ timeZone: 'UTC' });
    const root = await act(async () =>
      hydrateRoot(container, <visit.Wrapper>{page}</visit.Wrapper>),
    );
    expect(within(container).getByLabelText('From')).toHaveAttribute('max', '2026-03-10');
    expect(within(container).getByLabelText('To')).toHaveAttribute('min', '2025-09-12');
    act(() => root.unmount());
    container.remove();
  });
});

/**
 * Renders the table of mock member `customerId` (mobile 9198000000NN) on its Imported history tab,
 * 50 rows a page; its status region once the tab is open.
 */
async function openImported(customerId: number) {
  const { Wrapper } = createWrapper({ timeZone: 'UTC' });
  render(
    <PointsLedgerTable
      customer={{
        identifierName: 'mobile',
        identifierValue: `9198000000${String(customerId).padStart(2, '0')}`,
        source: 'INSTORE',
      }}
      customerId={customerId}
      defaultValue="history"
      pageSize={50}
    />,
    { wrapper: Wrapper },
  );
  await screen.findByRole('tab', { name: 'Imported history', selected: true }, { timeout: 5000 });
  return within(screen.getByRole('tabpanel')).getByRole('status');
}

describe('PointsLedgerTable, imported corrections', () => {
  it(
    'lists an imported credit that took points away under Redeemed, where its minus sign belongs',
    {
      timeout: 15_000,
    },
    async () => {
      const status = await openImported(9);
      await waitFor(() => expect(status).toHaveTextContent(/^3 entries loaded$/));

      // The correction and the debit took points away; the purchase gave them.
      await userEvent.selectOptions(screen.getByLabelText('Type'), 'Redeemed');
      await waitFor(() => expect(status).toHaveTextContent(/^2 entries shown of 3 loaded/));
      await userEvent.selectOptions(screen.getByLabelText('Type'), 'Earned');
      await waitFor(() => expect(status).toHaveTextContent(/^1 entry shown of 3 loaded/));
    },
  );

  it(
    'finds imported redemptions past the first page when filtering by type',
    {
      timeout: 15_000,
    },
    async () => {
      const status = await openImported(10);
      await waitFor(() => expect(status).toHaveTextContent(/^50 entries loaded$/));
      await userEvent.selectOptions(screen.getByLabelText('Type'), 'Redeemed');
      await waitFor(() => expect(status).toHaveTextContent(/^5 entries shown of 65 loaded/), {
        timeout: 5000,
      });
    },
  );
});
