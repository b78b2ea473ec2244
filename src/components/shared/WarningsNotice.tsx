'use client';
import type { CapillaryMessage } from '../../core/client/LoyaltyApiError.js';
import { useLoyaltyDisplay } from './useLoyaltyDisplay.js';
import { en } from '../../i18n/en.js';

/**
 * Warnings of a page (entries skipped, Capillary's own notes) as one sentence for members; the
 * technical texts stay out of view, in `data-detail`, for developers.
 */
export function WarningsNotice({ warnings }: { warnings: readonly CapillaryMessage[] }) {
  const { t } = useLoyaltyDisplay(en);
  if (warnings.length === 0) return null;
  return (
    <p
      className="clw-warnings"
      data-slot="warnings"
      data-detail={warnings.map((warning) => warning.message).join('\n')}
    >
      {t('table.warning.skipped', { count: warnings.length })}
    </p>
  );
}
