'use client';
import { createContext, useContext, useMemo } from 'react';
import { createTranslatorOver, type Translator } from '../../i18n/createTranslator.js';
import { checkedTimeZone } from '../../i18n/checkedTimeZone.js';
import { numberFormat, resolveLocale } from '../../i18n/intlCache.js';
import type { PartialMessages } from '../../i18n/messages.js';
import { LoyaltyContext } from '../../react/LoyaltyContext.js';

/** What a widget needs to word and format what it shows. */
export interface LoyaltyDisplay {
  /** Turns message ids into text, with numbers written in `locale`. */
  t: Translator;
  /** BCP 47 locale numbers are written in. */
  locale: string;
  /** BCP 47 language of the words `t` gives, for the `lang` of a widget's root. */
  lang: string;
  /**
   * BCP 47 locale of dates, relative times ("in 3 days") and lists: `lang`, with `locale`'s digits,
   * so their words are those of the sentences around them.
   */
  dateLocale: string;
  /** IANA time zone dates are shown in. */
  timeZone: string;
}

/** A widget's own `locale` and `timeZone` props, over the provider's. */
export interface DisplayOverrides {
  /** BCP 47 locale numbers are written in. */
  locale?: string | undefined;
  /** IANA time zone dates are shown in. */
  timeZone?: string | undefined;
}

const NONE: DisplayOverrides = {};

/**
 * A widget's overrides, for the parts it renders: the table's rows, filters and breakup cards
 * read the display through this hook without being handed the table's props.
 */
export const DisplayOverridesContext = createContext<DisplayOverrides>(NONE);

let runtimeTimeZone: string | undefined;

/**
 * The language and time zone a widget shows things in: its own props (`own`) first, then those of
 * the widget it is part of, then the provider's; without a provider, `english` (the widget's own
 * English messages) in the runtime's time zone. The words always come from the provider's
 * messages, in one language (month names and "in 3 days" too): a `locale` override changes how
 * numbers are written, everywhere, digits included.
 */
export function useLoyaltyDisplay(
  english: PartialMessages,
  own: DisplayOverrides = NONE,
): LoyaltyDisplay {
  const context = useContext(LoyaltyContext);
  const inherited = useContext(DisplayOverridesContext);
  const locale = resolveLocale(own.locale ?? inherited.locale ?? context?.locale);
  // An unknown zone (a typo in a prop) gives way to the next one: date math in it gives nothing.
  const timeZone =
    checkedTimeZone('timeZone', own.timeZone) ??
    checkedTimeZone('timeZone', inherited.timeZone) ??
    context?.timeZone ??
    (runtimeTimeZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);
  // One object while nothing changes: widgets list it in their effects' and memos' dependencies.
  return useMemo(() => {
    // The English fallback without a provider. A locale of the words' language (`en-IN` for
    // English) is theirs, as it writes them.
    const words = context?.lang ?? 'en';
    const lang = words.split('-')[0] === locale.split('-')[0] ? locale : words;
    return {
      t: createTranslatorOver(english, context ?? {}, locale),
      locale,
      lang,
      dateLocale: new Intl.Locale(lang, {
        numberingSystem: numberFormat(locale, {}).resolvedOptions().numberingSystem,
      }).toString(),
      timeZone,
    };
  }, [english, context, locale, timeZone]);
}
