import { cleanup, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { StreakProgress } from '../../src/components/StreakProgress/StreakProgress.js';
import { TargetMilestoneBar } from '../../src/components/TargetMilestoneBar/TargetMilestoneBar.js';
import type { LoyaltyWebhookEvent } from '../../src/core/webhooks/LoyaltyWebhookEvent.js';
import { parseLoyaltyWebhook } from '../../src/core/webhooks/parseLoyaltyWebhook.js';
import { reduceStreaks } from '../../src/core/webhooks/reduceStreaks.js';
import { reduceTargets } from '../../src/core/webhooks/reduceTargets.js';
import { LEAKED_VALUE } from '../utils/ledgerWireArbitraries.js';
import { streakSequence, type TargetDraw, targetSequence } from '../utils/webhookArbitraries.js';

const NOW = new Date('2024-07-05T00:00:00Z');

function parsed(payload: unknown): LoyaltyWebhookEvent {
  const result = parseLoyaltyWebhook(payload);
  if (!result.ok) throw result.error;
  return result.event;
}

/** A shown figure ("1,234.5", "-5") in thousandths. */
function thousandthsOf(text: string): number {
  expect(text).toMatch(/^-?[\d,]+(\.\d{1,3})?$/);
  return Math.round(Number(text.replace(/,/g, '')) * 1000);
}

/** A widget in one piece, with nothing a member could not read, on screen or to a screen reader. */
function expectReadable(root: HTMLElement) {
  expect(root.querySelector('[data-slot="error"]')).toBeNull();
  expect(root.querySelector('[role="alert"]')).toBeNull();
  expect(root.textContent).not.toMatch(LEAKED_VALUE);
  for (const element of root.querySelectorAll('*')) {
    for (const name of ['aria-label', 'aria-valuetext', 'aria-valuenow', 'aria-valuemax']) {
      expect(element.getAttribute(name) ?? '').not.toMatch(LEAKED_VALUE);
    }
  }
}

/** The progress bar's range and value, each checked to be a finite number where present. */
function progressBar() {
  const bar = screen.getByRole('progressbar', { hidden: true });
  const read = (name: string) => {
    const value = bar.getAttribute(name);
    if (value === null) return null;
    expect(Number.isFinite(Number(value))).toBe(true);
    return Number(value);
  };
  return { min: read('aria-valuemin'), max: read('aria-valuemax'), now: read('aria-valuenow') };
}

/** The latest value the events state, in the order they happened. */
function latest(draws: readonly TargetDraw[], field: 'achieved' | 'defined'): number | null {
  const byTime = [...draws].sort((a, b) => a.minute - b.minute);
  return byTime.reduce<number | null>((last, draw) => draw[field] ?? last, null);
}

describe('TargetMilestoneBar fed arbitrary target events', () => {
  it('shows the latest value reached and the value to reach, with the bar never past either end', () => {
    const consoleError = vi.spyOn(console, 'error');
    fc.assert(
      fc.property(
        targetSequence.chain((draws) =>
          fc.tuple(
            fc.constant(draws),
            fc.shuffledSubarray(draws, { minLength: draws.length, maxLength: draws.length }),
          ),
        ),
        ([draws, arrival]) => {
          try {
            const states = reduceTargets(arrival.map((draw) => parsed(draw.payload)));
            expect(states).toHaveLength(1);
            const [target] = states;
            const { container } = render(
              <TargetMilestoneBar target={target} now={NOW} timeZone="UTC" locale="en" />,
            );
            expectReadable(container);

            const achieved = latest(draws, 'achieved');
            const defined = latest(draws, 'defined');
            const shown = container.querySelector('[data-slot="value"]')?.textContent ?? '';
            if (defined !== null) {
              const [current, total, ...rest] = shown.split(' of ');
              expect(rest).toEqual([]);
              expect(thousandthsOf(current ?? '')).toBe(achieved ?? 0);
              expect(thousandthsOf(total ?? '')).toBe(defined);
            } else if (achieved !== null) {
              expect(thousandthsOf(shown)).toBe(achieved);
            } else {
              expect(shown).toBe('');
            }

            const bar = progressBar();
            if (defined === null || defined <= 0) {
              // No goal: no bar to fill, and no range to claim.
              expect(bar.max).toBeNull();
              expect(bar.now).toBeNull();
              return;
            }
            expect(bar.min).toBe(0);
            expect(Math.round((bar.max ?? NaN) * 1000)).toBe(defined);
            const now = Math.round((bar.now ?? NaN) * 1000);
            expect(now).toBeGreaterThanOrEqual(0);
            expect(now).toBeLessThanOrEqual(defined);
            if ((achieved ?? 0) >= defined) expect(now).toBe(defined);
            // Only Capillary's word that the target is done fills a bar the values leave short.
            const saidDone = draws.some(
              (draw) =>
                draw.name === 'targetValueAchieved' || draw.name === 'targetPeriodCompleted',
            );
            if (!saidDone && (achieved ?? 0) < defined)
              expect(now).toBe(Math.max(0, achieved ?? 0));
            expect(consoleError).not.toHaveBeenCalled();
          } finally {
            cleanup();
          }
        },
      ),
      { numRuns: 150 },
    );
    consoleError.mockRestore();
  }, 60_000);
});

describe('StreakProgress fed arbitrary streak events', () => {
  it('shows every streak the events make, its bar between 0 and its last level', () => {
    const consoleError = vi.spyOn(console, 'error');
    fc.assert(
      fc.property(streakSequence, (payloads) => {
        try {
          const streaks = reduceStreaks(payloads.map(parsed));
          expect(streaks.length).toBeGreaterThan(0);
          for (const streak of streaks) {
            const { container } = render(
              <StreakProgress streak={streak} now={NOW} timeZone="UTC" locale="en" />,
            );
            expectReadable(container);
            const bar = progressBar();
            expect(bar.min).toBe(0);
            expect(bar.max).toBeGreaterThanOrEqual(1);
            expect(bar.now).toBeGreaterThanOrEqual(0);
            expect(bar.now).toBeLessThanOrEqual(bar.max ?? NaN);
            // A level the events reached is never shown as the last one missing from the count.
            const reached = streak.levels.filter((level) => level.status === 'achieved').length;
            const listed = container.querySelectorAll(
              '[data-slot="item-status"][data-state="achieved"]',
            );
            expect(listed).toHaveLength(reached);
            cleanup();
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
