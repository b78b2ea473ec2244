import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http } from 'msw';
import { useState } from 'react';
import { expect, fireEvent, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  PointsLedgerTable,
  type PointsLedgerTableProps,
} from '../src/components/PointsLedgerTable/PointsLedgerTable.js';
import { ar } from '../src/i18n/ar.js';
import { en } from '../src/i18n/en.js';
import type { MessageId } from '../src/i18n/messages.js';
import { LoyaltyProvider } from '../src/react/LoyaltyProvider.js';
import type { LedgerEvent } from '../src/core/ledger/LedgerEvent.js';
import { normalizeLedgerEvent } from '../src/core/ledger/normalizeLedgerEvent.js';
import { generateLedgerEvents } from '../test/fixtures/generateLedger.js';
import { MEMBERS } from '../test/mocks/mockCustomers.js';
import {
  failingHandlers,
  importedDateFormatHandlers,
  offlineHandlers,
  partialPageHandlers,
  storyHandlers,
  unreadableDetailHandlers,
  unreadableOnlyHandlers,
} from '../test/mocks/storyHandlers.js';
import { withBrandType } from './support/brandTheme.js';
import { type StoryText, storyText } from './support/storyText.js';
import { ANY, textPattern } from './support/textPattern.js';
import { cutOff, withTextSpacing } from './support/textSpacing.js';

const regular = MEMBERS.regular;
/** The organisation's time zone (`.storybook/preview.tsx` shows dates in it): events are read in it. */
const ORGANISATION_TIME_ZONE = 'Asia/Kolkata';
const customer = {
  identifierName: regular.identifierName,
  identifierValue: regular.identifierValue,
  source: regular.source,
};

/** The docs page's introduction: what the widget is for, and an example to copy. */
const COMPONENT_DOCS = `A member's points ledger: where points came from, where they went and when they expire. It loads everything itself inside a \`LoyaltyProvider\`, or shows the \`events\` it is given.

\`\`\`tsx
import { LoyaltyProvider, PointsLedgerTable } from 'capillary-loyalty-widgets';
import 'capillary-loyalty-widgets/styles.css';

export function PointsPage() {
  return (
    <LoyaltyProvider baseUrl="/api/loyalty" locale="en-IN" timeZone="Asia/Kolkata">
      <PointsLedgerTable
        customer={{ identifierName: 'mobile', identifierValue: '917406401004', source: 'INSTORE' }}
        customerId={374819205}
      />
    </LoyaltyProvider>
  );
}
\`\`\``;

/**
 * Stories that check a behaviour (focus, typing, announcements) and look like another: they run as
 * tests and stay in the sidebar, but the docs page shows each state once, and loads quicker.
 */
const TEST_ONLY = ['!autodocs'];

const meta = {
  title: 'Widgets/PointsLedgerTable',
  component: PointsLedgerTable,
  args: { customer, customerId: regular.customerId, onValueChange: fn() },
  parameters: { layout: 'padded', docs: { description: { component: COMPONENT_DOCS } } },
} satisfies Meta<typeof PointsLedgerTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Rows of the table body (the header row excluded). */
async function bodyRows(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  await canvas.findAllByRole('cell', {}, { timeout: 5000 });
  return canvas.getAllByRole('row').filter((row) => row.getAttribute('aria-rowindex') !== '1');
}

/** Any row toggle's name, "Show details: Purchase, Mar 2, 2024", or "Hide details: …" once open. */
function toggleName({ t }: StoryText, action: 'expand' | 'collapse'): RegExp {
  const name = t('table.row.name', { action: t(`table.row.${action}`), activity: ANY, date: ANY });
  return textPattern(name);
}

/** An error as members see it: translated words only, the API's own text kept for developers. */
async function memberFacingAlert(canvasElement: HTMLElement, apiText: string, timeout = 5000) {
  const alert = await within(canvasElement).findByRole('alert', {}, { timeout });
  expect(alert).not.toHaveTextContent(apiText);
  expect(alert).toHaveAttribute('data-detail', expect.stringContaining(apiText));
  // Nothing loaded: no "0 loaded" under the error.
  expect(within(canvasElement).getByRole('status')).toBeEmptyDOMElement();
  return alert;
}

/** A regular member: six months of purchases, redemptions, targets and imported history. */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t, number } = storyText(globals);
    const rows = await bodyRows(canvasElement);
    expect(rows.length).toBeGreaterThan(5);
    expect(canvas.getByRole('table', { name: t('table.caption') })).toBeVisible();
    // Activity labels are words for members, never raw event names.
    expect(canvas.queryByText('TransactionAdd')).toBeNull();
    expect(canvas.getAllByText(t('event.TransactionAdd')).length).toBeGreaterThan(0);
    // Points carry a text sign, not colour alone (after the marks that keep it by its number in
    // right-to-left text).
    const points = canvasElement.querySelectorAll('[data-column="points"] .clw-points');
    for (const cell of points) {
      const written = (cell.textContent ?? '').replace(/[\u061c\u200e\u200f]/g, '');
      expect(/^[+\-−]/.test(written) || written === number(0)).toBe(true);
    }
    // Every loaded row is in the page, even far out of view: browse mode reads only those.
    expect(canvas.getByRole('status')).toHaveTextContent(
      textPattern(`${t('table.loaded', { count: rows.length })}${ANY}`),
    );
    const view = canvas.getByRole('table').getBoundingClientRect();
    expect(rows.at(-1)?.getBoundingClientRect().top).toBeGreaterThan(view.bottom + view.height);
    // Wide layouts sort from the header: no second sort control.
    expect(canvas.queryByRole('combobox', { name: t('table.sort.label') })).toBeNull();
    // The two ends of the range are one field's two halves: the same width.
    const width = (label: string) => canvas.getByLabelText(label).getBoundingClientRect().width;
    expect(width(t('table.filter.to'))).toBe(width(t('table.filter.from')));
  },
};

/** Expanding a row opens its breakup card; keyboard and pointer both work. */
export const ExpandARow: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const text = storyText(globals);
    await bodyRows(canvasElement);
    const [toggle] = canvas.getAllByRole('button', { name: toggleName(text, 'expand') });
    if (!toggle) throw new Error('no row toggle');
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    // An open row's toggle says what it will do now: hide the details.
    expect(toggle).toHaveAccessibleName(toggleName(text, 'collapse'));
    const card = await waitFor(() => {
      const found = canvasElement.querySelector('[data-slot="event-breakup-card"]');
      if (!found) throw new Error('card not open');
      return found as HTMLElement;
    });
    expect(within(card).getByRole('heading', { level: 3 })).toBeVisible();
    // The details are the next row, one cell across every column; the rows after count one more.
    const row = toggle.closest('[role="row"]');
    const details = card.closest('[role="row"]');
    const rowCount = Number(canvas.getByRole('table').getAttribute('aria-rowcount'));
    expect(details).not.toBe(row);
    expect(details?.getAttribute('aria-rowindex')).toBe(
      String(Number(row?.getAttribute('aria-rowindex')) + 1),
    );
    expect(within(details as HTMLElement).getAllByRole('cell')[0]).toHaveAttribute(
      'aria-colspan',
      String(row?.querySelectorAll(':scope > [role="cell"]').length),
    );
    await userEvent.click(toggle);
    expect(Number(canvas.getByRole('table').getAttribute('aria-rowcount'))).toBe(rowCount - 1);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveAccessibleName(toggleName(text, 'expand'));
    expect(canvasElement.querySelector('[data-slot="event-breakup-card"]')).toBeNull();
    // Selecting a reference to copy it leaves the row as it was.
    const reference = toggle.closest('[role="row"]')?.querySelector('[data-column="reference"]');
    if (!reference) throw new Error('no reference cell');
    await userEvent.pointer([
      { keys: '[MouseLeft>]', target: reference, offset: 0 },
      { target: reference, offset: reference.textContent?.length ?? 0 },
      { keys: '[/MouseLeft]', target: reference },
    ]);
    expect(window.getSelection()?.toString()).toBe(reference.textContent);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  },
};

