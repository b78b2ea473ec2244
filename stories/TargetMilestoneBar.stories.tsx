import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { TargetMilestoneBar } from '../src/components/TargetMilestoneBar/TargetMilestoneBar.js';
import { normalizeLedgerPage } from '../src/core/ledger/normalizeLedgerPage.js';
import { reduceTargets, type TargetState } from '../src/core/webhooks/reduceTargets.js';
import { useTargets } from '../src/react/useTargets.js';
import targetCompletedLedger from '../test/fixtures/ledger/target-completed.json' with { type: 'json' };
import targetAchievedValueUpdated from '../test/fixtures/webhooks/targetAchievedValueUpdated.json' with { type: 'json' };
import targetCustomerEnrolment from '../test/fixtures/webhooks/targetCustomerEnrolment.json' with { type: 'json' };
import targetPeriodCompleted from '../test/fixtures/webhooks/targetPeriodCompleted.json' with { type: 'json' };
import targetPeriodStarted from '../test/fixtures/webhooks/targetPeriodStarted.json' with { type: 'json' };
import targetValueAchieved from '../test/fixtures/webhooks/targetValueAchieved.json' with { type: 'json' };
import targetValueUpdated from '../test/fixtures/webhooks/targetValueUpdated.json' with { type: 'json' };
import unifiedTargetsAchieved from '../test/fixtures/webhooks/unifiedTargetsAchieved.json' with { type: 'json' };
import unifiedTargetsUnAchieved from '../test/fixtures/webhooks/unifiedTargetsUnAchieved.json' with { type: 'json' };
import {
  createdAt,
  fillShare,
  HOUR,
  parsed,
  progressbar,
  ReplayLayout,
  scaleLabelsApart,
  TIME_ZONE,
  useReplay,
} from './support/webhookStories.js';
import { type StoryText, storyText } from './support/storyText.js';

// Every state below is the webhook document's own sample (test/fixtures/webhooks), parsed and folded
// exactly as an app would: parseLoyaltyWebhook, then reduceTargets. Where a scenario needs a value
// the samples lack (a return, an ALL rule), a sample is copied and only those fields are changed.

function targetFrom(...payloads: unknown[]): TargetState {
  const [state] = reduceTargets(payloads.map(parsed));
  if (!state) throw new Error('These payloads hold no target event');
  return state;
}

type ValueUpdate = typeof targetAchievedValueUpdated;

/**
 * The document's `targetAchievedValueUpdated` sample with other values: `hours` after the sample,
 * `achieved` of `defined`, by a purchase or (`returned` set) a return of that much.
 */
function valueUpdate(
  id: string,
  hours: number,
  values: { achieved: string; defined: string; returned?: string; milestones?: unknown[] },
): Record<string, unknown> {
  const payload = structuredClone(targetAchievedValueUpdated) as ValueUpdate;
  payload.eventId = id;
  payload.attributes.createdAt += hours * HOUR;
  const data = payload.attributes.data as Record<string, unknown>;
  data.achievedTargetValue = values.achieved;
  data.definedTargetValue = values.defined;
  if (values.milestones) data.milestoneDetails = values.milestones;
  if (values.returned !== undefined) {
    // webhook-events.txt, "return of purchases": the value went down by currentEventTargetValue,
    // and brands are notified of the decreased value (`achieved`).
    data.currentEventTargetValue = values.returned;
    payload.attributes.data.triggeringActivity.name = 'ReturnBill';
  }
  return payload as unknown as Record<string, unknown>;
}

/**
 * A milestone as the document's samples send it (`milestoneDetails`). The sample target these
 * stories follow counts transactions (`League Stage Reward_TxnCount1`), so its milestones do too.
 */
function milestone(id: number, name: string, value: string, reachedAt: number | null) {
  return { id, name, valueType: 'TRANSACTION_COUNT', definedValue: value, achievedDate: reachedAt };
}

const SAMPLE_TIME = targetAchievedValueUpdated.attributes.createdAt;

