'use client';
import { type CSSProperties, useId } from 'react';
import {
  MAX_LEVELS,
  type StreakLevel,
  type StreakState,
} from '../../core/webhooks/reduceStreaks.js';
import { enStreakProgress } from '../../i18n/enProgress.js';
import { formatDate, formatPoints, formatRelative } from '../../i18n/format.js';
import type { MessageId } from '../../i18n/messages.js';
import { pick } from '../shared/pick.js';
import { plainDate, plainNumber } from '../shared/plainValues.js';
import {
  at,
  checklistClass,
  ChecklistItem,
  MARKS,
  percent,
  ProgressCard,
  ProgressFailure,
  roomyLabels,
} from '../shared/ProgressCard.js';
import { useLoyaltyDisplay } from '../shared/useLoyaltyDisplay.js';
import { WidgetBoundary } from '../shared/WidgetBoundary.js';
import { useNow } from '../shared/useNow.js';

/** A level the member reached, for the plain props of `StreakProgress`. */
export interface StreakAchievedLevel {
  /** Position of the level, from 1 (the first value of `levels`). */
  level: number;
  /** When the level was reached: a `Date`, an ISO 8601 string or epoch seconds or milliseconds. */
  achievedAt?: Date | string | number | null;
  /**
   * When the level was lost again (e.g. after a return), as `achievedAt`; leave it out while the
   * level holds.
   */
  lostAt?: Date | string | number | null;
}

/** How much `StreakProgress` shows. */
export type StreakProgressVariant = 'full' | 'compact';

/** What `StreakProgress` shows as its `data-state`, and in its status badge. */
export type StreakDisplayState =
  'enrolled' | 'active' | 'achieved' | 'lost' | 'ended' | 'unenrolled';

/**
 * Props of `StreakProgress`: a `streak` from `useStreaks`, or plain props for a brand's own data.
 * A plain prop given together with `streak` takes precedence over the matching field of `streak`.
 * Numbers written as strings (`"3"`) are read as numbers; a value that cannot be read is left out.
 */
export interface StreakProgressProps {
  /** The streak, as `useStreaks` (or `reduceStreaks`) folds it from webhook events. */
  streak?: StreakState;
  /** Name of the streak. @defaultValue `streak.name`, else the words for "Streak" */
  name?: string | null;
  /** What the member has to do. @defaultValue `streak.description` */
  description?: string | null;
  /**
   * Streak value that reaches each level, in order (Capillary's `levelValues`, e.g. `[3, 5]`).
   * @defaultValue the values of `streak.levels`
   */
  levels?: readonly number[];
  /** The member's streak value now (e.g. days in a row). @defaultValue `streak.currentValue` */
  currentValue?: number | null;
  /**
   * Levels reached, as `{ level, achievedAt, lostAt }`: the level's position (from 1), when it
   * was reached, and when it was lost again, if it was. Levels are reached in order, so a level
   * left out below one held, or one the current value reaches, shows as reached (undated).
   * @defaultValue the achieved and lost levels of `streak.levels`
   */
  achievedLevels?: readonly StreakAchievedLevel[];
  /**
   * When the streak starts: a `Date`, an ISO 8601 string (one without a zone is read in
   * `timeZone`) or epoch seconds or milliseconds. @defaultValue `streak.startDate`
   */
  startDate?: Date | string | number | null;
  /**
   * When the streak ends, as `startDate`; the time left is counted to it. A bare date
   * (`"2024-08-31"`) is the last day of the streak: it ends when that day does in `timeZone`.
   * @defaultValue `streak.endDate`
   */
  endDate?: Date | string | number | null;
  /**
   * Where the member stands in the streak.
   * `enrolled` and `active` read `ended` once `endDate` has passed.
   * @defaultValue `streak.status`, else `active`
   */
  status?: StreakState['status'];
  /**
   * `full` shows the description, every level with its dates and the time left; `compact` shows
   * one line and a track (the levels stay listed for screen readers).
   * @defaultValue 'full'
   */
  variant?: StreakProgressVariant;
  /**
   * The time "time left" is counted from. Without it, time phrases ("Ends in 3 days") wait
   * for the browser, so a page prerendered days ago hydrates cleanly; pass it to have them in the
   * server's HTML too, or in tests. @defaultValue the browser's time once the page has hydrated
   */
  now?: Date | number;
  /**
   * IANA time zone dates are shown in, over the provider's. Pass it when server-rendering without
   * a provider, so the server and the browser write the same dates.
   * @defaultValue the provider's time zone, else the runtime's
   */
  timeZone?: string;
  /**
   * BCP 47 locale numbers are written in, over the provider's: grouping and digits, in the text
   * and in dates and times left too. Words stay in one language, the provider's messages' (English
   * without one): month names and "in 3 days" included.
   * @defaultValue the provider's locale, else `'en'`
   */
  locale?: string;
  /** Extra class on the root element. */
  className?: string;
}