/** The Imported history and All tabs appear where the organisation imported a legacy programme. */
export const SwitchTabs: Story = {
  tags: TEST_ONLY,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t } = storyText(globals);
    await userEvent.click(
      await canvas.findByRole('tab', { name: t('table.tab.imported') }, { timeout: 5000 }),
    );
    // The views are named apart from the activity they show.
    expect(canvas.getByRole('tablist')).toHaveAccessibleName(t('table.views'));
    await waitFor(() =>
      expect(canvas.getByRole('tab', { name: t('table.tab.imported') })).toHaveAttribute(
        'aria-selected',
        'true',
      ),
    );
    await bodyRows(canvasElement);
    await userEvent.click(canvas.getByRole('tab', { name: t('table.tab.all') }));
    await waitFor(
      () => expect(canvas.getAllByText(t('table.source.imported')).length).toBeGreaterThan(0),
      { timeout: 5000 },
    );
    expect(canvas.getAllByText(t('table.source.ledger')).length).toBeGreaterThan(0);
  },
};

/** Filters: earned only, then a bill number. */
export const Filter: Story = {
  tags: TEST_ONLY,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t, readNumber } = storyText(globals);
    await bodyRows(canvasElement);
    const table = canvas.getByRole('table');
    const status = canvas.getByRole('status');
    const shownRows = () => Number(table.getAttribute('aria-rowcount')) - 1;
    // Every row loaded is shown, and counted.
    const allShown = () =>
      expect(status).toHaveTextContent(textPattern(t('table.loaded', { count: shownRows() })));
    await userEvent.selectOptions(canvas.getByLabelText(t('table.filter.type')), 'redeemed');
    await waitFor(() => {
      const points = [...canvasElement.querySelectorAll('[data-column="points"] .clw-points')];
      expect(points.length).toBeGreaterThan(0);
      for (const cell of points) expect(cell).toHaveAttribute('data-state', 'debit');
    });
    // Says how many rows the filter shows out of those loaded.
    await waitFor(() => {
      const shown = shownRows();
      const [, loaded = ''] =
        textPattern(t('table.shownOfLoaded', { count: shown, loaded: ANY })).exec(
          status.textContent ?? '',
        ) ?? [];
      expect(shown).toBeLessThan(readNumber(loaded));
    });
    await userEvent.selectOptions(canvas.getByLabelText(t('table.filter.type')), 'all');
    await waitFor(allShown);
    await userEvent.type(canvas.getByLabelText(t('table.filter.billNumber')), 'NO-SUCH-BILL');
    await canvas.findByText(t('table.emptyFiltered'), { selector: 'p' }, { timeout: 5000 });
    // Clear filters is the way back from "0 shown": every filter returns to its default.
    await userEvent.click(canvas.getByRole('button', { name: t('table.filter.clear') }));
    expect(canvas.getByLabelText(t('table.filter.billNumber'))).toHaveValue('');
    expect(canvas.getByLabelText(t('table.filter.type'))).toHaveValue('all');
    await waitFor(allShown, { timeout: 5000 });
    expect(canvas.queryByRole('button', { name: t('table.filter.clear') })).toBeNull();
  },
};

/** A To date before the From date is explained and waits; the table keeps the range in use. */
export const ReversedDates: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t } = storyText(globals);
    await bodyRows(canvasElement);
    const status = canvas.getByRole('status');
    const before = status.textContent;
    const from = canvas.getByLabelText(t('table.filter.from'));
    const to = canvas.getByLabelText(t('table.filter.to'));
    const year = Number((from as HTMLInputElement).value.slice(0, 4)) - 1;
    to.focus();
    fireEvent.change(to, { target: { value: `${year}-01-31` } });
    // The date is explained once the member leaves the field.
    to.blur();
    await waitFor(() => expect(to).toHaveAccessibleDescription(t('table.filter.reversed')));
    await expect(to).toHaveAttribute('aria-invalid', 'true');
    // Focus has moved on: the explanation is an alert, read as it appears.
    await expect(canvas.getByRole('alert')).toHaveTextContent(t('table.filter.reversed'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    await expect(status).toHaveTextContent(before ?? '');
  },
};

/** On a phone the header row is hidden: a compact "Sort by" control sorts the cards instead. */
export const SortOnAPhone: Story = {
  decorators: [(Story) => <div style={{ maxWidth: 360 }}>{Story()}</div>],
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t, readNumber } = storyText(globals);
    await bodyRows(canvasElement);
    const select = canvas.getByRole('combobox', { name: t('table.sort.label') });
    expect(select).toBeVisible();
    await userEvent.selectOptions(select, t('table.sort.mostPoints'));
    await waitFor(() => {
      // Each row's first number: the one it sorts by (promised points under earned ones do not).
      const firsts = '[data-column="points"] .clw-points-cell:first-child .clw-points';
      const values = [...canvasElement.querySelectorAll(firsts)].map((cell) =>
        readNumber(cell.textContent ?? ''),
      );
      expect(values.length).toBeGreaterThan(0);
      expect(values).toEqual([...values].sort((a, b) => b - a));
    });
    // The same sort state as the (hidden) header's buttons.
    const header = canvasElement.querySelector('[role="columnheader"][data-column="points"]');
    expect(header).toHaveAttribute('aria-sort', 'descending');
  },
};

/** Sorting by points puts the largest credit first. */
export const SortByPoints: Story = {
  tags: TEST_ONLY,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t, readNumber } = storyText(globals);
    await bodyRows(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: t('table.column.points') }));
    const header = canvas.getByRole('columnheader', { name: t('table.column.points') });
    expect(header).toHaveAttribute('aria-sort', 'descending');
    // Each row's first number: the one it sorts by (promised points under earned ones do not).
    const firsts = '[data-column="points"] .clw-points-cell:first-child .clw-points';
    const values = [...canvasElement.querySelectorAll(firsts)].map((cell) =>
      readNumber(cell.textContent ?? ''),
    );
    expect(values).toEqual([...values].sort((a, b) => b - a));
  },
};

/** Checks the Points header sits over the numbers: its end edge within 1 px of theirs. */
function pointsHeaderOverNumbers(canvasElement: HTMLElement, edge: 'left' | 'right') {
  const header = canvasElement.querySelector('[role="columnheader"][data-column="points"] > *');
  const numbers = canvasElement.querySelectorAll('[role="cell"][data-column="points"] .clw-points');
  expect(numbers.length).toBeGreaterThan(0);
  const at = header?.getBoundingClientRect()[edge] ?? NaN;
  for (const number of numbers) {
    expect(Math.abs(number.getBoundingClientRect()[edge] - at)).toBeLessThan(1);
  }
}