/** A purchase of 3000 towards 10,000, then a return of 400 (the document's own example). */
const RETURNED = [
  valueUpdate('purchase', 0, { achieved: '3000.000', defined: '10000.000' }),
  valueUpdate('return', 24, { achieved: '2600.000', defined: '10000.000', returned: '400' }),
];

/**
 * The document's unified target samples, with the ALL rule over two member targets: the first as
 * in `unifiedTargetsAchieved` (3,000 of 1,000), the second not reached (400 of 2,000, or
 * `secondAchieved`). `ruleExpression` may name members the event does not list.
 */
function unifiedAll(
  ruleExpression = '(49272 & 49273)',
  secondAchieved = '400.000',
): Record<string, unknown> {
  const payload = structuredClone(unifiedTargetsUnAchieved);
  const { body } = payload.event;
  body.eventId = 'unified-all';
  const group = body.data.unifiedTargetGroupDetails;
  group.targetGroupId = 25781;
  group.targetGroupName = 'uniFIEDTargetsALLCase';
  group.unifiedTargetsAchievementCondition.combinationType = 'ALL';
  group.unifiedTargetsAchievementCondition.ruleExpression = ruleExpression;
  // Reaching both members is what ALL asks: 1,000 + 2,000 (the samples' 5,000 is their ANY group's).
  group.unifiedTargetsAchievementCondition.thresholdValue = 3000;
  const [first] = body.data.targetData;
  if (first) {
    first.achievedTargetValue = '3000.000';
    first.definedTargetValue = '1000.000';
    body.data.targetData.push({
      ...first,
      achievedTargetValue: secondAchieved,
      definedTargetValue: '2000.000',
      targetId: 49273,
      targetName: 'TARGETSFORUNIFIED2',
    });
  }
  return payload as unknown as Record<string, unknown>;
}

/** A purchase target with two milestones, followed from first purchase to completion. */
const MILESTONES_PENDING = [
  milestone(1, 'Half way', '500.000', null),
  milestone(2, 'Almost there', '800.000', null),
];
const RUN = [
  valueUpdate('run-1', 1, {
    achieved: '200.000',
    defined: '1000.000',
    milestones: MILESTONES_PENDING,
  }),
  valueUpdate('run-2', 2, {
    achieved: '600.000',
    defined: '1000.000',
    milestones: [milestone(1, 'Half way', '500.000', SAMPLE_TIME + 2 * HOUR)],
  }),
  valueUpdate('run-3', 3, { achieved: '300.000', defined: '1000.000', returned: '300.000' }),
  valueUpdate('run-4', 4, {
    achieved: '900.000',
    defined: '1000.000',
    milestones: [milestone(2, 'Almost there', '800.000', SAMPLE_TIME + 4 * HOUR)],
  }),
  (() => {
    const payload = structuredClone(targetValueAchieved);
    payload.attributes.createdAt = SAMPLE_TIME + 5 * HOUR;
    const data = payload.attributes.data as Record<string, unknown>;
    // The same member and target as the updates before it.
    data.customerIdentifiers = targetAchievedValueUpdated.attributes.data.customerIdentifiers;
    data.targetDetails = targetAchievedValueUpdated.attributes.data.targetDetails;
    data.achievedTargetValue = '1000.000';
    data.definedTargetValue = '1000.000';
    return payload as unknown as Record<string, unknown>;
  })(),
];
const HALF_WAY = targetFrom(...RUN.slice(0, 2));
const HALF_WAY_NOW = new Date(SAMPLE_TIME + 2 * HOUR);

