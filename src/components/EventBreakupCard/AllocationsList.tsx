'use client';
import type { LedgerEvent } from '../../core/ledger/LedgerEvent.js';
import { formatDate, formatPoints } from '../../i18n/format.js';
import { usePointsAllocation } from '../../react/usePointsAllocation.js';
import { ErrorNotice } from '../shared/ErrorNotice.js';
import { useLoyaltyDisplay } from '../shared/useLoyaltyDisplay.js';
import { en } from '../../i18n/en.js';

/** The allocation rows behind one event, with each one's status and expiry. */
export function AllocationsList({
  event,
  customerId,
}: {
  event: LedgerEvent;
  customerId: string | number;
}) {
  const { t, locale, timeZone } = useLoyaltyDisplay(en);
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
  if (result.error)
    return (
      <ErrorNotice
        error={result.error}
        title={t('breakup.allocations.title')}
        onRetry={result.retry}
      />
    );
  if (result.allocations.length === 0)
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
          <span>
            {t('breakup.allocations.awarded')}: {formatPoints(allocation.pointsValue, locale)}
          </span>
          {allocation.redeemedValue ? (
            <span>
              {t('breakup.allocations.redeemed')}: {formatPoints(allocation.redeemedValue, locale)}
            </span>
          ) : null}
          {allocation.expiredValue ? (
            <span>
              {t('breakup.allocations.expired')}: {formatPoints(allocation.expiredValue, locale)}
            </span>
          ) : null}
          {allocation.returnedValue ? (
            <span>
              {t('breakup.allocations.returned')}: {formatPoints(allocation.returnedValue, locale)}
            </span>
          ) : null}
          {allocation.expiryDate ? (
            <span>
              {t('breakup.allocations.expires', {
                date: formatDate(allocation.expiryDate, { locale, timeZone }),
              })}
            </span>
          ) : null}
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
