import { resolveLocale } from './intlCache.js';

/** Languages written right to left (Arabic, Hebrew, Persian, Urdu, Pashto, Sindhi, …). */
const RIGHT_TO_LEFT = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'ks',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

/** Scripts written right to left, for tags such as `'az-Arab'`. */
const RIGHT_TO_LEFT_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg']);

/** Which way a locale's text runs, for a `dir` attribute: `'ar'` → `'rtl'`, `'en-IN'` → `'ltr'`. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  const parsed = new Intl.Locale(resolveLocale(locale));
  if (parsed.script !== undefined) return RIGHT_TO_LEFT_SCRIPTS.has(parsed.script) ? 'rtl' : 'ltr';
  return RIGHT_TO_LEFT.has(parsed.language) ? 'rtl' : 'ltr';
}
