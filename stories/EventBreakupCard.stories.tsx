import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { EventBreakupCard } from '../src/components/EventBreakupCard/EventBreakupCard.js';
import type { LedgerEvent } from '../src/core/ledger/LedgerEvent.js';
import { normalizeLedgerEvent } from '../src/core/ledger/normalizeLedgerEvent.js';
import alternateCurrencies from '../test/fixtures/ledger/alternate-currencies.json' with { type: 'json' };
import customerRegistration from '../test/fixtures/ledger/customer-registration.json' with { type: 'json' };
import genericEvent from '../test/fixtures/ledger/generic-event.json' with { type: 'json' };
import goodwill from '../test/fixtures/ledger/goodwill.json' with { type: 'json' };
import pointsRedemption from '../test/fixtures/ledger/points-redemption.json' with { type: 'json' };
import twoRedemptions from '../test/fixtures/ledger/points-redemption-two-redemptions.json' with { type: 'json' };
import targetCompleted from '../test/fixtures/ledger/target-completed.json' with { type: 'json' };
import twoMilestones from '../test/fixtures/ledger/target-completed-two-milestones.json' with { type: 'json' };
import transactionAdd from '../test/fixtures/ledger/transaction-add.json' with { type: 'json' };
import type { WireLedgerEvent } from '../test/fixtures/generateLedger.js';
import { allocationsFor } from '../test/mocks/allocationsFor.js';
import { MEMBERS } from '../test/mocks/mockCustomers.js';
import {
  failingHandlers,
  storyHandlers,
  unreadableOnlyHandlers,
} from '../test/mocks/storyHandlers.js';
import { withBrandType } from './support/brandTheme.js';
import { storyText } from './support/storyText.js';
import { ANY, textPattern } from './support/textPattern.js';
import { cutOff, withTextSpacing } from './support/textSpacing.js';

/**
 * The `index`-th event of a fixture page, normalized as the client would: in the org's time zone,
 * the one the preview's provider shows dates in.
 */
function eventOf(page: { events: unknown[] }, index = 0): LedgerEvent {
  return normalizeLedgerEvent(page.events[index], { timeZone: 'Asia/Kolkata' });
}

const purchase = eventOf(transactionAdd);
const customer = {
  identifierName: 'mobile',
  identifierValue: MEMBERS.regular.identifierValue,
  source: 'INSTORE',
};

/** The docs page's introduction: what the widget is for, and an example to copy. */
const COMPONENT_DOCS = `Everything one ledger event holds: what happened and when, points earned (regular, promotional, promised), redeemed, the bill, the target reached, custom fields, alternate currencies and, on demand, its allocations. Sections with no data are left out.

\`\`\`tsx
import { EventBreakupCard, LoyaltyProvider } from 'capillary-loyalty-widgets';
import 'capillary-loyalty-widgets/styles.css';

// Given an event from useLedgerEvents, or just its id (a route parameter will do) and the member:
export function EventDetails({ eventLogId }: { eventLogId: string }) {
  return (
    <LoyaltyProvider baseUrl="/api/loyalty">
      <EventBreakupCard
        eventLogId={eventLogId}
        customer={{ identifierName: 'mobile', identifierValue: '917406401004', source: 'INSTORE' }}
        customerId={374819205}
      />
    </LoyaltyProvider>
  );
}
\`\`\``;

const meta = {
  title: 'Widgets/EventBreakupCard',
  component: EventBreakupCard,
  args: { event: purchase },
  parameters: { layout: 'padded', docs: { description: { component: COMPONENT_DOCS } } },
} satisfies Meta<typeof EventBreakupCard>;

export default meta;
type Story = StoryObj<typeof meta>;

function card(canvasElement: HTMLElement) {
  return within(canvasElement.querySelector('[data-slot="event-breakup-card"]') as HTMLElement);
}

