import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { StreakProgress } from '../src/components/StreakProgress/StreakProgress.js';
import { TargetMilestoneBar } from '../src/components/TargetMilestoneBar/TargetMilestoneBar.js';
import { reduceStreaks, type StreakState } from '../src/core/webhooks/reduceStreaks.js';
import { useStreaks } from '../src/react/useStreaks.js';
import streakCustomerEnrolment from '../test/fixtures/webhooks/streakCustomerEnrolment.json' with { type: 'json' };
import streakCustomerUnEnrolment from '../test/fixtures/webhooks/streakCustomerUnEnrolment.json' with { type: 'json' };
import streakEnd from '../test/fixtures/webhooks/streakEnd.json' with { type: 'json' };
import streakLevelAchieved from '../test/fixtures/webhooks/streakLevelAchieved.json' with { type: 'json' };
import streakLevelUnAchieved from '../test/fixtures/webhooks/streakLevelUnAchieved.json' with { type: 'json' };
import streakStart from '../test/fixtures/webhooks/streakStart.json' with { type: 'json' };
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
import { storyText } from './support/storyText.js';

// Every state below is the webhook document's own sample (test/fixtures/webhooks), parsed and folded
// exactly as an app would: parseLoyaltyWebhook, then reduceStreaks. Zone-less dates are read in
// the programme's zone, the same one the preview's provider shows dates in.

function streakFrom(...payloads: unknown[]): StreakState {
  const [state] = reduceStreaks(payloads.map(parsed));
  if (!state) throw new Error('These payloads hold no streak event');
  return state;
}

/**
 * A run of the document's "Streak 24 July" (levels at 3 and 5): its start, then level events made
 * from the document's level samples, moved to that member and streak, then its end. As in the
 * document's `streakLevelUnAchieved` sample (a ReturnBill, its `streakLevelAchievedDate` ten
 * minutes before it was sent), an un-achievement takes back a level reached earlier and carries
 * when it was reached; its `userCurrentStreakValue` is the value after the return.
 */
function streakRun(): Record<string, unknown>[] {
  const start = structuredClone(streakStart) as Record<string, unknown>;
  const begin = start.createdAt as number;
  const { customerIdentifiers, targetDetails } = start.data as Record<string, unknown>;
  const level = (
    sample: typeof streakLevelAchieved,
    id: string,
    hours: number,
    levelName: string,
    value: string,
    reachedHours = hours,
  ) => {
    const payload = structuredClone(sample) as typeof streakLevelAchieved;
    payload.eventId = id;
    payload.attributes.createdAt = begin + hours * HOUR;
    const data = payload.attributes.data as Record<string, unknown>;
    data.customerIdentifiers = customerIdentifiers;
    data.targetData = [targetDetails];
    const [entry] = payload.attributes.data.streakData;
    if (entry) {
      entry.streakName = 'Streak 24 July';
      entry.streakLevelName = levelName;
      entry.userCurrentStreakValue = value;
      // The sample's own shape: 2024-07-01T13:40:26.172+0000.
      entry.streakLevelAchievedDate = new Date(begin + reachedHours * HOUR)
        .toISOString()
        .replace('Z', '+0000');
    }
    return payload as unknown as Record<string, unknown>;
  };
  const end = structuredClone(streakEnd) as typeof streakEnd;
  end.createdAt = begin + 5 * HOUR;
  const [summary] = end.data.streakEndData;
  if (summary) {
    (summary as Record<string, unknown>).userStreakValueByTheEnd = 4;
    (summary as Record<string, unknown>).numberOfLevelsAchievedByTheUser = '1';
    (summary as Record<string, unknown>).levelsAchievedByTheUser = ['Streak 24 July_1'];
  }
  return [
    start,
    level(streakLevelAchieved, 'run-level-1', 1, 'Streak 24 July_1', '3'),
    level(streakLevelAchieved, 'run-level-2', 2, 'Streak 24 July_2', '5'),
    level(
      streakLevelUnAchieved as unknown as typeof streakLevelAchieved,
      'run-level-2-lost',
      3,
      'Streak 24 July_2',
      '4',
      2,
    ),
    end as unknown as Record<string, unknown>,
  ];
}

