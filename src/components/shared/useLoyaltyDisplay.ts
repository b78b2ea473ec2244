'use client';
import { useContext } from 'react';
import { createTranslator, type Translator } from '../../i18n/createTranslator.js';
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

let fallback: LoyaltyDisplay | undefined;

/**
 * The provider's language and time zone, or English in the browser's zone for a widget fed plain
 * props without a provider.
 */
export function useLoyaltyDisplay(): LoyaltyDisplay {
  const context = useContext(LoyaltyContext);
  if (context) return context;
  fallback ??= {
    t: createTranslator({ locale: 'en' }),
    locale: 'en',
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
  return fallback;
}