/** A purchase: bill and its channel, line items with their price, payment modes, regular and promised points with their conversion date. */
export const Purchase: Story = {
  play: async ({ canvasElement, globals }) => {
    const view = card(canvasElement);
    const { t, signed, amount, list, day } = storyText(globals);
    expect(view.getByRole('heading', { name: t('event.TransactionAdd') })).toBeVisible();
    expect(view.getByRole('heading', { name: t('breakup.bill.title') })).toBeVisible();
    expect(view.getByRole('table')).toBeVisible();
    expect(view.getByText(t('breakup.earned.promised'))).toBeVisible();
    // The document's purchase is from 2024: its dates are named, not promised.
    expect(
      view.getByText(t('breakup.earned.conversionDate', { date: day('2024-04-01') })),
    ).toBeVisible();
    const fixedExpiry = `${t('breakup.earned.expiryDate', { date: ANY })} (${t('breakup.expiryType.fixed')})`;
    expect(view.getAllByText(textPattern(fixedExpiry)).length).toBeGreaterThan(0);
    expect(view.getByText(t('breakup.bill.paymentModes'))).toBeVisible();
    expect(view.getByText(t('breakup.source.INSTORE'))).toBeVisible();
    expect(view.getByText(t('breakup.field.yes'))).toBeVisible();
    expect(view.getByRole('columnheader', { name: t('breakup.bill.rate') })).toBeVisible();
    expect(view.getByRole('columnheader', { name: t('breakup.bill.netAmount') })).toBeVisible();
    expect(view.getByText(signed(135.5))).toHaveAttribute('data-state', 'credit');
    // Payment modes in words, not the API's tokens.
    expect(view.getByText(t('breakup.bill.paymentModes')).nextElementSibling).toHaveTextContent(
      list([
        `${t('breakup.paymentMode.UPI')} ${amount(900)}`,
        `${t('breakup.paymentMode.CASH')} ${amount(200)}`,
      ]),
    );
    // Read in the zone it happened in, the purchase is on its own bill date.
    expect(canvasElement.querySelector('time')).toHaveTextContent(
      textPattern(`${day('2024-03-02')}${ANY}`),
    );
  },
};

/** A return of part of a bill. */
export const Return: Story = {
  args: { event: eventOf(transactionAdd, 1) },
  play: async ({ canvasElement, globals }) => {
    const view = card(canvasElement);
    const { t } = storyText(globals);
    expect(view.getByText(t('breakup.bill.returnType')).nextElementSibling).toHaveTextContent(
      t('breakup.returnType.LINE_ITEM'),
    );
    expect(view.getByText(t('breakup.bill.returnBillId')).nextElementSibling).toHaveTextContent(
      '9988776655',
    );
    // The −40 reads as points deducted, not as points earned that expire.
    expect(view.queryByRole('heading', { name: t('breakup.earned.title') })).toBeNull();
    expect(view.getByRole('heading', { name: t('breakup.takenBack.title') })).toBeVisible();
    const expires = t('breakup.allocations.expires', { date: ANY });
    expect(view.queryByText(textPattern(`${ANY}${expires}`))).toBeNull();
  },
};

/** The document's TargetCompleted sample for a user target. */
export const TargetCompleted: Story = {
  args: { event: eventOf(targetCompleted, 0) },
  play: async ({ canvasElement, globals }) => {
    const view = card(canvasElement);
    const { t, number } = storyText(globals);
    expect(view.getByRole('heading', { name: t('breakup.target.title') })).toBeVisible();
    expect(view.getAllByText('TName')).toHaveLength(2); // in the header and the target section
    expect(
      view.getByText(t('target.progress', { current: number(1200), total: number(1000) })),
    ).toBeVisible();
    expect(view.getByText('TDescription')).toBeVisible();
    expect(view.getByText(/Progname/)).toBeVisible();
  },
};

/** A milestone (sub-target) reached, with its promotional points. */
export const MilestoneReached: Story = {
  args: { event: eventOf(targetCompleted, 1) },
  play: async ({ canvasElement, globals }) => {
    const view = card(canvasElement);
    expect(view.getAllByText('Sub target 1')).toHaveLength(2); // in the header and the target section
    // The points and their signed total.
    expect(view.getAllByText(storyText(globals).signed(100))).toHaveLength(2);
  },
};

/** Goodwill points, with the comment of the person who issued them. */
export const Goodwill: Story = {
  args: { event: eventOf(goodwill) },
  play: async ({ canvasElement, globals }) => {
    const view = card(canvasElement);
    const { t } = storyText(globals);
    expect(
      view.getByText('Customer has reached the milestone. Awarding him 100 points.'),
    ).toBeVisible();
    expect(
      view.getByText(textPattern(`${ANY}(${t('breakup.expiryType.fixed')})${ANY}`)),
    ).toBeVisible();
  },
};