/**
 * Checks "+15 promised" stays on one line, its number in line with the column's others and the
 * header over them, and that a purchase which also promised points shows them under its earned
 * ones; then, with no promised row shown, that the header still sits over the numbers.
 */
async function promisedPointsAligned(canvasElement: HTMLElement, edge: 'left' | 'right') {
  await bodyRows(canvasElement);
  await waitFor(() => {
    const cells = [...canvasElement.querySelectorAll('[role="cell"][data-column="points"]')];
    const promised = cells.filter((cell) => cell.querySelector('[data-state="pending"]'));
    expect(promised.length).toBeGreaterThan(0);
    const both = promised.filter((cell) => cell.querySelector('[data-state="credit"]'));
    expect(both.length).toBeGreaterThan(0);
    for (const cell of both) {
      const [earned, pledged] = [...cell.querySelectorAll('.clw-points-cell')];
      expect(earned?.querySelector('[data-state="credit"]')).not.toBeNull();
      expect(pledged?.querySelector('.clw-points-suffix')).not.toBeEmptyDOMElement();
      const under =
        (pledged?.getBoundingClientRect().top ?? 0) -
        (earned?.getBoundingClientRect().bottom ?? NaN);
      expect(under).toBeGreaterThanOrEqual(-1);
    }
    const lines = cells.flatMap((cell) => [...cell.querySelectorAll('.clw-points-cell')]);
    const heights = new Set(lines.map((line) => Math.round(line.getBoundingClientRect().height)));
    expect(heights.size).toBe(1);
    const edges = lines.map(
      (line) => line.querySelector('.clw-points')?.getBoundingClientRect()[edge] ?? NaN,
    );
    for (const value of edges) expect(Math.abs(value - (edges[0] ?? NaN))).toBeLessThan(1);
    pointsHeaderOverNumbers(canvasElement, edge);
  });
  // Redeemed points are never promised: no room is kept for the word, in the header either.
  const type = canvasElement.querySelector('select:has(option[value="redeemed"])');
  if (!(type instanceof HTMLSelectElement)) throw new Error('no Type filter');
  await userEvent.selectOptions(type, 'redeemed');
  await waitFor(() => {
    expect(canvasElement.querySelector('[data-promised]')).toBeNull();
    pointsHeaderOverNumbers(canvasElement, edge);
  });
  await userEvent.selectOptions(type, 'all');
  await waitFor(() => expect(canvasElement.querySelector('[data-promised]')).not.toBeNull());
}

/**
 * At 960 px "+15 promised" keeps to one line, its number in line with the other numbers; a
 * purchase that earned points and promised more shows the promised ones on a line of their own.
 */
export const PromisedPoints: Story = {
  decorators: [(Story) => <div style={{ width: 960 }}>{Story()}</div>],
  play: async ({ canvasElement }) => promisedPointsAligned(canvasElement, 'right'),
};

/**
 * The same in Arabic, right to left: the numbers still line up on the right, where their last
 * digits are, and "promised" follows each to its left.
 */
export const PromisedPointsArabic: Story = {
  ...PromisedPoints,
  globals: { locale: 'ar', direction: 'rtl' },
};

/** While the first page loads: a skeleton, and the table says it is busy. */
export const Loading: Story = {
  parameters: { msw: storyHandlers({ delayMs: 1_000_000 }) },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t, direction } = storyText(globals);
    expect(await canvas.findByText(t('table.loading'))).toBeVisible();
    expect(canvas.getByRole('table')).toHaveAttribute('aria-busy', 'true');
    // Each placeholder bar starts under its column's header, the chevron's column left empty:
    // their left edges line up, or their right ones right to left.
    const start = direction === 'rtl' ? 'right' : 'left';
    const headers = canvasElement.querySelectorAll('[data-slot="header-row"] > [data-column]');
    const placeholder = canvasElement.querySelector('.clw-skeleton-row') as HTMLElement;
    expect(headers.length).toBe(6);
    for (const header of headers) {
      const column = header.getAttribute('data-column') ?? '';
      const bar = placeholder.querySelector(`[data-column="${column}"] .clw-skeleton`);
      const edge = (element: Element | null) => element?.getBoundingClientRect()[start] ?? NaN;
      expect(Math.abs(edge(bar) - edge(header))).toBeLessThan(1);
    }
  },
};

/** A member who just joined. */
export const Empty: Story = {
  args: {
    customer: {
      identifierName: 'mobile',
      identifierValue: MEMBERS.newcomer.identifierValue,
      source: 'INSTORE',
    },
    customerId: MEMBERS.newcomer.customerId,
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t } = storyText(globals);
    expect(
      await canvas.findByText(t('table.empty'), { selector: 'p' }, { timeout: 5000 }),
    ).toBeVisible();
    // Screen readers hear it too: the status region, there from the start, says it.
    expect(canvas.getByRole('status')).toHaveTextContent(textPattern(t('table.empty')));
  },
};

/**
 * Capillary does not know the member (11023): asking again cannot help, so no Retry; the member is
 * told what to do instead.
 */
export const ErrorUnknownCustomer: Story = {
  parameters: {
    msw: failingHandlers({ status: 400, code: 11023, message: 'Valid identifiers not found' }),
  },
  play: async ({ canvasElement, globals }) => {
    const { t } = storyText(globals);
    const alert = await memberFacingAlert(canvasElement, 'Valid identifiers not found');
    expect(alert).toHaveTextContent(t('error.code.11023'));
    expect(alert).toHaveTextContent(t('error.hint.account'));
    expect(within(alert).queryByRole('button', { name: t('common.retry') })).toBeNull();
  },
};

/**
 * The service fails for a moment (503): Retry is offered, asks again and recovers. Focus waits on
 * the table's region while the rows load, so a keyboard user is not sent back to the page's top.
 */
export const ErrorRetryRecovers: Story = {
  tags: TEST_ONLY,
  parameters: {
    msw: failingHandlers({
      endpoint: 'pointsLedger',
      status: 503,
      headers: { 'Retry-After': '0' },
      times: 3,
    }),
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t } = storyText(globals);
    const alert = await canvas.findByRole('alert', {}, { timeout: 8000 });
    within(alert)
      .getByRole('button', { name: t('common.retry') })
      .focus();
    await userEvent.keyboard('{Enter}');
    const region = canvas.getByRole('region', { name: t('table.caption') });
    expect(region).toHaveFocus();
    await bodyRows(canvasElement);
    expect(region).toHaveFocus();
  },
};

/** Each documented Capillary error code reads as words a member understands, with no Retry. */
function errorStory(status: number, code: number, message: string, expected: MessageId): Story {
  return {
    parameters: { msw: failingHandlers({ status, code, message }) },
    play: async ({ canvasElement, globals }) => {
      const { t } = storyText(globals);
      const alert = await memberFacingAlert(canvasElement, message);
      expect(alert).toHaveTextContent(t(expected));
      expect(within(alert).queryByRole('button', { name: t('common.retry') })).toBeNull();
    },
  };
}