const RUN = streakRun();
const RUN_START = createdAt(RUN[0]);
/** The run after its first level: 3 of 5 days, Level 1 reached. */
const LEVEL_ONE = streakFrom(...RUN.slice(0, 2));
const LEVEL_ONE_NOW = new Date(RUN_START.getTime() + HOUR);

/** The docs page's introduction: what the widget is for, and an example to copy. */
const COMPONENT_DOCS = `How far along a streak a member is: one marker per level, levels reached (and lost) with their dates, and the time left. Feed it a \`StreakState\` from \`useStreaks\`, or plain props.

\`\`\`tsx
import { fromEventSource, StreakProgress, useStreaks } from 'capillary-loyalty-widgets';
import 'capillary-loyalty-widgets/styles.css';

// Your server relays Capillary's webhooks as server-sent events, on a route outside the proxy's
// path. Made once, outside the component: a new function would reconnect on every render.
const subscribe = fromEventSource('/api/loyalty-events', { withCredentials: true });

export function Streaks() {
  // Zone-less dates in the payloads are read in your organisation's zone.
  const { data } = useStreaks({ subscribe, timeZone: 'Asia/Kolkata' });
  return data.map((streak) => <StreakProgress key={streak.key} streak={streak} />);
}

// Or from your own data:
// <StreakProgress name="Visit streak" levels={[3, 5]} currentValue={2} endDate="2026-12-31" timeZone="Asia/Kolkata" />
\`\`\``;

const meta = {
  title: 'Widgets/StreakProgress',
  component: StreakProgress,
  parameters: { layout: 'padded', docs: { description: { component: COMPONENT_DOCS } } },
} satisfies Meta<typeof StreakProgress>;

export default meta;
type Story = StoryObj<typeof meta>;

/** `streakCustomerEnrolment`: enrolled, a one-level streak that ends later that day. */
export const Enrolled: Story = {
  args: { streak: streakFrom(streakCustomerEnrolment), now: createdAt(streakCustomerEnrolment) },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t, relative } = storyText(globals);
    await expect(canvas.getByRole('heading', { name: 'tesseractuiTest1_1' })).toBeVisible();
    await expect(canvas.getByText(t('progress.enrolled'))).toBeVisible();
    await expect(progressbar(canvasElement)).toHaveAttribute(
      'aria-valuetext',
      t('streak.levelsReached', { count: 0, total: 1 }),
    );
    await expect(
      canvas.getByText(t('progress.ends', { relative: relative(8, 'hour') })),
    ).toBeVisible();
    await expect(canvas.getByText(t('progress.notReached'))).toBeVisible();
  },
};

const enrolled = streakFrom(streakCustomerEnrolment);
/** Enrolled, and a day past the streak's end with no event since: it reads Ended, not Enrolled. */
export const EnrolledPastItsEnd: Story = {
  args: { streak: enrolled, now: (enrolled.endDate?.getTime() ?? 0) + 86_400_000 },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t } = storyText(globals);
    await expect(canvas.getByText(t('progress.ended'), { exact: true })).toBeVisible();
    await expect(canvas.queryByText(t('progress.enrolled'))).toBeNull();
  },
};

