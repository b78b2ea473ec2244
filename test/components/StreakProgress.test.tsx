import { cleanup, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  StreakProgress,
  type StreakProgressProps,
} from '../../src/components/StreakProgress/StreakProgress.js';
import { parseLoyaltyWebhook } from '../../src/core/webhooks/parseLoyaltyWebhook.js';
import { reduceStreaks, type StreakState } from '../../src/core/webhooks/reduceStreaks.js';
import { ar } from '../../src/i18n/ar.js';
import { LoyaltyProvider } from '../../src/react/LoyaltyProvider.js';

const reachedAt = new Date('2024-07-25T14:00:00Z');
const lostAt = new Date('2024-07-25T15:00:00Z');

/** A two-level streak (3 and 5 days) at `currentValue`, with `reached` levels held. */
function run(currentValue: number, reached: readonly number[] = []): StreakProgressProps {
  return {
    name: 'Visits',
    levels: [3, 5],
    currentValue,
    achievedLevels: reached.map((level) => ({ level, achievedAt: reachedAt })),
    now: reachedAt,
    timeZone: 'UTC',
  };
}

const news = () => screen.getByRole('status');

/** A flat-envelope streak event for customer 7's "Coffee run" (levels at 3 and 5 days). */
function streakWebhook(name: string, entries: string, entry: Record<string, unknown>) {
  const result = parseLoyaltyWebhook({
    eventName: name,
    eventId: name,
    createdAt: reachedAt.getTime(),
    data: {
      customerIdentifiers: { customerId: 7 },
      targetData: [
        { id: 65260, name: 'Coffee run', targetPeriodId: 1, targetPeriodName: 'Cycle_1' },
      ],
      [entries]: [entry],
    },
  });
  if (!result.ok) throw result.error;
  return result.event;
}

/** A two-level streak as `reduceStreaks` folds it, begun on 24 July 2024, with `changes`. */
function webhookStreak(changes: Partial<StreakState>): StreakState {
  return {
    key: '1|65260|Summer visits',
    customerId: 1,
    targetId: 65260,
    streakId: null,
    levelCount: 2,
    name: 'Summer visits',
    description: null,
    cycle: 'Cycle_1',
    status: 'active',
    levels: [],
    currentValue: 0,
    startDate: new Date('2024-07-24T00:00:00Z'),
    endDate: null,
    updatedAt: null,
    ...changes,
  };
}

const levelItems = () =>
  within(screen.getByRole('list', { name: 'Streak levels' })).getAllByRole('listitem');

