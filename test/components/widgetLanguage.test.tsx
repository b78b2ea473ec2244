import { act, cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { EventBreakupCard } from '../../src/components/EventBreakupCard/EventBreakupCard.js';
import { PointsLedgerTable } from '../../src/components/PointsLedgerTable/PointsLedgerTable.js';
import {
  StreakProgress,
  type StreakProgressProps,
} from '../../src/components/StreakProgress/StreakProgress.js';
import { TargetMilestoneBar } from '../../src/components/TargetMilestoneBar/TargetMilestoneBar.js';
import { normalizeLedgerEvent } from '../../src/core/ledger/normalizeLedgerEvent.js';
import { ar } from '../../src/i18n/ar.js';
import { en } from '../../src/i18n/en.js';
import type { PartialMessages } from '../../src/i18n/messages.js';
import { LoyaltyProvider } from '../../src/react/LoyaltyProvider.js';
import transactionAdd from '../fixtures/ledger/transaction-add.json' with { type: 'json' };

const event = normalizeLedgerEvent(transactionAdd.events[0], { timeZone: 'UTC' });
const now = new Date('2024-07-25T14:00:00Z');

/** Every widget, each with something to show. */
function widgets(locale?: string) {
  return (
    <>
      <StreakProgress name="Visits" levels={[3, 5]} currentValue={2} now={now} locale={locale} />
      <TargetMilestoneBar name="Orders" achievedValue={1} definedValue={3} locale={locale} />
      <PointsLedgerTable events={[event]} locale={locale} />
      <EventBreakupCard event={event} locale={locale} />
    </>
  );
}

function provided(children: ReactNode, locale: string, messages?: PartialMessages) {
  return (
    <LoyaltyProvider baseUrl="/api" locale={locale} messages={messages} timeZone="UTC">
      {children}
    </LoyaltyProvider>
  );
}

/** The language a screen reader reads each widget's words in: the nearest `lang` above them. */
function languages(container: HTMLElement): (string | null)[] {
  const slots = ['streak-progress', 'target-milestone-bar', 'points-ledger-table'];
  return [...slots, 'event-breakup-card'].map((slot) => {
    const words = container.querySelector(`[data-slot="${slot}"] > *`);
    return words?.closest('[lang]')?.getAttribute('lang') ?? null;
  });
}

// Storybook marks the page with the story's language; a brand's page says only its own.
beforeEach(() => {
  document.documentElement.lang = 'en';
});

afterEach(() => {
  cleanup();
  document.documentElement.removeAttribute('lang');
});

describe('the language widgets tell screen readers their words are in', () => {
  it('is Arabic for Arabic words on a page marked English', () => {
    const { container } = render(provided(widgets(), 'ar', ar));
    expect(languages(container)).toEqual(['ar', 'ar', 'ar', 'ar']);
  });

  it("stays the words' language when a widget writes its numbers in another locale", () => {
    const { container } = render(provided(widgets('en-IN'), 'ar', ar));
    expect(languages(container)).toEqual(['ar', 'ar', 'ar', 'ar']);
  });

  it('is English for the English words shown when a locale comes without its messages', () => {
    const { container } = render(provided(widgets(), 'fr'));
    expect(languages(container)).toEqual(['en', 'en', 'en', 'en']);
    cleanup();
    // Without a provider, a widget's own locale changes only how numbers (and digits) are written.
    document.documentElement.lang = 'ar';
    const alone = render(widgets('ar'));
    expect(languages(alone.container)).toEqual(['en', 'en', 'en', 'en']);
  });

  it('is English where a brand overrides a few messages and English fills the rest', () => {
    const few = render(provided(widgets(), 'ar-AE', { 'table.filter.clear': 'Reset' }));
    expect(languages(few.container)).toEqual(['en', 'en', 'en', 'en']);
    cleanup();
    const none = render(provided(widgets(), 'fr', {}));
    expect(languages(none.container)).toEqual(['en', 'en', 'en', 'en']);
  });

  it("keeps the provider's English, such as British English, when it gives no messages", () => {
    const { container } = render(provided(widgets(), 'en-GB'));
    expect(languages(container)).toEqual(['en-GB', 'en-GB', 'en-GB', 'en-GB']);
  });

  it('is a valid language tag, with English recognised, for a locale written with an underscore', () => {
    const arabic = render(provided(widgets(), 'ar_AE', ar));
    expect(languages(arabic.container)).toEqual(['ar-AE', 'ar-AE', 'ar-AE', 'ar-AE']);
    cleanup();
    const english = render(provided(widgets(), 'en_US'));
    expect(languages(english.container)).toEqual(['en-US', 'en-US', 'en-US', 'en-US']);
  });

  it("is the brand's language for its own catalogue, though the browser cannot write its numbers", () => {
    // Chromium has no number data for Nepali, among others; Node has.
    const supported = Intl.NumberFormat.supportedLocalesOf.bind(Intl.NumberFormat);
    vi.spyOn(Intl.NumberFormat, 'supportedLocalesOf').mockImplementation((locales, options) =>
      String(locales).startsWith('ne') ? [] : supported(locales, options),
    );
    onTestFinished(() => {
      vi.restoreAllMocks();
    });
    const nepali = Object.fromEntries(
      Object.entries(en).map(([id, text]) => [id, typeof text === 'string' ? `ने ${text}` : text]),
    ) as PartialMessages;
    const { container } = render(provided(widgets(), 'ne-NP', nepali));
    expect(languages(container)).toEqual(['ne-NP', 'ne-NP', 'ne-NP', 'ne-NP']);
  });

  it('is Arabic too for the notice that replaces a widget given props it cannot show', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const columns = ['date', 'nonsense'] as unknown as ['date'];
    const { container } = render(
      provided(<PointsLedgerTable events={[event]} columns={columns} />, 'ar', ar),
    );
    const notice = container.querySelector('[data-slot="render-failure"] > *');
    expect(notice?.closest('[lang]')?.getAttribute('lang')).toBe('ar');
  });

  it('is in the server HTML, and hydrates without a mismatch', async () => {
    const page = provided(widgets(), 'ar', ar);
    const container = document.createElement('div');
    container.innerHTML = renderToString(page);
    document.body.append(container);
    onTestFinished(() => container.remove());
    expect(languages(container)).toEqual(['ar', 'ar', 'ar', 'ar']);
    const recoverable = vi.fn();
    const root = await act(async () =>
      hydrateRoot(container, page, { onRecoverableError: recoverable }),
    );
    onTestFinished(() => act(() => root.unmount()));
    expect(recoverable).not.toHaveBeenCalled();
    expect(languages(container)).toEqual(['ar', 'ar', 'ar', 'ar']);
  });
});