/** `streakStart`: the streak began with levels at 3 and 5 days and a value of 0. */
export const Started: Story = {
  args: { streak: streakFrom(streakStart), now: createdAt(streakStart) },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t, day } = storyText(globals);
    const bar = progressbar(canvasElement);
    await expect(bar).toHaveAttribute(
      'aria-valuetext',
      t('streak.progress', { current: 0, total: 5 }),
    );
    await expect(bar).toHaveAttribute('aria-valuemax', '5');
    await expect(canvas.getByText(t('progress.active'))).toBeVisible();
    await expect(
      canvas.getByText(t('progress.startedOn', { date: day('2024-07-24') })),
    ).toBeVisible();
    const levels = canvas.getByRole('list', { name: t('streak.levels') });
    await expect(within(levels).getAllByRole('listitem')).toHaveLength(2);
    await expect(within(levels).getByText(t('streak.days', { count: 5 }))).toBeVisible();
  },
};

/** `streakLevelAchieved`: level 1 reached on a purchase; the sample sends no level values. */
export const LevelAchieved: Story = {
  args: { streak: streakFrom(streakLevelAchieved), now: createdAt(streakLevelAchieved) },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t, pair, day } = storyText(globals);
    await expect(progressbar(canvasElement)).toHaveAttribute(
      'aria-valuetext',
      pair(
        t('streak.levelsReached', { count: 1, total: 1 }),
        t('streak.days', { count: 1 }),
        t('streak.levelReached', { level: 1 }),
      ),
    );
    await expect(canvas.getByText(t('streak.levelReached', { level: 1 }))).toBeVisible();
    await expect(
      canvas.getByText(t('progress.reachedOn', { date: day('2024-07-01') })),
    ).toBeVisible();
  },
};

/** `streakLevelUnAchieved`: a return took the level away again; it shows as lost, not dropped. */
export const LevelLost: Story = {
  args: { streak: streakFrom(streakLevelUnAchieved), now: createdAt(streakLevelUnAchieved) },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t, pair, day } = storyText(globals);
    await expect(progressbar(canvasElement)).toHaveAttribute(
      'aria-valuetext',
      pair(
        t('streak.levelsReached', { count: 0, total: 1 }),
        t('streak.days', { count: 1 }),
        t('streak.levelLost', { level: 1 }),
      ),
    );
    await expect(canvas.getByText(t('streak.levelLost', { level: 1 }))).toBeVisible();
    // Shows a level lost after it was reached as lost, not as reached.
    const [level] = within(canvas.getByRole('list', { name: t('streak.levels') })).getAllByRole(
      'listitem',
    );
    await expect(level).toHaveTextContent(
      t('streak.level', { level: 1 }) + t('progress.lostOn', { date: day('2024-07-01') }),
    );
    await expect(level).not.toHaveTextContent(t('progress.reached'));
  },
};

/** `streakStart` then `streakEnd`: the streak ended with no level reached. */
export const EndedWithNoneAchieved: Story = {
  args: { streak: streakFrom(streakStart, streakEnd), now: createdAt(streakEnd) },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t, day } = storyText(globals);
    await expect(progressbar(canvasElement)).toHaveAttribute(
      'aria-valuetext',
      t('streak.progress', { current: 0, total: 5 }),
    );
    await expect(canvas.getByText(t('progress.ended'), { exact: true })).toBeVisible();
    await expect(
      canvas.getByText(t('progress.endedOn', { date: day('2024-07-25') })),
    ).toBeVisible();
    await expect(canvas.getAllByText(t('progress.notReached'))).toHaveLength(2);
  },
};

/** `streakCustomerUnEnrolment`: the member left the streak. */
export const Unenrolled: Story = {
  args: {
    streak: streakFrom(streakCustomerUnEnrolment),
    now: createdAt(streakCustomerUnEnrolment),
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t } = storyText(globals);
    await expect(canvas.getByText(t('progress.notEnrolled'))).toBeVisible();
    await expect(progressbar(canvasElement)).toHaveAttribute(
      'aria-valuetext',
      t('streak.levelsReached', { count: 0, total: 2 }),
    );
    await expect(canvasElement.querySelector('[data-slot="timing"]')).toBeNull();
  },
};

