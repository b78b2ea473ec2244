import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  EventBreakupCard,
  type EventBreakupCardProps,
} from '../../src/components/EventBreakupCard/EventBreakupCard.js';
import { PointsLedgerTable } from '../../src/components/PointsLedgerTable/PointsLedgerTable.js';
import { StreakProgress } from '../../src/components/StreakProgress/StreakProgress.js';
import { TargetMilestoneBar } from '../../src/components/TargetMilestoneBar/TargetMilestoneBar.js';
import type { LedgerEvent } from '../../src/core/ledger/LedgerEvent.js';
import { normalizeLedgerPage } from '../../src/core/ledger/normalizeLedgerPage.js';
import { LoyaltyProvider } from '../../src/react/LoyaltyProvider.js';
import redemption from '../fixtures/ledger/points-redemption.json' with { type: 'json' };
import targetCompleted from '../fixtures/ledger/target-completed.json' with { type: 'json' };
import transactionAdd from '../fixtures/ledger/transaction-add.json' with { type: 'json' };
import { createWrapper } from '../utils/createWrapper.js';
import { setupMockServer } from '../utils/setupMockServer.js';

// Widgets fed plain props, as a brand developer feeds them from their own fetch or CMS: no
// provider unless a test says so, and data typed `any`, so TypeScript cannot catch its shape.

/** The report's own events: 2024 and 2025 fixtures, normalized as the README says. */
const events = [transactionAdd, redemption, targetCompleted].flatMap(
  (body) => normalizeLedgerPage(body, { timeZone: 'Asia/Kolkata', offset: 0, limit: 20 }).events,
);
const purchase = events[0] as LedgerEvent; // 2024-03-02T13:15:10Z
const member = { identifierName: 'mobile', identifierValue: '1', source: 'INSTORE' };

const { api } = setupMockServer(() => ({
  customers: [
    { customerId: 1, mobile: '1', ledger: transactionAdd.events, history: [], allocations: [] },
  ],
}));

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Silences the development log of the error states these tests provoke on purpose. */
function quietErrors() {
  vi.spyOn(console, 'error').mockImplementation(() => {});
}