/** A redemption: points, purpose and redemption id. */
export const Redemption: Story = {
  args: { event: eventOf(pointsRedemption) },
  play: async ({ canvasElement, globals }) => {
    const view = card(canvasElement);
    const { t, signed } = storyText(globals);
    // The card's title names the redemption: no section heading under it says it again, in the
    // title's words or the section's own.
    const title = view.getByRole('heading', { level: 3 });
    expect(title).toHaveAccessibleName(t('event.PointsRedemption'));
    const again = view
      .getAllByRole('heading')
      .filter((heading) => heading !== title)
      .map((heading) => heading.textContent);
    expect(again).not.toContain(t('event.PointsRedemption'));
    expect(again).not.toContain(t('breakup.redeemed.title'));
    expect(view.getByText(signed(-101))).toBeVisible();
    expect(view.getByText('kh4Mh7')).toBeVisible();
    // The brand's key stays; the card number shows only its last four digits.
    expect(view.getByText('card_number')).toBeVisible();
    expect(view.getByText('•••• 3456')).toBeVisible();
    expect(view.queryByText(/123456/)).toBeNull();
  },
};

/**
 * The redemption above, reversed: the documents show no reversal, so this is the redemption's
 * sample under `PointsRedemptionReversal`. Its points come back, as the table reads them.
 */
export const RedemptionReversed: Story = {
  args: {
    event: normalizeLedgerEvent(
      { ...pointsRedemption.events[0], eventName: 'PointsRedemptionReversal' },
      { timeZone: 'Asia/Kolkata' },
    ),
  },
  play: async ({ canvasElement, globals }) => {
    const view = card(canvasElement);
    const { t, signed } = storyText(globals);
    expect(
      view.getByRole('heading', { level: 4, name: t('breakup.givenBack.title') }),
    ).toBeVisible();
    expect(view.getByText(signed(101))).toBeVisible();
    expect(view.queryByText(signed(-101))).toBeNull();
  },
};

/** One event with two redemptions: a section for each, and their total. */
export const TwoRedemptions: Story = {
  args: { event: eventOf(twoRedemptions) },
  play: async ({ canvasElement, globals }) => {
    const view = card(canvasElement);
    const { t, signed } = storyText(globals);
    const redemption = (index: number) =>
      t('breakup.section.numbered', { title: t('breakup.redeemed.title'), index, count: 2 });
    expect(view.getByRole('heading', { name: redemption(1) })).toBeVisible();
    expect(view.getByRole('heading', { name: redemption(2) })).toBeVisible();
    expect(view.getByText(signed(-101))).toBeVisible();
    expect(view.getByText(signed(-50))).toBeVisible();
    // And what they add up to, as the table shows for the event.
    expect(view.getByText(t('breakup.earned.total')).nextElementSibling).toHaveTextContent(
      textPattern(signed(-151)),
    );
  },
};

/** One event that reached two milestones: a section for each, and the points of both. */
export const TwoMilestones: Story = {
  args: { event: eventOf(twoMilestones) },
  play: async ({ canvasElement, globals }) => {
    const view = card(canvasElement);
    const { t, signed } = storyText(globals);
    const target = (index: number) =>
      t('breakup.section.numbered', { title: t('breakup.target.title'), index, count: 2 });
    expect(view.getByRole('heading', { name: target(1) })).toBeVisible();
    expect(view.getByRole('heading', { name: target(2) })).toBeVisible();
    // Each milestone's points, in the points earned and again in its own section.
    expect(view.getAllByText(signed(100))).toHaveLength(4);
    const second = view.getByRole('heading', { name: target(2) }).closest('section');
    expect(within(second as HTMLElement).getByText(signed(100))).toBeVisible();
    expect(view.getByText(signed(200))).toBeVisible(); // the total, signed like its rows
  },
};

/** A registration earns nothing: every empty section is left out, and the card says so. */
export const Registration: Story = {
  args: { event: eventOf(customerRegistration) },
  play: async ({ canvasElement, globals }) => {
    const view = card(canvasElement);
    expect(view.getAllByRole('heading')).toHaveLength(1);
    // Not a card that stops at its title: it says there are no points.
    expect(view.getByText(storyText(globals).t('breakup.noPoints'))).toBeVisible();
  },
};

/** A behavioural event named by the brand, with extended fields. */
export const BehaviouralEvent: Story = {
  args: { event: eventOf(genericEvent) },
  play: async ({ canvasElement, globals }) => {
    const view = card(canvasElement);
    const { t } = storyText(globals);
    // Titled with the activity's name, as the points table's row, not its identifier.
    expect(view.getByRole('heading', { level: 3 })).toHaveTextContent('CUP SERIES CHECK-IN');
    expect(view.queryByText('CupSeries2024')).toBeNull();
    expect(view.queryByRole('heading', { name: t('event.GenericEvent') })).toBeNull();
    expect(view.getByRole('heading', { name: t('breakup.extendedFields') })).toBeVisible();
  },
};

