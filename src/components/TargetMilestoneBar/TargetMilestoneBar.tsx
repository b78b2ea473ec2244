'use client';
import { type CSSProperties, useId, useRef, useState } from 'react';
import type { LedgerEvent } from '../../core/ledger/LedgerEvent.js';
import {
  type TargetState,
  type UnifiedTargetRule,
  unifiedProgress,
} from '../../core/webhooks/reduceTargets.js';
import type { Translator } from '../../i18n/createTranslator.js';
import { formatAmount, formatDate, formatPoints, formatRelative } from '../../i18n/format.js';
import { numberFormat } from '../../i18n/intlCache.js';
import { useLoyaltyDisplay } from '../shared/useLoyaltyDisplay.js';
import { enProgress } from '../../i18n/enProgress.js';
import { useAnnouncement } from '../shared/useAnnouncement.js';
import { plainDate, plainNumber } from '../shared/plainValues.js';
import { useStylesheetCheck } from '../shared/useStylesheetCheck.js';

/** A milestone (sub-target), for the plain props of `TargetMilestoneBar`. */
export interface TargetMilestoneInput {
  /** Name of the milestone; also the key it is looked up by in `rewards` and `ledgerEvents`. */
  name?: string | null;
  /** The value to reach, in the target's unit. */
  value: number;
  /**
   * When it was reached: a `Date`, an ISO 8601 string or epoch milliseconds. Without it, a
   * milestone counts as reached once the achieved value reaches it.
   */
  achievedAt?: Date | string | number | null;
  /** Points awarded for reaching it. */
  points?: number | null;
}

/** How much `TargetMilestoneBar` shows. */
export type TargetMilestoneBarVariant = 'full' | 'compact';

/** What `TargetMilestoneBar` shows as its `data-state`: complete, missed or under way. */
export type TargetDisplayState = 'achieved' | 'unachieved' | 'inProgress';

/**
 * Props of `TargetMilestoneBar`: a `target` from `useTargets`, or plain props for a brand's own data.
 * A plain prop given together with `target` takes precedence over the matching field of `target`.
 * Numbers written as strings (`"1000"`) are read as numbers; a value that cannot be read is left out.
 */
