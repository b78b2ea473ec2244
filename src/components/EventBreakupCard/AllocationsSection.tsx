'use client';
import { type RefObject, useId, useRef, useState } from 'react';
import type { PointsAllocation } from '../../core/allocation/PointsAllocation.js';
import type { LedgerEvent } from '../../core/ledger/LedgerEvent.js';
import { en } from '../../i18n/en.js';
import { formatDate, formatPoints } from '../../i18n/format.js';
import { usePointsAllocation } from '../../react/usePointsAllocation.js';
import { ErrorNotice } from '../shared/ErrorNotice.js';
import { useLoyaltyDisplay } from '../shared/useLoyaltyDisplay.js';
import { CardSection } from './CardSection.js';

const MEASURES = [
  ['awarded', 'pointsValue', 'pointsExclusive'],
  ['redeemed', 'redeemedValue', 'redeemedExclusiveValue'],
  ['expired', 'expiredValue', 'expiredExclusiveValue'],
  ['returned', 'returnedValue', 'returnedExclusiveValue'],
] as const;

/**
 * The points of one measure of an allocation: the plain value, or the exclusive one when the plain
 * value is 0 and the exclusive one is not (the document's own sample carries its amounts only in
 * the exclusive fields: `points_value` 0 and `expired_value` 0, with 50 in `points_exclusive`
 * and `expired_exclusive_value`).
 */
function allocationPoints(plain: number, exclusive: number | null): number {
  return plain === 0 && exclusive ? exclusive : plain;
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
  const { t, locale } = useLoyaltyDisplay(en);
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
          {MEASURES.map(([measure, plain, exclusive]) => {
            const points = allocationPoints(allocation[plain], allocation[exclusive]);
            // Awarded is always shown; the other measures only when they hold points.
            return points || measure === 'awarded' ? (
              <span key={measure}>
                {t(`breakup.allocations.${measure}`)}: {formatPoints(points, locale)}
              </span>
            ) : null;
          })}
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