/** Alternate currencies earned alongside points. */
export const AlternateCurrencies: Story = {
  args: { event: eventOf(alternateCurrencies) },
  play: async ({ canvasElement, globals }) => {
    const view = card(canvasElement);
    const { t, number, day } = storyText(globals);
    expect(view.getByRole('heading', { name: t('breakup.alternateCurrencies') })).toBeVisible();
    // The document's currencies expired in 2024 and 2025: their dates are named, not promised.
    expect(
      view.getByText(
        `${number(12)} · ${t('breakup.earned.expiryDate', { date: day('2024-12-31') })}`,
      ),
    ).toBeVisible();
  },
};

/** Allocations load on demand and show each one's status and expiry. */
export const WithAllocations: Story = {
  args: { customerId: MEMBERS.regular.customerId },
  play: async ({ canvasElement, globals }) => {
    const view = card(canvasElement);
    const { t } = storyText(globals);
    const button = view.getByRole('button', { name: t('breakup.allocations.show') });
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const list = await view.findByRole('list', {}, { timeout: 5000 });
    const statuses = (['active', 'redeemed', 'expired', 'returned'] as const).map((status) =>
      t(`allocation.status.${status}`),
    );
    expect(
      within(list).getAllByText((content) => statuses.includes(content)).length,
    ).toBeGreaterThan(0);
    // An expired allocation says it expired, in the past tense.
    const expires = t('breakup.allocations.expires', { date: ANY });
    for (const item of within(list).getAllByRole('listitem')) {
      if (item.dataset.state === 'expired') {
        expect(item).not.toHaveTextContent(textPattern(`${ANY}${expires}`));
      }
    }
  },
};

/** A purchase that paid out 24 promotions: its allocations come 20 at a time. */
const manyPromotions = (() => {
  const raw = structuredClone(transactionAdd.events[0]);
  const promo = raw?.pointsEarned.promo[0];
  if (!raw || !promo) throw new Error('the purchase fixture has no promotion');
  const promotions = Array.from({ length: 24 }, (_, index) => ({
    ...promo,
    value: String(index + 1),
  }));
  return { ...raw, pointsEarned: { ...raw.pointsEarned, promo: promotions } } as WireLedgerEvent;
})();

/**
 * More allocations than a page: "Load more allocations" brings the rest, and focus goes on to the
 * first of them, so a keyboard user reads on from there.
 */
export const ManyAllocations: Story = {
  args: {
    event: normalizeLedgerEvent(manyPromotions, { timeZone: 'Asia/Kolkata' }),
    customerId: 999,
  },
  parameters: {
    msw: storyHandlers({
      customers: [
        {
          customerId: 999,
          mobile: '919800000999',
          ledger: [manyPromotions],
          history: [],
          allocations: allocationsFor([manyPromotions], 999),
        },
      ],
    }),
  },
  play: async ({ canvasElement, globals }) => {
    const view = card(canvasElement);
    // The amounts, +1 to +24, make a column: their last digits, and the names after them, line up.
    const amounts = [...canvasElement.querySelectorAll('.clw-points-entry > .clw-points')];
    expect(new Set(amounts.map((amount) => amount.getBoundingClientRect().right)).size).toBe(1);
    const digits = amounts.map((amount) => {
      const text = document.createRange();
      text.selectNodeContents(amount);
      return Math.round(text.getBoundingClientRect().right);
    });
    expect(new Set(digits).size).toBe(1);
    const { t } = storyText(globals);
    await userEvent.click(view.getByRole('button', { name: t('breakup.allocations.show') }));
    const list = await view.findByRole('list', {}, { timeout: 5000 });
    await expect(within(list).getAllByRole('listitem')).toHaveLength(21);
    const more = view.getByRole('button', { name: t('breakup.allocations.loadMore') });
    more.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(25));
    await expect(document.activeElement).toBe(within(list).getAllByRole('listitem')[20]);
  },
};

/** In a month, as Capillary writes dates: a conversion still to come. */
const inAMonth = `${new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)} 00:00:00.0`;

/**
 * A purchase whose points are all promised, converting in a month: the total is 0, neutral, and
 * says why.
 */
