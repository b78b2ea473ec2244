'use client';
import { type MouseEvent, type RefObject, useEffect, useId, useRef, useState } from 'react';
import type { PointsAllocation } from '../../core/allocation/PointsAllocation.js';
import type { LedgerEvent } from '../../core/ledger/LedgerEvent.js';
import { en } from '../../i18n/en.js';
import { formatDate, formatPoints } from '../../i18n/format.js';
import type { MessageId } from '../../i18n/messages.js';
import {
  type UsePointsAllocationResult,
  usePointsAllocation,
} from '../../react/usePointsAllocation.js';
import { ErrorNotice } from '../shared/ErrorNotice.js';
import { isSkippedEntry, WarningsNotice, warningsSentence } from '../shared/WarningsNotice.js';
import { useLoyaltyDisplay } from '../shared/useLoyaltyDisplay.js';
import { CardSection } from './CardSection.js';

// Measures of what became of the points, each with its exclusive counterpart.
const MEASURES = [
  ['redeemed', 'redeemedValue', 'redeemedExclusiveValue'],
  ['expired', 'expiredValue', 'expiredExclusiveValue'],
  ['returned', 'returnedValue', 'returnedExclusiveValue'],
] as const;

/**
 * The points of one measure of an allocation: the plain value, or the exclusive one when the plain
 * value is 0 and the exclusive one is not (the document's own sample carries its expired points
 * only in the exclusive field: `expired_value` 0, `expired_exclusive_value` 50).
 */
function allocationPoints(plain: number, exclusive: number | null): number {
  return plain === 0 && exclusive ? exclusive : plain;
}

/**
 * Each amount of an allocation worth a line, with its label; `null` leaves the line out.
 * Awarded is `points_value`, else `original_points`: the document's sample sends 0 in both, so
 * then the amount awarded is not known and is left out rather than shown as 0. `points_exclusive`
 * is the points still available, not those awarded: shown while they can still be spent (an
 * undocumented status may be a partial one), and only when they differ from the amount awarded.
 */
function allocationAmounts(allocation: PointsAllocation): [MessageId, number | null][] {
  const { originalPoints, pointsExclusive, status } = allocation;
  const awarded = allocation.pointsValue || originalPoints || null;
  const spendable = status === 'active' || status === 'unknown';
  return [
    ['breakup.allocations.awarded', awarded],
    ['breakup.allocations.original', originalPoints !== awarded ? originalPoints || null : null],
    [
      'breakup.allocations.available',
      spendable && pointsExclusive !== awarded ? pointsExclusive : null,
    ],
    ...MEASURES.map(([measure, plain, exclusive]): [MessageId, number | null] => [
      `breakup.allocations.${measure}`,
      allocationPoints(allocation[plain], allocation[exclusive]) || null,
    ]),
  ];
}

/**
 * An allocation's expiry date: in the past tense once it has gone by, and left out for points
 * already spent or returned (they never expire) and for points expired early, whose date on
 * record is still to come.
 */
function Expiry({ allocation, now }: { allocation: PointsAllocation; now: number }) {
  const { t, dateLocale, timeZone } = useLoyaltyDisplay(en);
  const { status, expiryDate } = allocation;
  if (!expiryDate || status === 'redeemed' || status === 'returned') return null;
  const lapsed = expiryDate.getTime() < now;
  if (status === 'expired' && !lapsed) return null;
  const date = formatDate(expiryDate, { locale: dateLocale, timeZone });
  return (
    <span>
      {t(lapsed ? 'breakup.allocations.expiredOn' : 'breakup.allocations.expires', { date })}
    </span>
  );
}

