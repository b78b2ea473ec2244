import { cleanup, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  TargetMilestoneBar,
  type TargetMilestoneBarProps,
} from '../../src/components/TargetMilestoneBar/TargetMilestoneBar.js';
import { normalizeLedgerEvent } from '../../src/core/ledger/normalizeLedgerEvent.js';
import type { LoyaltyWebhookEvent } from '../../src/core/webhooks/LoyaltyWebhookEvent.js';
import { parseLoyaltyWebhook } from '../../src/core/webhooks/parseLoyaltyWebhook.js';
import { reduceTargets, type TargetState } from '../../src/core/webhooks/reduceTargets.js';
import { ar } from '../../src/i18n/ar.js';
import { LoyaltyProvider } from '../../src/react/LoyaltyProvider.js';
import { useTargets } from '../../src/react/useTargets.js';
import { webhookFixture } from '../core/webhooks/webhookFixtures.js';

const NOW = new Date('2024-06-01T00:00:00Z');

function member(targetId: number, achieved: number, defined: number) {
  return {
    targetId,
    targetName: `Target ${targetId}`,
    targetPeriodId: 1,
    targetPeriodName: 'Period1',
    achievedTargetValue: achieved,
    definedTargetValue: defined,
  };
}

/**
 * The document's `unifiedTargetsAchieved` sample with another rule over other member targets: its
 * rule names those members, and no others.
 */
function unifiedEvent(combinationType: 'ANY' | 'ALL', members: ReturnType<typeof member>[]) {
  const payload = structuredClone(webhookFixture('unifiedTargetsAchieved'));
  const data = (payload.event as { body: { data: Record<string, unknown> } }).body.data;
  data.targetData = members;
  const group = data.unifiedTargetGroupDetails as Record<string, Record<string, unknown>>;
  const ids = members.map((one) => one.targetId);
  group.unifiedTargetsAchievementCondition = {
    ...group.unifiedTargetsAchievementCondition,
    combinationType,
    ruleExpression: `(${ids.join(combinationType === 'ALL' ? ' & ' : ' | ')})`,
  };
  const result = parseLoyaltyWebhook(payload);
  if (!result.ok) throw result.error;
  return result.event;
}

/** A unified target as `reduceTargets` folds it, shown with `status`. */
function unified(
  combinationType: 'ANY' | 'ALL',
  members: ReturnType<typeof member>[],
  status: TargetState['status'] = 'inProgress',
): TargetState {
  const [state] = reduceTargets([unifiedEvent(combinationType, members)]);
  if (!state) throw new Error('No unified target folded');
  return { ...state, status };
}

/** What an app shows: the hook's numbers for its first target, beside the bar. */
function HookBesideBar({ events }: { events: readonly LoyaltyWebhookEvent[] }) {
  const [state] = useTargets({ events }).data;
  if (!state) return null;
  return (
    <>
      <p data-testid="hook">{`${state.achievedValue?.toLocaleString('en')} of ${state.definedValue?.toLocaleString('en')}`}</p>
      <TargetMilestoneBar target={state} now={NOW} />
    </>
  );
}

/** A 1,000-order target with a milestone at 500, at `achievedValue`. */
function orders(achievedValue: number): TargetMilestoneBarProps {
  return {
    name: 'Orders',
    unit: 'count',
    definedValue: 1000,
    achievedValue,
    milestones: [{ name: 'Half way', value: 500 }],
    now: NOW,
  };
}

const news = () => screen.getByRole('status');

/**
 * A unified target as `reduceTargets` folds flat-envelope `events` for customer 7, each
 * `[name, combinationType, ruleExpression, members]` and an hour after the one before.
 */
