import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StreakProgress } from '../../src/components/StreakProgress/StreakProgress.js';
import { TargetMilestoneBar } from '../../src/components/TargetMilestoneBar/TargetMilestoneBar.js';

/** The labels printed under a widget's bar. */
function scaleLabels(container: HTMLElement): string[] {
  const scale = container.querySelector('[data-slot="scale"]');
  return [...(scale?.children ?? [])].map((label) => label.textContent ?? '');
}

describe('the scale under a progress bar', () => {
  it('never prints two amounts over each other, so 900 beside 1,000 cannot read 91,000', () => {
    const { container } = render(
      <TargetMilestoneBar
        name="Spend"
        achievedValue={600}
        definedValue={1000}
        milestones={[
          { name: 'Bronze', value: 500 },
          { name: 'Silver', value: 700 },
          { name: 'Gold', value: 900 },
        ]}
      />,
    );
    expect(scaleLabels(container)).toEqual(['✓ 500', '700', '1,000']);
    // Every milestone is still named in the list below the bar.
    expect(container).toHaveTextContent(/Gold.*900/);
  });

  it('keeps a label for the last level and those with room, and shrinks crowded markers', () => {
    const { container } = render(
      <StreakProgress name="Visits" levels={[1, 2, 3, 4, 5, 6, 7, 14, 30]} currentValue={3} />,
    );
    expect(scaleLabels(container)).toEqual(['1', '4', '7', '14', '30']);
    expect(container.querySelector('[data-slot="track"]')).toHaveAttribute('data-dense', 'true');
    const roomy = render(<StreakProgress name="Visits" levels={[3, 5]} currentValue={3} />);
    expect(roomy.container.querySelector('[data-slot="track"]')).not.toHaveAttribute('data-dense');
  });

  it("leaves out a level number no streak has, from a typo in a brand's JSON, instead of freezing", () => {
    const { container } = render(
      <StreakProgress name="Visits" levels={[3, 5]} achievedLevels={[{ level: 2147483647 }]} />,
    );
    const markers = container.querySelectorAll('[data-slot="marker"]');
    expect(markers).toHaveLength(2);
    // Nor does it count as a level held, above the two there are.
    for (const marker of markers) expect(marker).toHaveAttribute('data-state', 'pending');
  });
});