function LiveStreak({ payloads }: { payloads: readonly unknown[] }) {
  const { subscribe, button, lastSent } = useReplay(payloads);
  const [streak] = useStreaks({ subscribe, timeZone: TIME_ZONE }).data;
  return (
    <ReplayLayout button={button}>
      {streak ? (
        <StreakProgress streak={streak} now={lastSent ? createdAt(lastSent) : undefined} />
      ) : (
        <p>No streak event received yet.</p>
      )}
    </ReplayLayout>
  );
}

/**
 * Webhook payloads arrive one by one through `useStreaks({ subscribe })`: the start, level 1,
 * level 2, level 2 lost after a return, and the end. A screen reader is told each of these
 * changes, though not the streak as it first showed.
 */
export const Live: Story = {
  render: () => <LiveStreak payloads={RUN} />,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t, pair, day } = storyText(globals);
    const days = (current: number) => t('streak.progress', { current, total: 5 });
    const streak = 'Streak 24 July';
    const next = canvas.getByRole('button', { name: /Next event/ });
    await expect(canvas.queryByRole('progressbar')).toBeNull();

    await userEvent.click(next);
    const bar = await canvas.findByRole('progressbar');
    await expect(bar).toHaveAttribute('aria-valuetext', days(0));
    const news = canvas.getByRole('status');
    await expect(news).toBeEmptyDOMElement();

    await userEvent.click(next);
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '3'));
    await expect(bar).toHaveAttribute(
      'aria-valuetext',
      pair(days(3), t('streak.levelReached', { level: 1 })),
    );
    await expect(news).toHaveTextContent(pair(streak, t('streak.levelReached', { level: 1 })));
    // The fill itself grows to 3/5 of the track, not only the numbers.
    await waitFor(() => expect(fillShare(bar)).toBeCloseTo(0.6, 2));

    await userEvent.click(next);
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '5'));
    await expect(canvas.getByText(t('streak.levelReached', { level: 2 }))).toBeVisible();
    await expect(news).toHaveTextContent(pair(streak, t('streak.levelReached', { level: 2 })));

    await userEvent.click(next);
    await waitFor(() =>
      expect(bar).toHaveAttribute(
        'aria-valuetext',
        pair(days(4), t('streak.levelLost', { level: 2 })),
      ),
    );
    await expect(canvas.getByText(t('streak.levelLost', { level: 2 }))).toBeVisible();
    await expect(news).toHaveTextContent(pair(streak, t('streak.levelLost', { level: 2 })));

    await userEvent.click(next);
    await waitFor(() =>
      expect(canvas.getByText(t('progress.ended'), { exact: true })).toBeVisible(),
    );
    await expect(news).toHaveTextContent(pair(streak, t('progress.ended')));
    await expect(next).toBeDisabled();
    // At 4 days, the 5-day level shows as lost, not as reached; level 1 still holds.
    await expect(canvas.getByText(days(4))).toBeVisible();
    const [first, second] = within(
      canvas.getByRole('list', { name: t('streak.levels') }),
    ).getAllByRole('listitem');
    const ended = day('2024-07-25');
    await expect(first).toHaveTextContent(
      t('streak.level', { level: 1 }) +
        t('streak.days', { count: 3 }) +
        t('progress.reachedOn', { date: ended }),
    );
    await expect(second).toHaveTextContent(
      t('streak.level', { level: 2 }) +
        t('streak.days', { count: 5 }) +
        t('progress.lostOn', { date: ended }),
    );
    await expect(second).not.toHaveTextContent(t('progress.reached'));
  },
};

/** One line and the track; the levels stay listed for screen readers. */
export const Compact: Story = {
  args: { streak: LEVEL_ONE, now: LEVEL_ONE_NOW, variant: 'compact' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t, pair } = storyText(globals);
    await expect(progressbar(canvasElement)).toHaveAttribute(
      'aria-valuetext',
      pair(t('streak.progress', { current: 3, total: 5 }), t('streak.levelReached', { level: 1 })),
    );
    await expect(canvasElement.querySelector('[data-slot="description"]')).toBeNull();
    const levels = canvas.getByRole('list', { name: t('streak.levels') });
    await expect(levels).toHaveClass('clw-sr-only');
    await expect(within(levels).getAllByRole('listitem')).toHaveLength(2);
  },
};

