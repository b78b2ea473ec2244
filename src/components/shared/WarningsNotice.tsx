'use client';
import type { CapillaryMessage } from '../../core/client/LoyaltyApiError.js';
import { SKIPPED_ENTRY } from '../../core/parse/normalizeEach.js';
import type { Translator } from '../../i18n/createTranslator.js';
import { useLoyaltyDisplay } from './useLoyaltyDisplay.js';
import { en } from '../../i18n/en.js';

/** Whether a page's warning is about an entry left out because it could not be read. */
export const isSkippedEntry = (warning: CapillaryMessage) =>
  warning.message.startsWith(SKIPPED_ENTRY);

/** The warnings' own texts, for developers (`data-detail`), one a line. */
export const warningsDetail = (warnings: readonly CapillaryMessage[]) =>
  warnings.map((warning) => warning.message).join('\n');

/**
 * A page's warnings in one sentence for members: entries left out, or else details that could not
 * be read (an entry shown without its bill amount, Capillary's own notes).
 */
export function warningsSentence(t: Translator, warnings: readonly CapillaryMessage[]): string {
  if (warnings.length === 0) return '';
  const skipped = warnings.filter(isSkippedEntry).length;
  return skipped > 0 ? t('table.warning.skipped', { count: skipped }) : t('table.warning.details');
}

/**
 * Warnings of a page as one sentence for members; the technical texts stay out of view, in
 * `data-detail`, for developers.
 */
export function WarningsNotice({ warnings }: { warnings: readonly CapillaryMessage[] }) {
  const { t } = useLoyaltyDisplay(en);
  if (warnings.length === 0) return null;
  return (
    <p className="clw-warnings" data-slot="warnings" data-detail={warningsDetail(warnings)}>
      {warningsSentence(t, warnings)}
    </p>
  );
}
