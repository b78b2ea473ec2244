'use client';
import type { HistoricalPointsEntry } from '../../core/history/HistoricalPointsEntry.js';
import { en } from '../../i18n/en.js';
import { useLoyaltyDisplay } from '../shared/useLoyaltyDisplay.js';

/** An imported entry has no breakup: its card repeats what the legacy system recorded. */
export function ImportedEntryDetails({ entry }: { entry: HistoricalPointsEntry }) {
  const { t } = useLoyaltyDisplay(en);
  return (
    <dl className="clw-details">
      <dt>{t('table.column.source')}</dt>
      <dd>{t('table.source.imported')}</dd>
      {entry.programName ? (
        <>
          <dt>{t('table.source.programme')}</dt>
          <dd>{entry.programName}</dd>
        </>
      ) : null}
      {entry.billNumber ? (
        <>
          <dt>{t('breakup.bill.number')}</dt>
          <dd>{entry.billNumber}</dd>
        </>
      ) : null}
      {/* The id given at import: what support needs to find the record in the legacy system. */}
      {entry.externalUniqueId ? (
        <>
          <dt>{t('table.source.importReference')}</dt>
          <dd>{entry.externalUniqueId}</dd>
        </>
      ) : null}
    </dl>
  );
}
