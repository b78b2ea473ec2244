import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import transactionAdd from '../fixtures/ledger/transaction-add.json' with { type: 'json' };

// What a developer sees in the console while building with the widgets. Each test imports the
// widgets afresh: they remember, per page, what they have already said.

const TOKENS = readFileSync(resolve(import.meta.dirname, '../../src/styles/tokens.css'), 'utf8');

async function widgets() {
  const [{ EventBreakupCard }, { StreakProgress }] = await Promise.all([
    import('../../src/components/EventBreakupCard/EventBreakupCard.js'),
    import('../../src/components/StreakProgress/StreakProgress.js'),
  ]);
  return { EventBreakupCard, StreakProgress };
}

const raw = transactionAdd.events[0] as never;

beforeEach(() => {
  vi.resetModules();
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  document.head.querySelectorAll('style').forEach((style) => style.remove());
});

describe('why a widget shows an error', () => {
  it('is logged to the console once, in development', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    const { EventBreakupCard } = await widgets();
    const { rerender } = render(
      <StrictMode>
        <EventBreakupCard event={raw} />
      </StrictMode>,
    );
    rerender(
      <StrictMode>
        <EventBreakupCard event={raw} className="again" />
      </StrictMode>,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(console.error).toHaveBeenCalledTimes(1);
    expect(console.error).toHaveBeenCalledWith(
      'capillary-loyalty-widgets: This activity could not be shown: event is not a normalized LedgerEvent (eventTime is not a Date): pass it through normalizeLedgerEvent (capillary-loyalty-widgets/core).',
    );
  });

  it('is logged once when the same raw JSON comes anew with each render', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    const { EventBreakupCard } = await widgets();
    const { PointsLedgerTable } =
      await import('../../src/components/PointsLedgerTable/PointsLedgerTable.js');
    // As a page that parses its JSON inline does: equal data, a new object each time.
    const page = () => (
      <>
        <EventBreakupCard event={structuredClone(raw)} />
        <PointsLedgerTable events={structuredClone(transactionAdd.events) as never} />
      </>
    );
    const { rerender } = render(page());
    rerender(page());
    rerender(page());
    expect(screen.getAllByRole('alert')).toHaveLength(2);
    expect(console.error).toHaveBeenCalledTimes(2);
  });

  it('says why a widget could not render once in its line', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    const { PointsLedgerTable } =
      await import('../../src/components/PointsLedgerTable/PointsLedgerTable.js');
    render(<PointsLedgerTable events={[]} columns={['store' as never]} />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
    const lines = vi
      .mocked(console.error)
      .mock.calls.map(([line]) => String(line))
      .filter((line) => line.startsWith('capillary-loyalty-widgets:'));
    expect(lines).toHaveLength(1);
    expect(lines[0]?.split('there is no column "store"')).toHaveLength(2);
  });

  it('names the widget a page used without a provider, not a hook inside it', async () => {
    const { PointsLedgerTable } =
      await import('../../src/components/PointsLedgerTable/PointsLedgerTable.js');
    const customer = { identifierName: 'mobile', identifierValue: '1', source: 'INSTORE' };
    render(<PointsLedgerTable customer={customer} />);
    expect(screen.getByRole('alert')).toHaveAttribute(
      'data-detail',
      expect.stringContaining('<PointsLedgerTable customer> must be used inside <LoyaltyProvider>'),
    );
  });

  it('is not logged in production', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const { EventBreakupCard } = await widgets();
    render(<EventBreakupCard event={raw} />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(console.error).not.toHaveBeenCalled();
  });
});

describe("a page without the widgets' stylesheet", () => {
  it('gets one warning in development, naming the import to add', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    const { EventBreakupCard, StreakProgress } = await widgets();
    render(
      <>
        <EventBreakupCard event={raw} />
        <StreakProgress levels={[3]} />
        <StreakProgress levels={[5]} />
      </>,
    );
    expect(console.warn).toHaveBeenCalledTimes(1);
    expect(console.warn).toHaveBeenCalledWith(
      expect.stringContaining("import 'capillary-loyalty-widgets/styles.css'"),
    );
  });

  it('gets no warning once the stylesheet is there', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    const style = document.createElement('style');
    style.textContent = TOKENS;
    document.head.append(style);
    const { StreakProgress } = await widgets();
    render(<StreakProgress levels={[3]} />);
    expect(console.warn).not.toHaveBeenCalled();
  });

  it('gets no warning in production', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const { StreakProgress } = await widgets();
    render(<StreakProgress levels={[3]} />);
    expect(console.warn).not.toHaveBeenCalled();
  });
});
