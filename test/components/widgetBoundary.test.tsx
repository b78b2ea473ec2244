import { act, cleanup, render, screen, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { EventBreakupCard } from '../../src/components/EventBreakupCard/EventBreakupCard.js';
import { PointsLedgerTable } from '../../src/components/PointsLedgerTable/PointsLedgerTable.js';
import { StreakProgress } from '../../src/components/StreakProgress/StreakProgress.js';
import { TargetMilestoneBar } from '../../src/components/TargetMilestoneBar/TargetMilestoneBar.js';
import type { LedgerEvent } from '../../src/core/ledger/LedgerEvent.js';
import { normalizeLedgerEvent } from '../../src/core/ledger/normalizeLedgerEvent.js';
import transactionAdd from '../fixtures/ledger/transaction-add.json' with { type: 'json' };

const purchase = normalizeLedgerEvent(transactionAdd.events[0], { timeZone: 'UTC' });

beforeEach(() => {
  // React and the notice report the failure in development; the tests check what members see.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

it('shows a notice in place of a card whose event came in the wrong shape, and the rest of the page stays', () => {
  if (!purchase.bill) throw new Error('the fixture has no bill');
  // A hand-made event from plain JavaScript: a bill without its lines.
  const event = {
    ...purchase,
    bill: { ...purchase.bill, lineItems: undefined },
  } as unknown as LedgerEvent;
  render(
    <main>
      <h1>My points</h1>
      <EventBreakupCard event={event} />
    </main>,
  );
  expect(screen.getByRole('heading', { name: 'My points' })).toBeInTheDocument();
  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent('This activity could not be shown');
  // The member sent no request: the page, not they, is at fault.
  expect(alert).toHaveTextContent('This part of the page is not set up correctly.');
  expect(alert).toHaveAttribute('data-detail', expect.stringContaining('could not render'));
});

it('recovers once the app passes props it can show', () => {
  const { rerender } = render(
    <PointsLedgerTable events={[purchase]} columns={['nope' as never]} />,
  );
  expect(screen.getByRole('alert')).toHaveTextContent('Points activity could not be loaded');
  // In the widgets' root, so it keeps their font and colours.
  expect(screen.getByRole('alert').closest('.clw-root')).not.toBeNull();
  // The developer reads which column, and which there are.
  expect(screen.getByRole('alert')).toHaveAttribute(
    'data-detail',
    expect.stringContaining('there is no column "nope"; the columns are date, activity'),
  );
  rerender(<PointsLedgerTable events={[purchase]} columns={['date', 'points']} />);
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(screen.getByRole('table')).toBeInTheDocument();
});

it('shows a progress widget given an object for its name as a sentence, not a blank page', () => {
  // What a CMS field left as an object sends, from plain JavaScript.
  render(<StreakProgress name={{ en: 'Visit streak' } as never} levels={[3]} currentValue={1} />);
  expect(screen.getByRole('alert')).toHaveTextContent('This progress could not be shown.');
  expect(screen.getByRole('heading', { name: 'Streak' })).toBeInTheDocument();
});

it('renders the rest of a server page around a widget whose props it cannot show, and the notice once hydrated', async () => {
  const page = (
    <main>
      <h1>My points</h1>
      <StreakProgress name={{ en: 'Visit streak' } as never} levels={[3]} currentValue={1} />
      <TargetMilestoneBar milestones={{ value: 1 } as never} />
      <PointsLedgerTable events={[purchase]} columns={['nope' as never]} />
      <p>Footer</p>
    </main>
  );
  // Error boundaries do nothing on the server: without another catch, one bad prop would fail
  // the whole page's render.
  const html = renderToString(page);
  expect(html).toContain('<h1>My points</h1>');
  expect(html).toContain('<p>Footer</p>');
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  await act(async () => {
    hydrateRoot(container, page, { onRecoverableError: () => {} });
  });
  expect(within(container).getAllByRole('alert')).toHaveLength(3);
  container.remove();
});