/** 8015: the history API does not know the customer. */
export const ErrorCustomerNotFound = errorStory(
  400,
  8015,
  'Customer not found for the given identifiers',
  'error.code.8015',
);
/** 9022: event reference ids are invalid. */
export const ErrorInvalidReferences = errorStory(
  400,
  9022,
  'Event reference IDs are invalid',
  'error.code.9022',
);
/** 11014: the event name is unknown. */
export const ErrorEventNameNotFound = errorStory(
  400,
  11014,
  'Event name not found',
  'error.code.11014',
);

/** An invalid user id (11012): no Retry, and none of the API's English text. */
export const ErrorInvalidUserId: Story = {
  args: {
    customer: { identifierName: 'id', identifierValue: 'not-a-number', source: 'INSTORE' },
    customerId: undefined,
  },
  play: async ({ canvasElement, globals }) => {
    const { t } = storyText(globals);
    const alert = await memberFacingAlert(canvasElement, 'Invalid userId passed in request');
    expect(alert).toHaveTextContent(t('error.code.11012'));
    expect(within(alert).queryByRole('button', { name: t('common.retry') })).toBeNull();
  },
};

/** Capillary is down: the client retries twice, then says so. */
export const ErrorServiceUnavailable: Story = {
  parameters: { msw: failingHandlers({ status: 503 }) },
  play: async ({ canvasElement, globals }) => {
    expect(
      await within(canvasElement).findByRole('alert', {}, { timeout: 8000 }),
    ).toHaveTextContent(storyText(globals).t('error.status.5xx'));
  },
};

/** Too many requests (429) after the client's retries. */
export const ErrorRateLimited: Story = {
  parameters: { msw: failingHandlers({ status: 429, headers: { 'Retry-After': '0.2' } }) },
  play: async ({ canvasElement, globals }) => {
    expect(
      await within(canvasElement).findByRole('alert', {}, { timeout: 8000 }),
    ).toHaveTextContent(storyText(globals).t('error.status.429'));
  },
};

/** Nobody signed in: the brand's proxy answers 401, and the member is asked to sign in, not to retry. */
export const ErrorSignedOut: Story = {
  parameters: { msw: failingHandlers({ status: 401, message: 'No member is signed in.' }) },
  play: async ({ canvasElement, globals }) => {
    const { t } = storyText(globals);
    const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent(t('error.status.401'));
    expect(alert).toHaveTextContent(t('error.hint.account'));
    expect(within(alert).queryByRole('button')).toBeNull();
  },
};

/** No network at all: coming back online may help, so Retry is offered. */
export const ErrorOffline: Story = {
  parameters: { msw: offlineHandlers() },
  play: async ({ canvasElement, globals }) => {
    const { t } = storyText(globals);
    const alert = await memberFacingAlert(
      canvasElement,
      'The loyalty API could not be reached.',
      8000,
    );
    expect(alert).toHaveTextContent(t('error.kind.network'));
    expect(within(alert).getByRole('button', { name: t('common.retry') })).toBeVisible();
  },
};

/** Ten thousand rows: only the visible ones are in the DOM. */
export const ManyRows: Story = {
  tags: TEST_ONLY,
  args: { customer: undefined, customerId: undefined },
  // Built when the story opens, not when the file loads: other stories should not wait for it.
  loaders: [
    async () => ({
      events: generateLedgerEvents(10_000, 21, {
        end: new Date(),
        start: new Date(Date.now() - 170 * 86_400_000),
      }).map((raw) => normalizeLedgerEvent(raw, { timeZone: ORGANISATION_TIME_ZONE })),
    }),
  ],
  render: (args, { loaded }) => (
    <PointsLedgerTable {...args} events={loaded.events as LedgerEvent[]} />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await bodyRows(canvasElement);
    expect(canvas.getByRole('table')).toHaveAttribute('aria-rowcount', '10001');
    expect(canvasElement.querySelectorAll('*').length).toBeLessThan(400);
    const scroller = canvasElement.querySelector('[data-slot="table"]') as HTMLElement;
    scroller.scrollTop = scroller.scrollHeight / 2;
    await waitFor(() => {
      const indexes = [...canvasElement.querySelectorAll('[role="row"][aria-rowindex]')].map(
        (row) => Number(row.getAttribute('aria-rowindex')),
      );
      expect(Math.max(...indexes)).toBeGreaterThan(4000);
    });
  },
};

/** Below about 480 px the rows turn into stacked, labelled cards. */
export const NarrowContainer: Story = {
  decorators: [(Story) => <div style={{ maxWidth: 360 }}>{Story()}</div>],
  play: async ({ canvasElement, globals }) => {
    const text = storyText(globals);
    const { t } = text;
    const [row] = await bodyRows(canvasElement);
    const header = canvasElement.querySelector('[data-slot="header-row"]') as HTMLElement;
    expect(getComputedStyle(header).display).toBe('none');
    // The sort buttons went with the header: the compact sort control stands in for them.
    expect(
      within(canvasElement).getByRole('combobox', { name: t('table.sort.label') }),
    ).toBeVisible();
    const cell = row?.querySelector('[data-column="points"]') as HTMLElement;
    expect(getComputedStyle(cell, '::before').content).toBe(`"${t('table.column.points')}"`);
    await valuesSideBySideStartLevel(canvasElement);
    await tabbedCardsStayInView(canvasElement, text);
  },
};

/**
 * On a 320px phone a value such as "STORE CHECK-IN" wraps beside one that does not, and the tabs
 * share one line whichever is selected.
 */