export interface TargetMilestoneBarProps {
  /** The target, as `useTargets` (or `reduceTargets`) folds it from webhook events. */
  target?: TargetState;
  /** Name of the target. @defaultValue `target.name`, else the words for "Target" */
  name?: string | null;
  /** What the member has to do. @defaultValue `target.description` */
  description?: string | null;
  /**
   * The value to reach; the bar runs from 0 to it. @defaultValue `target.definedValue`; with a
   * plain `unified`, what `reduceTargets` would work out from its members
   */
  definedValue?: number | null;
  /**
   * The value reached so far; above `definedValue` it shows as complete.
   * @defaultValue `target.achievedValue`; with a plain `unified`, what `reduceTargets` would work
   * out from its members
   */
  achievedValue?: number | null;
  /** The milestones (sub-targets), one tick each. @defaultValue `target.milestones` */
  milestones?: readonly TargetMilestoneInput[];
  /** Name of the period (cycle), e.g. `Cycle_2`. @defaultValue `target.period.name` */
  periodName?: string | null;
  /**
   * When the period starts: a `Date`, an ISO 8601 string (one without a zone is read in
   * `timeZone`) or epoch milliseconds. @defaultValue `target.period.start`
   */
  periodStart?: Date | string | number | null;
  /** When the period ends, as `periodStart`. @defaultValue `target.period.end` */
  periodEnd?: Date | string | number | null;
  /**
   * Whether the target is reached, missed or under way. An achieved value at or above the defined
   * value always shows as complete. @defaultValue `target.status`, else `inProgress`
   */
  status?: TargetState['status'];
  /**
   * What the target counts: `amount` formats values as money (with `currency`), `count` as whole
   * numbers. @defaultValue `target.unit`; numbers as the locale writes them when neither says
   */
  unit?: 'amount' | 'count' | null;
  /** ISO 4217 code for `amount` values, e.g. `INR`. Without it amounts show 2 decimals and no symbol. */
  currency?: string;
  /**
   * Points awarded per milestone, keyed by milestone name or by its value written as a number
   * (`'500'`). A milestone's own `points` comes first.
   */
  rewards?: Readonly<Record<string, number>>;
  /**
   * The member's ledger events (from `useLedgerEvents`): a `TargetCompleted` event whose
   * `target.milestoneName` or `target.triggerValue` matches a milestone (and whose target id, when
   * both are known, matches) gives that milestone's reward, from its `pointsEarned.promo`.
   */
  ledgerEvents?: readonly LedgerEvent[];
  /** For a unified target, how its member targets combine. @defaultValue `target.unified` */
  unified?: UnifiedTargetRule | null;
  /**
   * `full` shows the description, period, milestones with their rewards and member targets;
   * `compact` shows one line and the bar (the milestones stay listed for screen readers).
   * @defaultValue 'full'
   */
  variant?: TargetMilestoneBarVariant;
  /**
   * The time "time left" in the period is counted from. Pass it to render the same text on the
   * server and the client, or in tests. @defaultValue the current time
   */
  now?: Date | number;
  /**
   * IANA time zone dates are shown in, over the provider's. Pass it when server-rendering without
   * a provider, so the server and the browser write the same dates.
   * @defaultValue the provider's time zone, else the runtime's
   */
  timeZone?: string;
  /**
   * BCP 47 locale numbers and dates are written in, over the provider's (the wording stays the
   * provider's messages, English without one).
   * @defaultValue the provider's locale, else `'en'`
   */
  locale?: string;
  /** Extra class on the root element. */
  className?: string;
}

interface MilestoneView {
  number: number;
  name: string | null;
  value: number;
  achievedAt: Date | null;
  reached: boolean;
  points: number | null;
}

/** Counts are whole numbers, though Capillary sends them as `"14.000"`. */
const COUNT: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };

function pick<T>(plain: T | undefined, fromTarget: T | undefined, fallback: T): T {
  return plain !== undefined ? plain : fromTarget !== undefined ? fromTarget : fallback;
}

/** A milestone with its values read; one whose value cannot be read is left out. */
interface MilestoneInput {
  name: string | null;
  value: number;
  achievedAt: Date | null;
  points: number | null;
}

/** The points a `TargetCompleted` ledger event awarded for this milestone, if one matches. */
function ledgerPoints(
  events: readonly LedgerEvent[],
  milestone: MilestoneInput,
  targetId: number | null,
): number | null {
  for (const event of events) {
    // Events not passed through normalizeLedgerPage have no `targets` list: they say nothing here.
    if (!Array.isArray(event?.targets)) continue;
    for (const target of event.targets) {
      if (targetId !== null && target.targetId !== null && target.targetId !== String(targetId)) {
        continue;
      }
      const byName = Boolean(milestone.name) && target.milestoneName === milestone.name;
      const byValue = target.triggerValue !== null && target.triggerValue === milestone.value;
      if (!byName && !byValue) continue;
      // The event's own points are this target's only when it is the event's one target.
      const promo =
        target.pointsEarned?.promo ??
        (event.targets.length === 1 ? event.pointsEarned?.promo : null);
      return promo && promo.reduce((sum, entry) => sum + (entry.value ?? 0), 0);
    }
  }
  return null;
}

function milestoneInputs(props: TargetMilestoneBarProps, timeZone: string): MilestoneInput[] {
  if (props.milestones !== undefined) {
    return props.milestones.flatMap((milestone) => {
      const value = plainNumber(milestone.value);
      return value === null
        ? []
        : [
            {
              name: milestone.name ?? null,
              value,
              achievedAt: plainDate(milestone.achievedAt, timeZone),
              points: plainNumber(milestone.points),
            },
          ];
    });
  }
  return (props.target?.milestones ?? []).flatMap((milestone) =>
    milestone.definedValue === null
      ? []
      : [
          {
            name: milestone.name,
            value: milestone.definedValue,
            achievedAt: milestone.achievedDate,
            points: null,
          },
        ],
  );
}