/** The docs page's introduction: what the widget is for, and an example to copy. */
const COMPONENT_DOCS = `How close the next milestone is: a bar from 0 to the target with a tick per milestone, rewards where the ledger carries them, the period and "N to go". Unified targets list their member targets and the ANY/ALL rule. Feed it a \`TargetState\` from \`useTargets\`, or plain props.

\`\`\`tsx
import { parseLoyaltyWebhook, TargetMilestoneBar, useTargets } from 'capillary-loyalty-widgets';
import 'capillary-loyalty-widgets/styles.css';

// Webhook payloads your server stored for this member, parsed (or pass \`subscribe\` for live ones):
export function Targets({ payloads }: { payloads: unknown[] }) {
  // Capillary writes some dates without a zone: they are read in your organisation's.
  const events = payloads
    .map((payload) => parseLoyaltyWebhook(payload, { timeZone: 'Asia/Kolkata' }))
    .flatMap((result) => (result.ok ? [result.event] : []));
  const { data } = useTargets({ events });
  return data.map((target) => <TargetMilestoneBar key={target.key} target={target} />);
}

// Or from your own data:
// <TargetMilestoneBar name="Spend 1,000" definedValue={1000} achievedValue={600}
//   milestones={[{ name: 'Sub target 1', value: 300 }, { name: 'Sub target 2', value: 600 }]} unit="amount" />
\`\`\``;

const meta = {
  title: 'Widgets/TargetMilestoneBar',
  component: TargetMilestoneBar,
  parameters: { layout: 'padded', docs: { description: { component: COMPONENT_DOCS } } },
} satisfies Meta<typeof TargetMilestoneBar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** "600 of 1,000": a count or points target's progress, as the bar writes it. */
function progressOf({ t, number }: StoryText, current: number, total: number): string {
  return t('target.progress', { current: number(current), total: number(total) });
}

/** "400 to go", in points or a count. */
function toGo({ t, number }: StoryText, remaining: number): string {
  return t('target.toGo', { amount: number(remaining) });
}

/** `targetCustomerEnrolment`: enrolled to a target of 1,000 with a milestone at 500. */
export const Enrolled: Story = {
  args: { target: targetFrom(targetCustomerEnrolment), now: createdAt(targetCustomerEnrolment) },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const text = storyText(globals);
    const { t, pair, day } = text;
    await expect(progressbar(canvasElement)).toHaveAttribute(
      'aria-valuetext',
      pair(
        progressOf(text, 0, 1000),
        toGo(text, 1000),
        t('target.milestonesReached', { count: 0, total: 1 }),
      ),
    );
    await expect(canvas.getByText(toGo(text, 1000))).toBeVisible();
    await expect(canvas.getByText(t('target.period', { name: 'PIHT' }))).toBeVisible();
    await expect(
      canvas.getByText(t('progress.startedOn', { date: day('2024-06-01') })),
    ).toBeVisible();
    await expect(canvas.getByRole('list', { name: t('target.milestones') })).toBeVisible();
    await expect(canvas.getByText(toGo(text, 500))).toBeVisible();
  },
};

/** `targetPeriodStarted`: a new period of a 1,000 target began. */
export const PeriodStarted: Story = {
  args: { target: targetFrom(targetPeriodStarted), now: createdAt(targetPeriodStarted) },
  play: async ({ canvasElement, globals }) => {
    const bar = progressbar(canvasElement);
    await expect(bar).toHaveAttribute('aria-valuemax', '1000');
    await expect(bar).toHaveAttribute('aria-valuenow', '0');
    await expect(within(canvasElement).getByText(toGo(storyText(globals), 1000))).toBeVisible();
  },
};

/** `targetValueUpdated`: the value to reach changed to 1,500; 300 reached so far. */
export const TargetUpdated: Story = {
  args: { target: targetFrom(targetValueUpdated), now: createdAt(targetValueUpdated) },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const text = storyText(globals);
    await expect(progressbar(canvasElement)).toHaveAttribute(
      'aria-valuetext',
      text.pair(progressOf(text, 300, 1500), toGo(text, 1200)),
    );
    await expect(canvas.getByText(progressOf(text, 300, 1500))).toBeVisible();
    await expect(canvas.getByText(toGo(text, 1200))).toBeVisible();
  },
};