/** A brand's own data, without webhook events: three levels, the first one reached. */
export const PlainProps: Story = {
  args: {
    name: 'Visit 7 days in a row',
    description: 'Check in at any store each day to keep your streak going.',
    levels: [3, 5, 7],
    currentValue: 4,
    achievedLevels: [{ level: 1, achievedAt: new Date('2026-03-03T10:00:00+05:30') }],
    startDate: new Date('2026-03-01T00:00:00+05:30'),
    endDate: new Date('2026-03-10T23:59:59+05:30'),
    now: new Date('2026-03-04T12:00:00+05:30'),
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t, pair, day, relative } = storyText(globals);
    const bar = progressbar(canvasElement);
    await expect(bar).toHaveAttribute(
      'aria-valuetext',
      pair(t('streak.progress', { current: 4, total: 7 }), t('streak.levelReached', { level: 1 })),
    );
    await expect(bar).toHaveAttribute('aria-valuemax', '7');
    await expect(
      canvas.getByText(t('progress.ends', { relative: relative(6, 'day') })),
    ).toBeVisible();
    await expect(canvas.getByText(day('2026-03-10'))).toBeVisible();
    await expect(canvasElement.querySelectorAll('[data-slot="marker"]')).toHaveLength(3);
  },
};

/** A streak whose end is a bare date, on that last evening: it runs until the day is over. */
export const OnItsLastDay: Story = {
  args: {
    name: 'Visit 7 days in a row',
    levels: [3, 5, 7],
    currentValue: 6,
    achievedLevels: [{ level: 1 }, { level: 2 }],
    startDate: '2026-03-04',
    endDate: '2026-03-10',
    timeZone: 'Asia/Kolkata',
    now: new Date('2026-03-10T18:00:00+05:30'),
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t, relative } = storyText(globals);
    await expect(
      canvas.getByText(t('progress.ends', { relative: relative(6, 'hour') })),
    ).toBeVisible();
    await expect(canvas.queryByText(t('progress.ended'))).not.toBeInTheDocument();
  },
};

/** Levels a few days apart on a phone: small markers, and only the labels that have room. */
export const ManyLevels: Story = {
  args: {
    name: 'Visit streak',
    levels: [1, 2, 3, 4, 5, 6, 7, 14, 30],
    currentValue: 3,
    achievedLevels: [1, 2, 3].map((level) => ({ level })),
    now: new Date('2026-03-04T12:00:00+05:30'),
  },
  decorators: [(Story) => <div style={{ maxWidth: 320 }}>{Story()}</div>],
  play: async ({ canvasElement, globals }) => {
    const labels = scaleLabelsApart(canvasElement);
    await expect(labels.at(-1)).toHaveTextContent(storyText(globals).number(30));
    await expect(canvasElement.querySelectorAll('[data-slot="marker"]')).toHaveLength(9);
  },
};

/**
 * Plain props straight from a brand's JSON: dates as ISO strings (one without a zone is read in
 * the time zone dates are shown in) and numbers as strings, read as the normalizers read them.
 */
export const PlainPropsFromJson: Story = {
  args: JSON.parse(
    JSON.stringify({
      name: 'Visit 7 days in a row',
      levels: ['3', '5', '7'],
      currentValue: '4',
      achievedLevels: [{ level: '1', achievedAt: '2026-03-03T10:00:00+05:30' }],
      startDate: '2026-03-01',
      endDate: '2026-03-10T23:59:59+05:30',
    }),
  ),
  render: (args) => <StreakProgress {...args} now={new Date('2026-03-04T12:00:00+05:30')} />,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { t, pair, day, relative } = storyText(globals);
    const bar = progressbar(canvasElement);
    await expect(bar).toHaveAttribute(
      'aria-valuetext',
      pair(t('streak.progress', { current: 4, total: 7 }), t('streak.levelReached', { level: 1 })),
    );
    await expect(
      canvas.getByText(t('progress.ends', { relative: relative(6, 'day') })),
    ).toBeVisible();
    await expect(
      canvas.getByText(t('progress.reachedOn', { date: day('2026-03-03') })),
    ).toBeVisible();
  },
};