describe("a widget's own locale under a provider's words", () => {
  const timing = (container: HTMLElement) =>
    container.querySelector('[data-slot="timing"]')?.textContent ?? null;
  const endingStreak = (locale: string) => (
    <StreakProgress
      name="Visits"
      levels={[3, 5]}
      currentValue={2}
      endDate="2024-09-02T20:00:00"
      now={new Date('2024-08-30T12:00:00Z')}
      locale={locale}
    />
  );

  it('writes the numbers inside the sentences with its own digits, as its scale writes them', () => {
    const { container } = render(provided(endingStreak('ar-EG'), 'ar', ar));
    expect(container.querySelector('[data-slot="scale"]')).toHaveTextContent('٣٥');
    expect(container.querySelector('[data-slot="value"]')).toHaveTextContent('٢ من ٥ أيام');
  });

  it("groups the points of a reward as its own locale does, like the bar's labels", () => {
    const { container } = render(
      provided(
        <TargetMilestoneBar
          name="Spend"
          achievedValue={120000}
          definedValue={150000}
          milestones={[{ name: 'M1', value: 100000, points: 100000 }]}
          locale="en-IN"
        />,
        'en',
      ),
    );
    expect(container.querySelector('[data-slot="scale"]')).toHaveTextContent('1,00,000');
    expect(container.querySelector('[data-slot="reward"]')).toHaveTextContent('+1,00,000 points');
  });

  it('says the time left and the date in the language of the sentence, not of its locale', () => {
    const arabic = render(provided(endingStreak('en-IN'), 'ar', ar));
    expect(timing(arabic.container)).toMatch(/^ينتهي خلال 3 أيام/);
    expect(timing(arabic.container)).not.toMatch(/[A-Za-z]/);
    cleanup();
    const english = render(provided(endingStreak('ar-EG'), 'en'));
    expect(timing(english.container)).toBe('Ends in ٣ daysSep ٢, ٢٠٢٤');
  });
});

describe('progress news after a language switch', () => {
  const streak = (reached: readonly number[]): StreakProgressProps => ({
    name: 'Visits',
    levels: [3, 5],
    // The value reaches as many levels as are listed reached: a level it reaches counts as reached.
    currentValue: [2, 3, 5][reached.length] ?? 5,
    achievedLevels: reached.map((level) => ({ level, achievedAt: now })),
    now,
    timeZone: 'UTC',
  });

  it('is not left in the old language, nor read out again in the new one', () => {
    const { rerender } = render(provided(<StreakProgress {...streak([])} />, 'en'));
    rerender(provided(<StreakProgress {...streak([1])} />, 'en'));
    expect(screen.getByRole('status')).toHaveTextContent('Visits, Level 1 reached');
    rerender(provided(<StreakProgress {...streak([1])} />, 'ar', ar));
    expect(screen.getByRole('status')).toHaveTextContent(/^$/);
    rerender(provided(<StreakProgress {...streak([1, 2])} />, 'ar', ar));
    expect(screen.getByRole('status')).toHaveTextContent(/^Visits، تم بلوغ المستوى [2٢]$/);
  });
});