describe('StreakProgress', () => {
  it('shows a level lost after it was reached as lost, not as reached', () => {
    render(
      <StreakProgress
        name="Streak 24 July"
        levels={[3, 5]}
        currentValue={4}
        achievedLevels={[
          { level: 1, achievedAt: reachedAt },
          { level: 2, achievedAt: reachedAt, lostAt },
        ]}
        now={lostAt}
        timeZone="UTC"
      />,
    );
    expect(screen.getByRole('progressbar')).toHaveAttribute(
      'aria-valuetext',
      '4 of 5 days, Level 2 lost',
    );
    const [first, second] = within(
      screen.getByRole('list', { name: 'Streak levels' }),
    ).getAllByRole('listitem');
    expect(first).toHaveTextContent('Reached Jul 25, 2024');
    expect(second).toHaveAttribute('data-state', 'lost');
    expect(second).toHaveTextContent('Lost Jul 25, 2024');
    expect(second).not.toHaveTextContent('Reached');
  });

  it('dates a streak broken before its planned end by when it ended, not by the end to come', () => {
    const brokenAt = new Date('2024-07-24T16:00:00Z');
    const streak = webhookStreak({
      status: 'ended',
      currentValue: 1,
      endDate: new Date('2024-07-31T23:59:59Z'),
      updatedAt: brokenAt,
    });
    render(
      <StreakProgress streak={streak} now={new Date('2024-07-24T17:00:00Z')} timeZone="UTC" />,
    );
    expect(screen.getByText('Ended Jul 24, 2024')).toBeInTheDocument();
    expect(screen.queryByText(/Jul 31/)).not.toBeInTheDocument();
  });

  it('says a streak whose end has gone by has ended, though no event said so', () => {
    const streak = webhookStreak({ status: 'enrolled', endDate: new Date('2024-08-06T23:59:59Z') });
    render(
      <StreakProgress streak={streak} now={new Date('2024-09-01T10:00:00Z')} timeZone="UTC" />,
    );
    expect(screen.getByText('Ended Aug 6, 2024')).toBeInTheDocument();
    expect(screen.queryByText('Enrolled')).not.toBeInTheDocument();
  });

  it('is still running on the last day of a streak that ends on a bare date, until that day is over', () => {
    const lastDay = (now: string) => (
      <StreakProgress
        {...run(2)}
        startDate="2024-08-01"
        endDate="2024-08-31"
        now={new Date(now)}
        timeZone="Asia/Kolkata"
      />
    );
    // 10:00 on 31 August in Kolkata.
    const { rerender } = render(lastDay('2024-08-31T04:30:00Z'));
    expect(screen.getByText('Ends in 14 hours')).toBeInTheDocument();
    expect(screen.queryByText('Ended')).not.toBeInTheDocument();
    // 00:00 on 1 September in Kolkata.
    rerender(lastDay('2024-08-31T18:30:00Z'));
    expect(screen.getByText('Ended Aug 31, 2024')).toBeInTheDocument();
  });

  it('has begun at the very start of a streak that starts on a bare date', () => {
    render(
      <StreakProgress
        {...run(0)}
        startDate="2024-08-01"
        now={new Date('2024-07-31T18:30:00Z')}
        timeZone="Asia/Kolkata"
      />,
    );
    expect(screen.getByText('Started Aug 1, 2024')).toBeInTheDocument();
  });

  /** Four days in, level 1 kept and level 2 reached, then lost. */
  const levelTwoLost = {
    ...run(4),
    achievedLevels: [
      { level: 1, achievedAt: reachedAt },
      { level: 2, achievedAt: reachedAt, lostAt },
    ],
  };

  it('tells a screen reader when a level is reached, lost, or the streak ends, but not what it first showed', () => {
    const { rerender } = render(<StreakProgress {...run(3, [1])} />);
    expect(news()).toHaveTextContent(/^$/);
    rerender(<StreakProgress {...run(5, [1, 2])} />);
    expect(news()).toHaveTextContent('Visits, Level 2 reached');
    rerender(<StreakProgress {...levelTwoLost} />);
    expect(news()).toHaveTextContent('Visits, Level 2 lost');
    rerender(<StreakProgress {...run(4, [1])} status="ended" />);
    expect(news()).toHaveTextContent('Visits, Ended');
  });

  it('says nothing to a screen reader when only the day count changes', () => {
    const { rerender } = render(<StreakProgress {...run(1)} />);
    rerender(<StreakProgress {...run(2)} />);
    expect(news()).toHaveTextContent(/^$/);
  });

  it("tells a screen reader a level was reached in the member's language", () => {
    const inArabic = (props: StreakProgressProps) => (
      <LoyaltyProvider baseUrl="/api" locale="ar" messages={ar} timeZone="UTC">
        <StreakProgress {...props} />
      </LoyaltyProvider>
    );
    const { rerender } = render(inArabic(run(2)));
    rerender(inArabic(run(3, [1])));
    expect(news()).toHaveTextContent(/^Visits، تم بلوغ المستوى [1١]$/);
  });

  it('says how many levels are reached when the bar counts levels, not days', () => {
    // The documents' level samples send no level values: the bar counts the one level.
    const { rerender } = render(
      <StreakProgress {...run(1)} levels={undefined} achievedLevels={[{ level: 1, lostAt }]} />,
    );
    const bar = screen.getByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    expect(bar).toHaveAttribute('aria-valuemax', '1');
    expect(bar).toHaveAttribute('aria-valuetext', '0 of 1 level reached, 1 day, Level 1 lost');
    rerender(
      <StreakProgress
        {...run(1)}
        levels={undefined}
        achievedLevels={[{ level: 1, achievedAt: reachedAt }]}
      />,
    );
    expect(bar).toHaveAttribute('aria-valuenow', '1');
    expect(bar).toHaveAttribute('aria-valuetext', '1 of 1 level reached, 1 day, Level 1 reached');
  });

  it('shows how many levels are reached beside a bar that counts levels, not only "1 day"', () => {
    const { container } = render(
      <StreakProgress {...run(1)} levels={undefined} achievedLevels={[{ level: 1, lostAt }]} />,
    );
    expect(container.querySelector('[data-slot="value"]')).toHaveTextContent(
      /^0 of 1 level reached, 1 day$/,
    );
  });

  it('shows the level a streak value reaches as reached, with every level below it, when a level event never came', () => {
    const [streak] = reduceStreaks([
      streakWebhook('streakStart', 'streakStartData', {
        streakName: 'Coffee run',
        numberOfLevel: 2,
        levelValues: ['3', '5'],
        userStreakValueAtTheStart: '0',
      }),
      // Level 1's event was lost; level 2's names it "Gold".
      streakWebhook('streakLevelAchieved', 'streakData', {
        streakName: 'Gold',
        streakLevelName: 'Gold',
        userCurrentStreakValue: '5',
      }),
    ]);
    render(<StreakProgress streak={streak} now={reachedAt} timeZone="UTC" />);
    expect(screen.getByRole('progressbar')).toHaveAttribute(
      'aria-valuetext',
      '5 of 5 days, Level 2 reached',
    );
    const [first, second] = levelItems();
    expect(first).toHaveAttribute('data-state', 'achieved');
    expect(first).toHaveTextContent(/Reached$/);
    expect(second).toHaveTextContent('Reached Jul 25, 2024');
  });

  it('shows a level left out below one a brand lists as reached as reached too', () => {
    render(<StreakProgress {...run(5, [2])} />);
    const [first, second] = levelItems();
    expect(first).toHaveAttribute('data-state', 'achieved');
    expect(first).not.toHaveTextContent('Not reached');
    expect(second).toHaveTextContent('Reached Jul 25, 2024');
  });

  it('shows a level the streak value has passed as reached, as the bar shows it', () => {
    render(<StreakProgress name="Visits" levels={[3, 5]} currentValue={4} />);
    const [first, second] = levelItems();
    expect(first).toHaveAttribute('data-state', 'achieved');
    expect(first).not.toHaveTextContent('Not reached');
    expect(second).toHaveTextContent('Not reached');
  });

  it('reads a description that only repeats the streak name once, as its title', () => {
    render(<StreakProgress {...run(1)} name="Streak 24 July" description="Streak 24 July" />);
    expect(screen.getAllByText('Streak 24 July')).toHaveLength(1);
    cleanup();
    render(<StreakProgress {...run(1)} description="Visit 5 days in a row" />);
    expect(screen.getByText('Visit 5 days in a row')).toBeVisible();
  });

  it('reads no ✓ or ✕ inside the progress bar, whose value text already says it', () => {
    render(<StreakProgress {...levelTwoLost} />);
    const markers = screen.getByRole('progressbar').querySelectorAll('[data-slot="marker"]');
    expect(markers).toHaveLength(2);
    for (const marker of markers) expect(marker).toHaveAttribute('aria-hidden', 'true');
  });

  it('keeps the fill and every marker on the track, whatever values a brand sends', () => {
    render(<StreakProgress {...run(9)} levels={[-2, 5]} />);
    const track = screen.getByRole('progressbar');
    const markers = [...track.querySelectorAll<HTMLElement>('[data-slot="marker"]')];
    expect(track.style.getPropertyValue('--clw-progress')).toBe('100%');
    expect(markers.map((marker) => marker.style.getPropertyValue('--clw-position'))).toEqual([
      '0%',
      '100%',
    ]);
  });
  it('shows a level below one a brand lists as reached as reached, before the streak value is known', () => {
    render(
      <StreakProgress
        name="Visits"
        levels={[3, 5]}
        achievedLevels={[{ level: 2, achievedAt: reachedAt }]}
        now={reachedAt}
        timeZone="UTC"
      />,
    );
    const [first, second] = levelItems();
    expect(first).toHaveAttribute('data-state', 'achieved');
    expect(first).toHaveTextContent(/Reached$/);
    expect(second).toHaveTextContent('Reached Jul 25, 2024');
  });

  it('shows a level as reached on the day the streak value reaches it exactly', () => {
    render(<StreakProgress name="Visits" levels={[3, 5]} currentValue={3} />);
    const [first, second] = levelItems();
    expect(first).toHaveAttribute('data-state', 'achieved');
    expect(first).not.toHaveTextContent('Not reached');
    expect(second).toHaveTextContent('Not reached');
  });

  it('badges a streak "Ended" from the very moment its bare end date is over', () => {
    render(
      <StreakProgress
        {...run(2)}
        endDate="2024-08-31"
        // 00:00 on 1 September in Kolkata.
        now={new Date('2024-08-31T18:30:00Z')}
        timeZone="Asia/Kolkata"
      />,
    );
    const section = screen.getByRole('region', { name: 'Visits' });
    expect(section).toHaveAttribute('data-state', 'ended');
    expect(section.querySelector('[data-slot="status"]')).toHaveTextContent(/^Ended$/);
  });

  it('never tells a screen reader the streak is past its last level', () => {
    render(<StreakProgress {...run(9)} />);
    const bar = screen.getByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuemax', '5');
    expect(bar).toHaveAttribute('aria-valuenow', '5');
  });

  it('says only the days in a row of a streak whose levels are not known yet', () => {
    const { container } = render(
      <StreakProgress streak={webhookStreak({ currentValue: 3 })} now={reachedAt} timeZone="UTC" />,
    );
    expect(container.querySelector('[data-slot="value"]')).toHaveTextContent(/^3 days$/);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '3 days');
  });
  it('badges a streak not yet begun "Enrolled" and one under way "In progress"', () => {
    const badge = () =>
      screen.getByRole('region', { name: 'Visits' }).querySelector('[data-slot="status"]');
    const { rerender } = render(<StreakProgress {...run(0)} status="enrolled" />);
    expect(badge()).toHaveTextContent(/^Enrolled$/);
    rerender(<StreakProgress {...run(1)} status="active" />);
    expect(badge()).toHaveTextContent(/^In progress$/);
  });

  it('says no time left to a member who left the streak', () => {
    const { container } = render(
      <StreakProgress {...run(1)} status="unenrolled" endDate="2024-08-31" timeZone="UTC" />,
    );
    expect(screen.getByText('Not enrolled')).toBeInTheDocument();
    expect(container.querySelector('[data-slot="timing"]')).toBeNull();
    expect(screen.queryByText(/^Ends/)).not.toBeInTheDocument();
  });

  it('says how many days each level takes', () => {
    render(<StreakProgress {...run(1)} />);
    const [first, second] = levelItems();
    expect(first).toHaveTextContent('3 days');
    expect(second).toHaveTextContent('5 days');
  });

  it('shows a level lost at an unknown time as lost, not as reached', () => {
    render(
      <StreakProgress
        streak={webhookStreak({
          currentValue: 1,
          levels: [
            {
              number: 1,
              name: null,
              value: 3,
              status: 'lost',
              achievedAt: reachedAt,
              lostAt: null,
            },
            { number: 2, name: null, value: 5, status: 'pending', achievedAt: null, lostAt: null },
          ],
        })}
        now={reachedAt}
        timeZone="UTC"
      />,
    );
    const [first] = levelItems();
    expect(first).toHaveAttribute('data-state', 'lost');
    expect(first).toHaveTextContent(/Level 1 lost$/);
    expect(first).not.toHaveTextContent('Reached');
  });

  it('marks a level lost with ✕ and a level reached with ✓, in the badge and the list', () => {
    const { rerender } = render(<StreakProgress {...levelTwoLost} />);
    const badge = () =>
      screen.getByRole('region', { name: 'Visits' }).querySelector('[data-slot="status"]');
    expect(badge()).toHaveTextContent(/^✕ Level 2 lost$/);
    const icons = () =>
      levelItems().map((item) => item.querySelector('[data-slot="item-icon"]')?.textContent);
    expect(icons()).toEqual(['✓', '✕']);
    rerender(<StreakProgress {...run(5, [1, 2])} />);
    expect(badge()).toHaveTextContent(/^✓ Level 2 reached$/);
  });

  it('shows the levels and the description in the full card, and keeps them from sight in the compact one', () => {
    const { rerender } = render(<StreakProgress {...run(1)} description="Visit 5 days in a row" />);
    const list = () => screen.getByRole('list', { name: 'Streak levels' });
    expect(list()).not.toHaveClass('clw-sr-only');
    expect(screen.getByText('Visit 5 days in a row')).toBeInTheDocument();
    rerender(<StreakProgress {...run(1)} description="Visit 5 days in a row" variant="compact" />);
    expect(list()).toHaveClass('clw-sr-only');
    expect(screen.queryByText('Visit 5 days in a row')).not.toBeInTheDocument();
  });

  it('shows the date of the end to come in the full card only', () => {
    const { container, rerender } = render(
      <StreakProgress {...run(1)} endDate="2024-07-31" variant="full" />,
    );
    expect(screen.getByText('Ends in 6 days')).toBeInTheDocument();
    expect(container.querySelector('[data-slot="timing"] time')).toHaveTextContent('Jul 31, 2024');
    rerender(<StreakProgress {...run(1)} endDate="2024-07-31" variant="compact" />);
    expect(screen.getByText('Ends in 6 days')).toBeInTheDocument();
    expect(container.querySelector('[data-slot="timing"] time')).toBeNull();
  });
});
