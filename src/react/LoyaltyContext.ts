'use client';
import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { LoyaltyClient } from '../core/client/createLoyaltyClient.js';
import type { PartialMessages } from '../i18n/messages.js';

/** What `LoyaltyProvider` gives the hooks and components below it. */
export interface LoyaltyContextValue {
  /** The API client. */
  client: LoyaltyClient;
  /** The TanStack Query client every loyalty query runs in. */
  queryClient: QueryClient;
  /** BCP 47 locale for text, numbers and dates. */
  locale: string;
  /** IANA time zone dates are shown and ranges computed in. */
  timeZone: string;
  /** The provider's `messages`, which each widget words its text with. */
  messages?: PartialMessages | undefined;
  /**
   * BCP 47 language of the words, for the widgets' `lang`: `locale` where its messages replace
   * most of the English or the locale is English, else `'en'`.
   */
  lang: string;
}

export const LoyaltyContext = createContext<LoyaltyContextValue | null>(null);

/** The provider's value; a clear error when called outside `<LoyaltyProvider>`. */
export function useLoyaltyContext(caller: string): LoyaltyContextValue {
  const value = useContext(LoyaltyContext);
  if (!value) {
    throw new Error(
      `capillary-loyalty-widgets: ${caller} must be used inside <LoyaltyProvider>. Wrap your widgets in <LoyaltyProvider baseUrl="/api/loyalty"> (or pass a client).`,
    );
  }
  return value;
}