function unifiedFrom(
  ...events: [
    name: 'unifiedTargetsAchieved' | 'unifiedTargetsUnAchieved',
    combinationType: 'ANY' | 'ALL',
    ruleExpression: string,
    members: ReturnType<typeof member>[],
  ][]
): TargetState {
  const parsed = events.map(([eventName, combinationType, ruleExpression, members], hour) => {
    const result = parseLoyaltyWebhook({
      eventName,
      eventId: `${eventName}-${hour}`,
      createdAt: NOW.getTime() + hour * 3_600_000,
      data: {
        customerIdentifiers: { customerId: 7 },
        targetData: members,
        unifiedTargetGroupDetails: {
          targetGroupId: 25780,
          targetGroupName: 'Buy all three',
          unifiedTargetsAchievementCondition: {
            aggregation: 'SUM',
            combinationType,
            ruleExpression,
            thresholdValue: 3000,
          },
        },
      },
    });
    if (!result.ok) throw result.error;
    return result.event;
  });
  const [state] = reduceTargets(parsed);
  if (!state) throw new Error('No unified target folded');
  return state;
}

/** A TargetCompleted ledger event for milestone "Sub target 1" (300) of target 76041. */
function milestoneCompleted(targetPoints: object, eventPoints?: object) {
  return normalizeLedgerEvent(
    {
      eventLogId: 30527931,
      eventName: 'TargetCompleted',
      eventDetails: { eventTime: '2024-10-25 22:59:12.0' },
      eventReferenceId: '263986',
      ...(eventPoints ? { pointsEarned: eventPoints } : {}),
      targetCompletedDetails: {
        targetId: 76041,
        targetName: 'TName1',
        triggerValue: '300.000',
        mileStoneName: 'Sub target 1',
        sourceType: 'MILESTONE',
        pointsEarned: targetPoints,
      },
    },
    { timeZone: 'UTC' },
  );
}

/** The reward shown beside milestone "Sub target 1", from `ledgerEvents`; `null` for none. */
function rewardFrom(ledgerEvents: TargetMilestoneBarProps['ledgerEvents']) {
  const { container, unmount } = render(
    <TargetMilestoneBar
      name="TName1"
      definedValue={600}
      achievedValue={350}
      milestones={[{ name: 'Sub target 1', value: 300 }]}
      ledgerEvents={ledgerEvents}
      now={NOW}
    />,
  );
  const reward = container.querySelector('[data-slot="reward"]')?.textContent ?? null;
  unmount();
  return reward;
}

