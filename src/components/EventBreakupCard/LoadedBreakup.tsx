'use client';
import type { RefObject } from 'react';
import { type CustomerIdentifier, LEDGER_PARTS } from '../../core/client/queries.js';
import { en } from '../../i18n/en.js';
import { useLedgerEvents } from '../../react/useLedgerEvents.js';
import { ErrorNotice } from '../shared/ErrorNotice.js';
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
  const { t } = useLoyaltyDisplay(en);
  const result = useLedgerEvents({
    customer,
    eventIds: [eventLogId],
    include: LEDGER_PARTS,
    pageSize: 1,
  });
  if (result.status === 'pending') {
    return (
      <p role="status" className="clw-muted">
        {t('breakup.loading')}
      </p>
    );
  }
  if (result.error)
    return (
      <ErrorNotice
        error={result.error}
        title={t('breakup.error.title')}
        onRetry={result.retry}
        focusOnRetry={card}
      />
    );
  const event = result.events[0];
  if (!event)
    return (
      <header className="clw-card-header" data-slot="not-found">
        <h3 className="clw-card-title">{t('breakup.title')}</h3>
        <p className="clw-card-note">{t('breakup.notFound')}</p>
        <p className="clw-card-note clw-muted">{t('breakup.notFoundHint')}</p>
      </header>
    );
  return <Breakup event={event} customerId={customerId} />;
}
