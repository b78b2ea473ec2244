import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StreakProgress } from '../../src/components/StreakProgress/StreakProgress.js';
import { TargetMilestoneBar } from '../../src/components/TargetMilestoneBar/TargetMilestoneBar.js';

const DAY = 86_400_000;
const built = new Date('2026-01-10T12:00:00Z');
const periodEnd = new Date(built.getTime() + 5 * DAY);

const page = (
  <>
    <StreakProgress name="Visit streak" levels={[3, 5]} currentValue={1} endDate={periodEnd} />
    <TargetMilestoneBar
      name="Orders"
      achievedValue={1}
      definedValue={3}
      periodEnd={periodEnd}
      timeZone="UTC"
    />
  </>
);

afterEach(() => {
  vi.useRealTimers();
});

describe('progress widgets on a page prerendered days ago', () => {
  it('keep the server HTML on hydration, then count time left from the day of the visit', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(built);
    const container = document.createElement('div');
    container.innerHTML = renderToString(page);
    document.body.append(container);

    vi.setSystemTime(new Date(built.getTime() + 3 * DAY));
    const recoverable = vi.fn();
    const root = await act(async () =>
      hydrateRoot(container, page, { onRecoverableError: recoverable }),
    );
    expect(recoverable).not.toHaveBeenCalled();
    expect(container.querySelectorAll('[data-slot]')).not.toHaveLength(0);
    expect(container.textContent).toContain('Ends in 2 days');
    expect(container.textContent).not.toContain('Ends in 5 days');
    act(() => root.unmount());
    container.remove();
  });
});
