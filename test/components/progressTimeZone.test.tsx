// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StreakProgress } from '../../src/components/StreakProgress/StreakProgress.js';

const reachedAt = new Date('2024-07-01T02:00:00Z');

function render(timeZone: string) {
  return renderToString(
    <StreakProgress
      name="Visit streak"
      levels={[3, 5]}
      currentValue={3}
      achievedLevels={[{ level: 1, achievedAt: reachedAt }]}
      now={new Date('2024-07-02T00:00:00Z')}
      timeZone={timeZone}
    />,
  );
}

describe('progress widgets rendered on a server', () => {
  it('write dates in the time zone they are given, whatever zone the server runs in', () => {
    expect(render('UTC')).toContain('Jul 1, 2024');
    expect(render('America/New_York')).toContain('Jun 30, 2024');
  });
});