describe('PointsLedgerTable given events', () => {
  it('shows every passed event, however old', () => {
    render(<PointsLedgerTable events={events} timeZone="Asia/Kolkata" />);
    expect(screen.getByRole('status')).toHaveTextContent(/^6 entries loaded$/);
    expect(screen.getByLabelText('From')).toHaveValue('2024-03-02');
  });

  it("opens a row's details from the keyboard in an app's tests, whose DOM cannot scroll", () => {
    // jsdom, where most apps' tests run, has no scrollIntoView: focusing a row must not need it.
    expect(Element.prototype.scrollIntoView).toBeUndefined();
    // jsdom lays nothing out either: a box for the rows, or the virtualizer renders none.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(2000);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(600);
    render(<PointsLedgerTable events={events} timeZone="Asia/Kolkata" />);
    const [toggle] = screen.getAllByRole('button', { name: /^Show details: / });
    if (!toggle) throw new Error('no row to open');
    // React reports an error thrown by an event handler to the window, not to the caller.
    const thrown: unknown[] = [];
    const onError = (event: ErrorEvent) => {
      thrown.push(event.error);
      event.preventDefault();
    };
    window.addEventListener('error', onError);
    try {
      act(() => toggle.focus());
      fireEvent.click(toggle);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(thrown).toEqual([]);
    expect(toggle).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
  });

  it('still filters the passed events by date', async () => {
    render(<PointsLedgerTable events={events} timeZone="Asia/Kolkata" />);
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2024-06-01' } });
    // The dates apply once typing pauses.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^4 entries loaded$/));
  });

  it('shows older events passed in later, while the member has not changed the dates', async () => {
    const recent = events.filter((event) => event.eventTime.getFullYear() === 2025);
    const { rerender } = render(<PointsLedgerTable events={recent} timeZone="Asia/Kolkata" />);
    expect(screen.getByRole('status')).toHaveTextContent(/^1 entry loaded$/);
    rerender(<PointsLedgerTable events={events} timeZone="Asia/Kolkata" />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(screen.getByRole('status')).toHaveTextContent(/^6 entries loaded$/);
  });

  it('shows a translated notice, not a crash, for events that are raw Capillary JSON', () => {
    quietErrors();
    const raw: any = transactionAdd.events; // eslint-disable-line @typescript-eslint/no-explicit-any
    render(<PointsLedgerTable events={raw} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Points activity could not be loaded');
    expect(alert).toHaveTextContent('The loyalty service sent an answer that could not be read.');
    expect(alert).toHaveAttribute(
      'data-detail',
      'events[0] is not a normalized LedgerEvent (eventTime is not a Date): pass the API body through normalizeLedgerPage (capillary-loyalty-widgets/core).',
    );
  });

  it('tells a developer whose normalized events went through JSON to normalize where they render', () => {
    quietErrors();
    const sentOn: unknown = JSON.parse(JSON.stringify(events));
    render(<PointsLedgerTable events={sentOn as typeof events} />);
    expect(screen.getByRole('alert')).toHaveAttribute(
      'data-detail',
      "events[0] has its dates as strings: a LedgerEvent sent through JSON loses its Dates. Call normalizeLedgerPage where you render (capillary-loyalty-widgets/core), on Capillary's body.",
    );
  });

  it('shows the notice, not a crash, when one raw event hides among normalized ones', () => {
    quietErrors();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const mixed: any = [...events.slice(0, 3), redemption.events[0], ...events.slice(3)];
    render(<PointsLedgerTable events={mixed} />);
    expect(screen.getByRole('alert')).toHaveAttribute(
      'data-detail',
      expect.stringMatching(
        /^events\[3\] is not a normalized LedgerEvent \(eventTime is not a Date\)/,
      ),
    );
  });

  it('shows the notice, not a crash, for a whole API body passed as events', () => {
    quietErrors();
    const { Wrapper } = createWrapper({ locale: 'en' });
    const body: any = transactionAdd; // eslint-disable-line @typescript-eslint/no-explicit-any
    render(<PointsLedgerTable events={body} />, { wrapper: Wrapper });
    expect(screen.getByRole('alert')).toHaveAttribute(
      'data-detail',
      expect.stringMatching(/^events is not an array of LedgerEvents: /),
    );
  });

  it("writes the table's dates in the time zone it is given, over the provider's", () => {
    const { Wrapper } = createWrapper({ timeZone: 'UTC' });
    const { unmount } = render(<PointsLedgerTable events={[purchase]} />, { wrapper: Wrapper });
    expect(screen.getByLabelText('From')).toHaveValue('2024-03-02');
    unmount();
    render(<PointsLedgerTable events={[purchase]} timeZone="Pacific/Auckland" />, {
      wrapper: Wrapper,
    });
    expect(screen.getByLabelText('From')).toHaveValue('2024-03-03');
  });

  it("keeps its date filters for a time zone with a typo, in the provider's zone, and says so", () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { Wrapper } = createWrapper({ timeZone: 'Pacific/Auckland' });
    render(<PointsLedgerTable events={[purchase]} timeZone="Asia/Kolkatta" />, {
      wrapper: Wrapper,
    });
    expect(screen.getByLabelText('From')).toHaveValue('2024-03-03');
    expect(screen.getByRole('status')).toHaveTextContent(/^1 entry loaded$/);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('timeZone "Asia/Kolkatta" is not'));
  });

  it('shows dates in the runtime zone, not a blank page, when the provider is given a typo', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <LoyaltyProvider baseUrl="/api/loyalty" organizationTimeZone="India/Kolkata">
        <PointsLedgerTable events={[purchase]} />
      </LoyaltyProvider>,
    );
    // The tests run in UTC.
    expect(screen.getByLabelText('From')).toHaveValue('2024-03-02');
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('organizationTimeZone "India/Kolkata" is not'),
    );
  });

  it('shows its usual columns when given an empty list of them', () => {
    render(<PointsLedgerTable events={[purchase]} columns={[]} timeZone="UTC" />);
    expect(screen.getByRole('columnheader', { name: 'Points' })).toBeInTheDocument();
  });
});