export const PromisedOnly: Story = {
  args: {
    event: normalizeLedgerEvent(
      {
        ...transactionAdd.events[0],
        billDetails: { ...transactionAdd.events[0]?.billDetails, maxConversionDate: inAMonth },
        pointsEarned: {
          ...transactionAdd.events[0]?.pointsEarned,
          regular: [],
          promo: [],
          promised: [{ value: 50, maxConversionDate: inAMonth }],
        },
      },
      { timeZone: 'Asia/Kolkata' },
    ),
  },
  play: async ({ canvasElement, globals }) => {
    const { t, number } = storyText(globals);
    const converts = t('breakup.earned.promisedConverts', { date: ANY });
    expect(card(canvasElement).getByText(textPattern(converts))).toBeVisible();
    const total = card(canvasElement).getByText(t('breakup.earned.total'))
      .nextElementSibling as HTMLElement;
    // A zero total is neither a credit nor a debit, and promised points are not in it.
    expect(within(total).getByText(number(0))).toHaveAttribute('data-state', 'none');
    expect(total).toHaveTextContent(t('breakup.earned.promisedNotIncluded'));
  },
};

/** A narrow card stacks each line item, so every column shows without scrolling. */
export const NarrowBill: Story = {
  decorators: [(Story) => <div style={{ maxWidth: 360 }}>{Story()}</div>],
  play: async ({ canvasElement, globals }) => {
    const { t } = storyText(globals);
    const region = card(canvasElement).getByRole('group', { name: t('breakup.bill.lineItems') });
    expect(region.scrollWidth).toBeLessThanOrEqual(region.clientWidth);
    const box = region.getBoundingClientRect();
    const rows = within(region).getAllByRole('row').slice(1);
    // Every value is inside the card, headed by its column's name; a value the item lacks (the
    // T-shirt's points) is left out, so no column name sits over nothing.
    for (const row of rows) {
      for (const cell of within(row).getAllByRole('cell')) {
        if (cell.textContent === '') {
          expect(getComputedStyle(cell).display).toBe('none');
          continue;
        }
        const { left, right } = cell.getBoundingClientRect();
        expect(left).toBeGreaterThanOrEqual(box.left - 1);
        expect(right).toBeLessThanOrEqual(box.right + 1);
      }
    }
    expect(rows.some((row) => row.lastElementChild?.textContent === '')).toBe(true);
    const points = rows.find((row) => row.lastElementChild?.textContent)?.lastElementChild;
    // Shown, but not read: the column's header names the value for screen readers, and with the
    // label read too they would hear "Points, Points 40". An empty alternative text hides it.
    expect(getComputedStyle(points as Element, '::before').content).toBe(
      `"${t('table.column.points')}" / ""`,
    );
    // Right-aligned, as the wide table's numbers are, so the last digits line up.
    const edges = within(region)
      .getAllByRole('cell')
      .filter((cell) => cell.dataset.label && cell.textContent)
      .map((cell) => {
        const text = document.createRange();
        text.selectNodeContents(cell);
        return Math.round(text.getBoundingClientRect().right);
      });
    expect(new Set(edges).size).toBe(1);
    // Each points amount starts its line, under its term, with no room kept before it for a
    // column: on a phone each entry takes lines of its own.
    const amounts = [...canvasElement.querySelectorAll('.clw-points-entry > .clw-points')];
    expect(amounts.length).toBeGreaterThan(1);
    const rtl = getComputedStyle(region).direction === 'rtl';
    for (const amount of amounts) {
      const text = document.createRange();
      text.selectNodeContents(amount);
      const own = text.getBoundingClientRect();
      const entry = (amount.parentElement as HTMLElement).getBoundingClientRect();
      expect(Math.round(rtl ? entry.right - own.right : own.left - entry.left)).toBe(0);
    }
  },
};

/** The same on a right-to-left page: the values still line up by their last digits. */
export const NarrowBillRightToLeft: Story = {
  ...NarrowBill,
  globals: { direction: 'rtl' },
};

/**
 * A card 600 px wide (in a page's side column, say) has no room for the bill's seven columns
 * either: it stacks each line item rather than squeeze the items' names letter by letter.
 */
