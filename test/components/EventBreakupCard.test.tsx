import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { EventBreakupCard } from '../../src/components/EventBreakupCard/EventBreakupCard.js';
import { normalizeLedgerEvent } from '../../src/core/ledger/normalizeLedgerEvent.js';
import { ar } from '../../src/i18n/ar.js';
import { LoyaltyProvider } from '../../src/react/LoyaltyProvider.js';
import expiredAllocation from '../fixtures/allocation/transaction-add-expired.json' with { type: 'json' };
import genericEvent from '../fixtures/ledger/generic-event.json' with { type: 'json' };
import customerRegistration from '../fixtures/ledger/customer-registration.json' with { type: 'json' };
import goodwill from '../fixtures/ledger/goodwill.json' with { type: 'json' };
import pointsRedemption from '../fixtures/ledger/points-redemption.json' with { type: 'json' };
import twoRedemptions from '../fixtures/ledger/points-redemption-two-redemptions.json' with { type: 'json' };
import twoMilestones from '../fixtures/ledger/target-completed-two-milestones.json' with { type: 'json' };
import transactionAdd from '../fixtures/ledger/transaction-add.json' with { type: 'json' };
import { allocationsFor } from '../mocks/allocationsFor.js';
import { generateLedgerEvents, type WireLedgerEvent } from '../fixtures/generateLedger.js';
import { createWrapper } from '../utils/createWrapper.js';
import { setupMockServer } from '../utils/setupMockServer.js';

const customerId = 374819205;
const eventOf = (raw: unknown) => normalizeLedgerEvent(raw, { timeZone: 'UTC' });

/** The fixture's return, taking back 20 of the purchase's promised points as well. */
function returnTakingBackPromised() {
  const [purchase, returned] = transactionAdd.events;
  if (!purchase || !returned) throw new Error('the fixture has no purchase and return');
  const promised = purchase.pointsEarned.promised.map((entry) => ({ ...entry, value: -20 }));
  return eventOf({ ...returned, pointsEarned: { ...returned.pointsEarned, promised } });
}

const [sample] = expiredAllocation;
/** The documented sample as another allocation: `source` is its points source (the event's reference). */
const allocation = (source: number, changes: Record<string, unknown>) => ({
  ...sample,
  id: source,
  points_source_id: source,
  expired_exclusive_value: 0,
  points_exclusive: 0,
  ...changes,
});
const YEAR = 365 * 86_400_000;
const allocations = [
  ...expiredAllocation,
  // All 80 points spent before their expiry date went by.
  allocation(555, { status: 'REDEEMED', points_value: 80, redeemed_value: 80 }),
  // Expired early (a tier's early expiry) with the original date still ahead.
  allocation(556, {
    status: 'EXPIRED',
    points_value: 40,
    expired_value: 40,
    expiry_date: Date.now() + YEAR,
  }),
  // 150 awarded, 30 of them since taken back; of the 120 left, 30 spent and 90 still to spend.
  allocation(557, {
    status: 'ACTIVE',
    original_points: 150,
    points_value: 120,
    points_exclusive: 90,
    redeemed_value: 30,
    expiry_date: Date.now() + YEAR,
  }),
  // Two rows under one reference: the purchase's own, and another event's.
  allocation(558, {
    id: 5581,
    status: 'ACTIVE',
    points_value: 100,
    event_log_id: transactionAdd.events[0]?.eventLogId,
  }),
  allocation(558, { id: 5582, status: 'ACTIVE', points_value: 5000, event_log_id: 999 }),
  // One row of 25 points read, one whose points Capillary wrote in words.
  allocation(559, { id: 5591, status: 'ACTIVE', points_value: 25, points_source_id: 559 }),
  allocation(559, { id: 5592, status: 'ACTIVE', points_value: 'lots', points_source_id: 559 }),
  // Only a row that cannot be read.
  allocation(560, { status: 'ACTIVE', points_value: 'lots' }),
  // Awarded given only as `original_points`, all of it still to spend.
  allocation(561, { status: 'ACTIVE', points_value: 0, original_points: 70, points_exclusive: 70 }),
  // A status the document does not list: 60 of 100 still to spend.
  allocation(562, { status: 'PARTIAL', points_value: 100, points_exclusive: 60 }),
  // All 50 points returned before their expiry date.
  allocation(563, {
    status: 'RETURNED',
    points_value: 50,
    returned_value: 50,
    expiry_date: Date.now() + YEAR,
  }),
];