function milestoneViews(
  props: TargetMilestoneBarProps,
  achieved: number | null,
  timeZone: string,
): MilestoneView[] {
  const targetId = props.target?.targetId ?? null;
  const reward = (key: string) => plainNumber(props.rewards?.[key]);
  return milestoneInputs(props, timeZone)
    .sort((first, second) => first.value - second.value)
    .map((milestone, index) => {
      const { name, value, achievedAt } = milestone;
      return {
        number: index + 1,
        name,
        value,
        achievedAt,
        reached: achievedAt !== null || (achieved !== null && achieved >= value),
        points:
          milestone.points ??
          (name === null ? null : reward(name)) ??
          reward(String(value)) ??
          ledgerPoints(props.ledgerEvents ?? [], milestone, targetId),
      };
    });
}

function ruleText(rule: UnifiedTargetRule, t: Translator): string {
  switch (rule.combinationType?.toUpperCase()) {
    case 'ANY':
      return t('target.anyOf');
    case 'ALL':
      return t('target.allOf');
    default:
      return t('target.members');
  }
}

/** A share of the bar, as a CSS length for the custom properties the stylesheet reads. */
function percent(value: number, max: number): string {
  return `${max > 0 ? Math.min(100, Math.max(0, (value / max) * 100)) : 0}%`;
}

/**
 * A member's progress towards a target: a bar from 0 to the value to reach with a tick per
 * milestone, milestones reached with their rewards, the period, and how much is left ("400 to go").
 * A unified target lists its member targets and whether any or all must be reached. The bar is a
 * `role="progressbar"` whose `aria-valuetext` says it in words. Works with or without `LoyaltyProvider`.
 */
