'use client';
import { type CSSProperties, useId } from 'react';
import type { LedgerEvent } from '../../core/ledger/LedgerEvent.js';
import {
  isMemberReached,
  type TargetState,
  type UnifiedTargetRule,
  unifiedProgress,
} from '../../core/webhooks/reduceTargets.js';
import { enTargetProgress } from '../../i18n/enProgress.js';
import { formatAmount, formatDate, formatPoints, formatRelative } from '../../i18n/format.js';
import { numberFormat } from '../../i18n/intlCache.js';
import type { MessageId } from '../../i18n/messages.js';
import { pick } from '../shared/pick.js';
import { plainDate, plainNumber } from '../shared/plainValues.js';
import {
  at,
  checklistClass,
  ChecklistItem,
  percent,
  ProgressCard,
  ProgressFailure,
  roomyLabels,
} from '../shared/ProgressCard.js';
import { useLoyaltyDisplay } from '../shared/useLoyaltyDisplay.js';
import { WidgetBoundary } from '../shared/WidgetBoundary.js';
import { useNow } from '../shared/useNow.js';
import { targetMilestones } from './targetMilestones.js';

/** A milestone (sub-target), for the plain props of `TargetMilestoneBar`. */
export interface TargetMilestoneInput {
  /** Name of the milestone; also the key it is looked up by in `rewards` and `ledgerEvents`. */
  name?: string | null;
  /** The value to reach, in the target's unit. */
  value: number;
  /**
   * When it was reached: a `Date`, an ISO 8601 string or epoch seconds or milliseconds. Without
   * it, a milestone counts as reached once the achieved value reaches it.
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
   * The value reached so far; at or above `definedValue` it shows as complete, unless `status`
   * says otherwise.
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
   * `timeZone`) or epoch seconds or milliseconds. @defaultValue `target.period.start`
   */
  periodStart?: Date | string | number | null;
  /**
   * When the period ends, as `periodStart`. A bare date (`"2024-08-31"`) is the period's last day:
   * it ends when that day does in `timeZone`. @defaultValue `target.period.end`
   */
  periodEnd?: Date | string | number | null;
  /**
   * Whether the target is reached, missed or under way. `achieved` and `unachieved` (Capillary says
   * it was missed, or a unified target lost) show as they say, whatever the values; under way
   * (`inProgress`), an achieved value at or above the defined value shows as complete.
   * @defaultValue `target.status`, else `inProgress`
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
   * both are known, matches) gives that milestone's reward: the regular and promo points the target
   * lists, else the event's own when it is the event's only target. One that lists none gives no
   * reward, rather than "+0 points".
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
   * The time "time left" in the period is counted from. Without it, time phrases ("Ends in 3 days") wait
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

/** Counts are whole numbers, though Capillary sends them as `"14.000"`. */
const COUNT: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };

/** The heading of a unified target's member list, by how its members combine. */
const RULE_MESSAGES: Partial<Record<string, MessageId>> = {
  ANY: 'target.anyOf',
  ALL: 'target.allOf',
};

/**
 * A member's progress towards a target: a bar from 0 to the value to reach with a tick per
 * milestone, milestones reached with their rewards, the period, and how much is left ("400 to go").
 * A unified target lists its member targets and whether any or all must be reached. The bar is a
 * `role="progressbar"` whose `aria-valuetext` says it in words. Works with or without `LoyaltyProvider`.
 */
export function TargetMilestoneBar(props: TargetMilestoneBarProps) {
  return (
    <WidgetBoundary
      fallback={(error) => (
        <ProgressFailure
          error={error}
          widgetClass="clw-target"
          slot="target-milestone-bar"
          title="target.title"
          english={enTargetProgress}
        />
      )}
    >
      <TargetView {...props} />
    </WidgetBoundary>
  );
}