/** The dark theme: the card and track take the dark tokens. */
export const Dark: Story = {
  args: { streak: LEVEL_ONE, now: LEVEL_ONE_NOW },
  globals: { theme: 'dark' },
  play: async ({ canvasElement, globals }) => {
    const { t } = storyText(globals);
    const root = canvasElement.querySelector<HTMLElement>('[data-slot="streak-progress"]');
    await expect(root).not.toBeNull();
    // --clw-card of the dark theme.
    await expect(getComputedStyle(root as HTMLElement).backgroundColor).toBe('rgb(17, 24, 39)');
    await expect(
      within(canvasElement).getByText(t('streak.levelReached', { level: 1 })),
    ).toBeVisible();
  },
};

/** Right to left: the track fills from the right, the inline-start side. */
export const RightToLeft: Story = {
  args: { streak: LEVEL_ONE, now: LEVEL_ONE_NOW },
  globals: { direction: 'rtl' },
  play: async ({ canvasElement }) => {
    const track = progressbar(canvasElement).getBoundingClientRect();
    const fill = canvasElement.querySelector('[data-slot="fill"]')?.getBoundingClientRect();
    await expect(fill).toBeDefined();
    await waitFor(() => {
      const current = canvasElement.querySelector('[data-slot="fill"]')?.getBoundingClientRect();
      expect(Math.abs((current?.right ?? 0) - track.right)).toBeLessThan(1);
      expect(Math.abs((current?.width ?? 0) - track.width * 0.6)).toBeLessThan(1);
    });
  },
};

/** Arabic: every text comes from the Arabic catalogue, numbers written as Arabic writes them. */
export const SecondLocale: Story = {
  args: { streak: LEVEL_ONE, now: LEVEL_ONE_NOW },
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Which digits 'ar' uses depends on the browser's ICU data; the words do not.
    const number = (value: number) => new Intl.NumberFormat('ar').format(value);
    await expect(canvas.getByText(`تم بلوغ المستوى ${number(1)}`)).toBeVisible();
    await expect(progressbar(canvasElement)).toHaveAttribute(
      'aria-valuetext',
      `${number(3)} من ${number(5)} أيام، تم بلوغ المستوى ${number(1)}`,
    );
    await expect(canvas.getByRole('list', { name: 'مستويات السلسلة' })).toBeVisible();
  },
};

/** Props that cannot be shown (a CMS left the name an object): a sentence in its place, not a blank page. */
export const PropsThatCannotRender: Story = {
  // React logs the caught error: kept off the docs page, whose console should stay clean.
  tags: ['!autodocs'],
  args: { name: { en: 'Visit streak' } as never, levels: [3, 5], currentValue: 2 },
  play: async ({ canvasElement, globals }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent(storyText(globals).t('progress.unreadable'));
    await expect(alert).toHaveAttribute('data-detail', expect.stringContaining('could not render'));
  },
};

/** Boxes that cover none of the others, along the line, whichever way it runs. */
async function noneOverlap(boxes: readonly DOMRect[], what: string) {
  for (const [index, box] of boxes.entries()) {
    for (const [later, other] of boxes.slice(index + 1).entries()) {
      const apart = box.right <= other.left || other.right <= box.left;
      await expect(apart, `${what} ${index + 1} and ${index + later + 2}`).toBe(true);
    }
  }
}

