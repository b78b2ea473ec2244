import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { EventBreakupCard } from '../../src/components/EventBreakupCard/EventBreakupCard.js';
import { normalizeLedgerEvent } from '../../src/core/ledger/normalizeLedgerEvent.js';
import expiredAllocation from '../fixtures/allocation/transaction-add-expired.json' with { type: 'json' };
import pointsRedemption from '../fixtures/ledger/points-redemption.json' with { type: 'json' };
import twoMilestones from '../fixtures/ledger/target-completed-two-milestones.json' with { type: 'json' };
import transactionAdd from '../fixtures/ledger/transaction-add.json' with { type: 'json' };
import { createWrapper } from '../utils/createWrapper.js';
import { setupMockServer } from '../utils/setupMockServer.js';

const customerId = 374819205;
const eventOf = (raw: unknown) => normalizeLedgerEvent(raw, { timeZone: 'UTC' });
const [purchase, returned] = transactionAdd.events;
const [sample] = expiredAllocation;

/** `count` active allocations behind the purchase whose reference is `source`, awarded 1, 2, 3… */
const allocationsOf = (source: number, count: number) =>
  Array.from({ length: count }, (_, index) => ({
    ...sample,
    id: source * 1000 + index,
    points_source_id: source,
    status: 'ACTIVE',
    points_value: index + 1,
    original_points: index + 1,
    points_exclusive: index + 1,
    expired_exclusive_value: 0,
    expiry_date: Date.now() + 365 * 86_400_000,
  }));

// A page holds 20 allocations: 25 are two pages, 20 a full page and an empty last one, 45 three.
const TWO_PAGES = 7001;
const FULL_PAGE = 7002;
const THREE_PAGES = 7003;
const NONE = 7004;

const { api, server } = setupMockServer(() => ({
  customers: [
    {
      customerId,
      mobile: '1',
      ledger: [],
      history: [],
      allocations: [
        ...allocationsOf(TWO_PAGES, 25),
        ...allocationsOf(FULL_PAGE, 20),
        ...allocationsOf(THREE_PAGES, 45),
      ],
    },
  ],
  // Long enough for a page to be seen loading.
  delayMs: 20,
}));

/** The purchase card, its allocations behind `source`, open and loaded. */
async function openAllocations(source: number) {
  const { Wrapper } = createWrapper();
  const event = eventOf({ ...purchase, eventReferenceId: String(source) });
  render(<EventBreakupCard event={event} customerId={customerId} />, { wrapper: Wrapper });
  await userEvent.click(screen.getByRole('button', { name: 'Show allocations' }));
  await screen.findAllByRole('listitem');
  return screen.getByRole('button', { name: 'Load more allocations' });
}

/** Requests for the allocations' `page`. */
const pageRequests = (page: number) =>
  api().requests.filter(
    (request) =>
      request.path.endsWith('/pointsAllocation/event') &&
      request.search.get('page') === String(page),
  );

