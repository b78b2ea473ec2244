import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StreakProgress } from '../../src/components/StreakProgress/StreakProgress.js';

const reachedAt = new Date('2024-07-25T14:00:00Z');
const lostAt = new Date('2024-07-25T15:00:00Z');

describe('StreakProgress', () => {
  afterEach(cleanup);

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
});
