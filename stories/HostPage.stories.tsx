import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { type CSSProperties, type ReactNode, useLayoutEffect } from 'react';
import { expect, waitFor } from 'storybook/test';
import { EventBreakupCard } from '../src/components/EventBreakupCard/EventBreakupCard.js';
import { PointsLedgerTable } from '../src/components/PointsLedgerTable/PointsLedgerTable.js';
import { StreakProgress } from '../src/components/StreakProgress/StreakProgress.js';
import { TargetMilestoneBar } from '../src/components/TargetMilestoneBar/TargetMilestoneBar.js';
import { normalizeLedgerEvent } from '../src/core/ledger/normalizeLedgerEvent.js';
import transactionAdd from '../test/fixtures/ledger/transaction-add.json' with { type: 'json' };
import { MEMBERS } from '../test/mocks/mockCustomers.js';

// The widgets as a brand's page places them: in the layouts its own CSS makes, with no width of
// their own given. Each takes the room it is given, as a block would.

const member = MEMBERS.regular;
const customer = {
  identifierName: member.identifierName,
  identifierValue: member.identifierValue,
  source: member.source,
};
const purchase = normalizeLedgerEvent(transactionAdd.events[0], { timeZone: 'Asia/Kolkata' });
const now = new Date('2026-03-04T12:00:00+05:30');

/** The page's layouts: beside a sidebar (a flex row), and a column that centres its items. */
type Layout = 'sidebar' | 'centred';

const LAYOUTS: Record<Layout, CSSProperties> = {
  sidebar: { display: 'flex', gap: 'var(--clw-space-4)' },
  centred: { display: 'flex', flexDirection: 'column', alignItems: 'center' },
};

/** Every widget, each in the page's layout, as the brand's markup would hold it. */
function InABrandsLayout({ layout }: { layout: Layout }) {
  const widgets = [
    <PointsLedgerTable key="ledger" customer={customer} customerId={member.customerId} />,
    <EventBreakupCard key="card" event={purchase} />,
    <StreakProgress
      key="streak"
      name="Visit 7 days in a row"
      levels={[3, 5, 7]}
      currentValue={4}
      now={now}
    />,
    <TargetMilestoneBar
      key="target"
      name="Spend 1,000"
      definedValue={1000}
      achievedValue={650}
      milestones={[{ name: 'Silver', value: 500 }]}
      now={now}
    />,
  ];
  return (
    <div style={{ display: 'grid', gap: 'var(--clw-space-4)', width: 960 }}>
      {widgets.map((widget) => (
        <div key={widget.key} data-slot="host-layout" style={LAYOUTS[layout]}>
          {layout === 'sidebar' ? (
            <nav style={{ flex: 'none', inlineSize: 160 }} aria-label={`Pages ${widget.key}`}>
              The brand&apos;s menu
            </nav>
          ) : null}
          {widget}
        </div>
      ))}
    </div>
  );
}

const meta = {
  title: 'Foundations/Host page',
  component: InABrandsLayout,
  parameters: { layout: 'padded', controls: { disable: true } },
} satisfies Meta<typeof InABrandsLayout>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Each widget spans the layout's box from `start` to its end: the room the page gives it. */
async function widgetsFillTheirRoom(canvasElement: HTMLElement, start: (box: Element) => number) {
  const boxes = [...canvasElement.querySelectorAll('[data-slot="host-layout"]')];
  expect(boxes).toHaveLength(4);
  await waitFor(() => {
    for (const box of boxes) {
      const widget = box.querySelector('.clw-root') as HTMLElement;
      const room = box.getBoundingClientRect();
      const drawn = widget.getBoundingClientRect();
      const rtl = getComputedStyle(box).direction === 'rtl';
      expect(drawn.width).toBeCloseTo(rtl ? start(box) - room.left : room.right - start(box), 0);
    }
  });
}

/** Beside the page's own sidebar, in a flex row, each widget takes the rest of the row. */
export const BesideASidebar: Story = {
  args: { layout: 'sidebar' },
  play: async ({ canvasElement }) => {
    await widgetsFillTheirRoom(canvasElement, (box) => {
      const nav = (box.querySelector('nav') as HTMLElement).getBoundingClientRect();
      const gap = parseFloat(getComputedStyle(box).columnGap);
      return getComputedStyle(box).direction === 'rtl' ? nav.left - gap : nav.right + gap;
    });
  },
};

/** In a column that centres its items (`align-items: center`), each widget is the column's width. */
export const InACentredColumn: Story = {
  args: { layout: 'centred' },
  play: async ({ canvasElement }) => {
    await widgetsFillTheirRoom(canvasElement, (box) => {
      const room = box.getBoundingClientRect();
      return getComputedStyle(box).direction === 'rtl' ? room.right : room.left;
    });
  },
};

/** The README's tokens for a page whose root font is 10 px: the widgets' own sizes, scaled back. */
const SMALL_ROOT_TOKENS = {
  '--clw-font-size': '1.4rem',
  '--clw-font-size-small': '1.2rem',
  '--clw-font-size-large': '1.8rem',
  '--clw-space-1': '0.4rem',
  '--clw-space-2': '0.8rem',
  '--clw-space-3': '1.2rem',
  '--clw-space-4': '1.6rem',
  '--clw-radius': '0.8rem',
  '--clw-radius-small': '0.4rem',
  '--clw-streak-marker-size': '2rem',
  '--clw-ledger-height': 'min(44.8rem, 80vh)',
} as CSSProperties;

/** Makes the page's root font 62.5% (10 px) while the story is shown, as many brands' pages do. */
function SmallRootFont({ children }: { children: ReactNode }) {
  useLayoutEffect(() => {
    const root = document.documentElement;
    const before = root.style.fontSize;
    root.style.fontSize = '62.5%';
    return () => {
      root.style.fontSize = before;
    };
  }, []);
  return <div style={SMALL_ROOT_TOKENS}>{children}</div>;
}

const withSmallRootFont: Decorator = (Story) => (
  <SmallRootFont>
    <Story />
  </SmallRootFont>
);

/**
 * On a page whose root font is 10 px (`html { font-size: 62.5% }`), with the README's tokens the
 * widgets read as on any other page: 14 px text, 12 px labels, a table box 448 px tall at most.
 */
export const OnASmallerRootFont: Story = {
  args: { layout: 'sidebar' },
  decorators: [withSmallRootFont],
  play: async ({ canvasElement }) => {
    expect(getComputedStyle(document.documentElement).fontSize).toBe('10px');
    for (const widget of canvasElement.querySelectorAll('.clw-root')) {
      expect(getComputedStyle(widget).fontSize).toBe('14px');
    }
    for (const label of canvasElement.querySelectorAll('.clw-field label')) {
      expect(getComputedStyle(label).fontSize).toBe('12px');
    }
    const table = canvasElement.querySelector('[data-slot="table"]') as HTMLElement;
    expect(getComputedStyle(table).maxHeight).toBe(`${Math.min(448, innerHeight * 0.8)}px`);
  },
};
