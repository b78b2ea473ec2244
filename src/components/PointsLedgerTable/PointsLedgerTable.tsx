'use client';
import { type ReactNode, useMemo, useRef } from 'react';
import { LoyaltyApiError } from '../../core/client/LoyaltyApiError.js';
import type { CustomerIdentifier, LedgerInclude } from '../../core/client/queries.js';
import type { LedgerEvent } from '../../core/ledger/LedgerEvent.js';
import { en } from '../../i18n/en.js';
import { textDirection } from '../../i18n/textDirection.js';
import { ErrorNotice } from '../shared/ErrorNotice.js';
import { useInheritedDirection } from '../shared/useInheritedDirection.js';
import { DisplayOverridesContext, useLoyaltyDisplay } from '../shared/useLoyaltyDisplay.js';
import { useStylesheetCheck } from '../shared/useStylesheetCheck.js';
import { RenderFailure } from '../shared/RenderFailure.js';
import { WidgetBoundary } from '../shared/WidgetBoundary.js';
import { ConnectedTable } from './ConnectedTable.js';
import { LedgerFiltersBar } from './LedgerFiltersBar.js';
import type { LedgerCellContext, LedgerColumnId } from './ledgerColumns.js';
import { GivenEventsView } from './ledgerViews.js';
import { readGivenEvents } from './readGivenEvents.js';
import { useLedgerTableState } from './useLedgerTableState.js';

/** The views of the points table. */
export type PointsLedgerTab = 'activity' | 'history' | 'all';

/**
 * Props of `PointsLedgerTable`: give the `customer` to load their ledger (inside a
 * `LoyaltyProvider`), or the `events` to show; given both, it shows the `events`.
 */
export type PointsLedgerTableProps = PointsLedgerTableOptions &
  (
    | {
        /** The member, as the ledger API identifies them. */
        customer: CustomerIdentifier;
        /**
         * Events to show instead of loading them (no provider needed): the table shows only
         * these, and its date filter starts out covering all of them. Pass what
         * `normalizeLedgerPage` (or `useLedgerEvents`) gives, not Capillary's raw JSON.
         */
        events?: readonly LedgerEvent[];
      }
    | {
        /**
         * Events to show instead of loading them (no provider needed): the table shows only
         * these, and its date filter starts out covering all of them. Pass what
         * `normalizeLedgerPage` (or `useLedgerEvents`) gives, not Capillary's raw JSON.
         */
        events: readonly LedgerEvent[];
        /** The member, as the ledger API identifies them. */
        customer?: CustomerIdentifier;
      }
  );

/** Props of `PointsLedgerTable` other than what it shows. */
export interface PointsLedgerTableOptions {
  /**
   * The member's Capillary customer id: enables the "Imported history" and "All" tabs (where the
   * organisation imported any history) and each event's allocations.
   */
  customerId?: string | number;
  /** The open tab (controlled). */
  value?: PointsLedgerTab;
  /** The tab open at first (uncontrolled). @defaultValue 'activity' */
  defaultValue?: PointsLedgerTab;
  /** Called when the member opens another tab. */
  onValueChange?: (value: PointsLedgerTab) => void;
  /** Which columns to show, in order. @defaultValue date, activity, reference, points, expires, status */
  columns?: readonly LedgerColumnId[];
  /** Renders a cell yourself; return `undefined` to keep the built-in content. */
  renderCell?: (column: LedgerColumnId, context: LedgerCellContext) => ReactNode | undefined;
  /** Rows per request. @defaultValue 50 */
  pageSize?: number;
  /** `button`: a "Load more" button; `scroll`: load as the member scrolls near the end. @defaultValue 'button' */
  paging?: 'button' | 'scroll';
  /** Optional parts of each event to load, for the breakup card. @defaultValue every part */
  include?: readonly LedgerInclude[];
  /** Whether rows open into their breakup card. @defaultValue true */
  expandable?: boolean;
  /**
   * IANA time zone dates are shown and the date filter counted in, over the provider's. Pass it
   * when server-rendering without a provider, so the server and the browser write the same dates.
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
}

/**
 * A member's points ledger: where points came from, where they went and when they expire. Loads
 * everything itself inside a `LoyaltyProvider`, or shows the `events` it is given. It opens on the
 * last 180 days (given `events`, on all of them); the member moves "From" back for older activity.
 */
export function PointsLedgerTable(props: PointsLedgerTableProps) {
  return (
    <WidgetBoundary fallback={(error) => <RenderFailure error={error} title="table.error.title" />}>
      <LedgerTable key={memberKey(props)} {...props} />
    </WidgetBoundary>
  );
}

/**
 * Whose ledger the table shows: another member's starts afresh, so none of the last member's
 * filters (a bill number they typed), sort or open rows carries over. The customer names them;
 * a `customerId` arriving later (with the profile) is the same member's, and keeps what they typed.
 */
function memberKey({ customer, customerId }: PointsLedgerTableProps): string {
  return JSON.stringify(
    customer
      ? [customer.identifierName, customer.identifierValue, customer.source]
      : String(customerId),
  );
}

function LedgerTable(props: PointsLedgerTableProps) {
  const { t, locale, timeZone, lang } = useLoyaltyDisplay(en, props);
  // The rows, filters and breakup cards inside read the display without being handed the props.
  const display = useMemo(() => ({ locale, timeZone }), [locale, timeZone]);
  const { customer, events } = props;
  const given = useMemo(() => (events ? readGivenEvents(events) : null), [events]);
  const state = useLedgerTableState(given, timeZone);
  const rootRef = useRef<HTMLElement>(null);
  useStylesheetCheck(rootRef);
  // Radix Tabs lays out left to right unless told otherwise, nor can every browser's CSS tell
  // (:dir()): follow the page (or the words' language).
  const direction = useInheritedDirection(rootRef, textDirection(lang));
  // One error for as long as it lasts: the notice logs each error once.
  const missingCustomer = useMemo(
    () =>
      new LoyaltyApiError({
        kind: 'invalid-query',
        path: '',
        message: '<PointsLedgerTable> needs a customer (or the events to show).',
      }),
    [],
  );
  const view = { props, state };
  let content: ReactNode;
  if (given && !given.error) content = <GivenEventsView view={view} rows={given.rows} />;
  else if (!given && customer) {
    content = <ConnectedTable view={view} customer={customer} direction={direction} />;
  } else {
    content = (
      <ErrorNotice error={given?.error ?? missingCustomer} title={t('table.error.title')} />
    );
  }
  return (
    <DisplayOverridesContext.Provider value={display}>
      <section
        ref={rootRef}
        lang={lang}
        className={['clw-root', 'clw-ledger', props.className].filter(Boolean).join(' ')}
        data-slot="points-ledger-table"
        // For the styles: which way the rows' chevrons point.
        data-dir={direction}
      >
        <LedgerFiltersBar
          filters={state.filters}
          onChange={state.setFilters}
          clears={state.clears}
        />
        {content}
      </section>
    </DisplayOverridesContext.Provider>
  );
}
