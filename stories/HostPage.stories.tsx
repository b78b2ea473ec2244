import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
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