export const MidWidthBill: Story = {
  decorators: [(Story) => <div style={{ width: 600 }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    itemNamesStayWhole(canvasElement);
  },
};

/** On a phone a long name without spaces (here a promotion's) breaks inside the card. */
export const NarrowBehaviouralEvent: Story = {
  ...BehaviouralEvent,
  decorators: [(Story) => <div style={{ maxWidth: 360 }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('[data-slot="event-breakup-card"]') as HTMLElement;
    expect(card(canvasElement).getByText(/^CupSeriesatClash/)).toBeVisible();
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    const box = root.getBoundingClientRect();
    for (const value of root.querySelectorAll('dd, dd *')) {
      expect(value.getBoundingClientRect().right).toBeLessThanOrEqual(box.right + 1);
    }
  },
};

/**
 * Under a brand's larger type (18 px, not 14 px) a 560 px card has no room for the bill's seven
 * columns: it stacks each line item, and no item's name breaks inside a word.
 */
export const LargerBrandType: Story = {
  decorators: [withBrandType(560)],
  play: async ({ canvasElement }) => {
    itemNamesStayWhole(canvasElement);
  },
};

/** Each word of each line item's name is on one line: no column squeezed it letter by letter. */
function itemNamesStayWhole(canvasElement: HTMLElement) {
  const names = [...canvasElement.querySelectorAll('.clw-line-items tbody td:first-child')];
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) {
    const text = name.firstChild;
    if (!(text instanceof Text)) throw new Error('a line item without a name');
    for (const word of text.data.matchAll(/[^\s-]+/g)) {
      const range = document.createRange();
      range.setStart(text, word.index);
      range.setEnd(text, word.index + word[0].length);
      const lines = new Set([...range.getClientRects()].map((line) => Math.round(line.top)));
      expect(lines.size, word[0]).toBe(1);
    }
  }
}

/** Given only the event's id and the member, the card loads the event itself. */
export const LoadsByEventLogId: Story = {
  args: { event: undefined, eventLogId: purchase.eventLogId, customer } as never,
  play: async ({ canvasElement, globals }) => {
    const name = storyText(globals).t('event.TransactionAdd');
    expect(
      await card(canvasElement).findByRole('heading', { name }, { timeout: 5000 }),
    ).toBeVisible();
  },
};

/** The id as a route gives it, a string: the same event, and the same cached query, as the number. */
export const LoadsByRouteParam: Story = {
  args: { event: undefined, eventLogId: String(purchase.eventLogId), customer } as never,
  play: async ({ canvasElement, globals }) => {
    const name = storyText(globals).t('event.TransactionAdd');
    expect(
      await card(canvasElement).findByRole('heading', { name }, { timeout: 5000 }),
    ).toBeVisible();
  },
};

/**
 * Capillary's raw JSON, not passed through `normalizeLedgerEvent`: the card says it could not
 * read it, in the member's language, and tells the developer why in `data-detail` (and, in
 * development, the console).
 */
export const NotNormalized: Story = {
  args: { event: transactionAdd.events[0] as never },
  play: async ({ canvasElement, globals }) => {
    const alert = await card(canvasElement).findByRole('alert');
    expect(alert).toHaveTextContent(storyText(globals).t('error.kind.invalid-response'));
    expect(alert.getAttribute('data-detail')).toMatch(/^event is not a normalized LedgerEvent/);
  },
};

/** Its own time zone, over the provider's (Asia/Kolkata): 6:45 PM there is 8:15 AM in New York. */
export const OwnTimeZone: Story = {
  args: { timeZone: 'America/New_York' },
  play: async ({ canvasElement, globals }) => {
    const { dateTime } = storyText(globals);
    expect(
      card(canvasElement).getByText(dateTime('2024-03-02T08:15:00-05:00', 'America/New_York')),
    ).toBeVisible();
  },
};

/**
 * Loading the event failed for a moment (503); Retry recovers. Focus waits on the card while the
 * notice gives way to the loading state, so a screen reader goes on from the card, not the page's top.
 */
export const LoadError: Story = {
  args: { event: undefined, eventLogId: purchase.eventLogId, customer } as never,
  parameters: {
    msw: failingHandlers({
      endpoint: 'pointsLedger',
      status: 503,
      headers: { 'Retry-After': '0' },
      times: 3,
    }),
  },
  play: async ({ canvasElement, globals }) => {
    const view = card(canvasElement);
    const { t } = storyText(globals);
    const root = canvasElement.querySelector('[data-slot="event-breakup-card"]');
    const alert = await view.findByRole('alert', {}, { timeout: 8000 });
    await userEvent.click(within(alert).getByRole('button', { name: t('common.retry') }));
    expect(document.activeElement).toBe(root);
    expect(
      await view.findByRole('heading', { name: t('event.TransactionAdd') }, { timeout: 5000 }),
    ).toBeVisible();
    expect(document.activeElement).toBe(root);
  },
};

/** The member could not be matched (400): no Retry, since asking again cannot help; what to do instead. */
export const LoadErrorNotRetryable: Story = {
  args: { event: undefined, eventLogId: purchase.eventLogId, customer } as never,
  parameters: {
    msw: failingHandlers({ status: 400, code: 11023, message: 'Valid identifiers not found' }),
  },
  play: async ({ canvasElement, globals }) => {
    const alert = await card(canvasElement).findByRole('alert', {}, { timeout: 5000 });
    const retry = storyText(globals).t('common.retry');
    expect(within(alert).queryByRole('button', { name: retry })).toBeNull();
    expect(alert.querySelector('.clw-notice-detail')).not.toBeNull();
  },
};

/** The dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('[data-slot="event-breakup-card"]') as HTMLElement;
    expect(getComputedStyle(root).backgroundColor).toBe('rgb(17, 24, 39)');
  },
};

/** Right to left. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('[data-slot="event-breakup-card"]') as HTMLElement;
    expect(getComputedStyle(root).direction).toBe('rtl');
  },
};

/** Arabic: the API's channel and expiry type in Arabic words too. */
export const SecondLocale: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const view = card(canvasElement);
    expect(view.getAllByRole('heading')[0]).toHaveTextContent(/[\u0600-\u06FF]/);
    expect(view.getByText('في المتجر')).toBeVisible();
    expect(view.queryByText(/fixed|INSTORE/)).toBeNull();
  },
};