interface StreakView {
  name: string | null;
  description: string | null;
  levels: readonly StreakLevel[];
  currentValue: number | null;
  startDate: Date | null;
  endDate: Date | null;
  status: StreakState['status'];
}

function plainLevels(
  values: readonly (number | null)[],
  reached: readonly StreakAchievedLevel[],
  current: number | null,
  timeZone: string,
): StreakLevel[] {
  // A level number beyond any streak's (a typo of 2147483647) would build that many levels.
  const numbers = reached.map((entry) => plainNumber(entry.level) ?? 0);
  const count = Math.max(values.length, ...numbers.filter((number) => number <= MAX_LEVELS));
  // Levels are reached in order: one left out below a level held was reached too (its event may
  // never have come), as reduceStreaks counts it.
  const held = Math.max(
    0,
    ...numbers.filter(
      (number, index) => number <= count && !plainDate(reached[index]?.lostAt, timeZone),
    ),
  );
  const levels: StreakLevel[] = [];
  for (let number = 1; number <= count; number++) {
    const entry = reached.find((candidate) => plainNumber(candidate.level) === number);
    const lostAt = plainDate(entry?.lostAt, timeZone);
    const value = plainNumber(values[number - 1]);
    // The streak's value reaching a level's reaches it too, as the bar's fill shows.
    const passed = value !== null && current !== null && value <= current;
    levels.push({
      number,
      name: null,
      value,
      status: lostAt ? 'lost' : entry || number < held || passed ? 'achieved' : 'pending',
      achievedAt: plainDate(entry?.achievedAt, timeZone),
      lostAt,
    });
  }
  return levels;
}

function streakView(props: StreakProgressProps, now: number | null, timeZone: string): StreakView {
  const { streak } = props;
  const currentValue = plainNumber(pick(props.currentValue, streak?.currentValue));
  const levels =
    props.levels !== undefined || props.achievedLevels !== undefined
      ? plainLevels(
          props.levels ?? streak?.levels.map((level) => level.value) ?? [],
          props.achievedLevels ??
            streak?.levels
              .filter((level) => level.status !== 'pending')
              .map((level) => ({ ...level, level: level.number })) ??
            [],
          currentValue,
          timeZone,
        )
      : (streak?.levels ?? []);
  const endDate = plainDate(pick(props.endDate, streak?.endDate), timeZone, true);
  // No event may say a run ended when its end simply came: the badge must not read "Enrolled"
  // beside "Ended 6 Aug".
  const over = endDate !== null && now !== null && endDate.getTime() <= now;
  const status = props.status ?? streak?.status ?? 'active';
  const name = pick(props.name, streak?.name);
  const description = pick(props.description, streak?.description);
  return {
    name,
    // The document's streaks give their name again as their description: it is read once.
    description: description === name ? null : description,
    levels,
    currentValue,
    startDate: plainDate(pick(props.startDate, streak?.startDate), timeZone),
    endDate,
    status: over && (status === 'enrolled' || status === 'active') ? 'ended' : status,
  };
}

