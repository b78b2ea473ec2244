import type { Translator } from '../../i18n/createTranslator.js';
import type { MessageId } from '../../i18n/messages.js';

/**
 * The text of a documented API value (`breakup.source.INSTORE`); `''` for no value, or one no
 * message names.
 */
export function documentedLabel(
  t: Translator,
  group: string,
  value: string | null | undefined,
): string {
  return value ? t(`${group}.${value}` as MessageId) : '';
}