/** `targetAchievedValueUpdated`: 14 transactions against a target of 1: complete, not overflowing. */
export const OverAchieved: Story = {
  args: {
    target: targetFrom(targetAchievedValueUpdated),
    now: createdAt(targetAchievedValueUpdated),
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const text = storyText(globals);
    const bar = progressbar(canvasElement);
    await expect(bar).toHaveAttribute(
      'aria-valuetext',
      text.pair(progressOf(text, 14, 1), text.t('progress.complete')),
    );
    await expect(bar).toHaveAttribute('aria-valuenow', '1');
    await expect(canvas.getAllByText(text.t('progress.complete'))).not.toHaveLength(0);
    const fill = canvasElement.querySelector('[data-slot="fill"]')?.getBoundingClientRect();
    await expect(Math.abs((fill?.width ?? 0) - bar.getBoundingClientRect().width)).toBeLessThan(1);
  },
};

/** `targetValueAchieved`: 3 of 3 orders, the target is reached. */
export const Achieved: Story = {
  args: { target: targetFrom(targetValueAchieved), now: createdAt(targetValueAchieved) },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const text = storyText(globals);
    await expect(
      canvas.getByRole('heading', { name: 'Order more times via app or ahente to earn points' }),
    ).toBeVisible();
    await expect(progressbar(canvasElement)).toHaveAttribute(
      'aria-valuetext',
      text.pair(progressOf(text, 3, 3), text.t('progress.complete')),
    );
    await expect(canvas.getByText(text.t('target.period', { name: 'P1' }))).toBeVisible();
  },
};

/**
 * `targetPeriodCompleted`: the period ended at 1,200 of 1,000, its milestone at 500 reached; the
 * brand passes the milestone's reward in `rewards`.
 */
export const PeriodCompleted: Story = {
  args: {
    target: targetFrom(targetPeriodCompleted),
    now: createdAt(targetPeriodCompleted),
    rewards: { OOTNIFWHA: 150 },
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const text = storyText(globals);
    const { t, pair, day } = text;
    await expect(progressbar(canvasElement)).toHaveAttribute(
      'aria-valuetext',
      pair(
        progressOf(text, 1200, 1000),
        t('progress.complete'),
        t('target.milestonesReached', { count: 1, total: 1 }),
      ),
    );
    await expect(canvas.getByText(t('target.reward', { points: 150 }))).toBeVisible();
    await expect(
      canvas.getByText(t('progress.reachedOn', { date: day('2024-06-10') })),
    ).toBeVisible();
  },
};

/** A purchase of 3,000, then a return of 400 lowers the value to 2,600 (the document's example). */
export const ReturnLoweredIt: Story = {
  args: { target: targetFrom(...RETURNED), now: createdAt(RETURNED[1]) },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const text = storyText(globals);
    const bar = progressbar(canvasElement);
    await expect(bar).toHaveAttribute('aria-valuenow', '2600');
    await expect(bar).toHaveAttribute(
      'aria-valuetext',
      text.pair(progressOf(text, 2600, 10000), toGo(text, 7400)),
    );
    await expect(canvas.getByText(toGo(text, 7400))).toBeVisible();
  },
};

/**
 * `unifiedTargetsAchieved`: ANY of three targets; one member reached 3,000 of 1,000 and so completed
 * it. The bar is that member's, named, so a full bar never reads "3,000 of 5,000".
 */
export const UnifiedAny: Story = {
  args: { target: targetFrom(unifiedTargetsAchieved), now: createdAt(unifiedTargetsAchieved) },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const text = storyText(globals);
    const { t, pair } = text;
    const bar = progressbar(canvasElement);
    // Shows the member target that completed an ANY target: words, value and bar agree.
    await expect(bar).toHaveAttribute(
      'aria-valuetext',
      pair('TARGETSFORUNIFIED1', progressOf(text, 3000, 1000), t('progress.complete')),
    );
    await expect(bar).toHaveAttribute('aria-valuemax', '1000');
    await expect(bar).toHaveAttribute('aria-valuenow', '1000');
    await expect(
      canvas.getByText(pair('TARGETSFORUNIFIED1', progressOf(text, 3000, 1000))),
    ).toBeVisible();
    await waitFor(() => expect(fillShare(bar)).toBeCloseTo(1, 2));
    await expect(canvas.getByText(t('target.anyOf'))).toBeVisible();
    const members = canvas.getByRole('list', { name: t('target.anyOf') });
    await expect(within(members).getByText('TARGETSFORUNIFIED1')).toBeVisible();
    await expect(within(members).getByText(t('progress.reached'))).toBeVisible();
    await expect(canvas.getAllByText(t('progress.complete'))).not.toHaveLength(0);
  },
};

