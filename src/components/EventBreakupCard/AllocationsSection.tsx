'use client';
import { type RefObject, useId, useRef, useState } from 'react';
import type { PointsAllocation } from '../../core/allocation/PointsAllocation.js';
import type { LedgerEvent } from '../../core/ledger/LedgerEvent.js';
import { en } from '../../i18n/en.js';
import { formatDate, formatPoints } from '../../i18n/format.js';
import type { MessageId } from '../../i18n/messages.js';
import { usePointsAllocation } from '../../react/usePointsAllocation.js';
import { ErrorNotice } from '../shared/ErrorNotice.js';
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
  const { t, locale, timeZone } = useLoyaltyDisplay(en);
  const { status, expiryDate } = allocation;
  if (!expiryDate || status === 'redeemed' || status === 'returned') return null;
  const lapsed = expiryDate.getTime() < now;
  if (status === 'expired' && !lapsed) return null;
  const date = formatDate(expiryDate, { locale, timeZone });
  return (
    <span>
      {t(lapsed ? 'breakup.allocations.expiredOn' : 'breakup.allocations.expires', { date })}
    </span>
  );
}

/** The allocation rows behind one event, with each one's status and expiry. */
function AllocationsList({
  event,
  customerId,
  focusOnRetry,
}: {
  event: LedgerEvent;
  customerId: string | number;
  /** What holds focus while Retry's notice gives way to the loading state. */
  focusOnRetry?: RefObject<HTMLElement | null>;
}) {
  const { t, locale, timeZone } = useLoyaltyDisplay(en);
  // When the list was shown: an expiry before it has passed.
  const [now] = useState(() => Date.now());
  const result = usePointsAllocation({
    entityId: event.eventReferenceId ?? '',
    customerId,
    eventTypeId: event.eventTypeId ?? 0,
  });
  if (result.status === 'pending') {
    return (
      <p role="status" className="clw-muted">
        {t('breakup.allocations.loading')}
      </p>
    );
  }
  // The allocation endpoint answers 404 for an event that allocated nothing.
  const none = result.error?.status === 404;
  if (result.error && !none)
    return (
      <ErrorNotice
        error={result.error}
        title={t('breakup.allocations.error')}
        onRetry={result.retry}
        focusOnRetry={focusOnRetry}
      />
    );
  if (none || result.allocations.length === 0)
    return <p className="clw-muted">{t('breakup.allocations.empty')}</p>;
  return (
    <ul className="clw-allocations">
      {result.allocations.map((allocation) => (
        <li key={allocation.id} data-state={allocation.status}>
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
                date: formatDate(allocation.awardedDate, { locale, timeZone }),
              })}
            </span>
          ) : null}
          <Expiry allocation={allocation} now={now} />
        </li>
      ))}
      {result.hasNextPage ? (
        <li>
          <button type="button" className="clw-button" onClick={() => void result.fetchNextPage()}>
            {t('table.loadMore')}
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
}: {
  event: LedgerEvent;
  customerId: string | number;
}) {
  const { t } = useLoyaltyDisplay(en);
  const [open, setOpen] = useState(false);
  const id = useId();
  const section = useRef<HTMLElement>(null);
  return (
    <CardSection title={t('breakup.allocations.title')} focusRef={section}>
      <button
        type="button"
        className="clw-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {t(open ? 'breakup.allocations.hide' : 'breakup.allocations.show')}
      </button>
      <div id={id}>
        {open ? (
          <AllocationsList event={event} customerId={customerId} focusOnRetry={section} />
        ) : null}
      </div>
    </CardSection>
  );
}
