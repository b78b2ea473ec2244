import { en } from './en.js';
import { numberFormat, pluralRules } from './intlCache.js';
import type { MessageId, MessageValue, PartialMessages } from './messages.js';

/** Values for a message's `{name}` placeholders. Numbers are formatted for the locale. */
export type TranslationValues = Readonly<Record<string, string | number>>;

/** Turns a message id (and its placeholder values) into text in one locale. */
export type Translator = (id: MessageId, values?: TranslationValues) => string;

/** Options of `createTranslator`. */
export interface TranslatorOptions {
  /**
   * BCP 47 locale, such as `'en-IN'` or `'ar'`: the language of `messages`, whose plural rules
   * they follow (the English that fills their gaps follows English rules), and how numbers in
   * placeholders are written.
   * @defaultValue `'en'`
   */
  locale?: string;
  /**
   * The wording for `locale`: a shipped catalogue (`ar`), a brand's own, or both spread together.
   * An id it lacks takes the English text. Catalogues are passed in, not looked up, so an app
   * bundles only the languages it uses.
   */
  messages?: PartialMessages;
}

const PLACEHOLDER = /\{(\w+)\}/g;
const NUMBER_OPTIONS: Intl.NumberFormatOptions = { maximumFractionDigits: 3 };

/**
 * Creates `t(id, values?)` for one locale. `{name}` placeholders take `values.name`; a plural message
 * picks its variant with `Intl.PluralRules` from `values.count` (or the value its `select` names).
 * A message missing from `messages` falls back to English; an id no catalogue knows gives `""`,
 * never the raw id (`eventLabel` gives an unknown event its own words).
 * @example
 * const t = createTranslator({ locale: 'ar', messages: ar });
 * t('table.loaded', { count: 3 }); // "تم تحميل 3 إدخالات"
 * // Intl writes `ar` with Western digits; `ar-EG` (or `ar-u-nu-arab`) gives "تم تحميل ٣ إدخالات".
 */
export function createTranslator(options: TranslatorOptions = {}): Translator {
  return createTranslatorOver(en, options);
}

/**
 * `createTranslator` over a given English base instead of the whole of `en`: a widget used
 * without a provider passes only its own messages, so it does not bundle the rest. `numbers` is
 * the locale numbers in placeholders are written in, when a widget's differs from `locale`.
 */
export function createTranslatorOver(
  base: PartialMessages,
  options: TranslatorOptions,
  numbers?: string,
): Translator {
  const locale = options.locale ?? 'en';
  const overrides: PartialMessages = options.messages ?? {};

  return function translate(id, values) {
    const own = (overrides as Record<string, MessageValue | undefined>)[id];
    const message = own ?? (base as Record<string, MessageValue | undefined>)[id];
    if (message === undefined) return '';
    let text = message;
    if (typeof text !== 'string') {
      const selector = values?.[text.select ?? 'count'];
      // A variant follows the plural rules of the language it is written in: English filling a
      // gap in a Hindi catalogue says "0 days", not Hindi's singular for 0.
      text =
        typeof selector === 'number'
          ? (text[pluralRules(own ? locale : 'en').select(selector)] ?? text.other)
          : text.other;
    }
    // Members never read "{level}": a placeholder without a value (bad plain props) is left out.
    return text
      .replace(PLACEHOLDER, (_, name: string) => {
        const value = values?.[name];
        // `+ 0`: -0 (Capillary's "-0.000") reads as 0, not "-0"; NaN stays NaN, not a made-up 0.
        return typeof value === 'number'
          ? numberFormat(numbers ?? locale, NUMBER_OPTIONS).format(value + 0)
          : (value ?? '');
      })
      .trim();
  };
}