/** `unifiedTargetsUnAchieved`: the same unified target, not reached. */
export const UnifiedAnyNotAchieved: Story = {
  args: {
    target: targetFrom(unifiedTargetsUnAchieved),
    now: createdAt(unifiedTargetsUnAchieved),
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const text = storyText(globals);
    const { t } = text;
    // An ANY target is as near as its nearest member.
    await expect(progressbar(canvasElement)).toHaveAttribute(
      'aria-valuetext',
      text.pair('TARGETSFORUNIFIED1', progressOf(text, 1000, 3000), t('target.notAchieved')),
    );
    await expect(canvas.getAllByText(t('target.notAchieved'))).not.toHaveLength(0);
    await expect(canvas.getByText(t('progress.notReached'))).toBeVisible();
  },
};

/**
 * The ALL rule: every member must be reached; one of two is. The group counts each member up to
 * its own value: 1,000 + 400 of 1,000 + 2,000, so the first member's extra 2,000 hides nothing.
 */
export const UnifiedAll: Story = {
  args: { target: targetFrom(unifiedAll()), now: createdAt(unifiedAll()) },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const text = storyText(globals);
    const { t } = text;
    const bar = progressbar(canvasElement);
    // Adds up an ALL target from its members, each only up to its own value.
    await expect(bar).toHaveAttribute(
      'aria-valuetext',
      text.pair(progressOf(text, 1400, 3000), t('target.notAchieved')),
    );
    await expect(bar).toHaveAttribute('aria-valuenow', '1400');
    await expect(canvas.getByText(progressOf(text, 1400, 3000))).toBeVisible();
    await waitFor(() => expect(fillShare(bar)).toBeCloseTo(1400 / 3000, 2));
    const members = canvas.getByRole('list', { name: t('target.allOf') });
    const items = within(members).getAllByRole('listitem');
    await expect(items).toHaveLength(2);
    await expect(items[0]).toHaveTextContent(
      `TARGETSFORUNIFIED1${progressOf(text, 3000, 1000)}${t('progress.reached')}`,
    );
    await expect(items[1]).toHaveTextContent(
      `TARGETSFORUNIFIED2${progressOf(text, 400, 2000)}${t('progress.notReached')}`,
    );
    await expect(canvas.getAllByText(t('target.notAchieved'))).not.toHaveLength(0);
  },
};

const THIRD_UNLISTED = '(49272 & 49273 & 49274)';

/**
 * The ALL rule with a member still unlisted: the two listed are at their values, 3,000 together,
 * the threshold. The third is still to reach, so there is no goal and no bar, not "3,000 of 3,000".
 */
export const UnifiedAllMemberUnlisted: Story = {
  args: {
    target: targetFrom(unifiedAll(THIRD_UNLISTED, '2000.000')),
    now: createdAt(unifiedAll(THIRD_UNLISTED, '2000.000')),
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t, number } = storyText(globals);
    const containing = (part: string) => (content: string) => content.includes(part);
    // No bar to read as empty beside the 3,000: only the value, and the badge.
    await expect(canvas.queryByRole('progressbar')).toBeNull();
    await expect(canvas.getByText(number(3000))).toBeVisible();
    await expect(canvas.getByText(containing(t('target.notAchieved')))).toBeVisible();
    // "of 3,000", with no value before it.
    const ofGoal = t('target.progress', { current: '', total: number(3000) });
    await expect(canvas.queryByText(containing(ofGoal))).toBeNull();
    await expect(canvas.queryByText(t('progress.complete'))).toBeNull();
  },
};

