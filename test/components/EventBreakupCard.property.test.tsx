import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { EventBreakupCard } from '../../src/components/EventBreakupCard/EventBreakupCard.js';
import { normalizeLedgerEvent } from '../../src/core/ledger/normalizeLedgerEvent.js';
import { type ExpectedEvent, LEAKED_VALUE, readableEvent } from '../utils/ledgerWireArbitraries.js';

const now = Math.floor(Date.now() / 60_000) * 60_000 - 60_000;

/** A shown figure ("+1,234.5", "-0.001", "1,100.00") in thousandths of a point. */
function thousandthsOf(text: string): number {
  expect(text).toMatch(/^[+-]?[\d,]+(\.\d{1,3})?$/);
  return Math.round(Number(text.replace(/,/g, '')) * 1000);
}

/** The term (`dt`) a value (`dd`) stands under. */
function termOf(value: Element | null): string {
  let term = value?.previousElementSibling ?? null;
  while (term && term.tagName !== 'DT') term = term.previousElementSibling;
  return term?.textContent ?? '';
}

/** Every points figure of the card, in order, with the term it stands under. */
function shownFigures(card: HTMLElement) {
  return [...card.querySelectorAll('.clw-points')].map((figure) => ({
    term: termOf(figure.closest('dd')),
    value: thousandthsOf(figure.textContent),
  }));
}

/**
 * The figures the card must show, in order: the points earned by kind, then those taken back,
 * the last of these sections closing with the total; each redemption; with several targets, what
 * each one paid.
 */
function expectedFigures(expected: ExpectedEvent) {
  const figures: { term: string; value: number }[] = [];
  const kinds = [
    ['Regular', expected.entries.regular],
    ['Promotional', expected.entries.promo],
    ['Promised', expected.entries.promised],
  ] as const;
  const groups = [false, true]
    .map((takenBack) =>
      kinds.map(([term, values]) => ({ term, values: values.filter((v) => v < 0 === takenBack) })),
    )
    .filter((group) => group.some(({ values }) => values.length > 0));
  groups.forEach((group, index) => {
    for (const { term, values } of group) for (const value of values) figures.push({ term, value });
    if (index === groups.length - 1) figures.push({ term: 'Total', value: expected.earned });
  });
  // A reversal that earned nothing gives back the points of the redemption it names; one that
  // earned them only names that redemption. Any other takes them.
  const reversal = expected.eventName === 'PointsRedemptionReversal';
  const shown = (points: number) => (reversal ? Math.abs(points) : 0 - Math.abs(points));
  for (const points of expected.redemptions) figures.push({ term: 'Points', value: shown(points) });
  if (expected.redemptions.length > 1) {
    const total = expected.redemptions.reduce((sum, points) => sum + Math.abs(points), 0);
    figures.push({ term: 'Total', value: shown(total) });
  }
  if (expected.targets.length > 1) {
    for (const target of expected.targets) {
      if (target.hasEntries) figures.push({ term: 'Points', value: target.spendable });
    }
  }
  return figures;
}

describe('EventBreakupCard on arbitrary ledger events', () => {
  it('shows the points earned, taken back and redeemed as the event sent them, and nothing unreadable', () => {
    const consoleError = vi.spyOn(console, 'error');
    fc.assert(
      fc.property(readableEvent(now), ({ wire, expected }) => {
        try {
          const event = normalizeLedgerEvent(wire, { timeZone: 'UTC' });
          const { container } = render(
            <EventBreakupCard event={event} timeZone="UTC" locale="en" />,
          );
          expect(container.querySelector('[data-slot="render-failure"]')).toBeNull();
          expect(container.querySelector('[role="alert"]')).toBeNull();
          const card = container.querySelector<HTMLElement>('[data-slot="event-breakup-card"]');
          if (!card) throw new Error('no card');
          expect(card.textContent).not.toMatch(LEAKED_VALUE);
          for (const labelled of card.querySelectorAll('[aria-label]')) {
            expect(labelled.getAttribute('aria-label')).not.toMatch(LEAKED_VALUE);
          }
          // No blank line in any list, nor an empty value under a term.
          for (const item of card.querySelectorAll('li, dd')) {
            expect(item.textContent).not.toBe('');
          }
          // A title and a time, whatever the event's name.
          expect(card.querySelector('h3')?.textContent).not.toBe('');
          expect(card.querySelector('time')?.textContent).not.toBe('');

          expect(shownFigures(card)).toEqual(expectedFigures(expected));
          const { regular, promo, promised } = expected.entries;
          const hasEntries = regular.length + promo.length + promised.length > 0;
          expect(card.querySelector('[data-slot="promised-not-included"]') !== null).toBe(
            expected.promised !== 0,
          );
          expect(card.textContent?.includes('No points for this activity.')).toBe(
            !hasEntries && expected.redemptions.length === 0,
          );

          if (expected.billAmount !== null) {
            const bill = [...card.querySelectorAll('section')].find(
              (section) => section.querySelector('h4')?.textContent === 'Bill',
            );
            const amount = [...(bill?.querySelectorAll('dd') ?? [])].find(
              (value) => termOf(value) === 'Amount',
            );
            expect(thousandthsOf(amount?.textContent ?? '')).toBe(expected.billAmount);
          }
          // The points breakup closes the points sections: each row that says anything, with its
          // points.
          if (hasEntries) {
            const rows = [...card.querySelectorAll('.clw-plain-list > li')];
            const expectedRows = expected.breakup.filter(
              (row) => row.name !== null || row.points !== null,
            );
            expect(rows).toHaveLength(expectedRows.length);
            rows.forEach((row, index) => {
              const { name, points } = expectedRows[index] ?? { name: null, points: null };
              // "Base: 25.5", "Base", or a nameless row's "25.5".
              const text = row.textContent;
              expect(text.startsWith(name ?? '')).toBe(true);
              const rest = text.slice((name ?? '').length);
              if (points === null) expect(rest).toBe('');
              else
                expect(thousandthsOf(name === null ? rest : rest.replace(/^: /, ''))).toBe(points);
            });
          }
          expect(consoleError).not.toHaveBeenCalled();
        } finally {
          cleanup();
        }
      }),
      { numRuns: 150 },
    );
    consoleError.mockRestore();
  }, 60_000);
});