export function TargetMilestoneBar(props: TargetMilestoneBarProps) {
  const { t, locale, timeZone } = useLoyaltyDisplay(enProgress, props);
  const titleId = useId();
  const ruleId = useId();
  const root = useRef<HTMLElement>(null);
  useStylesheetCheck(root);
  const { target } = props;
  // The time of the first render: relative times stay put while the member reads them.
  const [mountedAt] = useState(() => Date.now());
  const now = Number(props.now ?? mountedAt);
  const variant = props.variant ?? 'full';

  const name = pick(props.name, target?.name, null);
  const description = pick(props.description, target?.description, null);
  const unified = pick(props.unified, target?.unified, null);
  // A plain `unified` comes without the values reduceTargets works out from it: work them out alike.
  const progressFrom = props.unified ? unifiedProgress(props.unified) : target;
  const achieved = plainNumber(pick(props.achievedValue, progressFrom?.achievedValue, null));
  const unit = pick(props.unit, target?.unit, null);
  const periodName = pick(props.periodName, target?.period.name, null);
  const periodStart = plainDate(pick(props.periodStart, target?.period.start, null), timeZone);
  const periodEnd = plainDate(pick(props.periodEnd, target?.period.end, null), timeZone);
  const milestones = milestoneViews(props, achieved, timeZone);
  const defined =
    plainNumber(pick(props.definedValue, progressFrom?.definedValue, null)) ??
    milestones.at(-1)?.value ??
    null;
  const status = pick(props.status, target?.status, 'inProgress');

  const format = (value: number) =>
    unit === 'amount'
      ? formatAmount(value, locale, props.currency)
      : unit === 'count'
        ? numberFormat(locale, COUNT).format(value)
        : formatPoints(value, locale);
  const date = (value: Date) => formatDate(value, { locale, timeZone });

  const complete =
    status === 'achieved' || (achieved !== null && defined !== null && achieved >= defined);
  const state: TargetDisplayState = complete ? 'achieved' : status;
  const remaining = defined !== null ? Math.max(0, defined - (achieved ?? 0)) : null;
  const max = defined !== null && defined > 0 ? defined : null;
  const nowValue = max === null ? null : complete ? max : Math.min(max, Math.max(0, achieved ?? 0));

  const amounts =
    defined !== null
      ? t('target.progress', { current: format(achieved ?? 0), total: format(defined) })
      : achieved !== null
        ? format(achieved)
        : '';
  // An ANY target's bar is one member's: say which.
  const progress = progressFrom?.progressOf
    ? t('progress.pair', { first: progressFrom.progressOf, second: amounts })
    : amounts;
  const standing = complete
    ? t('progress.complete')
    : status === 'unachieved'
      ? t('target.notAchieved')
      : remaining !== null
        ? t('target.toGo', { amount: format(remaining) })
        : null;
  const reachedCount = milestones.filter((milestone) => milestone.reached).length;
  const milestonesText =
    milestones.length > 0
      ? t('target.milestonesReached', { count: reachedCount, total: milestones.length })
      : null;
  const valueText = [progress, standing, milestonesText]
    .filter((part): part is string => Boolean(part))
    .reduce((first, second) => t('progress.pair', { first, second }));
  const title = name ?? t('target.title');
  // News is the target completed or missed, or a milestone passed (or lost to a return).
  const announcement = useAnnouncement(
    `${state} ${reachedCount}`,
    t('progress.pair', {
      first: title,
      second: (state === 'inProgress' ? milestonesText : null) ?? standing ?? '',
    }),
  );

  const periodDates =
    periodStart && periodEnd
      ? t('progress.dateRange', { start: date(periodStart), end: date(periodEnd) })
      : periodStart
        ? t('progress.startedOn', { date: date(periodStart) })
        : periodEnd
          ? t(periodEnd.getTime() > now ? 'progress.endsOn' : 'progress.endedOn', {
              date: date(periodEnd),
            })
          : null;
  const endsIn =
    periodEnd && periodEnd.getTime() > now && !complete
      ? t('progress.ends', { relative: formatRelative(periodEnd, now, locale) })
      : null;

  const endLabelIsMilestone = milestones.some((milestone) => milestone.value === defined);

  return (
    <section
      ref={root}
      className={`clw-root clw-card clw-target ${props.className ?? ''}`.trim()}
      data-slot="target-milestone-bar"
      data-state={state}
      data-variant={variant}
      data-kind={target?.kind ?? (unified ? 'unified' : 'target')}
      aria-labelledby={titleId}
    >
      <header data-slot="header">
        <h3 id={titleId} data-slot="title">
          {title}
        </h3>
        {state === 'inProgress' ? null : (
          <span className="clw-badge" data-slot="status" data-state={state}>
            <span aria-hidden="true">{state === 'achieved' ? '✓ ' : '✕ '}</span>
            {state === 'achieved' ? t('progress.complete') : t('target.notAchieved')}
          </span>
        )}
      </header>
      {variant === 'full' && description ? <p data-slot="description">{description}</p> : null}
      {variant === 'full' && (periodName || periodDates || endsIn) ? (
        <p data-slot="period">
          {periodName ? <span>{t('target.period', { name: periodName })}</span> : null}
          {periodDates ? <span>{periodDates}</span> : null}
          {endsIn ? <span>{endsIn}</span> : null}
        </p>
      ) : null}
      <div data-slot="meter">
        <div
          role="progressbar"
          aria-labelledby={titleId}
          aria-valuemin={max === null ? undefined : 0}
          aria-valuemax={max ?? undefined}
          aria-valuenow={nowValue ?? undefined}
          aria-valuetext={valueText}
          data-slot="track"
          data-state={state}
          style={
            { '--clw-progress': max === null ? '0%' : percent(nowValue ?? 0, max) } as CSSProperties
          }
        >
          <div data-slot="fill" />
          {max === null
            ? null
            : milestones.map((milestone) => (
                <span
                  key={milestone.number}
                  data-slot="tick"
                  data-state={milestone.reached ? 'achieved' : 'pending'}
                  style={{ '--clw-position': percent(milestone.value, max) } as CSSProperties}
                />
              ))}
        </div>
        {max === null ? null : (
          <div data-slot="scale" aria-hidden="true">
            {milestones.map((milestone) => (
              <span
                key={milestone.number}
                data-state={milestone.reached ? 'achieved' : 'pending'}
                style={{ '--clw-position': percent(milestone.value, max) } as CSSProperties}
              >
                {milestone.reached ? '✓ ' : ''}
                {format(milestone.value)}
              </span>
            ))}
            {endLabelIsMilestone ? null : (
              <span style={{ '--clw-position': '100%' } as CSSProperties} data-slot="goal">
                {format(max)}
              </span>
            )}
          </div>
        )}
      </div>
      <p data-slot="summary">
        <span data-slot="value">{progress}</span>
        {/* Complete or missed is what the badge says; only the distance left is news here. */}
        {standing && state === 'inProgress' ? (
          <span data-slot="standing" data-state={state}>
            {standing}
          </span>
        ) : null}
      </p>
      {milestones.length > 0 ? (
        <ol
          className={variant === 'full' ? 'clw-checklist' : 'clw-checklist clw-sr-only'}
          data-slot="milestones"
          aria-label={t('target.milestones')}
        >
          {milestones.map((milestone) => (
            <li key={milestone.number} data-state={milestone.reached ? 'achieved' : 'pending'}>
              <span data-slot="item-icon" aria-hidden="true">
                {milestone.reached ? '✓' : ''}
              </span>
              <span data-slot="item-name">
                {milestone.name ?? t('target.milestone', { number: milestone.number })}
              </span>
              <span>{format(milestone.value)}</span>
              <span data-slot="item-status" data-state={milestone.reached ? 'achieved' : 'pending'}>
                {milestone.reached
                  ? milestone.achievedAt
                    ? t('progress.reachedOn', { date: date(milestone.achievedAt) })
                    : t('progress.reached')
                  : t('target.toGo', { amount: format(milestone.value - (achieved ?? 0)) })}
              </span>
              {milestone.points !== null ? (
                <span className="clw-points" data-state="credit" data-slot="reward">
                  {t('target.reward', { points: milestone.points })}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      {unified && unified.members.length > 0 ? (
        <div data-slot="members">
          <p id={ruleId} data-slot="rule">
            {ruleText(unified, t)}
          </p>
          <ul
            className={variant === 'full' ? 'clw-checklist' : 'clw-checklist clw-sr-only'}
            data-slot="member-list"
            aria-labelledby={ruleId}
          >
            {unified.members.map((member, index) => {
              const reached =
                member.achievedTargetValue !== null &&
                member.definedTargetValue !== null &&
                member.achievedTargetValue >= member.definedTargetValue;
              return (
                <li key={member.targetId ?? index} data-state={reached ? 'achieved' : 'pending'}>
                  <span data-slot="item-icon" aria-hidden="true">
                    {reached ? '✓' : ''}
                  </span>
                  <span data-slot="item-name">{member.targetName ?? t('target.title')}</span>
                  <span>
                    {t('target.progress', {
                      current: format(member.achievedTargetValue ?? 0),
                      total:
                        member.definedTargetValue === null ? '' : format(member.definedTargetValue),
                    })}
                  </span>
                  <span data-slot="item-status" data-state={reached ? 'achieved' : 'pending'}>
                    {t(reached ? 'progress.reached' : 'progress.notReached')}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <p role="status" className="clw-sr-only" data-slot="announcement">
        {announcement}
      </p>
    </section>
  );
}