/** While the event loads by its id. */
export const LoadingById: Story = {
  args: { event: undefined, eventLogId: purchase.eventLogId, customer } as never,
  parameters: { msw: storyHandlers({ delayMs: 1_000_000 }) },
  play: async ({ canvasElement, globals }) => {
    expect(await card(canvasElement).findByRole('status')).toHaveTextContent(
      storyText(globals).t('breakup.loading'),
    );
  },
};

/** An id the member's ledger does not hold: the card says so, and what to do next. */
export const NotFoundById: Story = {
  args: { event: undefined, eventLogId: 1, customer } as never,
  play: async ({ canvasElement, globals }) => {
    const view = card(canvasElement);
    const { t } = storyText(globals);
    expect(
      await view.findByRole('heading', { name: t('breakup.title') }, { timeout: 5000 }),
    ).toBeVisible();
    expect(view.getByText(t('breakup.notFound'))).toBeVisible();
    // What to do next: go back and choose it again.
    expect(view.getByText(t('breakup.notFoundHint'))).toBeVisible();
  },
};

/** An event that came but could not be read: the card says it could not be shown, not that it is missing. */
export const UnreadableById: Story = {
  args: { event: undefined, eventLogId: 1, customer } as never,
  parameters: { msw: unreadableOnlyHandlers() },
  play: async ({ canvasElement, globals }) => {
    const { t } = storyText(globals);
    const notice = await within(canvasElement).findByRole('alert', {}, { timeout: 5000 });
    expect(notice).toHaveTextContent(t('breakup.error.title'));
    expect(notice).toHaveTextContent(t('error.kind.invalid-response'));
    expect(within(canvasElement).queryByText(t('breakup.notFound'))).toBeNull();
  },
};

/** The purchase's two allocation rows, the second with its points written in words. */
const rawPurchase = transactionAdd.events[0] as WireLedgerEvent;
const [readable] = allocationsFor([rawPurchase], 998);

/**
 * An allocation row that cannot be read is not dropped in silence: the rows that can be read show,
 * and a note says an entry could not be shown.
 */
export const AllocationUnreadable: Story = {
  args: { event: normalizeLedgerEvent(rawPurchase, { timeZone: 'Asia/Kolkata' }), customerId: 998 },
  parameters: {
    msw: storyHandlers({
      customers: [
        {
          customerId: 998,
          mobile: '919800000998',
          ledger: [rawPurchase],
          history: [],
          allocations: readable
            ? [readable, { ...readable, id: Number(readable.id) + 1, points_value: 'lots' }]
            : [],
        },
      ],
    }),
  },
  play: async ({ canvasElement, globals }) => {
    const view = card(canvasElement);
    const { t } = storyText(globals);
    await userEvent.click(view.getByRole('button', { name: t('breakup.allocations.show') }));
    const list = await view.findByRole('list', {}, { timeout: 5000 });
    await expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    await expect(view.getByText(t('table.warning.skipped', { count: 1 }))).toBeVisible();
  },
};

/** An event with no allocation rows behind it. */
export const NoAllocations: Story = {
  args: { customerId: MEMBERS.second.customerId },
  play: async ({ canvasElement, globals }) => {
    const view = card(canvasElement);
    const { t } = storyText(globals);
    await userEvent.click(view.getByRole('button', { name: t('breakup.allocations.show') }));
    expect(
      await view.findByText(t('breakup.allocations.empty'), {}, { timeout: 5000 }),
    ).toBeVisible();
  },
};

