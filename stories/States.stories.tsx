import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { EventBreakupCard } from '../src/components/EventBreakupCard/EventBreakupCard.js';
import {
  PointsLedgerTable,
  type PointsLedgerTableProps,
} from '../src/components/PointsLedgerTable/PointsLedgerTable.js';
import { StreakProgress } from '../src/components/StreakProgress/StreakProgress.js';
import { TargetMilestoneBar } from '../src/components/TargetMilestoneBar/TargetMilestoneBar.js';
import { MEMBERS } from '../test/mocks/mockCustomers.js';

// The states every widget can be in besides its content, side by side, so they are reviewed, and
// checked, as one family.

const customer = {
  identifierName: 'mobile',
  identifierValue: MEMBERS.regular.identifierValue,
  source: 'INSTORE',
} as const;

/** Each widget's empty and error states, in the order the play function reads them. */
function EmptyAndErrorStates() {
  return (
    <div style={{ display: 'grid', gap: 'var(--clw-space-4)', maxWidth: 480 }}>
      {/* Empty: nothing to show, and (once filtered) a way back. */}
      <PointsLedgerTable events={[]} />
      {/* An id the member's ledger does not hold (the mock API's answer). */}
      <EventBreakupCard eventLogId={1} customer={customer} />
      {/* Errors: the app's props cannot be used. */}
      <PointsLedgerTable {...({} as PointsLedgerTableProps)} />
      <EventBreakupCard eventLogId="not-an-id" customer={customer} />
      <StreakProgress name={{ en: 'Visit streak' } as never} levels={[3, 5]} />
      <TargetMilestoneBar name={{ en: 'Spend 10k' } as never} definedValue={10_000} />
    </div>
  );
}

const meta = {
  title: 'Foundations/States',
  component: EmptyAndErrorStates,
  parameters: { layout: 'padded', controls: { disable: true } },
} satisfies Meta<typeof EmptyAndErrorStates>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The properties that make a notice look like its family, as drawn. */
function look(notice: Element) {
  const style = getComputedStyle(notice);
  return {
    padding: style.padding,
    border: `${style.borderTopWidth} ${style.borderTopStyle}`,
    radius: style.borderStartStartRadius,
    background: style.backgroundColor,
    fontSize: style.fontSize,
    textAlign: style.textAlign,
    gap: style.rowGap,
  };
}

/** The line that says what happened: a notice's first paragraph, or the notice itself. */
function firstLine(notice: Element): Element {
  return notice.firstElementChild ?? notice;
}

/**
 * Empty and error states look alike in every widget: one box (spacing, border, radius, surface,
 * type size), no icon, a strong first line, buttons styled as every other; an error's edge and
 * first line in the danger colour, an empty state's in the neutral ones; every card's title alike.
 */
export const EmptyAndError: Story = {
  // React logs the errors the progress widgets catch: kept off the docs page.
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    // In any language: the not-found state comes once the mock API answers.
    const empty = await waitFor(
      () => {
        const found = ['empty', 'not-found'].map((slot) =>
          canvasElement.querySelector(`[data-slot="${slot}"]`),
        );
        expect(found).not.toContain(null);
        return found as Element[];
      },
      { timeout: 5000 },
    );
    // Filtering the empty table offers a way back: a button, as Retry is.
    await userEvent.type(within(canvasElement).getAllByRole('searchbox')[0] as HTMLElement, 'B-0');
    await waitFor(() => expect(empty[0]?.querySelector('button')).not.toBeNull());

    const errors = within(canvasElement).getAllByRole('alert');
    await expect(errors).toHaveLength(4);
    const notices = [...empty, ...errors];

    const [first, ...others] = notices.map(look);
    for (const other of others) await expect(other).toEqual(first);
    for (const notice of notices) {
      await expect(notice.querySelector('svg, img, [data-slot="icon"]')).toBeNull();
      await expect(getComputedStyle(firstLine(notice)).fontWeight).toBe('600');
      for (const button of notice.querySelectorAll('button')) {
        await expect(button).toHaveClass('clw-button');
      }
    }

    // Each card's title is set as the others are: the breakup card's as the progress widgets'.
    const titles = [...canvasElement.querySelectorAll('h3')].map((title) => {
      const style = getComputedStyle(title);
      return { size: style.fontSize, weight: style.fontWeight, margin: style.margin };
    });
    await expect(titles).toHaveLength(3);
    for (const title of titles) await expect(title).toEqual(titles[0]);

    const colours = (notice: Element) => ({
      edge: getComputedStyle(notice).borderTopColor,
      firstLine: getComputedStyle(firstLine(notice)).color,
    });
    const [emptyColours, ...otherEmpty] = empty.map(colours);
    const [errorColours, ...otherErrors] = errors.map(colours);
    for (const other of otherEmpty) await expect(other).toEqual(emptyColours);
    for (const other of otherErrors) await expect(other).toEqual(errorColours);
    // The danger colour, on both.
    await expect(errorColours?.edge).toBe(errorColours?.firstLine);
    await expect(emptyColours?.edge).not.toBe(errorColours?.edge);
  },
};

/** The same in the dark theme, in Arabic, right to left. */
export const EmptyAndErrorDarkArabic: Story = {
  ...EmptyAndError,
  globals: { theme: 'dark', locale: 'ar' },
};
