'use client';
import { type ReactNode, type RefObject, useMemo } from 'react';
import { LoyaltyApiError } from '../../core/client/LoyaltyApiError.js';
import type { CustomerIdentifier } from '../../core/client/queries.js';
import { en } from '../../i18n/en.js';
import { useLedgerEvents } from '../../react/useLedgerEvents.js';
import { useLoyaltyContext } from '../../react/LoyaltyContext.js';
import { ErrorNotice } from '../shared/ErrorNotice.js';
import { isSkippedEntry } from '../shared/WarningsNotice.js';
import { useLoyaltyDisplay } from '../shared/useLoyaltyDisplay.js';
import { Breakup } from './Breakup.js';

/** Loads one event by its id and explains it, saying so while it loads, fails or is not found. */
export function LoadedBreakup({
  eventLogId,
  customer,
  customerId,
  card,
}: {
  /** Digits only: `"42"` and `42` are one event, and one cached query. */
  eventLogId: string;
  customer: CustomerIdentifier;
  customerId?: string | number;
  /** The card, which outlasts the notice and the loading state a retry swaps in. */
  card: RefObject<HTMLElement | null>;
}) {
  // First, so a page without a provider hears of the widget it used, not of a hook inside it.
  useLoyaltyContext('<EventBreakupCard eventLogId>');
  const { t } = useLoyaltyDisplay(en);
  const result = useLedgerEvents({
    customer,
    eventIds: [eventLogId],
    pageSize: 1,
  });
  // The event came but could not be read (its points, say): not "could not be found". One error
  // per reason, so the notice logs it once.
  const reason = result.warnings.find(isSkippedEntry)?.message;
  const unreadable = useMemo(
    () => reason && new LoyaltyApiError({ kind: 'invalid-response', path: '', message: reason }),
    [reason],
  );
  let content: ReactNode = null;
  if (result.error)
    content = (
      <ErrorNotice
        error={result.error}
        title={t('breakup.error.title')}
        onRetry={result.retry}
        focusOnRetry={card}
      />
    );
  else if (result.status === 'success') {
    // Only the event asked for: a service or proxy that ignores `eventIds` answers with another.
    const event = result.events.find((found) => String(found.eventLogId) === eventLogId);
    content = event ? (
      <Breakup event={event} customerId={customerId} />
    ) : unreadable ? (
      <ErrorNotice error={unreadable} title={t('breakup.error.title')} />
    ) : (
      <>
        <h3 data-slot="title">{t('breakup.title')}</h3>
        {/* A notice as every widget's empty state is (base.css). */}
        <div className="clw-notice" data-slot="not-found">
          <p>{t('breakup.notFound')}</p>
          <p className="clw-notice-detail">{t('breakup.notFoundHint')}</p>
        </div>
      </>
    );
  }
  return (
    <>
      {/* Mounted with the card, and kept once the event shows: a screen reader reads a status
          whose text changes (loading again after Retry), not one that comes with its text in it. */}
      <p role="status" className="clw-muted" data-slot="card-status">
        {result.status === 'pending' ? t('breakup.loading') : ''}
      </p>
      {content}
    </>
  );
}