export const PhoneWidth: Story = {
  decorators: [(Story) => <div style={{ maxWidth: 256 }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    await valuesSideBySideStartLevel(canvasElement);
    const tabs = await within(canvasElement).findAllByRole('tab', {}, { timeout: 5000 });
    for (const tab of tabs) {
      await userEvent.click(tab);
      await waitFor(() => expect(tab).toHaveAttribute('aria-selected', 'true'));
      const list = tab.parentElement as HTMLElement;
      expect(list.scrollWidth).toBeLessThanOrEqual(list.clientWidth);
      for (const other of tabs) {
        const name = document.createRange();
        name.selectNodeContents(other);
        expect(name.getClientRects()).toHaveLength(1);
        expect(other.getBoundingClientRect().top).toBe(tab.getBoundingClientRect().top);
      }
    }
  },
};

/** Values side by side in a card start level, so their labels do, even when one of them wraps. */
async function valuesSideBySideStartLevel(canvasElement: HTMLElement) {
  for (const card of await bodyRows(canvasElement)) {
    const boxes = [...card.querySelectorAll('[role="cell"][data-label]')]
      .map((value) => value.getBoundingClientRect())
      .filter((box) => box.width > 1);
    for (const box of boxes) {
      for (const other of boxes) {
        if (other.top < box.bottom && box.top < other.bottom) expect(other.top).toBe(box.top);
      }
    }
  }
}

/**
 * Between about 480 and 800 px the columns no longer fit side by side: each row is a card of three
 * labelled values a line, every column in the same place from card to card, nothing cut off.
 */
export const TabletWidth: Story = {
  decorators: [(Story) => <div style={{ width: 600 }}>{Story()}</div>],
  play: async ({ canvasElement, globals }) => {
    const text = storyText(globals);
    const { t } = text;
    const rows = await bodyRows(canvasElement);
    const table = within(canvasElement).getByRole('table');
    expect(table.scrollWidth).toBeLessThanOrEqual(table.clientWidth);
    const box = table.getBoundingClientRect();
    for (const cell of table.querySelectorAll('[role="cell"]')) {
      const { left, right, width } = cell.getBoundingClientRect();
      if (width <= 1) continue;
      expect(left).toBeGreaterThanOrEqual(box.left - 0.5);
      expect(right).toBeLessThanOrEqual(box.right + 0.5);
      expect(cell.scrollWidth).toBeLessThanOrEqual(cell.clientWidth + 1);
    }
    // Each value under its column's name, the sort in the compact control.
    const [first] = rows;
    const labels = [...(first?.querySelectorAll('[role="cell"][data-column]') ?? [])].map(
      (cell) => getComputedStyle(cell, '::before').content,
    );
    const columns = ['date', 'activity', 'reference', 'points', 'expires', 'status'] as const;
    expect(labels).toEqual(columns.map((column) => `"${t(`table.column.${column}`)}"`));
    expect(
      within(canvasElement).getByRole('combobox', { name: t('table.sort.label') }),
    ).toBeVisible();
    // Three columns, each in its place in every card: Date over Points, Activity over Expiry.
    const lefts = (column: string) =>
      new Set(
        rows.map((row) =>
          Math.round(
            row.querySelector(`[data-column="${column}"]`)?.getBoundingClientRect().left ?? NaN,
          ),
        ),
      );
    expect(lefts('date')).toEqual(lefts('points'));
    expect(lefts('activity')).toEqual(lefts('expires'));
    expect(lefts('reference')).toEqual(lefts('status'));
    expect(new Set([...lefts('date'), ...lefts('activity'), ...lefts('reference')]).size).toBe(3);
    await tabbedCardsStayInView(canvasElement, text);
  },
};

/** Tabbing down the cards brings each whole card into view, not just the chevron heading it. */
async function tabbedCardsStayInView(canvasElement: HTMLElement, text: StoryText) {
  const table = within(canvasElement).getByRole('table');
  within(canvasElement)
    .getAllByRole('button', { name: toggleName(text, 'expand') })[0]
    ?.focus();
  for (let step = 0; step < 8; step++) {
    await userEvent.tab();
    const focused = document.activeElement?.closest('[role="row"]');
    await waitFor(() => {
      const card = focused?.getBoundingClientRect();
      const view = table.getBoundingClientRect();
      expect(card?.bottom).toBeLessThanOrEqual(view.bottom + 0.5);
      expect(card?.top).toBeGreaterThanOrEqual(view.top - 0.5);
    });
  }
}

/**
 * Under a brand's larger type (18 px, not 14 px) the columns need more room: at 1000 px they no
 * longer fit side by side, so the rows are cards, and no date or amount breaks or spills.
 */
export const LargerBrandType: Story = {
  decorators: [withBrandType(1000)],
  play: async ({ canvasElement, globals }) => {
    await bodyRows(canvasElement);
    valuesStayWhole(canvasElement);
    const header = canvasElement.querySelector('[data-slot="header-row"]') as HTMLElement;
    expect(getComputedStyle(header).display).toBe('none');
    await tabbedCardsStayInView(canvasElement, storyText(globals));
  },
};

/** The same as a phone shows it: the cards are taller still, two values a line. */
export const LargerBrandTypeOnAPhone: Story = {
  decorators: [withBrandType(360)],
  play: async ({ canvasElement, globals }) => {
    await bodyRows(canvasElement);
    await tabbedCardsStayInView(canvasElement, storyText(globals));
  },
};

/**
 * Wide enough for the columns side by side under a brand's larger type, they widen with it: no
 * date breaks, no promised amount spills out of its cell, and the header sits over its columns.
 */
export const LargerBrandTypeWide: Story = {
  decorators: [withBrandType(1100)],
  play: async ({ canvasElement }) => {
    await bodyRows(canvasElement);
    valuesStayWhole(canvasElement);
    const header = canvasElement.querySelector('[data-slot="header-row"]') as HTMLElement;
    expect(getComputedStyle(header).display).toBe('grid');
    const [row] = await bodyRows(canvasElement);
    for (const heading of header.querySelectorAll<HTMLElement>('[data-column]')) {
      const cell = row?.querySelector(`[data-column="${heading.dataset.column}"]`);
      expect(cell?.getBoundingClientRect().left).toBeCloseTo(heading.getBoundingClientRect().left);
      expect(cell?.getBoundingClientRect().width).toBeCloseTo(
        heading.getBoundingClientRect().width,
      );
    }
  },
};

/** Every value fits its cell, and every date is on one line. */
function valuesStayWhole(canvasElement: HTMLElement) {
  for (const cell of canvasElement.querySelectorAll<HTMLElement>('[role="cell"][data-column]')) {
    if (cell.getBoundingClientRect().width <= 1) continue;
    expect(cell.scrollWidth, cell.dataset.column).toBeLessThanOrEqual(cell.clientWidth + 1);
    if (cell.dataset.column === 'date' || cell.dataset.column === 'expires') {
      const text = document.createRange();
      text.selectNodeContents(cell);
      const lines = new Set([...text.getClientRects()].map((line) => Math.round(line.top)));
      expect(lines.size, cell.textContent ?? '').toBeLessThanOrEqual(1);
    }
  }
}

/** The dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await bodyRows(canvasElement);
    const table = canvasElement.querySelector('[data-slot="table"]') as HTMLElement;
    expect(getComputedStyle(table).backgroundColor).toBe('rgb(17, 24, 39)');
  },
};

/** Dark inside a light page: the table paints its own surface, and its text keeps clear of the edge. */
export const DarkOnALightPage: Story = {
  globals: { theme: 'light' },
  render: (args) => (
    <div data-theme="dark">
      <PointsLedgerTable {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await bodyRows(canvasElement);
    const ledger = canvasElement.querySelector('.clw-ledger') as HTMLElement;
    const box = ledger.getBoundingClientRect();
    const parts = ledger.querySelectorAll<HTMLElement>('.clw-filters label, [data-slot="footer"]');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      const inner = part.getBoundingClientRect();
      expect(inner.left - box.left).toBeGreaterThanOrEqual(8);
      expect(box.right - inner.right).toBeGreaterThanOrEqual(8);
    }
    const footer = ledger.querySelector('[data-slot="footer"]')?.getBoundingClientRect();
    expect(footer && box.bottom - footer.bottom).toBeGreaterThanOrEqual(8);
  },
};

/** Right to left: columns run from the right, points still read with their sign. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  play: async ({ canvasElement, globals }) => {
    await bodyRows(canvasElement);
    await waitFor(() => {
      const row = canvasElement.querySelector('[role="row"][aria-rowindex="2"]');
      const cells = [...(row?.querySelectorAll('[role="cell"]') ?? [])];
      const first = cells[0]?.getBoundingClientRect();
      const last = cells.at(-1)?.getBoundingClientRect();
      expect(first && last && first.left > last.left).toBe(true);
    });
    // A closed row's chevron points the way the text reads; an open row's points down.
    const [toggle] = within(canvasElement).getAllByRole('button', {
      name: toggleName(storyText(globals), 'expand'),
    });
    if (!toggle) throw new Error('no row toggle');
    expect(chevronPoints(toggle)).toBe('left');
    await userEvent.click(toggle);
    await waitFor(() => expect(chevronPoints(toggle)).toBe('down'));
  },
};

/** Where a toggle's chevron, the corner of two sides of a box, turned, points on screen. */
function chevronPoints(toggle: HTMLElement): 'up' | 'down' | 'left' | 'right' {
  const style = getComputedStyle(toggle, '::before');
  // The corner the two sides meet in, from the box's centre (y grows downwards).
  const corner = {
    x: parseFloat(style.borderRightWidth) > 0 ? 1 : -1,
    y: parseFloat(style.borderTopWidth) > 0 ? -1 : 1,
  };
  const scale = style.scale === 'none' ? '' : `scale(${style.scale.replace(' ', ',')})`;
  // `scale` applies after `transform`, as CSS composes them.
  const { x, y } = new DOMMatrix(scale)
    .multiply(new DOMMatrix(style.transform === 'none' ? '' : style.transform))
    .transformPoint(corner);
  if (Math.abs(x) > Math.abs(y)) return x > 0 ? 'right' : 'left';
  return y > 0 ? 'down' : 'up';
}

/** Arabic: labels, numbers and dates in the member's language. */
export const SecondLocale: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await bodyRows(canvasElement);
    expect(canvas.getByRole('table')).toHaveAccessibleName(/[\u0600-\u06FF]/);
    expect(canvas.queryByText('Purchase')).toBeNull();
  },
};

