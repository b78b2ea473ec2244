'use client';
import { createContext, useContext, useMemo } from 'react';
import { createTranslatorOver, type Translator } from '../../i18n/createTranslator.js';
import { checkedTimeZone } from '../../i18n/checkedTimeZone.js';
import type { PartialMessages } from '../../i18n/messages.js';
import { LoyaltyContext } from '../../react/LoyaltyContext.js';

/** What a widget needs to word and format what it shows. */
export interface LoyaltyDisplay {
  /** Turns message ids into text. */
  t: Translator;
  /** BCP 47 locale. */
  locale: string;
  /** BCP 47 language of the words `t` gives, for the `lang` of a widget's root. */
  lang: string;
  /** IANA time zone dates are shown in. */
  timeZone: string;
}

/** A widget's own `locale` and `timeZone` props, over the provider's. */
export interface DisplayOverrides {
  /** BCP 47 locale numbers and dates are written in. */
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
 * English messages) in the runtime's time zone. The wording always comes from the provider's
 * messages: a `locale` override changes how numbers and dates are written.
 */
export function useLoyaltyDisplay(
  english: PartialMessages,
  own: DisplayOverrides = NONE,
): LoyaltyDisplay {
  const context = useContext(LoyaltyContext);
  const inherited = useContext(DisplayOverridesContext);
  const locale = own.locale ?? inherited.locale ?? context?.locale ?? 'en';
  // An unknown zone (a typo in a prop) gives way to the next one: date math in it gives nothing.
  const timeZone =
    checkedTimeZone('timeZone', own.timeZone) ??
    checkedTimeZone('timeZone', inherited.timeZone) ??
    context?.timeZone ??
    (runtimeTimeZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);
  const fallback = useMemo(() => createTranslatorOver(english, { locale }), [english, locale]);
  const t = context ? context.t : fallback;
  // Without a provider the words are the English fallback, whatever locale dates are written in.
  const lang = context ? context.lang : /^en\b/i.test(locale) ? locale : 'en';
  // One object while nothing changes: widgets list it in their effects' and memos' dependencies.
  return useMemo(() => ({ t, locale, timeZone, lang }), [t, locale, timeZone, lang]);
}
