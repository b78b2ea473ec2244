'use client';
// The markup StreakProgress and TargetMilestoneBar share, so the two widgets stay one design: the
// card, its bar and its checklist.
import { type CSSProperties, type ReactNode, useRef } from 'react';
import type { MessageId, PartialMessages } from '../../i18n/messages.js';
import { useAnnouncement } from './useAnnouncement.js';
import { useLoyaltyDisplay } from './useLoyaltyDisplay.js';
import { useStylesheetCheck } from './useStylesheetCheck.js';

/** The mark beside a state's words, so a badge or a list item says it without colour too. */
export const MARKS: Readonly<Partial<Record<string, string>>> = {
  achieved: '✓',
  lost: '✕',
  unachieved: '✕',
};

interface ProgressCardProps {
  /** The widget's own class, e.g. `clw-streak`. */
  widgetClass: string;
  /** The root's `data-slot`, e.g. `streak-progress`. */
  slot: string;
  /** The consumer's extra class. */
  className?: string | undefined;
  /** The language of the words inside: `useLoyaltyDisplay`'s `lang`. */
  lang: string;
  /** `data-state` of the root and the badge; a state in `MARKS` puts its mark on the badge. */
  state: string;
  variant: 'full' | 'compact';
  /** `data-kind` of the root, for widgets that come in kinds. */
  kind?: string;
  /** The id of the title, which also names the progress bar. */
  titleId: string;
  title: string;
  /** The status badge's words, or `null` for no badge. */
  badge: string | null;
  /** Shown in the `full` variant only. */
  description: string | null;
  /** What changed, in no language: the announcement is read out when it differs from the first. */
  news: string;
  /** The words the live region reads out for news. */
  announcement: string;
  children: ReactNode;
}

/**
 * The frame of a progress widget: the card with its title, status badge and description, and the
 * polite live region that reads out news (a level reached, a target missed).
 */
export function ProgressCard(props: ProgressCardProps) {
  const root = useRef<HTMLElement>(null);
  useStylesheetCheck(root);
  const announcement = useAnnouncement(props.news, props.announcement);
  const { state, badge } = props;
  const mark = MARKS[state];
  return (
    <section
      ref={root}
      lang={props.lang}
      className={`clw-root clw-card ${props.widgetClass} ${props.className ?? ''}`.trim()}
      data-slot={props.slot}
      data-state={state}
      data-variant={props.variant}
      data-kind={props.kind}
      aria-labelledby={props.titleId}
    >
      <header data-slot="header">
        <h3 id={props.titleId} data-slot="title">
          {props.title}
        </h3>
        {badge === null ? null : (
          <span className="clw-badge" data-slot="status" data-state={state}>
            {mark ? <span aria-hidden="true">{mark} </span> : null}
            {badge}
          </span>
        )}
      </header>
      {props.variant === 'full' && props.description ? (
        <p data-slot="description">
          {/* Isolated: a brand's English keeps its full stop at its end on an Arabic page, while
              the paragraph keeps the page's side. */}
          <bdi>{props.description}</bdi>
        </p>
      ) : null}
      {props.children}
      <p role="status" className="clw-sr-only" data-slot="announcement">
        {announcement}
      </p>
    </section>
  );
}

/**
 * A share of the bar as a CSS length, clamped to 0–100 % so no fill, marker or label ever runs
 * past the bar's ends, whatever the data says; 0 % on a bar with no length.
 */
export function percent(value: number, max: number): string {
  return `${max > 0 ? Math.min(100, Math.max(0, (value / max) * 100)) : 0}%`;
}

/**
 * Which scale labels have room, for labels at `values` (in bar order) on a bar running to `max`:
 * the last always, then, going back, each at least `gap` percent of the bar from the one kept after
 * it. Closer labels would print over each other ("900" and "1,000" read "91,000"); the list below
 * the bar names every one.
 */
export function roomyLabels(values: readonly number[], max: number, gap: number): boolean[] {
  const shown = values.map(() => false);
  let next = Infinity;
  for (let index = values.length - 1; index >= 0; index--) {
    const position = max > 0 ? ((values[index] ?? 0) / max) * 100 : 0;
    if (next - position < gap) continue;
    shown[index] = true;
    next = position;
  }
  return shown;
}

/** The style that places a marker or a scale label at `value` on a bar running to `max`. */
export function at(value: number, max: number): CSSProperties {
  return { '--clw-position': percent(value, max) } as CSSProperties;
}

/**
 * The class of a list of things reached or not (a streak's levels, a target's milestones and
 * member targets): the compact variant keeps it for screen readers only.
 */
export function checklistClass(variant: 'full' | 'compact'): string {
  return variant === 'full' ? 'clw-checklist' : 'clw-checklist clw-sr-only';
}

interface ChecklistItemProps {
  state: 'achieved' | 'lost' | 'pending';
  name: string;
  /** The thing's value, e.g. "5 days"; `null` for none. */
  value: string | null;
  /** Where it stands now, e.g. "Reached on Jul 1, 2024". */
  status: string;
  /** What follows the status, e.g. a milestone's reward. */
  children?: ReactNode;
}

/** One item of a `checklistClass` list: a mark, the name, the value and where it stands. */
export function ChecklistItem({ state, name, value, status, children }: ChecklistItemProps) {
  return (
    <li data-state={state}>
      <span data-slot="item-icon" aria-hidden="true">
        {MARKS[state]}
      </span>
      <span data-slot="item-name">{name}</span>
      {value === null ? null : <span>{value}</span>}
      <span data-slot="item-status" data-state={state}>
        {status}
      </span>
      {children}
    </li>
  );
}

/**
 * What a progress widget shows when its props could not be rendered (see `WidgetBoundary`): its
 * title and a sentence in the member's language; the reason stays in `data-detail`.
 */
export function ProgressFailure(props: {
  error: Error;
  widgetClass: string;
  slot: string;
  title: MessageId;
  /** The widget's English fallback, with `title` and `progress.unreadable`. */
  english: PartialMessages;
}) {
  const { t, lang } = useLoyaltyDisplay(props.english);
  return (
    <section
      lang={lang}
      className={`clw-root clw-card ${props.widgetClass}`}
      data-slot={props.slot}
    >
      <header data-slot="header">
        <h3 data-slot="title">{t(props.title)}</h3>
      </header>
      <p role="alert" className="clw-notice" data-slot="error" data-detail={props.error.message}>
        {t('progress.unreadable')}
      </p>
    </section>
  );
}