function LiveTarget({ payloads }: { payloads: readonly unknown[] }) {
  const { subscribe, button } = useReplay(payloads);
  const [target] = useTargets({ subscribe, timeZone: TIME_ZONE }).data;
  return (
    <ReplayLayout button={button}>
      {target ? (
        <TargetMilestoneBar target={target} now={target.updatedAt ?? undefined} />
      ) : (
        <p>No target event received yet.</p>
      )}
    </ReplayLayout>
  );
}

/**
 * Webhook payloads arrive one by one through `useTargets({ subscribe })`: purchases pass both
 * milestones, a return lowers the value in between, and the target is reached. A screen reader is
 * told of the milestone passed and the target completed, though not the target as it first showed.
 */
export const Live: Story = {
  render: () => <LiveTarget payloads={RUN} />,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const text = storyText(globals);
    const { t, pair } = text;
    const next = canvas.getByRole('button', { name: /Next event/ });
    await expect(canvas.queryByRole('progressbar')).toBeNull();

    await userEvent.click(next);
    const bar = await canvas.findByRole('progressbar');
    await expect(bar).toHaveAttribute('aria-valuenow', '200');
    // Shows a count target's progress without decimals.
    await expect(canvas.getByText(toGo(text, 800))).toBeVisible();
    const news = canvas.getByRole('status');
    await expect(news).toBeEmptyDOMElement();
    const name = canvas.getByRole('heading').textContent ?? '';

    await userEvent.click(next);
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '600'));
    // The fill itself grows to 60% of the bar, not only the numbers.
    await waitFor(() => expect(fillShare(bar)).toBeCloseTo(0.6, 2));
    const oneOfTwo = t('target.milestonesReached', { count: 1, total: 2 });
    await expect(bar).toHaveAttribute(
      'aria-valuetext',
      pair(progressOf(text, 600, 1000), toGo(text, 400), oneOfTwo),
    );
    await expect(news).toHaveTextContent(pair(name, oneOfTwo));

    await userEvent.click(next);
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '300'));

    await userEvent.click(next);
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '900'));
    await expect(canvas.getByText(toGo(text, 100))).toBeVisible();

    await userEvent.click(next);
    await waitFor(() =>
      expect(bar).toHaveAttribute(
        'aria-valuetext',
        pair(
          progressOf(text, 1000, 1000),
          t('progress.complete'),
          t('target.milestonesReached', { count: 2, total: 2 }),
        ),
      ),
    );
    await expect(news).toHaveTextContent(pair(name, t('progress.complete')));
    await expect(next).toBeDisabled();
  },
};

/** One line and the bar; the milestones stay listed for screen readers. */
export const Compact: Story = {
  args: { target: HALF_WAY, now: HALF_WAY_NOW, variant: 'compact' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const text = storyText(globals);
    const { number } = text;
    // Shows a count target's progress without decimals, on the bar's scale too.
    await expect(canvas.getByText(progressOf(text, 600, 1000))).toBeVisible();
    await expect(canvas.getByText(toGo(text, 400))).toBeVisible();
    const scale = canvasElement.querySelectorAll('[data-slot="scale"] > span');
    await expect(Array.from(scale, (label) => label.textContent)).toEqual([
      `✓ ${number(500)}`,
      number(800),
      number(1000),
    ]);
    const list = canvas.getByRole('list', { name: text.t('target.milestones') });
    await expect(list).toHaveClass('clw-sr-only');
    await expect(within(list).getAllByRole('listitem')).toHaveLength(2);
  },
};

/**
 * Compact on a 320px phone: with no list on screen to name the milestones, the scale keeps every
 * label, clear of each other and inside the card.
 */
export const CompactOnAPhone: Story = {
  args: Compact.args,
  decorators: [(Story) => <div style={{ width: 256 }}>{Story()}</div>],
  play: async ({ canvasElement, globals }) => {
    const { number } = storyText(globals);
    const labels = scaleLabelsApart(canvasElement);
    await expect(labels.map((label) => label.textContent)).toEqual([
      `✓ ${number(500)}`,
      number(800),
      number(1000),
    ]);
    for (const label of labels) await expect(label).toBeVisible();
  },
};