/** A purchase whose points Capillary wrote in words: no widget can say how many there were. */
const unreadablePurchase = {
  ...transactionAdd.events[0],
  eventLogId: 77,
  pointsEarned: { regular: [{ value: 'lots' }], promo: [], promised: [] },
};

const { api, server } = setupMockServer(() => ({
  customers: [
    { customerId, mobile: '1', ledger: [], history: [], allocations },
    { customerId: 2, mobile: '2', ledger: [unreadablePurchase], history: [], allocations: [] },
  ],
}));

/** The card's section headed `name`. */
function section(name: string) {
  const heading = screen.getByRole('heading', { level: 4, name });
  return within(heading.closest('section') as HTMLElement);
}

describe('EventBreakupCard', () => {
  it('shows a section for every redemption of an event', () => {
    render(<EventBreakupCard event={eventOf(twoRedemptions.events[0])} />);
    expect(section('Points redeemed 1 of 2').getByText('-101')).toBeInTheDocument();
    expect(section('Points redeemed 1 of 2').getByText('kh4Mh7')).toBeInTheDocument();
    expect(section('Points redeemed 2 of 2').getByText('-50')).toBeInTheDocument();
    expect(section('Points redeemed 2 of 2').getByText('Checkout discount')).toBeInTheDocument();
  });

  it('leaves out a points breakup row with nothing to show, instead of a blank line', () => {
    // The document names no keys of a breakup row: one may carry only keys the card does not read.
    const [purchase] = transactionAdd.events;
    const event = eventOf({
      ...purchase,
      pointsBreakup: [
        {},
        { pointsAwarded: 10 },
        { pointsCategoryName: 'Base', points: '25.5' },
        { points: 5 },
      ],
    });
    const { container } = render(<EventBreakupCard event={event} />);
    const rows = [...container.querySelectorAll('.clw-plain-list > li')];
    // A row with points but no name shows them without a stray colon before them.
    expect(rows.map((row) => row.textContent)).toEqual(['Base: 25.5', '5']);
  });

  it('says an activity came with no points, rather than showing a card with nothing in it', () => {
    const { Wrapper } = createWrapper();
    render(
      <EventBreakupCard event={eventOf(customerRegistration.events[0])} customerId={customerId} />,
      { wrapper: Wrapper },
    );
    expect(screen.getByText('No points for this activity.')).toBeVisible();
    // Nor does it offer allocations it cannot have.
    expect(screen.queryByRole('button', { name: 'Show allocations' })).toBeNull();
    cleanup();
    render(<EventBreakupCard event={eventOf(transactionAdd.events[0])} />);
    expect(screen.queryByText('No points for this activity.')).toBeNull();
    cleanup();
    render(<EventBreakupCard event={eventOf(pointsRedemption.events[0])} />);
    expect(screen.queryByText('No points for this activity.')).toBeNull();
  });

  it('offers allocations only where it can load them, inside a provider', () => {
    const event = eventOf(transactionAdd.events[0]);
    const { unmount } = render(<EventBreakupCard event={event} customerId={customerId} />);
    expect(screen.queryByRole('button', { name: 'Show allocations' })).not.toBeInTheDocument();
    unmount();
    const { Wrapper } = createWrapper();
    render(<EventBreakupCard event={event} customerId={customerId} />, { wrapper: Wrapper });
    expect(screen.getByRole('button', { name: 'Show allocations' })).toBeInTheDocument();
  });

  it('shows a reversed redemption as points given back, as the table does', () => {
    const [redemption] = pointsRedemption.events;
    render(
      <EventBreakupCard
        event={eventOf({ ...redemption, eventName: 'PointsRedemptionReversal' })}
      />,
    );
    expect(screen.queryByRole('heading', { name: 'Points redeemed' })).not.toBeInTheDocument();
    expect(section('Points given back').getByText('+101')).toBeInTheDocument();
  });

  it('names the reversed redemption without taking its points a second time', () => {
    const [redemption] = pointsRedemption.events;
    const event = eventOf({
      ...redemption,
      eventName: 'PointsRedemptionReversal',
      pointsEarned: { regular: [{ value: '101' }], promo: [], promised: [] },
    });
    render(<EventBreakupCard event={event} />);
    expect(section('Points earned').getAllByText('+101')).toHaveLength(2);
    expect(section('Redemption reversed').getByText('101')).toBeInTheDocument();
    expect(screen.queryByText('-101')).not.toBeInTheDocument();
  });

  it('shows a section for every target an event completed, with its description', () => {
    render(<EventBreakupCard event={eventOf(twoMilestones.events[0])} />);
    for (const [name, milestone] of [
      ['Target 1 of 2', 'Sub target 1'],
      ['Target 2 of 2', 'Sub target 2'],
    ] as const) {
      expect(section(name).getByText(milestone)).toBeInTheDocument();
      expect(section(name).getByText('TDesc1')).toBeInTheDocument();
    }
    expect(section('Points earned').getAllByText('+100')).toHaveLength(2);
  });

  it("shows each line item's price and the channel the bill came through", () => {
    render(<EventBreakupCard event={eventOf(transactionAdd.events[0])} />);
    const bill = section('Bill');
    expect(bill.getByText('Channel').nextElementSibling).toHaveTextContent('In store');
    expect(bill.getByRole('columnheader', { name: 'Price' })).toBeInTheDocument();
    const [, firstLine] = bill.getAllByRole('row');
    expect(firstLine).toHaveTextContent('400.00');
  });

  it("writes a line item's quantity and amounts in the member's locale, to the dinar's third decimal", () => {
    const [purchase] = structuredClone(transactionAdd.events);
    const [line] = purchase?.billDetails.lineItems ?? [];
    if (!purchase || !line) throw new Error('fixture has no line item');
    Object.assign(line, { qty: '1234.500', rate: '1.005', amount: '1240.673' });
    render(<EventBreakupCard event={eventOf(purchase)} locale="de" />);
    const [, firstLine] = section('Bill').getAllByRole('row');
    expect(firstLine).toHaveTextContent('1.234,5');
    expect(firstLine).toHaveTextContent('1,005');
    expect(firstLine).toHaveTextContent('1.240,673');
  });

  it('shows the 50 points that expired from an allocation that carries them only as exclusive values', async () => {
    const { Wrapper } = createWrapper();
    // The document's allocation sample belongs to a TransactionAdd whose reference is its source id.
    const event = eventOf({ ...transactionAdd.events[0], eventReferenceId: '2148434124' });
    render(<EventBreakupCard event={event} customerId={customerId} />, { wrapper: Wrapper });
    await userEvent.click(screen.getByRole('button', { name: 'Show allocations' }));
    const allocation = await screen.findByText('Expired: 50');
    // Its 50 `points_exclusive` are the points available, not those awarded (0 in both fields
    // that say so): no "Awarded: 50", and nothing said to be available once expired.
    expect(allocation.parentElement).not.toHaveTextContent('Awarded:');
    expect(allocation.parentElement).not.toHaveTextContent('Available');
  });

  /** The allocation list of a purchase whose reference is the allocation's source `source`. */
  async function allocationItem(source: string) {
    const { Wrapper } = createWrapper();
    const event = eventOf({ ...transactionAdd.events[0], eventReferenceId: source });
    render(<EventBreakupCard event={event} customerId={customerId} />, { wrapper: Wrapper });
    await userEvent.click(screen.getByRole('button', { name: 'Show allocations' }));
    const [item] = await screen.findAllByRole('listitem');
    return within(item as HTMLElement);
  }

  it('says how many allocated points were awarded and how many are still available', async () => {
    const item = await allocationItem('557');
    expect(item.getByText('Awarded: 120')).toBeInTheDocument();
    expect(item.getByText('Available: 90')).toBeInTheDocument();
    expect(item.getByText('Redeemed: 30')).toBeInTheDocument();
  });

  it("lists only the card's own event's allocations when the endpoint also answers another's", async () => {
    const item = await allocationItem('558');
    expect(item.getByText('Awarded: 100')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.queryByText('Awarded: 5,000')).not.toBeInTheDocument();
  });

  it('says an allocation could not be shown, beside those that could', async () => {
    const item = await allocationItem('559');
    expect(item.getByText('Awarded: 25')).toBeInTheDocument();
    expect(section('Allocations').getByText('An entry could not be shown.')).toBeInTheDocument();
  });

  it('says an allocation could not be shown, not that there are none, when it was the only one', async () => {
    const { Wrapper } = createWrapper();
    const event = eventOf({ ...transactionAdd.events[0], eventReferenceId: '560' });
    render(<EventBreakupCard event={event} customerId={customerId} />, { wrapper: Wrapper });
    await userEvent.click(screen.getByRole('button', { name: 'Show allocations' }));
    const status = screen.getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent(/^An entry could not be shown\.$/));
    expect(screen.queryByText('No allocations for this activity')).not.toBeInTheDocument();
  });

  it('shows when allocated points were awarded, and how many were awarded at first', async () => {
    const item = await allocationItem('557');
    // The document's sample was awarded at 1648489472000: 28 March 2022, 17:44 UTC.
    expect(item.getByText('Awarded on Mar 28, 2022')).toBeInTheDocument();
    expect(item.getByText('Initially awarded: 150')).toBeInTheDocument();
  });

  it('says an expired allocation expired, in the past tense, not that it expires', async () => {
    const { Wrapper } = createWrapper();
    const event = eventOf({ ...transactionAdd.events[0], eventReferenceId: '2148434124' });
    render(<EventBreakupCard event={event} customerId={customerId} />, { wrapper: Wrapper });
    await userEvent.click(screen.getByRole('button', { name: 'Show allocations' }));
    const allocation = (await screen.findByText('Expired: 50')).parentElement as HTMLElement;
    expect(within(allocation).getByText(/^Expired Mar \d+, 2022$/)).toBeInTheDocument();
    expect(within(allocation).queryByText(/^Expires /)).not.toBeInTheDocument();
  });

  it('never says spent points expired, nor gives an early expiry a date still to come', async () => {
    const { Wrapper } = createWrapper();
    for (const source of ['555', '556']) {
      const event = eventOf({ ...transactionAdd.events[0], eventReferenceId: source });
      render(<EventBreakupCard event={event} customerId={customerId} />, { wrapper: Wrapper });
      await userEvent.click(screen.getByRole('button', { name: 'Show allocations' }));
      const [item] = await screen.findAllByRole('listitem');
      expect(item).toHaveTextContent(source === '555' ? 'Redeemed: 80' : 'Expired: 40');
      expect(item).not.toHaveTextContent(/Expired [A-Z][a-z]{2} \d/);
      expect(item).not.toHaveTextContent(/Expires/);
      cleanup();
    }
  });

  it("dates a mock allocation's expiry on the ledger's own day, read in the organisation's zone", () => {
    const [allocation] = allocationsFor([transactionAdd.events[0] as WireLedgerEvent], customerId);
    const expiry = new Date(allocation?.expiry_date as number);
    // The ledger's "2025-03-31 23:59:59" in Asia/Kolkata, the zone the stories show.
    expect(expiry.toISOString()).toBe('2025-03-31T18:29:59.000Z');
    expect(expiry.toLocaleDateString('en-US', { timeZone: 'Asia/Kolkata' })).toBe('3/31/2025');
  });

  it('titles a behavioural event with its activity name, not its internal identifier', () => {
    render(<EventBreakupCard event={eventOf(genericEvent.events[0])} />);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('CUP SERIES CHECK-IN');
    expect(screen.queryByText('CupSeries2024')).not.toBeInTheDocument();
  });

  it('shows a zero total without credit colour, and says promised points are not in it', () => {
    const raw = transactionAdd.events[0] as (typeof transactionAdd.events)[number];
    const promisedOnly = { ...raw, pointsEarned: { ...raw.pointsEarned, regular: [], promo: [] } };
    render(<EventBreakupCard event={eventOf(promisedOnly)} />);
    const total = screen.getByText('Total').nextElementSibling as HTMLElement;
    expect(within(total).getByText('0')).toHaveAttribute('data-state', 'none');
    expect(total).toHaveTextContent('Promised points are not in the total');
  });

  it('says promised points are left out of a total they would not add up to', () => {
    render(<EventBreakupCard event={eventOf(transactionAdd.events[0])} />);
    // Regular +110, promotional +25.5 and promised +50 are listed over a total of +135.5.
    const total = screen.getByText('Total').nextElementSibling as HTMLElement;
    expect(total).toHaveTextContent('+135.5Promised points are not in the total');
  });

  it('says promised points a return took back are left out of its total too', () => {
    render(<EventBreakupCard event={returnTakingBackPromised()} />);
    // Regular -40 and promised -20 are listed over a total of -40.
    const total = screen.getByText('Total').nextElementSibling as HTMLElement;
    expect(total).toHaveTextContent('-40Promised points are not in the total');
  });

  it('shows promised points in neutral, not in the colour of points already earned', () => {
    render(<EventBreakupCard event={eventOf(transactionAdd.events[0])} />);
    const promised = screen.getByText('Promised').nextElementSibling as HTMLElement;
    expect(promised.querySelector('.clw-points')).toHaveAttribute('data-state', 'pending');
    const regular = screen.getByText('Regular').nextElementSibling as HTMLElement;
    expect(regular.querySelector('.clw-points')).toHaveAttribute('data-state', 'credit');
  });

  it('words known payment modes and keeps an unknown one as it came', () => {
    const raw = JSON.stringify(transactionAdd.events[0]).replace('"CASH"', '"GIFT_VOUCHER"');
    render(<EventBreakupCard event={eventOf(JSON.parse(raw))} />);
    expect(screen.getByText('Payment modes').nextElementSibling).toHaveTextContent(
      /^UPI .+, GIFT_VOUCHER /,
    );
    render(<EventBreakupCard event={eventOf(transactionAdd.events[0])} />);
    expect(screen.getAllByText('Payment modes')[1]?.nextElementSibling).toHaveTextContent(
      /, Cash /,
    );
  });

  it('says an event allocated nothing when the allocation service answers 404', async () => {
    const { Wrapper } = createWrapper();
    const event = eventOf({ ...transactionAdd.events[0], eventReferenceId: '2148434124' });
    render(<EventBreakupCard event={event} customerId={999} />, { wrapper: Wrapper });
    await userEvent.click(screen.getByRole('button', { name: 'Show allocations' }));
    expect(await screen.findByText('No allocations for this activity')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it("words the API's channel, return type, expiry type and the brand's yes/no fields for members", () => {
    render(<EventBreakupCard event={eventOf(transactionAdd.events[0])} />);
    expect(section('Bill').getByText('Channel').nextElementSibling).toHaveTextContent('In store');
    expect(section('Custom fields').getByText('gift_wrap').nextElementSibling).toHaveTextContent(
      'Yes',
    );
    expect(section('Points earned').getAllByText(/\(fixed date\)$/)).toHaveLength(2);
    expect(screen.getByText('Total').nextElementSibling).toHaveTextContent('+135.5');
  });

  it('shows no English API words in Arabic', () => {
    render(
      <LoyaltyProvider baseUrl="/api" locale="ar" messages={ar} timeZone="UTC">
        <EventBreakupCard event={eventOf(transactionAdd.events[0])} />
      </LoyaltyProvider>,
    );
    expect(screen.getByText('في المتجر')).toBeInTheDocument();
    expect(screen.getAllByText(/\(تاريخ ثابت\)$/)).toHaveLength(2);
    expect(screen.queryByText(/fixed|INSTORE/)).not.toBeInTheDocument();
  });

  it('lists payment modes in Arabic words, without an English comma', () => {
    render(
      <LoyaltyProvider baseUrl="/api" locale="ar" messages={ar} timeZone="UTC">
        <EventBreakupCard event={eventOf(transactionAdd.events[0])} />
      </LoyaltyProvider>,
    );
    const modes = screen.getByText('طرق الدفع').nextElementSibling;
    expect(modes).toHaveTextContent('الدفع عبر UPI 900.00 ونقدًا 200.00');
    expect(modes).not.toHaveTextContent(',');
  });

  it('puts focus back on Retry when trying again fails again', async () => {
    // Slow enough that the loading state replaces the notice, Retry with it.
    api().fail({ endpoint: 'pointsLedger', status: 503, delayMs: 50 });
    const { Wrapper } = createWrapper({ client: { retry: 0 } });
    const customer = { identifierName: 'mobile', identifierValue: '1', source: 'INSTORE' };
    render(<EventBreakupCard eventLogId={1} customer={customer} />, { wrapper: Wrapper });
    await userEvent.click(await screen.findByRole('button', { name: 'Retry' }));
    expect(screen.getByRole('article', { name: 'Points breakup' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Loading details…');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Retry' })).toHaveFocus());
  });

  it('shows an expiry type it has no words for as it came, rather than hiding it', () => {
    const raw = JSON.stringify(transactionAdd.events[0]).replaceAll('"fixed"', '"SLIDING"');
    render(<EventBreakupCard event={eventOf(JSON.parse(raw))} />);
    expect(screen.getAllByText(/^Expiry date .*\d \(SLIDING\)$/)).toHaveLength(2);
  });

  it('names a date gone by without saying points still expire or convert on it', () => {
    const [purchase] = structuredClone(transactionAdd.events);
    const inAYear = new Date(Date.now() + YEAR).toISOString().slice(0, 10);
    const regular = { value: 10, expiresOn: `${inAYear} 23:59:59.0` };
    const event = eventOf({
      ...purchase,
      pointsEarned: {
        regular: [regular, { value: 20, expiresOn: '2020-01-01 00:00:00.0' }],
        promo: [],
        promised: [{ value: 15, conversionDate: '2020-01-01 00:00:00.0' }],
      },
    });
    render(<EventBreakupCard event={event} />);
    expect(screen.getByText(/^Expires [A-Z][a-z]{2} \d+, \d{4}$/)).toBeInTheDocument();
    expect(screen.getByText('Expiry date Jan 1, 2020')).toBeInTheDocument();
    expect(screen.getByText('Conversion date Jan 1, 2020')).toBeInTheDocument();
    expect(screen.queryByText(/^Converts on/)).not.toBeInTheDocument();
  });

  it('says points with a date-only expiry of today expire today, not that their date went by', () => {
    const [purchase] = transactionAdd.events;
    // Capillary writes an expiry as the day's last second; one written as a bare date means that day.
    const today = new Date().toISOString().slice(0, 10);
    const event = eventOf({
      ...purchase,
      pointsEarned: { regular: [{ value: 10, expiresOn: today }], promo: [], promised: [] },
    });
    render(<EventBreakupCard event={event} timeZone="UTC" />);
    expect(screen.getByText(/^Expires [A-Z][a-z]{2} \d+, \d{4}$/)).toBeInTheDocument();
    expect(screen.queryByText(/^Expiry date/)).not.toBeInTheDocument();
  });

  it("names a bill's transaction type and the ID of its return", () => {
    render(<EventBreakupCard event={eventOf(transactionAdd.events[1])} />);
    const bill = section('Bill');
    // The document lists no values for the type: it shows as sent.
    expect(bill.getByText('Transaction type').nextElementSibling).toHaveTextContent('RETURN');
    expect(bill.getByText('Return ID').nextElementSibling).toHaveTextContent('9988776655');
  });

  it("shows each line item's discount and what the line came to after it", () => {
    render(<EventBreakupCard event={eventOf(transactionAdd.events[0])} />);
    const bill = section('Bill');
    expect(bill.getByRole('columnheader', { name: 'Discount' })).toBeInTheDocument();
    const [, tShirt] = bill.getAllByRole('row');
    const cell = (label: string) => tShirt?.querySelector(`[data-label="${label}"]`);
    expect(cell('Amount')).toHaveTextContent('800.00');
    expect(cell('Discount')).toHaveTextContent('100.00');
    expect(cell('After discount')).toHaveTextContent('700.00');
  });

  it('shows when the promotion behind promotional points ran', () => {
    render(<EventBreakupCard event={eventOf(transactionAdd.events[0])} />);
    expect(
      section('Points earned').getByText('Promotion Mar 1, 2024 – Mar 3, 2024'),
    ).toBeInTheDocument();
  });

  it('says what kind of target each completed target is', () => {
    render(<EventBreakupCard event={eventOf(twoMilestones.events[0])} />);
    expect(section('Target 1 of 2').getByText('Target type').nextElementSibling).toHaveTextContent(
      'Milestone',
    );
  });

  it('shows which milestone paid which points when one event reached two', () => {
    const raw = structuredClone(twoMilestones.events[0]);
    const [, second] = raw?.targetCompletedDetails ?? [];
    const [promo] = second?.pointsEarned.promo ?? [];
    if (!promo) throw new Error('fixture has no second milestone');
    promo.value = 50;
    render(<EventBreakupCard event={eventOf(raw)} />);
    expect(section('Target 1 of 2').getByText('Points').nextElementSibling).toHaveTextContent(
      '+100',
    );
    expect(section('Target 2 of 2').getByText('Points').nextElementSibling).toHaveTextContent(
      '+50',
    );
    expect(screen.getByText('Total').nextElementSibling).toHaveTextContent('+150');
  });

  it('says "1 point promised" for a milestone that promised one point', () => {
    const raw = structuredClone(twoMilestones.events[0]);
    const [, second] = raw?.targetCompletedDetails ?? [];
    const [promo] = second?.pointsEarned.promo ?? [];
    if (!second || !promo) throw new Error('fixture has no second milestone');
    second.pointsEarned.promised = [{ ...promo, value: 1 }] as never;
    render(<EventBreakupCard event={eventOf(raw)} />);
    expect(section('Target 2 of 2').getByText('Points').nextElementSibling).toHaveTextContent(
      '+1001 point promised',
    );
  });

  it('shows the goodwill reason as well as the comments given with it', () => {
    render(<EventBreakupCard event={eventOf(goodwill.events[0])} />);
    expect(
      screen.getByText('Customer has reached the milestone. Awarding him 100 points.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Reason: POINTS_ISSUE')).toBeInTheDocument();
  });

  it("writes the value a milestone was reached at in the member's locale", () => {
    const raw = JSON.stringify(twoMilestones.events[0]).replace('"300.000"', '"3000.000"');
    render(<EventBreakupCard event={eventOf(JSON.parse(raw))} />);
    expect(section('Target 1 of 2').getByText('Reached at').nextElementSibling).toHaveTextContent(
      /^3,000$/,
    );
    cleanup();
    render(<EventBreakupCard event={eventOf(JSON.parse(raw))} locale="ar-EG" />);
    const [first] = screen.getAllByText('Reached at');
    expect(first?.nextElementSibling).toHaveTextContent(/^٣٬٠٠٠$/);
  });

  it('names the documented return type in words', () => {
    render(<EventBreakupCard event={eventOf(transactionAdd.events[1])} />);
    expect(screen.getByText('Return type').nextElementSibling).toHaveTextContent('By item');
  });

  it('shows a return type it has no words for as it came, rather than hiding it', () => {
    const [, purchaseReturn] = structuredClone(transactionAdd.events);
    const event = eventOf({
      ...purchaseReturn,
      billDetails: { ...purchaseReturn?.billDetails, returnType: 'PARTIAL' },
    });
    render(<EventBreakupCard event={event} />);
    expect(screen.getByText('Return type').nextElementSibling).toHaveTextContent(/^PARTIAL$/);
  });

  it("masks a card number in the brand's fields to its last four digits", () => {
    render(<EventBreakupCard event={eventOf(pointsRedemption.events[0])} />);
    expect(screen.getByText('card_number').nextElementSibling).toHaveTextContent('•••• 3456');
    expect(screen.queryByText(/123456/)).not.toBeInTheDocument();
  });

  it("shows a brand's card balance and card points whole, not masked as a card number", () => {
    const [redemption] = structuredClone(pointsRedemption.events);
    const event = eventOf({
      ...redemption,
      customFields: [
        { name: 'giftCardNo', value: '4111111111111111' },
        { name: 'Card No.', value: '4111 1111 1111 2222' },
        { name: 'credit_card_pan', value: '4111111111113333' },
        { name: 'gift_card_balance', value: '15000' },
        { name: 'scratch_card_points', value: 25000 },
      ],
    });
    render(<EventBreakupCard event={event} />);
    expect(screen.getByText('giftCardNo').nextElementSibling).toHaveTextContent('•••• 1111');
    expect(screen.getByText('Card No.').nextElementSibling).toHaveTextContent('•••• 2222');
    expect(screen.getByText('credit_card_pan').nextElementSibling).toHaveTextContent('•••• 3333');
    expect(screen.getByText('gift_card_balance').nextElementSibling).toHaveTextContent(/^15000$/);
    expect(screen.getByText('scratch_card_points').nextElementSibling).toHaveTextContent(/^25000$/);
  });

  it('lists points a return took back apart from points earned, without an expiry', () => {
    render(<EventBreakupCard event={eventOf(transactionAdd.events[1])} />);
    expect(screen.queryByRole('heading', { name: 'Points earned' })).not.toBeInTheDocument();
    const takenBack = section('Points deducted');
    expect(takenBack.getAllByText('-40')).toHaveLength(2); // the entry and the total
    expect(takenBack.queryByText(/Expires/)).not.toBeInTheDocument();
  });

  it('heads points that expired as deducted, not as taken back by a return', () => {
    const expiry = generateLedgerEvents(60, 3).find((raw) => raw.eventName === 'PointsExpiry');
    if (!expiry) throw new Error('no PointsExpiry in the generated ledger');
    render(<EventBreakupCard event={eventOf(expiry)} />);
    expect(screen.getByRole('heading', { name: 'Points deducted' })).toBeInTheDocument();
    expect(screen.queryByText(/taken back/i)).not.toBeInTheDocument();
  });

  it('says an activity that came but could not be read could not be shown, not that it was not found', async () => {
    const { Wrapper } = createWrapper();
    const customer = { identifierName: 'mobile', identifierValue: '2', source: 'INSTORE' };
    render(<EventBreakupCard eventLogId={77} customer={customer} />, { wrapper: Wrapper });
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('This activity could not be shown');
    expect(notice).toHaveTextContent('The loyalty service sent an answer that could not be read.');
    expect(screen.queryByText('This activity could not be found')).not.toBeInTheDocument();
  });

  it('never explains another activity than the one asked for', async () => {
    // A proxy or service that ignores `eventIds` answers with the member's latest activity.
    server.use(
      http.get('*/v2/pointsLedger/getLedgerExplodeInfo', () =>
        HttpResponse.json({ ...transactionAdd, events: [transactionAdd.events[0]] }),
      ),
    );
    const { Wrapper } = createWrapper();
    const customer = { identifierName: 'mobile', identifierValue: '1', source: 'INSTORE' };
    render(<EventBreakupCard eventLogId={424242} customer={customer} />, { wrapper: Wrapper });
    expect(await screen.findByText('This activity could not be found')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Bill' })).not.toBeInTheDocument();
  });

  it('says an activity was not found, under the card title, with what to do next', async () => {
    const { Wrapper } = createWrapper();
    const customer = { identifierName: 'mobile', identifierValue: '1', source: 'INSTORE' };
    render(<EventBreakupCard eventLogId={1} customer={customer} />, { wrapper: Wrapper });
    expect(await screen.findByRole('heading', { name: 'Points breakup' })).toBeInTheDocument();
    expect(screen.getByText('This activity could not be found')).toBeInTheDocument();
    expect(screen.getByText(/Go back to your points activity/)).toBeInTheDocument();
    expect(screen.queryByText('No further details for this activity')).not.toBeInTheDocument();
  });

  it('shows promised points a return took back as deducted, without a conversion date', () => {
    render(<EventBreakupCard event={returnTakingBackPromised()} />);
    const entry = section('Points deducted').getByText('Promised')
      .nextElementSibling as HTMLElement;
    expect(entry).toHaveTextContent('-20');
    expect(entry.querySelector('.clw-points')).toHaveAttribute('data-state', 'debit');
    expect(entry).not.toHaveTextContent(/Conver/);
  });

  it('gives a lone redemption no separate total repeating its points', () => {
    render(<EventBreakupCard event={eventOf(pointsRedemption.events[0])} />);
    expect(screen.queryByText('Total')).not.toBeInTheDocument();
    cleanup();
    render(<EventBreakupCard event={eventOf(twoRedemptions.events[0])} />);
    expect(screen.getByText('Total')).toBeInTheDocument();
  });

  it('says how many points were awarded when Capillary gives them only as the original points', async () => {
    const item = await allocationItem('561');
    expect(item.getByText('Awarded: 70')).toBeInTheDocument();
    // All 70 still to spend: "Available: 70" would only repeat it.
    expect(item.queryByText(/^Available/)).not.toBeInTheDocument();
    expect(item.queryByText(/^Initially awarded/)).not.toBeInTheDocument();
  });

  it('says how many points are still available under a status it has no words for', async () => {
    const item = await allocationItem('562');
    expect(item.getByText('PARTIAL')).toBeInTheDocument();
    expect(item.getByText('Available: 60')).toBeInTheDocument();
  });

  it('never gives returned points an expiry date', async () => {
    const item = await allocationItem('563');
    expect(item.getByText('Returned: 50')).toBeInTheDocument();
    expect(item.queryByText(/^Expire/)).not.toBeInTheDocument();
  });
});