/** The allocation rows loaded so far, with each one's status and expiry, and Load more. */
function AllocationsList({
  result,
  allocations,
  section,
  describedBy,
}: {
  result: UsePointsAllocationResult;
  /** The rows of `result` that belong to the card's event. */
  allocations: readonly PointsAllocation[];
  /** Holds focus while Retry's notice gives way to the loading state, or Load more goes away. */
  section: RefObject<HTMLElement | null>;
  describedBy?: string;
}) {
  const { t, locale, dateLocale, timeZone } = useLoyaltyDisplay(en);
  // When the list was shown: an expiry before it has passed.
  const [now] = useState(() => Date.now());
  const list = useRef<HTMLUListElement>(null);
  const { isFetchingNextPage, status } = result;

  // What was loaded when the member pressed Load more, from the button they held focus on: the
  // allocations after those are the new ones.
  const loadFromButton = useRef<{
    ids: ReadonlySet<PointsAllocation['id']>;
    button: HTMLButtonElement;
  } | null>(null);
  function loadMore(event: MouseEvent<HTMLButtonElement>) {
    if (isFetchingNextPage) return;
    // Only focus the button held is looked after: a click in Safari leaves focus where it was.
    const button = event.currentTarget;
    const focused = (button.getRootNode() as Document | ShadowRoot).activeElement === button;
    loadFromButton.current = focused
      ? { ids: new Set(allocations.map((allocation) => allocation.id)), button }
      : null;
    void result.fetchNextPage();
  }
  // Focus goes on to the first allocation the page brought in, so the member hears what came and
  // reads on from there (Tab leads back to Load more). The last page takes the button away: with
  // nothing new to focus (the page failed or was empty), the section takes focus, not the page.
  // Focus the member moved elsewhere meanwhile stays where they put it.
  useEffect(() => {
    const load = loadFromButton.current;
    if (!load || isFetchingNextPage) return;
    loadFromButton.current = null;
    const root = section.current?.getRootNode() as Document | ShadowRoot | undefined;
    const active = root?.activeElement;
    const lost = !active || active === section.current?.ownerDocument.body;
    if (!lost && active !== load.button) return;
    const index = status === 'success' ? allocations.findIndex(({ id }) => !load.ids.has(id)) : -1;
    const first = index < 0 ? null : (list.current?.children[index] as HTMLElement | undefined);
    if (first) first.focus();
    else if (lost) section.current?.focus();
  }, [isFetchingNextPage, allocations, status, section]);

  // The allocation endpoint answers 404 for an event that allocated nothing: the status says so.
  if (status === 'pending' || result.error?.status === 404) return null;
  if (result.error)
    return (
      <ErrorNotice
        error={result.error}
        title={t('breakup.allocations.error')}
        onRetry={result.retry}
        focusOnRetry={section}
      />
    );
  if (allocations.length === 0 && !result.hasNextPage) return null;
  return (
    <ul ref={list} className="clw-allocations">
      {allocations.map((allocation) => (
        <li
          key={allocation.id}
          data-state={allocation.status}
          // Focusable from script: the first of the allocations Load more brings in takes focus.
          tabIndex={-1}
        >
          <span className="clw-badge" data-state={allocation.status}>
            {allocation.status === 'unknown'
              ? (allocation.rawStatus ?? '')
              : t(`allocation.status.${allocation.status}`)}
          </span>
          {allocationAmounts(allocation).map(([label, points]) =>
            points === null ? null : (
              <span key={label}>
                {t(label)}: {formatPoints(points, locale)}
              </span>
            ),
          )}
          {allocation.awardedDate ? (
            <span>
              {t('breakup.allocations.awardedOn', {
                date: formatDate(allocation.awardedDate, { locale: dateLocale, timeZone }),
              })}
            </span>
          ) : null}
          <Expiry allocation={allocation} now={now} />
        </li>
      ))}
      {result.hasNextPage ? (
        <li>
          {/* aria-disabled, not disabled, while loading: a disabled button drops focus to the page. */}
          <button
            type="button"
            className="clw-button"
            data-slot="load-more"
            onClick={loadMore}
            aria-disabled={isFetchingNextPage || undefined}
            aria-describedby={describedBy}
          >
            {t(isFetchingNextPage ? 'breakup.allocations.loading' : 'breakup.allocations.loadMore')}
          </button>
        </li>
      ) : null}
    </ul>
  );
}

/** The event's allocations, loaded only when the member asks for them. */
export function AllocationsSection({
  event,
  customerId,
  describedBy,
}: {
  event: LedgerEvent;
  customerId: string | number;
  /**
   * Ids of what tells this card from the others open beside it (its title and time): each card's
   * buttons read alike, and their description says which card they belong to.
   */
  describedBy?: string;
}) {
  const { t } = useLoyaltyDisplay(en);
  const [open, setOpen] = useState(false);
  const id = useId();
  const section = useRef<HTMLElement>(null);
  // Here rather than in the list, so the status below, there before the list is, can say how
  // loading went.
  const result = usePointsAllocation({
    entityId: event.eventReferenceId ?? '',
    customerId,
    eventTypeId: event.eventTypeId ?? 0,
    eventLogId: event.eventLogId,
    enabled: open,
  });
  const { allocations } = result;
  // Rows left out are said, not lost; a field left empty is one the card does not show.
  const skipped = result.warnings.filter(isSkippedEntry);
  let status = '';
  if (open && result.status === 'pending') status = t('breakup.allocations.loading');
  else if (
    open &&
    (result.error?.status === 404 ||
      (result.status === 'success' && allocations.length === 0 && !result.hasNextPage))
  )
    status = skipped.length > 0 ? warningsSentence(t, skipped) : t('breakup.allocations.empty');
  return (
    <CardSection title={t('breakup.allocations.title')} focusRef={section}>
      <button
        type="button"
        className="clw-button"
        aria-expanded={open}
        aria-controls={id}
        aria-describedby={describedBy}
        onClick={() => setOpen(!open)}
      >
        {t(open ? 'breakup.allocations.hide' : 'breakup.allocations.show')}
      </button>
      <div id={id}>
        {/* Mounted with the section, empty: a screen reader reads a status whose text changes,
            not one that appears with its text already in it. */}
        <p role="status" className="clw-muted" data-slot="allocations-status">
          {status}
        </p>
        {open ? (
          <AllocationsList
            result={result}
            allocations={allocations}
            section={section}
            describedBy={describedBy}
          />
        ) : null}
        {open && allocations.length > 0 ? <WarningsNotice warnings={skipped} /> : null}
      </div>
    </CardSection>
  );
}