const LEDGER = normalizeLedgerPage(targetCompletedLedger, {
  timeZone: TIME_ZONE,
  offset: 0,
  limit: 10,
});

/** Milestones close to each other and to the goal: labels that would print over each other give way. */
export const CloseMilestones: Story = {
  args: {
    name: 'Spend this quarter',
    definedValue: 1000,
    achievedValue: 600,
    unit: 'amount',
    currency: 'INR',
    milestones: [
      { name: 'Bronze', value: 500 },
      { name: 'Silver', value: 700 },
      { name: 'Gold', value: 900 },
    ],
  },
  decorators: [(Story) => <div style={{ width: 600 }}>{Story()}</div>],
  play: async ({ canvasElement, globals }) => {
    const labels = scaleLabelsApart(canvasElement);
    await expect(labels.at(-1)).toHaveTextContent(storyText(globals).amount(1000, 'INR'));
    await expect(within(canvasElement).getByText('Gold')).toBeVisible();
  },
};

/** A brand's target with only its name so far: the name shows, with no empty bar to read as busy. */
export const NameOnly: Story = {
  args: { name: 'Orders this month' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Orders this month' })).toBeVisible();
    await expect(canvas.queryByRole('progressbar')).toBeNull();
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

/** The last milestone is the goal: its long money label ends where the bar does, inside the card. */
export const MilestoneAtGoal: Story = {
  args: {
    name: 'Spend 10k',
    definedValue: 10000,
    achievedValue: 6500,
    unit: 'amount',
    currency: 'INR',
    milestones: [
      { name: 'M1', value: 2500 },
      { name: 'M2', value: 5000 },
      { name: 'M3', value: 10000 },
    ],
  },
  decorators: [(Story) => <div style={{ width: 720 }}>{Story()}</div>],
  play: async ({ canvasElement, globals }) => {
    const labels = scaleLabelsApart(canvasElement);
    await expect(labels.at(-1)).toHaveTextContent(storyText(globals).amount(10000, 'INR'));
  },
};

/**
 * A brand's own data: a spend target in rupees with two milestones, their rewards read from the
 * ledger's `TargetCompleted` events (the ledger document's sample).
 */
export const PlainProps: Story = {
  args: {
    name: 'TName1',
    description: 'TDesc1',
    definedValue: 1000,
    achievedValue: 650,
    unit: 'amount',
    currency: 'INR',
    milestones: [
      { name: 'Sub target 1', value: 300 },
      { name: 'Sub target 2', value: 600 },
    ],
    periodName: 'Cycle_4',
    periodStart: new Date('2026-03-01T00:00:00+05:30'),
    periodEnd: new Date('2026-03-31T23:59:59+05:30'),
    ledgerEvents: LEDGER.events,
    now: new Date('2026-03-20T12:00:00+05:30'),
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t, amount, relative } = storyText(globals);
    await expect(canvas.getByText(t('target.toGo', { amount: amount(350, 'INR') }))).toBeVisible();
    await expect(canvas.getAllByText(t('target.reward', { points: 100 }))).toHaveLength(2);
    await expect(
      canvas.getByText(t('progress.ends', { relative: relative(2, 'week') })),
    ).toBeVisible();
    await expect(
      canvasElement.querySelectorAll('[data-slot="tick"][data-state="achieved"]'),
    ).toHaveLength(2);
  },
};

/**
 * Plain props straight from a brand's CMS, numbers and dates as strings: read as numbers, so 600
 * of 1,000 is under way (compared as text, "600" would pass "1000").
 */
export const PlainPropsFromJson: Story = {
  args: JSON.parse(
    JSON.stringify({
      name: 'Spend 1,000',
      definedValue: '1000',
      achievedValue: '600',
      milestones: [{ name: 'Silver', value: '500', points: '50' }],
      periodStart: '2026-03-01',
      periodEnd: '2026-03-31',
    }),
  ),
  render: (args) => <TargetMilestoneBar {...args} now={new Date('2026-03-20T12:00:00+05:30')} />,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const text = storyText(globals);
    const { t, day } = text;
    const root = canvasElement.querySelector('[data-slot="target-milestone-bar"]');
    await expect(root).toHaveAttribute('data-state', 'inProgress');
    await expect(canvas.getByText(progressOf(text, 600, 1000))).toBeVisible();
    await expect(canvas.getByText(toGo(text, 400))).toBeVisible();
    await expect(canvas.getByText(t('target.reward', { points: 50 }))).toBeVisible();
    await expect(
      canvas.getByText(
        t('progress.dateRange', { start: day('2026-03-01'), end: day('2026-03-31') }),
      ),
    ).toBeVisible();
  },
};