/** A page with an event that does not fit: the rest still shows, and a note says so. */
export const PartialPage: Story = {
  parameters: { msw: partialPageHandlers() },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t } = storyText(globals);
    const rows = await bodyRows(canvasElement);
    // Members read one sentence in their language; the parser's and Capillary's texts stay out of view.
    // One entry was left out; Capillary's own note beside it is no entry.
    const skipped = t('table.warning.skipped', { count: 1 });
    const note = await canvas.findByText(skipped, { selector: '[data-slot="warnings"]' });
    expect(note).toBeVisible();
    // Screen readers hear it too, from the status region, after the count.
    expect(canvas.getByRole('status')).toHaveTextContent(
      textPattern(`${t('table.loaded', { count: rows.length })}. ${skipped}`),
    );
    expect(canvas.queryByText(/Skipped an entry/)).toBeNull();
    expect(canvas.queryByText('Data older than one year is not included')).toBeNull();
    expect(note).toHaveAttribute(
      'data-detail',
      expect.stringMatching(/Skipped an entry: Invalid value at events\[\d+\]\.eventLogId/),
    );
  },
};

/** The only entry could not be read: the table says so, not that there is no activity. */
export const OnlyEntryUnreadable: Story = {
  parameters: { msw: unreadableOnlyHandlers() },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t } = storyText(globals);
    const skipped = textPattern(t('table.warning.skipped', { count: 1 }));
    const empty = await waitFor(
      () => {
        const found = canvasElement.querySelector('[data-slot="empty"]');
        expect(found).not.toBeNull();
        return found as HTMLElement;
      },
      { timeout: 5000 },
    );
    expect(empty).toHaveTextContent(skipped);
    const noActivity = [t('table.empty'), t('table.emptyFiltered')];
    expect(canvas.queryByText((content) => noActivity.includes(content))).toBeNull();
    expect(canvas.getByRole('status')).toHaveTextContent(skipped);
  },
};

/** Bills whose amount reads "1,100.00": every purchase stays, with its points; the note says a detail is missing. */
export const UnreadableDetail: Story = {
  parameters: { msw: unreadableDetailHandlers() },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t } = storyText(globals);
    await bodyRows(canvasElement);
    const note = await canvas.findByText(t('table.warning.details'), {
      selector: '[data-slot="warnings"]',
    });
    expect(note).toHaveAttribute('data-detail', expect.stringContaining('billAmount'));
    // Nothing says an entry, or some, could not be shown.
    const skipped = [1, 2].map((count) => t('table.warning.skipped', { count }));
    expect(
      canvas.queryByText((content) => skipped.some((sentence) => content.includes(sentence))),
    ).toBeNull();
    expect(canvas.getAllByText(t('event.TransactionAdd')).length).toBeGreaterThan(0);
  },
};

/** Imported history dated day first (`12/01/2026 00:00:00`), as the organisation imported it: shown as sent. */
export const ImportedDatesAsSent: Story = {
  parameters: { msw: importedDateFormatHandlers() },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const imported = storyText(globals).t('table.tab.imported');
    await userEvent.click(await canvas.findByRole('tab', { name: imported }, { timeout: 5000 }));
    await waitFor(
      () => {
        const dates = [...canvasElement.querySelectorAll('[role="cell"][data-column="date"]')];
        expect(dates.length).toBeGreaterThan(0);
        for (const cell of dates) expect(cell).toHaveTextContent(/^\d{2}\/\d{2}\/\d{4} /);
      },
      { timeout: 5000 },
    );
  },
};

/** Brands choose and order the columns, and render a cell themselves. */
export const CustomColumns: Story = {
  args: {
    columns: ['points', 'activity', 'date'],
    renderCell: (column, { row }) =>
      column === 'activity' && row.source === 'ledger' && row.event.bill ? (
        <strong>{row.event.bill.billNumber}</strong>
      ) : undefined,
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t } = storyText(globals);
    await bodyRows(canvasElement);
    const headers = canvas.getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers.slice(1)).toEqual([
      t('table.column.points'),
      t('table.column.activity'),
      t('table.column.date'),
    ]);
    expect(canvasElement.querySelector('[data-column="activity"] strong')).not.toBeNull();
    expect(canvasElement.querySelector('[data-column="reference"]')).toBeNull();
  },
};

/** The open tab is the app's to control: here it starts on All and reports changes. */
export const ControlledTab: Story = {
  args: { value: 'all' },
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    const { t } = storyText(globals);
    const all = await canvas.findByRole('tab', { name: t('table.tab.all') }, { timeout: 5000 });
    await waitFor(() => expect(all).toHaveAttribute('aria-selected', 'true'));
    await userEvent.click(canvas.getByRole('tab', { name: t('table.tab.activity') }));
    // Controlled: the tab stays where the app says until the app changes `value`.
    expect(all).toHaveAttribute('aria-selected', 'true');
    expect(args.onValueChange).toHaveBeenCalledWith('activity');
  },
};

/** Infinite scroll: reaching the end of what has loaded asks for the next page. */
export const InfiniteScroll: Story = {
  tags: TEST_ONLY,
  args: { paging: 'scroll', pageSize: 20 },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t, readNumber } = storyText(globals);
    await bodyRows(canvasElement);
    const status = canvas.getByRole('status');
    // Nothing more loads until the member scrolls near the end.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const before = 20;
    expect(status).toHaveTextContent(textPattern(t('table.loaded', { count: before })));
    const scroller = canvasElement.querySelector('[data-slot="table"]') as HTMLElement;
    scroller.scrollTop = scroller.scrollHeight;
    await waitFor(() => expect(readNumber(status.textContent ?? '')).toBeGreaterThan(before), {
      timeout: 5000,
    });
    expect(canvas.queryByRole('button', { name: t('table.loadMore') })).toBeNull();
  },
};

/** The value Chrome reports while the year of a date field holds `digits`: padded to four. */
function withYear(value: string, digits: string): string {
  return `${digits.padStart(4, '0')}${value.slice(4)}`;
}

