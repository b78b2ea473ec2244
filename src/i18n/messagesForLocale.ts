import { ar } from './ar.js';
import { en } from './en.js';
import { resolveLocale } from './intlCache.js';
import type { Messages } from './messages.js';

/** The built-in catalogues, by language subtag. */
const CATALOGUES: Readonly<Record<string, Messages>> = { en, ar };

/** The languages the widgets ship a complete catalogue for. */
export const SUPPORTED_LANGUAGES: readonly string[] = Object.keys(CATALOGUES);

/** The built-in catalogue for a locale's language (`'ar-AE'` → Arabic); English for any other. */
export function messagesForLocale(locale: string): Messages {
  const language = resolveLocale(locale).split('-')[0] ?? 'en';
  return CATALOGUES[language] ?? en;
}