/** The allocation service answers 404, as it does for an event that allocated nothing: no error, no Retry. */
export const AllocationsNotFound: Story = {
  args: { customerId: MEMBERS.regular.customerId },
  parameters: {
    msw: failingHandlers({ endpoint: 'pointsAllocation', status: 404, message: 'Not Found' }),
  },
  play: async ({ canvasElement, globals }) => {
    const view = card(canvasElement);
    const { t } = storyText(globals);
    await userEvent.click(view.getByRole('button', { name: t('breakup.allocations.show') }));
    expect(
      await view.findByText(t('breakup.allocations.empty'), {}, { timeout: 5000 }),
    ).toBeVisible();
    expect(view.queryByRole('alert')).toBeNull();
  },
};

/**
 * The allocation service fails for a moment (503); the notice says what failed, and Retry asks
 * again. Focus waits on the Allocations section while the list loads.
 */
export const AllocationsError: Story = {
  args: { customerId: MEMBERS.regular.customerId },
  parameters: {
    msw: failingHandlers({
      endpoint: 'pointsAllocation',
      status: 503,
      headers: { 'Retry-After': '0' },
      times: 3,
    }),
  },
  play: async ({ canvasElement, globals }) => {
    const view = card(canvasElement);
    const { t } = storyText(globals);
    await userEvent.click(view.getByRole('button', { name: t('breakup.allocations.show') }));
    const alert = await view.findByRole('alert', {}, { timeout: 8000 });
    expect(alert).toHaveTextContent(t('breakup.allocations.error'));
    await userEvent.click(within(alert).getByRole('button', { name: t('common.retry') }));
    const section = view.getByRole('group', { name: t('breakup.allocations.title') });
    expect(document.activeElement).toBe(section);
    expect(await view.findByRole('list', {}, { timeout: 5000 })).toBeVisible();
    expect(document.activeElement).toBe(section);
  },
};

/** The allocation service turns the request down (400): no Retry, since asking again cannot help. */
export const AllocationsRejected: Story = {
  args: { customerId: MEMBERS.regular.customerId },
  parameters: {
    msw: failingHandlers({ endpoint: 'pointsAllocation', status: 400, message: 'Bad Request' }),
  },
  play: async ({ canvasElement, globals }) => {
    const view = card(canvasElement);
    const { t } = storyText(globals);
    await userEvent.click(view.getByRole('button', { name: t('breakup.allocations.show') }));
    const alert = await view.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent(t('breakup.allocations.error'));
    expect(within(alert).queryByRole('button', { name: t('common.retry') })).toBeNull();
    expect(alert.querySelector('.clw-notice-detail')).not.toBeNull();
  },
};

/** A hand-made event whose bill lost its lines: a notice in the card's place, the page around it intact. */
export const PropsThatCannotRender: Story = {
  // React logs the caught error: kept off the docs page, whose console should stay clean.
  tags: ['!autodocs'],
  args: {
    event: {
      ...purchase,
      bill: { ...purchase.bill, lineItems: undefined },
    } as unknown as LedgerEvent,
  },
  play: async ({ canvasElement, globals }) => {
    const { t } = storyText(globals);
    const alert = within(canvasElement).getByRole('alert');
    expect(alert).toHaveTextContent(t('breakup.error.title'));
    expect(alert).toHaveAttribute('data-detail', expect.stringContaining('could not render'));
    expect(within(alert).queryByRole('button', { name: t('common.retry') })).toBeNull();
  },
};

/**
 * WCAG 1.4.12 on a 320 px phone: with text spaced out (line height 1.5, letters 0.12em, words
 * 0.16em, paragraphs 2em), the bill loses nothing: each line item's column names wrap rather than
 * push its values out of the card.
 */
export const TextSpacing: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  decorators: [withTextSpacing],
  play: async ({ canvasElement, globals }) => {
    const { t } = storyText(globals);
    const region = card(canvasElement).getByRole('group', { name: t('breakup.bill.lineItems') });
    expect(region.scrollWidth).toBeLessThanOrEqual(region.clientWidth);
    expect(cutOff(canvasElement)).toEqual([]);
  },
};

/** The same in Arabic, right to left. */
export const TextSpacingRightToLeft: Story = {
  ...TextSpacing,
  globals: { ...TextSpacing.globals, locale: 'ar' },
  play: async ({ canvasElement }) => {
    expect(cutOff(canvasElement)).toEqual([]);
  },
};