describe('EventBreakupCard, with a screen reader or a keyboard', () => {
  it("names Load more for the allocations, apart from the points table's Load more", async () => {
    const button = await openAllocations(TWO_PAGES);
    expect(button).toHaveAccessibleName('Load more allocations');
  });

  it('keeps Load more allocations focusable and says it is busy while the page loads, ignoring presses meanwhile', async () => {
    const button = await openAllocations(TWO_PAGES);
    // The next page takes a while: long enough to press again before it comes.
    server.use(http.get('*/x/neo/pointsAllocation/event', () => delay(200)));
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(button).toBeEnabled();
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleName('Loading allocations…');
    await userEvent.click(button);
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /allocations…$/ })).not.toBeInTheDocument(),
    );
    expect(pageRequests(2)).toHaveLength(1);
  });

  it('moves focus to the first allocation the last page brought in, as Load more goes away', async () => {
    const button = await openAllocations(TWO_PAGES);
    button.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(button).not.toBeInTheDocument());
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(25);
    expect(items[20]).toHaveFocus();
    expect(items[20]).toHaveTextContent('Awarded: 21');
  });

  it('moves focus to the first new allocation after Load more, and Tab leads back to Load more', async () => {
    const button = await openAllocations(THREE_PAGES);
    button.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(41));
    expect(screen.getAllByRole('listitem')[20]).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Load more allocations' })).toHaveFocus();
  });

  it('keeps focus in the allocations when the last page brings nothing new', async () => {
    const button = await openAllocations(FULL_PAGE);
    button.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(button).not.toBeInTheDocument());
    expect(screen.getByRole('group', { name: 'Allocations' })).toHaveFocus();
  });

  it('leaves focus alone after Load more when the button never had it, as after a Safari click', async () => {
    const button = await openAllocations(TWO_PAGES);
    // The member clicked somewhere on the page, then on Load more: a click that does not focus
    // the button, as Safari's and Firefox-on-macOS's do.
    (document.activeElement as HTMLElement).blur();
    fireEvent.click(button);
    await waitFor(() => expect(button).not.toBeInTheDocument());
    expect(document.activeElement).toBe(document.body);
  });

  it('says allocations are loading, then that there are none, from a status that was there before', async () => {
    const { Wrapper } = createWrapper();
    const event = eventOf({ ...purchase, eventReferenceId: String(NONE) });
    render(<EventBreakupCard event={event} customerId={customerId} />, { wrapper: Wrapper });
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(/^$/);
    await userEvent.click(screen.getByRole('button', { name: 'Show allocations' }));
    expect(status).toHaveTextContent(/^Loading allocations…$/);
    await waitFor(() => expect(status).toHaveTextContent(/^No allocations for this activity$/));
    expect(status).toBeVisible();
  });

  it('says nothing more once allocations are listed: the list shows them', async () => {
    await openAllocations(TWO_PAGES);
    expect(screen.getByRole('status')).toHaveTextContent(/^$/);
  });

  it('says the activity is loading again after Retry, from the status it had before', async () => {
    api().fail({ endpoint: 'pointsLedger', status: 503, times: 1 });
    const { Wrapper } = createWrapper({ client: { retry: 0 } });
    const customer = { identifierName: 'mobile', identifierValue: '1', source: 'INSTORE' };
    render(<EventBreakupCard eventLogId={1} customer={customer} />, { wrapper: Wrapper });
    const retry = await screen.findByRole('button', { name: 'Retry' });
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(/^$/);
    await userEvent.click(retry);
    expect(status).toHaveTextContent(/^Loading details…$/);
    expect(await screen.findByText('This activity could not be found')).toBeInTheDocument();
    expect(status).toHaveTextContent(/^$/);
  });

  it('adds no landmark per section, so several open cards do not list "Allocations" or "Bill" again and again', () => {
    const { Wrapper } = createWrapper();
    render(
      <>
        <EventBreakupCard event={eventOf(purchase)} customerId={customerId} />
        <EventBreakupCard event={eventOf(returned)} customerId={customerId} />
        <EventBreakupCard event={eventOf(pointsRedemption.events[0])} customerId={customerId} />
        <EventBreakupCard event={eventOf(twoMilestones.events[0])} customerId={customerId} />
      </>,
      { wrapper: Wrapper },
    );
    expect(screen.queryAllByRole('region')).toEqual([]);
    // Each section is still found by its heading.
    expect(screen.getAllByRole('heading', { level: 4, name: 'Allocations' })).toHaveLength(4);
    expect(screen.getAllByRole('heading', { level: 4, name: 'Bill' })).toHaveLength(2);
    expect(screen.getByRole('heading', { level: 4, name: 'Target 2 of 2' })).toBeInTheDocument();
  });

  it('says which card each Show allocations button belongs to', () => {
    const { Wrapper } = createWrapper();
    render(
      <>
        <EventBreakupCard event={eventOf(purchase)} customerId={customerId} />
        <EventBreakupCard event={eventOf(returned)} customerId={customerId} />
      </>,
      { wrapper: Wrapper },
    );
    const [first, second] = screen.getAllByRole('button', { name: 'Show allocations' });
    expect(first).toHaveAccessibleDescription('Purchase Mar 2, 2024, 6:45 PM');
    expect(second).toHaveAccessibleDescription(/^Return Mar 9, 2024, 11:02 AM$/);
  });

  it("names a single redemption once, in the card's title, with its details under it", () => {
    render(<EventBreakupCard event={eventOf(pointsRedemption.events[0])} />);
    expect(screen.getAllByRole('heading', { name: 'Points redeemed' })).toHaveLength(1);
    const card = within(screen.getByRole('article'));
    expect(card.getByText('Redemption ID').nextElementSibling).toHaveTextContent('kh4Mh7');
    expect(card.getByText('-101')).toBeInTheDocument();
  });
});
