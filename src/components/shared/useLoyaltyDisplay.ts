'use client';
import { useContext } from 'react';
import { createTranslatorOver, type Translator } from '../../i18n/createTranslator.js';
import type { PartialMessages } from '../../i18n/messages.js';
import { LoyaltyContext } from '../../react/LoyaltyContext.js';

/** What a widget needs to word and format what it shows. */
export interface LoyaltyDisplay {
  /** Turns message ids into text. */
  t: Translator;
  /** BCP 47 locale. */
  locale: string;
  /** IANA time zone dates are shown in. */
  timeZone: string;
}

const fallbacks = new WeakMap<PartialMessages, LoyaltyDisplay>();

/**
 * The provider's language and time zone or, for a widget fed plain props without a provider,
 * `english` (the widget's own English messages) in the browser's time zone.
 */
export function useLoyaltyDisplay(english: PartialMessages): LoyaltyDisplay {
  const context = useContext(LoyaltyContext);
  if (context) return context;
  let fallback = fallbacks.get(english);
  if (!fallback) {
    fallback = {
      t: createTranslatorOver(english, { locale: 'en' }),
      locale: 'en',
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    };
    fallbacks.set(english, fallback);
  }
  return fallback;
}