describe('TargetMilestoneBar', () => {
  it("shows a count target's progress without decimals", () => {
    render(
      <TargetMilestoneBar
        name="Orders"
        unit="count"
        definedValue={1000}
        achievedValue={600}
        milestones={[{ name: 'Half way', value: 500 }]}
        now={NOW}
      />,
    );
    expect(screen.getByRole('progressbar')).toHaveAttribute(
      'aria-valuetext',
      '600 of 1,000, 400 to go, 1 of 1 milestone reached',
    );
    expect(screen.getByText('600 of 1,000')).toBeInTheDocument();
    expect(screen.queryByText(/\.00/)).toBeNull();
  });

  it('shows an amount target as money', () => {
    render(
      <TargetMilestoneBar unit="amount" currency="INR" definedValue={1000} achievedValue={650} />,
    );
    expect(screen.getByText('₹350.00 to go')).toBeInTheDocument();
  });

  it('shows which member target completed an ANY target, with a bar, value and words that agree', () => {
    render(
      <TargetMilestoneBar
        target={unified('ANY', [member(1, 3000, 1000), member(2, 200, 4000)], 'achieved')}
        now={NOW}
      />,
    );
    const bar = screen.getByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuetext', 'Target 1, 3,000 of 1,000, Complete');
    expect(bar).toHaveAttribute('aria-valuemax', '1000');
    expect(bar).toHaveAttribute('aria-valuenow', '1000');
    expect(bar.style.getPropertyValue('--clw-progress')).toBe('100%');
    expect(screen.getByText('Target 1, 3,000 of 1,000')).toBeInTheDocument();
    expect(screen.queryByText(/of 5,000/)).toBeNull();
  });

  it('shows an ANY target under way as far as its nearest member', () => {
    render(
      <TargetMilestoneBar
        target={unified('ANY', [member(1, 300, 1000), member(2, 2000, 4000)])}
        now={NOW}
      />,
    );
    const bar = screen.getByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuetext', 'Target 2, 2,000 of 4,000, 2,000 to go');
    expect(bar.style.getPropertyValue('--clw-progress')).toBe('50%');
  });

  it('adds up an ALL target from its members, each only up to its own value', () => {
    render(
      <TargetMilestoneBar
        target={unified('ALL', [member(1, 3000, 1000), member(2, 400, 2000)], 'unachieved')}
        now={NOW}
      />,
    );
    const bar = screen.getByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuetext', '1,400 of 3,000, Not achieved');
    expect(bar).toHaveAttribute('aria-valuenow', '1400');
    const members = within(screen.getByRole('list', { name: 'All of these targets' }));
    expect(members.getByText('3,000 of 1,000')).toBeInTheDocument();
    expect(members.getByText('400 of 2,000')).toBeInTheDocument();
  });

  it('shows no goal for an ALL target whose listed members pass its threshold while one is unlisted', () => {
    render(
      <TargetMilestoneBar
        name="Shoes, bags and hats"
        unified={{
          combinationType: 'ALL',
          aggregation: 'SUM',
          ruleExpression: '(1 & 2 & 3)',
          threshold: 3000,
          members: [member(1, 2000, 2000), member(2, 1500, 1500)],
        }}
        status="inProgress"
        now={NOW}
      />,
    );
    // Not "3,500 of 3,000, Complete": Hats is still to reach. With no goal, no bar to read as
    // empty, only the value.
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByText('3,500')).toBeVisible();
    expect(screen.queryByText(/Complete/)).toBeNull();
  });

  it('shows the same progress for a unified target as the hook reports', () => {
    const rules = [
      unifiedEvent('ANY', [member(1, 3000, 1000), member(2, 200, 4000)]),
      unifiedEvent('ALL', [member(1, 3000, 1000), member(2, 400, 2000)]),
    ];
    for (const event of rules) {
      render(<HookBesideBar events={[event]} />);
      const hook = screen.getByTestId('hook').textContent ?? '';
      expect(screen.getByRole('progressbar').getAttribute('aria-valuetext')).toContain(hook);
      cleanup();
    }
  });

  it('shows a unified target given as plain props as it shows the same target from the hook', () => {
    const state = unified('ALL', [member(1, 3000, 1000), member(2, 400, 2000)], 'unachieved');
    render(<TargetMilestoneBar target={state} now={NOW} />);
    const fromHook = screen.getByRole('progressbar').getAttribute('aria-valuetext');
    cleanup();
    render(
      <TargetMilestoneBar name="Group" unified={state.unified} status="unachieved" now={NOW} />,
    );
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', fromHook);
    expect(fromHook).toBe('1,400 of 3,000, Not achieved');
  });

  it('does not show a unified target Capillary says was not achieved as complete', () => {
    // ALL of three members, one of them listed, at its value: the other two are still to reach.
    render(
      <TargetMilestoneBar
        target={unifiedFrom([
          'unifiedTargetsUnAchieved',
          'ALL',
          '(1 & 2 & 3)',
          [{ ...member(1, 1000, 1000), targetName: 'Shoes' }],
        ])}
        now={NOW}
      />,
    );
    const card = screen.getByRole('region', { name: 'Buy all three' });
    expect(card).toHaveAttribute('data-state', 'unachieved');
    expect(card).not.toHaveTextContent('Complete');
    expect(screen.getByRole('progressbar')).toHaveAttribute(
      'aria-valuetext',
      '1,000 of 3,000, Not achieved',
    );
    cleanup();

    // ANY, achieved through one member, then missed with another listed.
    render(
      <TargetMilestoneBar
        target={unifiedFrom(
          [
            'unifiedTargetsAchieved',
            'ANY',
            '(1 | 2)',
            [{ ...member(1, 3000, 1000), targetName: 'Shoes' }],
          ],
          [
            'unifiedTargetsUnAchieved',
            'ANY',
            '(1 | 2)',
            [{ ...member(2, 100, 1000), targetName: 'Bags' }],
          ],
        )}
        now={NOW}
      />,
    );
    expect(screen.getByRole('region', { name: 'Buy all three' })).not.toHaveTextContent('Complete');
    expect(screen.getByRole('progressbar')).toHaveAttribute(
      'aria-valuetext',
      'Bags, 100 of 1,000, Not achieved',
    );
  });

  it('shows a target given as missed as missed, even with its value reached', () => {
    render(<TargetMilestoneBar {...orders(1000)} status="unachieved" />);
    expect(screen.getByRole('region', { name: 'Orders' })).toHaveAttribute(
      'data-state',
      'unachieved',
    );
    expect(screen.getByRole('progressbar')).toHaveAttribute(
      'aria-valuetext',
      '1,000 of 1,000, Not achieved, 1 of 1 milestone reached',
    );
  });

  it("shows a milestone's reward from its TargetCompleted ledger event, regular and promo points alike", () => {
    const regular = milestoneCompleted({ regular: [{ value: 100 }], promo: [], promised: [] });
    expect(regular.netPoints).toBe(100);
    expect(rewardFrom([regular])).toBe('+100 points');
    const both = milestoneCompleted({ regular: [{ value: 60 }], promo: [{ value: 40 }] });
    expect(rewardFrom([both])).toBe('+100 points');
  });

  it("shows a milestone's reward from the event's own points when its target lists none", () => {
    const event = milestoneCompleted({}, { regular: [], promo: [{ value: 100 }], promised: [] });
    expect(event.netPoints).toBe(100);
    expect(rewardFrom([event])).toBe('+100 points');
  });

  it('shows no reward, rather than "+0 points", when the TargetCompleted event lists no points', () => {
    expect(rewardFrom([milestoneCompleted({ regular: [], promo: [], promised: [] })])).toBeNull();
  });

  it('tells a screen reader when a milestone is passed or the target completed, but not what it first showed', () => {
    const { rerender } = render(<TargetMilestoneBar {...orders(200)} />);
    expect(news()).toHaveTextContent(/^$/);
    rerender(<TargetMilestoneBar {...orders(600)} />);
    expect(news()).toHaveTextContent('Orders, 1 of 1 milestone reached');
    rerender(<TargetMilestoneBar {...orders(1000)} />);
    expect(news()).toHaveTextContent('Orders, Complete');
  });

  it('says nothing to a screen reader while the value grows between milestones', () => {
    const { rerender } = render(<TargetMilestoneBar {...orders(100)} />);
    rerender(<TargetMilestoneBar {...orders(400)} />);
    expect(news()).toHaveTextContent(/^$/);
  });

  it("tells a screen reader the target is complete in the member's language", () => {
    const inArabic = (props: TargetMilestoneBarProps) => (
      <LoyaltyProvider baseUrl="/api" locale="ar" messages={ar} timeZone="UTC">
        <TargetMilestoneBar {...props} />
      </LoyaltyProvider>
    );
    const { rerender } = render(inArabic(orders(600)));
    rerender(inArabic(orders(1000)));
    expect(news()).toHaveTextContent('Orders، مكتمل');
  });

  it('is still open on the last day of a period that ends on a bare date, until that day is over', () => {
    const lastDay = (now: string) => (
      <TargetMilestoneBar
        name="Spend"
        achievedValue={10}
        definedValue={100}
        periodEnd="2024-08-31"
        now={new Date(now)}
        timeZone="Asia/Kolkata"
      />
    );
    // 10:00 on 31 August in Kolkata.
    const { rerender } = render(lastDay('2024-08-31T04:30:00Z'));
    expect(screen.getByText('Ends Aug 31, 2024')).toBeInTheDocument();
    expect(screen.getByText('Ends in 14 hours')).toBeInTheDocument();
    // 00:00 on 1 September in Kolkata.
    rerender(lastDay('2024-08-31T18:30:00Z'));
    expect(screen.getByText('Ended Aug 31, 2024')).toBeInTheDocument();
  });

  it('shows a target given only its name, rather than failing', () => {
    render(<TargetMilestoneBar name="Orders" definedValue={'n/a' as never} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Orders' })).toBeInTheDocument();
    // No bar without a value: screen readers would read an empty one as busy.
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });
  it('says how far each milestone still is from where the member stands', () => {
    render(
      <TargetMilestoneBar
        {...orders(200)}
        milestones={[
          { name: 'Half way', value: 500 },
          { name: 'Nearly', value: 800 },
        ]}
      />,
    );
    const items = within(screen.getByRole('list', { name: 'Milestones' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('300 to go');
    expect(items[1]).toHaveTextContent('600 to go');
  });

  it('shows a milestone as reached the moment the value reaches it exactly', () => {
    render(<TargetMilestoneBar {...orders(500)} />);
    const [half] = within(screen.getByRole('list', { name: 'Milestones' })).getAllByRole(
      'listitem',
    );
    expect(half).toHaveAttribute('data-state', 'achieved');
    expect(half).toHaveTextContent(/Reached$/);
  });

  it('shows a milestone Capillary dated as reached, though the value now reads below it', () => {
    render(
      <TargetMilestoneBar
        {...orders(450)}
        milestones={[{ name: 'Half way', value: 500, achievedAt: '2024-05-20T10:00:00Z' }]}
        timeZone="UTC"
      />,
    );
    const [half] = within(screen.getByRole('list', { name: 'Milestones' })).getAllByRole(
      'listitem',
    );
    expect(half).toHaveAttribute('data-state', 'achieved');
    expect(half).toHaveTextContent('Reached May 20, 2024');
  });

  it('says no time is left to a target already complete', () => {
    render(<TargetMilestoneBar {...orders(1000)} periodEnd="2024-06-30" timeZone="UTC" />);
    expect(screen.getByText('Ends Jun 30, 2024')).toBeInTheDocument();
    expect(screen.queryByText(/^Ends in/)).not.toBeInTheDocument();
  });

  it('shows no status badge for a target under way', () => {
    const { container } = render(<TargetMilestoneBar {...orders(200)} />);
    expect(container.querySelector('[data-slot="status"]')).toBeNull();
  });

  it('keeps the tick of a milestone past the goal at the end of the bar', () => {
    const { container } = render(
      <TargetMilestoneBar {...orders(200)} milestones={[{ name: 'Bonus', value: 1500 }]} />,
    );
    const tick = container.querySelector<HTMLElement>('[data-slot="tick"]');
    expect(tick?.style.getPropertyValue('--clw-position')).toBe('100%');
  });

  it("heads a unified target's members by its rule, however Capillary cases it", () => {
    const rule = unified('ANY', [member(1, 300, 1000), member(2, 400, 2000)]).unified;
    if (!rule) throw new Error('No unified rule');
    render(
      <TargetMilestoneBar
        name="Group"
        unified={{
          ...rule,
          combinationType: 'any',
        }}
        now={NOW}
      />,
    );
    expect(screen.getByText('Any of these targets')).toBeInTheDocument();
  });

  it("shows a milestone's reward given by its name", () => {
    render(<TargetMilestoneBar {...orders(600)} rewards={{ 'Half way': 50 }} />);
    expect(screen.getByText('+50 points')).toBeInTheDocument();
  });

  it("shows a milestone's reward only from a TargetCompleted event of the same target", () => {
    const event = milestoneCompleted({ regular: [{ value: 100 }], promo: [], promised: [] });
    const state = unified('ALL', [member(1, 300, 1000)]);
    const rewardFor = (targetId: number) => {
      const { container, unmount } = render(
        <TargetMilestoneBar
          target={{ ...state, targetId }}
          milestones={[{ name: 'Sub target 1', value: 300 }]}
          ledgerEvents={[event]}
          now={NOW}
        />,
      );
      const reward = container.querySelector('[data-slot="reward"]')?.textContent ?? null;
      unmount();
      return reward;
    };
    expect(rewardFor(76041)).toBe('+100 points');
    expect(rewardFor(99999)).toBeNull();
  });

  it("does not give an unnamed milestone the reward of another milestone's event", () => {
    const event = normalizeLedgerEvent(
      {
        eventLogId: 1,
        eventName: 'TargetCompleted',
        eventDetails: { eventTime: '2024-10-25 22:59:12.0' },
        targetCompletedDetails: {
          targetId: 76041,
          triggerValue: '300.000',
          pointsEarned: { regular: [{ value: 100 }], promo: [], promised: [] },
        },
      },
      { timeZone: 'UTC' },
    );
    const { container } = render(
      <TargetMilestoneBar
        name="TName1"
        definedValue={600}
        achievedValue={550}
        milestones={[{ value: 500 }]}
        ledgerEvents={[event]}
        now={NOW}
      />,
    );
    expect(container.querySelector('[data-slot="reward"]')).toBeNull();
  });
});