describe('EventBreakupCard given plain props', () => {
  it('shows a translated notice, not a crash, for an event that is raw Capillary JSON', () => {
    quietErrors();
    const raw: any = transactionAdd.events[0]; // eslint-disable-line @typescript-eslint/no-explicit-any
    render(<EventBreakupCard event={raw} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This activity could not be shown');
    expect(alert).toHaveTextContent('The loyalty service sent an answer that could not be read.');
    expect(alert).toHaveAttribute(
      'data-detail',
      'event is not a normalized LedgerEvent (eventTime is not a Date): pass it through normalizeLedgerEvent (capillary-loyalty-widgets/core).',
    );
  });

  it('writes the time in the time zone it is given, without a provider', () => {
    const time = (timeZone: string) => {
      cleanup();
      render(<EventBreakupCard event={purchase} timeZone={timeZone} />);
      return screen.getByRole('heading', { level: 3 }).nextElementSibling?.querySelector('time')
        ?.textContent;
    };
    expect(time('Asia/Kolkata')).toBe('Mar 2, 2024, 6:45 PM');
    expect(time('America/New_York')).toBe('Mar 2, 2024, 8:15 AM');
  });

  it('writes numbers in the locale it is given, and dates as its English words do, without a provider', () => {
    render(<EventBreakupCard event={purchase} timeZone="UTC" locale="de-DE" />);
    expect(screen.getByRole('article').querySelector('time')).toHaveTextContent(
      'Mar 2, 2024, 1:15 PM',
    );
    expect(screen.getByText('Bill').closest('section')).toHaveTextContent('1.100,00');
  });

  it('loads the event a route names, its id a string', async () => {
    const { Wrapper } = createWrapper();
    render(<EventBreakupCard eventLogId="645112001" customer={member} />, { wrapper: Wrapper });
    expect(await screen.findByRole('heading', { name: 'Purchase' })).toBeInTheDocument();
  });

  it('asks once for the same event, whether its id is a string or a number', async () => {
    const { Wrapper } = createWrapper();
    render(
      <>
        <EventBreakupCard eventLogId="645112001" customer={member} />
        <EventBreakupCard eventLogId={645112001} customer={member} />
      </>,
      { wrapper: Wrapper },
    );
    expect(await screen.findAllByRole('heading', { name: 'Purchase' })).toHaveLength(2);
    expect(api().requests).toHaveLength(1);
  });

  it('names the missing customer of a card given only an id, and asks nothing', async () => {
    quietErrors();
    const { Wrapper } = createWrapper();
    // As a JavaScript page, or one that lost the customer on the way, would render it.
    const props = { eventLogId: '645112001' } as unknown as EventBreakupCardProps;
    render(<EventBreakupCard {...props} />, { wrapper: Wrapper });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This part of the page is not set up correctly.');
    expect(alert.dataset.detail).toMatch(/^<EventBreakupCard eventLogId> needs the customer/);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(api().requests).toHaveLength(0);
  });

  it('says the page is not set up correctly, not another event, for an empty id', async () => {
    quietErrors();
    const { Wrapper } = createWrapper();
    render(<EventBreakupCard eventLogId="" customer={member} />, { wrapper: Wrapper });
    const alert = screen.getByRole('alert');
    // Words for the member, who sent no request; the developer's detail is in `data-detail`.
    expect(alert).toHaveTextContent('This part of the page is not set up correctly.');
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(api().requests).toHaveLength(0);
  });
});

describe('TargetMilestoneBar given numbers as strings', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const cms: any = {
    name: 'Orders',
    definedValue: '1000',
    achievedValue: '600',
    milestones: [{ name: 'Silver', value: '500', points: '50' }],
    rewards: { '1000': '200' },
  };

  it('shows 600 of 1,000 under way, not complete with blank numbers', () => {
    render(<TargetMilestoneBar {...cms} />);
    const bar = screen.getByRole('region', { name: 'Orders' });
    expect(bar).toHaveAttribute('data-state', 'inProgress');
    expect(screen.queryByText('Complete')).not.toBeInTheDocument();
    expect(within(bar).getByText('600 of 1,000')).toBeInTheDocument();
    expect(within(bar).getByText('400 to go')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '600');
  });

  it('counts milestones given as strings reached by their numbers, with their rewards', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const further: any = {
      definedValue: '2000',
      achievedValue: '1000',
      milestones: [{ name: 'Gold', value: '900', points: '50' }],
    };
    render(<TargetMilestoneBar {...cms} {...further} />);
    // As strings, "1000" >= "900" is false.
    const gold = screen.getByText('Gold').closest('li') as HTMLElement;
    expect(gold).toHaveAttribute('data-state', 'achieved');
    expect(gold).toHaveTextContent('+50 points');
  });

  it('reads period dates given as ISO strings', () => {
    render(
      <TargetMilestoneBar
        {...cms}
        periodStart={'2024-07-01T00:00:00Z'}
        periodEnd={'2024-07-31T00:00:00Z'}
        timeZone="UTC"
        now={new Date('2024-08-15T00:00:00Z')}
      />,
    );
    expect(screen.getByText('Jul 1, 2024 – Jul 31, 2024')).toBeInTheDocument();
  });
});

