'use client';
import type { CapillaryMessage } from '../../core/client/LoyaltyApiError.js';
import { useLoyaltyDisplay } from './useLoyaltyDisplay.js';
import { en } from '../../i18n/en.js';

/** Warnings of a page (entries skipped, Capillary's own notes), folded away until asked for. */
export function WarningsNotice({ warnings }: { warnings: readonly CapillaryMessage[] }) {
  const { t } = useLoyaltyDisplay(en);
  if (warnings.length === 0) return null;
  return (
    <details className="clw-warnings" data-slot="warnings">
      <summary>{t('table.warning.partial')}</summary>
      <ul>
        {warnings.map((warning, index) => (
          // Warnings have no id; their order never changes within one list.
          <li key={index}>{warning.message}</li>
        ))}
      </ul>
    </details>
  );
}