/** Typing a year into From: the field keeps each digit as typed, and the range waits for all four. */
export const TypeAYear: Story = {
  tags: TEST_ONLY,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t } = storyText(globals);
    await bodyRows(canvasElement);
    const from = canvas.getByLabelText(t('table.filter.from')) as HTMLInputElement;
    const to = canvas.getByLabelText(t('table.filter.to'));
    const start = from.value;
    const year = String(Number(start.slice(0, 4)) - 1);
    from.focus();
    // Scripted keys never reach Chrome's own date typing, so replay what Chrome reports after
    // each digit: years 2, 20, 202, then the whole year.
    for (const digits of [year.slice(0, 1), year.slice(0, 2), year.slice(0, 3)]) {
      await fireEvent.input(from, { target: { value: withYear(start, digits) } });
      expect(from).toHaveValue(withYear(start, digits));
      expect(to).toHaveAttribute('min', start);
    }
    await fireEvent.input(from, { target: { value: withYear(start, year) } });
    expect(to).toHaveAttribute('min', withYear(start, year));
    await userEvent.tab();
    expect(from).toHaveValue(withYear(start, year));
  },
};

/** Checks the tabs run in `direction` and their arrow keys follow: "next" is the tab beyond. */
async function tabsRun(canvasElement: HTMLElement, direction: 'ltr' | 'rtl', names: string[]) {
  const canvas = within(canvasElement);
  const [first, second] = names.map((name) => canvas.getByRole('tab', { name }));
  if (!first || !second) throw new Error('tabs missing');
  await waitFor(() => {
    const [a, b] = [first, second].map((tab) => tab.getBoundingClientRect().left);
    expect(direction === 'rtl' ? Number(a) > Number(b) : Number(a) < Number(b)).toBe(true);
  });
  await userEvent.click(first);
  await userEvent.keyboard(direction === 'rtl' ? '{ArrowLeft}' : '{ArrowRight}');
  await waitFor(() => expect(second).toHaveFocus());
}

/** A brand page with its own language switch: it changes the locale and `dir` in place. */
function LanguageSwitchingPage(props: PointsLedgerTableProps) {
  const [locale, setLocale] = useState<'en' | 'ar'>('en');
  const other = locale === 'en' ? 'ar' : 'en';
  return (
    <div lang={locale} dir={locale === 'ar' ? 'rtl' : 'ltr'}>
      <button type="button" lang={other} onClick={() => setLocale(other)}>
        {other === 'ar' ? 'العربية' : 'English'}
      </button>
      <LoyaltyProvider
        baseUrl="/api/loyalty"
        locale={locale}
        messages={locale === 'ar' ? ar : undefined}
        timeZone={ORGANISATION_TIME_ZONE}
      >
        <PointsLedgerTable {...props} />
      </LoyaltyProvider>
    </div>
  );
}

/** Switching to Arabic and back on a live page: tabs and table turn with the language. */
export const SwitchLanguage: Story = {
  tags: TEST_ONLY,
  render: (args) => <LanguageSwitchingPage {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('tab', { name: 'Activity' }, { timeout: 5000 });
    await userEvent.click(canvas.getByRole('button', { name: 'العربية' }));
    await tabsRun(canvasElement, 'rtl', [ar['table.tab.activity'], ar['table.tab.imported']]);
    await userEvent.click(canvas.getByRole('button', { name: 'English' }));
    await tabsRun(canvasElement, 'ltr', [en['table.tab.activity'], en['table.tab.imported']]);
  },
};

/** A page that flips `dir` itself, outside React: the tabs follow it there and back. */
export const HostFlipsDirection: Story = {
  tags: TEST_ONLY,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t, direction } = storyText(globals);
    await canvas.findByRole('tab', { name: t('table.tab.activity') }, { timeout: 5000 });
    const page = canvasElement.querySelector('[dir]');
    if (!page) throw new Error('no page direction');
    const names = [t('table.tab.activity'), t('table.tab.imported')];
    // The page turns to the other direction, then back to its own.
    const flipped = direction === 'rtl' ? 'ltr' : 'rtl';
    try {
      page.setAttribute('dir', flipped);
      await tabsRun(canvasElement, flipped, names);
    } finally {
      page.setAttribute('dir', direction);
    }
    await tabsRun(canvasElement, direction, names);
  },
};

/**
 * The history check answers after the first rows: the tabs appear around the open row, which stays
 * open, and the panel is named by its tab (before that, no tab panel at all).
 */
export const TabsAppearLate: Story = {
  tags: TEST_ONLY,
  parameters: {
    msw: [
      http.post('*/historicalPoints/*', async () => {
        await delay(2500);
      }),
      ...storyHandlers(),
    ],
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const text = storyText(globals);
    await bodyRows(canvasElement);
    expect(canvas.queryByRole('tablist')).toBeNull();
    expect(canvas.queryByRole('tabpanel')).toBeNull();
    const [toggle] = canvas.getAllByRole('button', { name: toggleName(text, 'expand') });
    if (!toggle) throw new Error('no row toggle');
    await userEvent.click(toggle);
    const panel = await canvas.findByRole(
      'tabpanel',
      { name: text.t('table.tab.activity') },
      { timeout: 8000 },
    );
    expect(panel).toContainElement(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
  },
};

/** The body row at `aria-rowindex` (the header row is 1). */
function rowAt(canvasElement: HTMLElement, rowIndex: number) {
  return canvasElement.querySelector<HTMLElement>(`[role="row"][aria-rowindex="${rowIndex}"]`);
}

/** Load more keeps focus while the next page loads, and after: a disabled button would drop it. */
export const LoadMoreKeepsFocus: Story = {
  tags: TEST_ONLY,
  args: { pageSize: 20 },
  parameters: { msw: storyHandlers({ delayMs: 400 }) },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t } = storyText(globals);
    await bodyRows(canvasElement);
    const button = canvas.getByRole('button', { name: t('table.loadMore') });
    // Clear of the table's focus ring (2px, 2px out), which would otherwise run through it.
    const table = canvas.getByRole('table').getBoundingClientRect();
    expect(button.getBoundingClientRect().top).toBeGreaterThanOrEqual(table.bottom + 4);
    button.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(button).toHaveAttribute('aria-disabled', 'true'));
    expect(button).toHaveTextContent(t('table.loadingMore'));
    expect(getComputedStyle(button).cursor).toBe('progress');
    expect(button).toHaveFocus();
    await waitFor(() => expect(button).toHaveTextContent(textPattern(t('table.loadMore'))), {
      timeout: 5000,
    });
    expect(button).toHaveFocus();
    expect(canvas.getByRole('status')).toHaveTextContent(
      textPattern(t('table.loaded', { count: 40 })),
    );
  },
};

/** The last page takes Load more away: focus moves to the first row that page brought in. */
export const LastPageFocusesNewRows: Story = {
  tags: TEST_ONLY,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t } = storyText(globals);
    await bodyRows(canvasElement);
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(
        textPattern(t('table.loaded', { count: 50 })),
      ),
    );
    canvas.getByRole('button', { name: t('table.loadMore') }).focus();
    await userEvent.keyboard('{Enter}');
    // Neither Load more nor, while the page loads, Loading more.
    const loading = [t('table.loadMore'), t('table.loadingMore')];
    await waitFor(
      () =>
        expect(canvas.queryByRole('button', { name: (name) => loading.includes(name) })).toBeNull(),
      { timeout: 5000 },
    );
    await waitFor(() =>
      expect(rowAt(canvasElement, 52)?.querySelector('.clw-toggle')).toHaveFocus(),
    );
  },
};