/** The dark theme: the card and bar take the dark tokens. */
export const Dark: Story = {
  args: { target: HALF_WAY, now: HALF_WAY_NOW },
  globals: { theme: 'dark' },
  play: async ({ canvasElement, globals }) => {
    const root = canvasElement.querySelector<HTMLElement>('[data-slot="target-milestone-bar"]');
    await expect(root).not.toBeNull();
    await expect(getComputedStyle(root as HTMLElement).backgroundColor).toBe('rgb(17, 24, 39)');
    await expect(within(canvasElement).getByText(toGo(storyText(globals), 400))).toBeVisible();
  },
};

/** Right to left: the bar fills from the right, the inline-start side. */
export const RightToLeft: Story = {
  args: { target: HALF_WAY, now: HALF_WAY_NOW },
  globals: { direction: 'rtl' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const text = storyText(globals);
    // Shows a count target's progress without decimals.
    await expect(canvas.getByText(progressOf(text, 600, 1000))).toBeVisible();
    await expect(
      within(canvas.getByRole('list', { name: text.t('target.milestones') })).getByText(
        text.number(500),
      ),
    ).toBeVisible();
    const track = progressbar(canvasElement).getBoundingClientRect();
    await waitFor(() => {
      const fill = canvasElement.querySelector('[data-slot="fill"]')?.getBoundingClientRect();
      expect(Math.abs((fill?.right ?? 0) - track.right)).toBeLessThan(1);
      expect(Math.abs((fill?.width ?? 0) - track.width * 0.6)).toBeLessThan(1);
    });
  },
};

/** Arabic: every text comes from the Arabic catalogue, numbers written as Arabic writes them. */
export const SecondLocale: Story = {
  args: { target: HALF_WAY, now: HALF_WAY_NOW },
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Which digits 'ar' uses depends on the browser's ICU data; the words do not.
    const number = (value: number) => new Intl.NumberFormat('ar').format(value);
    await expect(canvas.getByText(`متبقٍّ ${number(400)}`)).toBeVisible();
    await expect(canvas.getByRole('list', { name: 'المراحل' })).toBeVisible();
    await expect(progressbar(canvasElement)).toHaveAttribute(
      'aria-valuetext',
      `${number(600)} من ${number(1000)}، متبقٍّ ${number(400)}، تم بلوغ ${number(1)} من مرحلتين`,
    );
  },
};

/**
 * A milestone at the goal, on a 320 px phone: every tick, the goal's too, stays within the bar,
 * rather than sticking out past its rounded end.
 */
export const TicksWithinTheBar: Story = {
  args: MilestoneAtGoal.args,
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: async ({ canvasElement }) => {
    const track = progressbar(canvasElement).getBoundingClientRect();
    const ticks = [...canvasElement.querySelectorAll('[data-slot="tick"]')];
    await expect(ticks).toHaveLength(3);
    for (const tick of ticks) {
      const box = tick.getBoundingClientRect();
      await expect(box.left).toBeGreaterThanOrEqual(track.left);
      await expect(box.right).toBeLessThanOrEqual(track.right);
    }
  },
};

/** The same in Arabic, right to left: the goal's tick stays within the bar's left end. */
export const TicksWithinTheBarRightToLeft: Story = {
  ...TicksWithinTheBar,
  globals: { ...TicksWithinTheBar.globals, locale: 'ar' },
};