describe('StreakProgress given dates as strings', () => {
  it('shows a streak whose dates are ISO strings instead of crashing', () => {
    render(
      <StreakProgress
        name="Visit streak"
        levels={[3, 5]}
        currentValue={2}
        startDate={'2024-07-01T00:00:00Z'}
        endDate={'2024-07-31T00:00:00Z'}
        achievedLevels={[{ level: 1, achievedAt: '2024-07-03T00:00:00Z' }]}
        now={new Date('2024-08-15T00:00:00Z')}
        timeZone="UTC"
      />,
    );
    const streak = screen.getByRole('region', { name: 'Visit streak' });
    expect(streak).toHaveAttribute('data-state', 'ended');
    expect(streak).toHaveTextContent('Ended Jul 31, 2024');
    expect(streak).toHaveTextContent('Reached Jul 3, 2024');
  });

  it('reads epoch milliseconds as dates', () => {
    render(
      <StreakProgress
        name="Visit streak"
        levels={[3]}
        endDate={Date.parse('2024-07-31T00:00:00Z')}
        now={new Date('2024-08-15T00:00:00Z')}
        timeZone="UTC"
      />,
    );
    expect(screen.getByRole('region')).toHaveTextContent('Ended Jul 31, 2024');
  });

  it('writes its dates with the digits of the locale it is given, in the words of the sentence, without a provider', () => {
    render(
      <StreakProgress
        levels={[3]}
        endDate="2024-07-31T00:00:00Z"
        now={new Date('2024-08-15T00:00:00Z')}
        timeZone="UTC"
        locale="ar-EG"
      />,
    );
    expect(screen.getByRole('region')).toHaveTextContent('Ended Jul ٣١, ٢٠٢٤');
  });

  it('leaves out a date it cannot read', () => {
    render(
      <StreakProgress
        name="Visit streak"
        levels={[3]}
        startDate="someday"
        endDate="31/07/2024"
        timeZone="UTC"
      />,
    );
    const streak = screen.getByRole('region', { name: 'Visit streak' });
    expect(streak).toHaveAttribute('data-state', 'active');
    expect(streak.querySelector('[data-slot="timing"]')).toBeNull();
  });
});
