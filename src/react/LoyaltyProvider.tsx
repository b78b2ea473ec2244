'use client';
import { QueryClient } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';
import { createLoyaltyClient, type LoyaltyClient } from '../core/client/createLoyaltyClient.js';
import { checkedTimeZone } from '../i18n/checkedTimeZone.js';
import { en } from '../i18n/en.js';
import { resolveLocale } from '../i18n/intlCache.js';
import type { PartialMessages } from '../i18n/messages.js';
import { LoyaltyContext, type LoyaltyContextValue } from './LoyaltyContext.js';

/** Props of `LoyaltyProvider`: give either `client` or `baseUrl`. */
export type LoyaltyProviderProps = {
  /**
   * The TanStack Query client of your app; its defaults apply (offline, its queries wait for the
   * connection, and it refetches when it comes back), except `retry`, `throwOnError` and
   * `placeholderData`: errors stay in the hooks' `error`, and one member's points never stand in
   * for another's while those load. With TanStack's own defaults, a refetch on window focus
   * reloads every page of activity a member has loaded, one request each: set a `staleTime`, or
   * `refetchOnWindowFocus: false`, if members load many.
   * @defaultValue a client of the provider's own: one-minute fresh data, no refetch on focus, no
   * query retries (the API client already retries what is worth retrying, honouring Retry-After),
   * and no waiting for the connection: offline, a widget says so and offers Retry
   */
  queryClient?: QueryClient | undefined;
  /** BCP 47 locale for text, numbers and dates. @defaultValue 'en' */
  locale?: string | undefined;
  /**
   * IANA time zone dates are shown and ranges computed in. Pass it when server-rendering: the
   * default differs between the server and the browser, and so would the dates (a hydration error).
   * @defaultValue `organizationTimeZone` (or the given client's `timeZone`), so a member abroad sees
   * the calendar days the programme and its staff see (points expiring on 1 August do not read
   * "2 August"); else the runtime's zone
   */
  timeZone?: string | undefined;
  /**
   * The wording for `locale`: a shipped catalogue (`import { ar } from 'capillary-loyalty-widgets/locales/ar'`),
   * your own for some or all messages, or both spread together. English fills any gap.
   * @defaultValue the English catalogue
   */
  messages?: PartialMessages | undefined;
  /** The widgets. */
  children?: ReactNode;
} & (
  | {
      /** A client made with `createLoyaltyClient`. */
      client: LoyaltyClient;
      baseUrl?: never;
      organizationTimeZone?: never;
    }
  | {
      /** Your proxy's path (e.g. `/api/loyalty`); the provider makes a credential-free client for it. */
      baseUrl: string;
      /**
       * IANA time zone of your Capillary organisation: Capillary sends many dates without an offset
       * (`2024-10-25 22:59:12.0`), and they are read in this zone. Set it whenever members may be
       * elsewhere, or their activity would move by the difference between the zones. Dates are
       * shown in it too, unless `timeZone` says otherwise.
       * @defaultValue `timeZone`
       */
      organizationTimeZone?: string | undefined;
      client?: never;
    }
);

function defaultQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The client already retries transport failures; a second layer would multiply attempts.
      // `always`: an app's own QueryClientProvider makes TanStack Query follow the connection, and
      // a query of this client (never mounted) started offline would wait for ever; the fetch
      // fails instead, and the widget says so and offers Retry.
      queries: {
        retry: false,
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        networkMode: 'always',
      },
    },
  });
}

/**
 * The language of the widgets' words: the locale's where its messages replace most of the English
 * (a shipped catalogue, a brand's own), else English, which fills every gap (no messages, or a
 * brand's few overrides).
 */
function wordsLanguage(locale: string, messages: PartialMessages | undefined): string {
  if (/^en\b/i.test(locale)) return locale;
  const ids = Object.keys(en);
  const given = messages ? ids.filter((id) => Object.hasOwn(messages, id)).length : 0;
  return given * 2 > ids.length ? locale : 'en';
}

/** Gives the loyalty hooks and widgets below it their API client, language and time zone. */
export function LoyaltyProvider(props: LoyaltyProviderProps) {
  const { baseUrl, client: givenClient, queryClient: givenQueryClient, messages, children } = props;
  // As Intl spells it: `ar_AE` is no language tag for `lang`, and `en_US` is English too.
  const locale = resolveLocale(props.locale);
  // A zone that is not one (a typo) is said in the console and gives way to the next one.
  const givenOrganizationTimeZone = checkedTimeZone(
    'organizationTimeZone',
    props.organizationTimeZone,
  );
  const timeZone =
    checkedTimeZone('timeZone', props.timeZone) ??
    givenOrganizationTimeZone ??
    givenClient?.timeZone ??
    Intl.DateTimeFormat().resolvedOptions().timeZone;
  const [ownQueryClient] = useState(defaultQueryClient);
  const organizationTimeZone = givenOrganizationTimeZone ?? timeZone;
  const ownClient = useMemo(
    () =>
      givenClient || baseUrl === undefined
        ? null
        : createLoyaltyClient({ baseUrl, timeZone: organizationTimeZone }),
    [givenClient, baseUrl, organizationTimeZone],
  );
  const client = givenClient ?? ownClient;
  if (!client)
    throw new Error('capillary-loyalty-widgets: <LoyaltyProvider> needs a client or a baseUrl.');
  const queryClient = givenQueryClient ?? ownQueryClient;

  const value = useMemo<LoyaltyContextValue>(
    () => ({
      client,
      queryClient,
      locale,
      timeZone,
      messages,
      lang: wordsLanguage(locale, messages),
    }),
    [client, queryClient, locale, timeZone, messages],
  );
  // `.Provider` keeps React 18 working.
  return <LoyaltyContext.Provider value={value}>{children}</LoyaltyContext.Provider>;
}