function highest(levels: readonly StreakLevel[], status: StreakLevel['status']) {
  return levels.findLast((level) => level.status === status);
}

/** The status badge's words for the states that are not about one level. */
const STATUS_MESSAGES = {
  enrolled: 'progress.enrolled',
  active: 'progress.active',
  ended: 'progress.ended',
  unenrolled: 'progress.notEnrolled',
} as const satisfies Record<Exclude<StreakDisplayState, 'achieved' | 'lost'>, MessageId>;

/**
 * A member's progress in a streak: a stepped track with one marker per level, the current value,
 * the levels reached (and lost) with their dates, and the time left. The track is a
 * `role="progressbar"` whose `aria-valuetext` says it in words ("2 of 3 days, Level 1 reached").
 * Works with or without `LoyaltyProvider`.
 */
export function StreakProgress(props: StreakProgressProps) {
  return (
    <WidgetBoundary
      fallback={(error) => (
        <ProgressFailure
          error={error}
          widgetClass="clw-streak"
          slot="streak-progress"
          title="streak.title"
          english={enStreakProgress}
        />
      )}
    >
      <StreakView {...props} />
    </WidgetBoundary>
  );
}

function StreakView(props: StreakProgressProps) {
  const { t, locale, timeZone, lang, dateLocale } = useLoyaltyDisplay(enStreakProgress, props);
  const titleId = useId();
  const now = useNow(props.now);
  const view = streakView(props, now, timeZone);
  const { levels, currentValue } = view;
  const reached = highest(levels, 'achieved');
  const lost = highest(levels, 'lost');
  // The news a member notices first: a level reached or lost, or where the streak stands.
  const state: StreakDisplayState =
    view.status !== 'active'
      ? view.status
      : lost && (!reached || lost.number > reached.number)
        ? 'lost'
        : reached
          ? 'achieved'
          : 'active';
  const variant = props.variant ?? 'full';
  const date = (value: Date) => formatDate(value, { locale: dateLocale, timeZone });

  // With every level's value known, the track counts the streak value; otherwise (the documents'
  // enrolment and level samples send no `levelValues`) it counts levels.
  const byValue = levels.length > 0 && levels.every((level) => level.value !== null);
  const reachedCount = levels.filter((level) => level.status === 'achieved').length;
  const max = byValue
    ? Math.max(...levels.map((level) => level.value ?? 0), 1)
    : Math.max(levels.length, 1);
  const position = (level: StreakLevel) => (byValue ? (level.value ?? 0) : level.number);
  const nowValue = Math.min(max, Math.max(0, byValue ? (currentValue ?? 0) : reachedCount));
  // Numbers of a day or two: labels need less room than a target's amounts.
  const roomy = roomyLabels(levels.map(position), max, 8);

  const levelCount = t('streak.levelsReached', { count: reachedCount, total: levels.length });
  const amount = byValue
    ? t('streak.progress', { current: currentValue ?? 0, total: max })
    : currentValue !== null
      ? t('streak.days', { count: currentValue })
      : levelCount;
  const levelNews =
    state === 'lost' && lost
      ? t('streak.levelLost', { level: lost.number })
      : reached
        ? t('streak.levelReached', { level: reached.number })
        : null;
  // A bar counting levels says the level count first, or "1 day" would be read, and seen, as its
  // value.
  const spoken =
    byValue || currentValue === null || !levels.length
      ? amount
      : t('progress.pair', { first: levelCount, second: amount });
  const valueText =
    levelNews === null ? spoken : t('progress.pair', { first: spoken, second: levelNews });
  const title = view.name ?? t('streak.title');
  const badge = state === 'achieved' || state === 'lost' ? levelNews : t(STATUS_MESSAGES[state]);

  // Time left before the start or the end, else when it ended or started; nothing once unenrolled,
  // nor before the browser knows the time.
  const { startDate } = view;
  // A run broken before its planned end did not end on that future date: it ended when the
  // streak last changed (the streakEnd event), if that is known.
  const endDate =
    view.status === 'ended' && view.endDate && now !== null && view.endDate.getTime() > now
      ? (props.streak?.updatedAt ?? null)
      : view.endDate;
  const upcoming =
    now === null
      ? null
      : startDate && startDate.getTime() > now
        ? startDate
        : endDate && endDate.getTime() > now && view.status !== 'ended'
          ? endDate
          : null;
  const timing =
    view.status === 'unenrolled' || now === null
      ? null
      : upcoming
        ? t(upcoming === startDate ? 'progress.starts' : 'progress.ends', {
            relative: formatRelative(upcoming, now, dateLocale, timeZone),
          })
        : endDate
          ? t('progress.endedOn', { date: date(endDate) })
          : startDate
            ? t('progress.startedOn', { date: date(startDate) })
            : null;

  return (
    <ProgressCard
      widgetClass="clw-streak"
      slot="streak-progress"
      className={props.className}
      lang={lang}
      state={state}
      variant={variant}
      titleId={titleId}
      title={title}
      badge={badge}
      description={view.description}
      news={`${state} ${state === 'lost' ? lost?.number : reached?.number}`}
      announcement={t('progress.pair', { first: title, second: badge ?? '' })}
    >
      <div data-slot="meter">
        <div
          role="progressbar"
          aria-labelledby={titleId}
          aria-valuemin={0}
          aria-valuemax={max}
          aria-valuenow={nowValue}
          aria-valuetext={valueText}
          data-slot="track"
          // Levels closer than a marker's width get small markers, or they would cover each other.
          data-dense={roomy.includes(false) || undefined}
          style={{ '--clw-progress': percent(nowValue, max) } as CSSProperties}
        >
          <div data-slot="fill" />
          {levels.map((level) => (
            <span
              key={level.number}
              data-slot="marker"
              data-state={level.status}
              // The progress bar's value text already says which levels are reached or lost.
              aria-hidden="true"
              style={at(position(level), max)}
            >
              {MARKS[level.status]}
            </span>
          ))}
        </div>
        {byValue ? (
          <div data-slot="scale" aria-hidden="true">
            {levels.map((level, index) =>
              roomy[index] ? (
                <span key={level.number} style={at(position(level), max)}>
                  {formatPoints(position(level), locale)}
                </span>
              ) : null,
            )}
          </div>
        ) : null}
      </div>
      <p data-slot="summary">
        <span data-slot="value">{spoken}</span>
        {timing ? (
          <span data-slot="timing">
            <span>{timing}</span>
            {upcoming && variant === 'full' ? (
              <time dateTime={upcoming.toISOString()}>{date(upcoming)}</time>
            ) : null}
          </span>
        ) : null}
      </p>
      {levels.length > 0 ? (
        <ol className={checklistClass(variant)} data-slot="levels" aria-label={t('streak.levels')}>
          {levels.map((level) => (
            <ChecklistItem
              key={level.number}
              state={level.status}
              name={t('streak.level', { level: level.number })}
              value={level.value !== null ? t('streak.days', { count: level.value }) : null}
              // Where the level stands now: a level lost again is not reached, whenever it was.
              status={
                level.status === 'lost'
                  ? level.lostAt
                    ? t('progress.lostOn', { date: date(level.lostAt) })
                    : t('streak.levelLost', { level: level.number })
                  : level.status === 'pending'
                    ? t('progress.notReached')
                    : level.achievedAt
                      ? t('progress.reachedOn', { date: date(level.achievedAt) })
                      : t('progress.reached')
              }
            />
          ))}
        </ol>
      ) : null}
    </ProgressCard>
  );
}