/**
 * Many levels a day apart on a 320 px phone: no level's marker covers another's or leaves the
 * meter, no label prints over another, and a level's status that wraps starts under its name.
 */
export const ManyLevelsOnAPhone: Story = {
  args: ManyLevels.args,
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  // The card's width on that phone, in tests too, where the viewport is not a phone's.
  decorators: [(Story) => <div style={{ width: 256 }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    const markers = [...canvasElement.querySelectorAll('[data-slot="marker"]')].map((marker) =>
      marker.getBoundingClientRect(),
    );
    await expect(markers).toHaveLength(9);
    await noneOverlap(markers, 'markers');
    const meter = canvasElement.querySelector('[data-slot="meter"]')?.getBoundingClientRect();
    for (const box of markers) {
      await expect(box.left).toBeGreaterThanOrEqual(meter?.left ?? Infinity);
      await expect(box.right).toBeLessThanOrEqual(meter?.right ?? -Infinity);
    }
    // Each label's text, not its zero-width box centred on its mark.
    const labels = [...canvasElement.querySelectorAll('[data-slot="scale"] > span')].map(
      (label) => {
        const text = document.createRange();
        text.selectNodeContents(label);
        return text.getBoundingClientRect();
      },
    );
    await noneOverlap(labels, 'labels');
    // A level's words that wrap to a second line start under its name, not under its mark.
    let wrapped = 0;
    for (const level of canvasElement.querySelectorAll('.clw-checklist > li')) {
      const [mark, name, ...rest] = [...level.children].map((part) => part.getBoundingClientRect());
      const rtl = getComputedStyle(level).direction === 'rtl';
      for (const part of rest) {
        if (!mark || !name || part.top < name.bottom) continue;
        wrapped += 1;
        if (rtl) await expect(part.right).toBeLessThanOrEqual(name.right + 1);
        else await expect(part.left).toBeGreaterThanOrEqual(name.left - 1);
      }
    }
    await expect(wrapped).toBeGreaterThan(0);
  },
};

/** The same in Arabic, right to left. */
export const ManyLevelsOnAPhoneRightToLeft: Story = {
  ...ManyLevelsOnAPhone,
  globals: { ...ManyLevelsOnAPhone.globals, locale: 'ar' },
};

/** The colour each widget's fill is painted in, as drawn. */
function fillColours(canvasElement: HTMLElement, slot: string): string[] {
  return [...canvasElement.querySelectorAll(`[data-slot="${slot}"] [data-slot="fill"]`)].map(
    (fill) => getComputedStyle(fill).backgroundColor,
  );
}

/**
 * Complete reads the same in both progress widgets: a streak whose last level is reached fills in
 * the success colour, as a target reached does; one under way, a level reached or a milestone
 * passed, keeps the brand's colour in both.
 */
export const CompleteLikeATarget: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: 'var(--clw-space-3)' }}>
      <StreakProgress name="Streak under way" levels={[3, 5]} currentValue={4} />
      <StreakProgress name="Streak complete" levels={[3, 5]} currentValue={5} />
      <TargetMilestoneBar
        name="Target under way"
        definedValue={1000}
        achievedValue={600}
        milestones={[{ value: 500 }]}
      />
      <TargetMilestoneBar
        name="Target complete"
        definedValue={1000}
        achievedValue={1000}
        milestones={[{ value: 500 }]}
      />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const [streakUnderWay, streakComplete] = fillColours(canvasElement, 'streak-progress');
    const [targetUnderWay, targetComplete] = fillColours(canvasElement, 'target-milestone-bar');
    const credit = canvasElement.querySelector('[data-slot="status"][data-state="achieved"]');
    await expect(targetComplete).toBe(getComputedStyle(credit as Element).color);
    await expect(streakComplete).toBe(targetComplete);
    await expect(streakUnderWay).toBe(targetUnderWay);
    await expect(streakUnderWay).not.toBe(streakComplete);
  },
};