/**
 * Rows without details have nothing to focus: the table itself is a labelled tab stop, and after
 * the last page it takes focus, the first new row in view below the header.
 */
export const RowsWithoutDetails: Story = {
  args: { expandable: false },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t } = storyText(globals);
    await bodyRows(canvasElement);
    const table = canvas.getByRole('table', { name: t('table.caption') });
    expect(table).toHaveAttribute('tabindex', '0');
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(
        textPattern(t('table.loaded', { count: 50 })),
      ),
    );
    canvas.getByRole('button', { name: t('table.loadMore') }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(table).toHaveFocus(), { timeout: 5000 });
    const header = canvasElement.querySelector('[data-slot="header-row"]') as HTMLElement;
    await waitFor(() => {
      const top = rowAt(canvasElement, 52)?.getBoundingClientRect().top ?? NaN;
      expect(top).toBeGreaterThanOrEqual(header.getBoundingClientRect().bottom - 1);
      expect(top).toBeLessThan(table.getBoundingClientRect().bottom);
    });
  },
};

/** Clear filters goes away once pressed: focus waits on the table's region, not the page. */
export const ClearFiltersKeepsFocus: Story = {
  tags: TEST_ONLY,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t } = storyText(globals);
    await bodyRows(canvasElement);
    await userEvent.type(canvas.getByLabelText(t('table.filter.billNumber')), 'NO-SUCH-BILL');
    const name = t('table.filter.clear');
    const clear = await canvas.findByRole('button', { name }, { timeout: 5000 });
    clear.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.queryByRole('button', { name })).toBeNull());
    expect(canvas.getByRole('region', { name: t('table.caption') })).toHaveFocus();
  },
};

/** A focused row stays in the page when the table scrolls it out of view, and keeps focus. */
export const FocusSurvivesScrolling: Story = {
  tags: TEST_ONLY,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await bodyRows(canvasElement);
    const [toggle] = canvas.getAllByRole('button', {
      name: toggleName(storyText(globals), 'expand'),
    });
    if (!toggle) throw new Error('no row toggle');
    toggle.focus();
    const scroller = canvasElement.querySelector('[data-slot="table"]') as HTMLElement;
    scroller.scrollTop = scroller.scrollHeight;
    await waitFor(() => expect(rowAt(canvasElement, 45)).not.toBeNull());
    expect(toggle).toBeInTheDocument();
    expect(toggle).toHaveFocus();
  },
};

/** A row focused while under the sticky header row is scrolled out from under it. */
export const FocusClearsStickyHeader: Story = {
  tags: TEST_ONLY,
  play: async ({ canvasElement }) => {
    await bodyRows(canvasElement);
    const scroller = canvasElement.querySelector('[data-slot="table"]') as HTMLElement;
    const header = canvasElement.querySelector('[data-slot="header-row"]') as HTMLElement;
    const row = rowAt(canvasElement, 8);
    const toggle = row?.querySelector<HTMLElement>('.clw-toggle');
    if (!row || !toggle) throw new Error('no row 8');
    // Row 8's toggle slides under the header, as it can when Shift+Tab leaves the row after it.
    scroller.scrollTop += toggle.getBoundingClientRect().top - header.getBoundingClientRect().top;
    expect(toggle.getBoundingClientRect().bottom).toBeLessThan(
      header.getBoundingClientRect().bottom,
    );
    toggle.focus();
    // The focus ring (2px out, 2px wide) shows too.
    expect(toggle.getBoundingClientRect().top - 4).toBeGreaterThanOrEqual(
      header.getBoundingClientRect().bottom,
    );
  },
};

/** The sort arrows are for the eye: an empty alternative keeps them out of the buttons' names. */
export const SortArrowsStaySilent: Story = {
  tags: TEST_ONLY,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t } = storyText(globals);
    await bodyRows(canvasElement);
    const arrow = (column: string) => {
      const button = canvasElement.querySelector(`[data-column="${column}"] .clw-sort-button`);
      return button && getComputedStyle(button, '::after').content;
    };
    expect(arrow('date')).toBe('" ▼" / ""');
    const points = t('table.column.points');
    await userEvent.click(canvas.getByRole('button', { name: points }));
    expect(arrow('points')).toBe('" ▼" / ""');
    // The new order is said in words instead.
    expect(canvas.getByRole('status')).toHaveTextContent(
      textPattern(`${ANY}${t('table.sort.descending', { column: points })}`),
    );
  },
};

/** In Arabic, row toggles are named with the Arabic comma, not the English one. */
export const ArabicRowNames: Story = {
  tags: TEST_ONLY,
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    await bodyRows(canvasElement);
    const toggles = [...canvasElement.querySelectorAll('.clw-toggle')];
    expect(toggles.length).toBeGreaterThan(0);
    for (const toggle of toggles) {
      expect(toggle.getAttribute('aria-label')).toMatch(/^عرض التفاصيل: [^,]+، [^,]+$/);
    }
  },
};

/** On a phone, no "Expiry" label sits over nothing: "No expiry" is for screen readers only. */
export const NarrowNoExpiry: Story = {
  decorators: [(Story) => <div style={{ maxWidth: 360 }}>{Story()}</div>],
  args: { customer: undefined, customerId: undefined },
  // Earned points without an expiry, among the usual rows: the "No expiry" case.
  render: (args) => {
    const events = generateLedgerEvents(6, 3, {
      end: new Date(),
      start: new Date(Date.now() - 30 * 86_400_000),
    }).map((raw) => normalizeLedgerEvent(raw, { timeZone: ORGANISATION_TIME_ZONE }));
    const earned = events.findIndex((event) => event.netPoints > 0);
    events[earned] = { ...(events[earned] as LedgerEvent), earliestExpiry: null };
    return <PointsLedgerTable {...args} events={events} />;
  },
  play: async ({ canvasElement, globals }) => {
    await bodyRows(canvasElement);
    const noExpiry = storyText(globals).t('table.noExpiry');
    const cell = [...canvasElement.querySelectorAll('[role="cell"][data-column="expires"]')].find(
      (found) => found.textContent === noExpiry,
    );
    if (!cell) throw new Error('no row without an expiry');
    const { width, height } = cell.getBoundingClientRect();
    expect(width * height).toBeLessThanOrEqual(1);
  },
};

/**
 * WCAG 1.4.12 on a 320 px phone: with text spaced out (line height 1.5, letters 0.12em, words
 * 0.16em, paragraphs 2em), the filters and the rows lose nothing; the bill number's field keeps
 * room for all of its placeholder.
 */
export const TextSpacing: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  decorators: [withTextSpacing],
  play: async ({ canvasElement }) => {
    await bodyRows(canvasElement);
    // The rows' box scrolls on purpose: it is never taller than most of the window.
    expect(cutOff(canvasElement, '[data-slot="table"]')).toEqual([]);
  },
};

/** The same in Arabic, right to left. */
export const TextSpacingRightToLeft: Story = {
  ...TextSpacing,
  globals: { ...TextSpacing.globals, locale: 'ar' },
};
