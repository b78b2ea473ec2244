import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EventBreakupCard } from '../../src/components/EventBreakupCard/EventBreakupCard.js';
import { normalizeLedgerEvent } from '../../src/core/ledger/normalizeLedgerEvent.js';
import expiredAllocation from '../fixtures/allocation/transaction-add-expired.json' with { type: 'json' };
import twoRedemptions from '../fixtures/ledger/points-redemption-two-redemptions.json' with { type: 'json' };
import twoMilestones from '../fixtures/ledger/target-completed-two-milestones.json' with { type: 'json' };
import transactionAdd from '../fixtures/ledger/transaction-add.json' with { type: 'json' };
import { createWrapper } from '../utils/createWrapper.js';
import { setupMockServer } from '../utils/setupMockServer.js';

const customerId = 374819205;
const eventOf = (raw: unknown) => normalizeLedgerEvent(raw, { timeZone: 'UTC' });

setupMockServer(() => ({
  customers: [{ customerId, mobile: '1', ledger: [], history: [], allocations: expiredAllocation }],
}));

/** The card's section headed `name`. */
function section(name: string) {
  return within(screen.getByRole('region', { name }));
}

describe('EventBreakupCard', () => {
  it('shows a section for every redemption of an event', () => {
    render(<EventBreakupCard event={eventOf(twoRedemptions.events[0])} />);
    expect(section('Points redeemed 1 of 2').getByText('-101')).toBeInTheDocument();
    expect(section('Points redeemed 1 of 2').getByText('kh4Mh7')).toBeInTheDocument();
    expect(section('Points redeemed 2 of 2').getByText('-50')).toBeInTheDocument();
    expect(section('Points redeemed 2 of 2').getByText('Checkout discount')).toBeInTheDocument();
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
    expect(bill.getByText('Channel').nextElementSibling).toHaveTextContent('INSTORE');
    expect(bill.getByRole('columnheader', { name: 'Price' })).toBeInTheDocument();
    const [, firstLine] = bill.getAllByRole('row');
    expect(firstLine).toHaveTextContent('400.00');
  });

  it('shows the 50 points that expired from an allocation that carries them only as exclusive values', async () => {
    const { Wrapper } = createWrapper();
    // The document's allocation sample belongs to a TransactionAdd whose reference is its source id.
    const event = eventOf({ ...transactionAdd.events[0], eventReferenceId: '2148434124' });
    render(<EventBreakupCard event={event} customerId={customerId} />, { wrapper: Wrapper });
    await userEvent.click(screen.getByRole('button', { name: 'Show allocations' }));
    const allocation = await screen.findByText('Expired: 50');
    expect(allocation.parentElement).toHaveTextContent('Awarded: 50');
  });

  it('says an event allocated nothing when the allocation service answers 404', async () => {
    const { Wrapper } = createWrapper();
    const event = eventOf({ ...transactionAdd.events[0], eventReferenceId: '2148434124' });
    render(<EventBreakupCard event={event} customerId={999} />, { wrapper: Wrapper });
    await userEvent.click(screen.getByRole('button', { name: 'Show allocations' }));
    expect(await screen.findByText('No allocations for this activity')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