function TargetView(props: TargetMilestoneBarProps) {
  const { t, locale, timeZone, lang, dateLocale } = useLoyaltyDisplay(enTargetProgress, props);
  const titleId = useId();
  const ruleId = useId();
  const { target } = props;
  const now = useNow(props.now);
  const variant = props.variant ?? 'full';

  const name = pick(props.name, target?.name);
  const description = pick(props.description, target?.description);
  const unified = pick(props.unified, target?.unified);
  const status = props.status ?? target?.status ?? 'inProgress';
  // A plain `unified` comes without the values reduceTargets works out from it: work them out alike.
  const progressFrom = props.unified
    ? unifiedProgress(props.unified, status === 'achieved')
    : target;
  const achieved = plainNumber(pick(props.achievedValue, progressFrom?.achievedValue));
  const unit = pick(props.unit, target?.unit);
  const periodName = pick(props.periodName, target?.period.name);
  const periodStart = plainDate(pick(props.periodStart, target?.period.start), timeZone);
  const periodEnd = plainDate(pick(props.periodEnd, target?.period.end), timeZone, true);
  const milestones = targetMilestones(props, achieved, timeZone);
  const defined =
    plainNumber(pick(props.definedValue, progressFrom?.definedValue)) ??
    milestones.at(-1)?.value ??
    null;

  const format = (value: number) =>
    unit === 'amount'
      ? formatAmount(value, locale, props.currency)
      : unit === 'count'
        ? numberFormat(locale, COUNT).format(value)
        : formatPoints(value, locale);
  const date = (value: Date) => formatDate(value, { locale: dateLocale, timeZone });

  // Capillary's word on a target decides: one it says was missed (a unified target whose members
  // are not all known can read 1,000 of 1,000) is not complete. Only under way do the values tell.
  const complete =
    status === 'achieved' ||
    (status === 'inProgress' && achieved !== null && defined !== null && achieved >= defined);
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
  // Nothing to say (a name alone) leaves the bar without a value, not the widget failing.
  const valueText = [progress, standing, milestonesText]
    .filter((part): part is string => Boolean(part))
    .reduce<string | undefined>(
      (first, second) => (first ? t('progress.pair', { first, second }) : second),
      undefined,
    );
  const title = name ?? t('target.title');

  const periodDates =
    periodStart && periodEnd
      ? t('progress.dateRange', { start: date(periodStart), end: date(periodEnd) })
      : periodStart
        ? t('progress.startedOn', { date: date(periodStart) })
        : periodEnd && now !== null
          ? t(periodEnd.getTime() > now ? 'progress.endsOn' : 'progress.endedOn', {
              date: date(periodEnd),
            })
          : null;
  const endsIn =
    periodEnd && now !== null && periodEnd.getTime() > now && !complete
      ? t('progress.ends', { relative: formatRelative(periodEnd, now, dateLocale, timeZone) })
      : null;

  const endLabelIsMilestone = milestones.some((milestone) => milestone.value === defined);
  // Money labels are long: each needs about a sixth of the bar.
  const roomy = roomyLabels(
    [...milestones.map((milestone) => milestone.value), ...(endLabelIsMilestone ? [] : [max ?? 0])],
    max ?? 0,
    16,
  );

  return (
    <ProgressCard
      widgetClass="clw-target"
      slot="target-milestone-bar"
      className={props.className}
      lang={lang}
      state={state}
      variant={variant}
      kind={target?.kind ?? (unified ? 'unified' : 'target')}
      titleId={titleId}
      title={title}
      // Complete or missed; a target under way has no badge.
      badge={state === 'inProgress' ? null : standing}
      description={description}
      // News is the target completed or missed, or a milestone passed (or lost to a return).
      news={`${state} ${reachedCount}`}
      announcement={t('progress.pair', {
        first: title,
        second: (state === 'inProgress' ? milestonesText : null) ?? standing ?? '',
      })}
    >
      {variant === 'full' && (periodName || periodDates || endsIn) ? (
        <p data-slot="period">
          {periodName ? <span>{t('target.period', { name: periodName })}</span> : null}
          {periodDates ? <span>{periodDates}</span> : null}
          {endsIn ? <span>{endsIn}</span> : null}
        </p>
      ) : null}
      {/* Without a goal a bar has nothing to fill (an empty one reads as nothing done, and to a
          screen reader as busy for ever): the summary below says the value. */}
      <div data-slot="meter" hidden={max === null}>
        <div
          role="progressbar"
          aria-labelledby={titleId}
          aria-valuemin={max === null ? undefined : 0}
          aria-valuemax={max ?? undefined}
          aria-valuenow={nowValue ?? undefined}
          aria-valuetext={valueText}
          data-slot="track"
          data-state={state}
          style={{ '--clw-progress': percent(nowValue ?? 0, max ?? 0) } as CSSProperties}
        >
          <div data-slot="fill" />
          {max === null
            ? null
            : milestones.map((milestone) => (
                <span
                  key={milestone.number}
                  data-slot="tick"
                  data-state={milestone.reached ? 'achieved' : 'pending'}
                  style={at(milestone.value, max)}
                />
              ))}
        </div>
        {max === null ? null : (
          <div data-slot="scale" aria-hidden="true">
            {milestones.map((milestone, index) =>
              roomy[index] ? (
                <span
                  key={milestone.number}
                  data-state={milestone.reached ? 'achieved' : 'pending'}
                  // The label of a milestone at the end ends where the bar does, as the goal's.
                  data-slot={milestone.value === defined ? 'goal' : undefined}
                  style={at(milestone.value, max)}
                >
                  {milestone.reached ? '✓ ' : ''}
                  {format(milestone.value)}
                </span>
              ) : null,
            )}
            {endLabelIsMilestone ? null : (
              <span style={at(max, max)} data-slot="goal">
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
          className={checklistClass(variant)}
          data-slot="milestones"
          aria-label={t('target.milestones')}
        >
          {milestones.map((milestone) => (
            <ChecklistItem
              key={milestone.number}
              state={milestone.reached ? 'achieved' : 'pending'}
              name={milestone.name ?? t('target.milestone', { number: milestone.number })}
              value={format(milestone.value)}
              status={
                milestone.reached
                  ? milestone.achievedAt
                    ? t('progress.reachedOn', { date: date(milestone.achievedAt) })
                    : t('progress.reached')
                  : t('target.toGo', { amount: format(milestone.value - (achieved ?? 0)) })
              }
            >
              {milestone.points !== null ? (
                <span className="clw-points" data-state="credit" data-slot="reward">
                  {t('target.reward', { points: milestone.points })}
                </span>
              ) : null}
            </ChecklistItem>
          ))}
        </ol>
      ) : null}
      {unified && unified.members.length > 0 ? (
        <div data-slot="members">
          <p id={ruleId} data-slot="rule">
            {t(RULE_MESSAGES[unified.combinationType?.toUpperCase() ?? ''] ?? 'target.members')}
          </p>
          <ul className={checklistClass(variant)} data-slot="member-list" aria-labelledby={ruleId}>
            {unified.members.map((member, index) => {
              const reached = isMemberReached(member);
              return (
                <ChecklistItem
                  key={member.targetId ?? index}
                  state={reached ? 'achieved' : 'pending'}
                  name={member.targetName ?? t('target.title')}
                  value={
                    member.definedTargetValue === null
                      ? format(member.achievedTargetValue ?? 0)
                      : t('target.progress', {
                          current: format(member.achievedTargetValue ?? 0),
                          total: format(member.definedTargetValue),
                        })
                  }
                  status={t(reached ? 'progress.reached' : 'progress.notReached')}
                />
              );
            })}
          </ul>
        </div>
      ) : null}
    </ProgressCard>
  );
}
