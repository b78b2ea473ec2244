'use client';
import { type ReactNode, useMemo, useRef } from 'react';
import { LoyaltyApiError } from '../../core/client/LoyaltyApiError.js';
import type { CustomerIdentifier } from '../../core/client/queries.js';
import type { LedgerEvent } from '../../core/ledger/LedgerEvent.js';
import { en } from '../../i18n/en.js';
import { checkLedgerEvent } from '../shared/checkLedgerEvents.js';
import { ErrorNotice } from '../shared/ErrorNotice.js';
import { DisplayOverridesContext, useLoyaltyDisplay } from '../shared/useLoyaltyDisplay.js';
import { useStylesheetCheck } from '../shared/useStylesheetCheck.js';
import { RenderFailure } from '../shared/RenderFailure.js';
import { WidgetBoundary } from '../shared/WidgetBoundary.js';
import { Breakup } from './Breakup.js';
import { LoadedBreakup } from './LoadedBreakup.js';

/** Props of `EventBreakupCard`: give the `event`, or its `eventLogId` and `customer` to load it. */
export type EventBreakupCardProps = {
  /**
   * The member's Capillary customer id: adds the event's allocations (what was awarded,
   * redeemed, expired or returned, and when it expires), loaded when the member asks. They load
   * through `LoyaltyProvider`'s client: without a provider, the card leaves them out.
   */
  customerId?: string | number;
  /**
   * IANA time zone dates are shown in, over the provider's. Pass it when server-rendering without
   * a provider, so the server and the browser write the same dates.
   * @defaultValue the provider's time zone, else the runtime's
   */
  timeZone?: string;
  /**
   * BCP 47 locale numbers are written in, over the provider's: grouping and digits, in the text
   * and in dates and times left too. Words stay in one language, the provider's messages' (English
   * without one): month names and "in 3 days" included.
   * @defaultValue the provider's locale, else `'en'`
   */
  locale?: string;
  /** Extra class on the root element. */
  className?: string;
} & (
  | {
      /**
       * The event to explain, as `normalizeLedgerEvent` (or `useLedgerEvents`) gives it, not
       * Capillary's raw JSON.
       */
      event: LedgerEvent;
      eventLogId?: never;
      customer?: never;
    }
  | {
      /** Id of the event to load and explain: a number, or its digits as a route gives them (`"42"`). */
      eventLogId: string | number;
      /** The member the event belongs to. */
      customer: CustomerIdentifier;
      event?: never;
    }
);

/** The problem with what the card was given to show, if any, as a typed error. */
function usePropsError(props: EventBreakupCardProps, eventLogId: string): LoyaltyApiError | null {
  const { event, customer } = props;
  const given = props.event !== undefined;
  return useMemo(() => {
    if (given) return checkLedgerEvent(event, 'event');
    // An empty id would ask for no id at all, and the API would answer with the latest event.
    const message = !/^\d+$/.test(eventLogId)
      ? `<EventBreakupCard> needs an eventLogId of digits, got ${JSON.stringify(eventLogId)}.`
      : !customer
        ? '<EventBreakupCard eventLogId> needs the customer it belongs to.'
        : null;
    return message ? new LoyaltyApiError({ kind: 'invalid-query', path: '', message }) : null;
  }, [given, event, eventLogId, customer]);
}

/**
 * Everything one ledger event holds: what happened and when, the points earned (regular,
 * promotional, promised), redeemed, the bill, the target reached, custom fields, alternate
 * currencies, and on demand its allocations. Sections with no data are left out.
 */
export function EventBreakupCard(props: EventBreakupCardProps) {
  return (
    <WidgetBoundary
      fallback={(error) => <RenderFailure error={error} title="breakup.error.title" />}
    >
      <BreakupCard {...props} />
    </WidgetBoundary>
  );
}

function BreakupCard(props: EventBreakupCardProps) {
  const { t, locale, timeZone, lang } = useLoyaltyDisplay(en, props);
  // The allocations and notices inside read the display without being handed the props.
  const display = useMemo(() => ({ locale, timeZone }), [locale, timeZone]);
  const card = useRef<HTMLElement>(null);
  useStylesheetCheck(card);
  const eventLogId = String(props.eventLogId ?? '').trim();
  const error = usePropsError(props, eventLogId);
  let content: ReactNode;
  if (error) content = <ErrorNotice error={error} title={t('breakup.error.title')} />;
  else if (props.event) content = <Breakup event={props.event} customerId={props.customerId} />;
  else {
    content = (
      <LoadedBreakup
        eventLogId={eventLogId}
        customer={props.customer}
        customerId={props.customerId}
        card={card}
      />
    );
  }
  return (
    <DisplayOverridesContext.Provider value={display}>
      <article
        ref={card}
        lang={lang}
        className={['clw-root', 'clw-card', props.className].filter(Boolean).join(' ')}
        data-slot="event-breakup-card"
        // Only a card that loads its event swaps content under the member's focus (on Retry);
        // named, so a screen reader landing on it says more than "article".
        tabIndex={props.event ? undefined : -1}
        aria-label={props.event ? undefined : t('breakup.title')}
      >
        {content}
      </article>
    </DisplayOverridesContext.Provider>
  );
}
