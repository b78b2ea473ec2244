'use client';
import { TZDate } from '@date-fns/tz/date';
import * as Tabs from '@radix-ui/react-tabs';
import { endOfDay, startOfDay } from 'date-fns';
import {
  type ReactNode,
  type RefObject,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { LoyaltyApiError } from '../../core/client/LoyaltyApiError.js';
import {
  type CustomerIdentifier,
  LEDGER_PARTS,
  type LedgerInclude,
} from '../../core/client/queries.js';
import type { LedgerEvent } from '../../core/ledger/LedgerEvent.js';
import { textDirection } from '../../i18n/textDirection.js';
import { type DateRange, rollingRange } from '../../react/rollingRange.js';
import {
  DEFAULT_HISTORY_DAYS,
  type HistoryFilter,
  useHistoricalPoints,
} from '../../react/useHistoricalPoints.js';
import { ledgerHasMoreSince, useLedgerEvents } from '../../react/useLedgerEvents.js';
import { usePointsTimeline } from '../../react/usePointsTimeline.js';
import { EventBreakupCard } from '../EventBreakupCard/EventBreakupCard.js';
import { checkLedgerEvent, checkLedgerEvents } from '../shared/checkLedgerEvents.js';
import { ErrorNotice } from '../shared/ErrorNotice.js';
import { DisplayOverridesContext, useLoyaltyDisplay } from '../shared/useLoyaltyDisplay.js';
import { useStylesheetCheck } from '../shared/useStylesheetCheck.js';
import { LedgerFiltersBar } from './LedgerFiltersBar.js';
import { LedgerRowsTable, type LedgerRowsTableProps } from './LedgerRowsTable.js';
import { DEFAULT_COLUMNS, type LedgerCellContext, type LedgerColumnId } from './ledgerColumns.js';
import {
  filterRows,
  historyRow,
  type LedgerFilters,
  type LedgerRow,
  type LedgerSort,
  ledgerRows,
  sortRows,
  timelineRow,
} from './ledgerRows.js';
import { en } from '../../i18n/en.js';

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
        /** Events to show instead of loading them. */
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
   * BCP 47 locale numbers and dates are written in, over the provider's (the wording stays the
   * provider's messages, English without one).
   * @defaultValue the provider's locale, else `'en'`
   */
  locale?: string;
  /** Extra class on the root element. */
  className?: string;
}

const DEFAULT_SORT: LedgerSort = { column: 'date', direction: 'descending' };

function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/** From the start of `first`'s day to the end of `last`'s, in `timeZone`. */
function wholeDays(first: number, last: number, timeZone: string): DateRange {
  return {
    from: new Date(startOfDay(new TZDate(first, timeZone)).getTime()),
    to: new Date(endOfDay(new TZDate(last, timeZone)).getTime()),
  };
}

/** Given events as the table shows them: their rows and when the first and last happened. */
interface GivenEvents {
  rows: LedgerRow[];
  first: number;
  last: number;
  /** Why they cannot be shown, if they cannot. */
  error: LoyaltyApiError | null;
}

function readGivenEvents(events: readonly LedgerEvent[]): GivenEvents {
  const none = { rows: [], first: Infinity, last: -Infinity };
  const error = checkLedgerEvents(events);
  if (error) return { ...none, error };
  const rows = ledgerRows(events);
  let first = Infinity;
  let last = -Infinity;
  // What each row shows, read from the rows: reading 100,000 events again takes far longer.
  for (let index = 0; index < rows.length; index++) {
    const { date, expiry, points } = rows[index] as LedgerRow;
    const time = date instanceof Date ? date.getTime() : NaN;
    if (
      Number.isNaN(time) ||
      (expiry !== null && !(expiry instanceof Date)) ||
      typeof points !== 'number'
    ) {
      return { ...none, error: checkLedgerEvent(events[index], `events[${index}]`) };
    }
    if (time < first) first = time;
    if (time > last) last = time;
  }
  return { rows, first, last, error: null };
}

/**
 * The date range the table opens with: the last months of a member's ledger, or for given
 * events, all of them (up to today, so the range reads as one a member would pick).
 */
function useDefaultRange(given: GivenEvents | null, timeZone: string) {
  const first = given?.first ?? Infinity;
  const last = given?.last ?? -Infinity;
  return useMemo<DateRange>(() => {
    const recent = rollingRange(DEFAULT_HISTORY_DAYS, timeZone);
    if (first === Infinity) return recent;
    const span = wholeDays(first, last, timeZone);
    return { from: span.from, to: new Date(Math.max(span.to.getTime(), recent.to.getTime())) };
  }, [first, last, timeZone]);
}

/** The table's filters and sort, shared by every tab. */
function useTableState(given: GivenEvents | null, timeZone: string) {
  const range = useDefaultRange(given, timeZone);
  const defaults = useMemo<LedgerFilters>(
    () => ({ ...range, direction: 'all', billNumber: '' }),
    [range],
  );
  const [filters, setFilters] = useState(defaults);
  const [shownDefaults, setShownDefaults] = useState(defaults);
  if (shownDefaults !== defaults) {
    setShownDefaults(defaults);
    // Dates the member left alone follow the defaults: new events passed in, or another zone.
    if (
      filters.from.getTime() === shownDefaults.from.getTime() &&
      filters.to.getTime() === shownDefaults.to.getTime()
    ) {
      setFilters({ ...filters, from: defaults.from, to: defaults.to });
    }
  }
  const [sort, setSort] = useState(DEFAULT_SORT);
  const billNumber = useDebounced(filters.billNumber, 300);
  // Typing a date passes through other whole dates (month, then day, then year): load for the last.
  const from = useDebounced(filters.from, 300);
  const to = useDebounced(filters.to, 300);
  const applied = useMemo(
    () => ({ ...filters, from, to, billNumber }),
    [filters, from, to, billNumber],
  );
  // Of the filters the rows were chosen by: the empty message must explain the rows on screen,
  // not filters still being typed (or just cleared).
  const isDefault =
    applied.from.getTime() === defaults.from.getTime() &&
    applied.to.getTime() === defaults.to.getTime() &&
    applied.direction === 'all' &&
    applied.billNumber === '';
  const clearFilters = useCallback(() => setFilters(defaults), [defaults]);
  return { filters, applied, setFilters, sort, setSort, isDefault, clearFilters };
}

type TableState = ReturnType<typeof useTableState>;

interface ViewProps {
  props: PointsLedgerTableProps;
  state: TableState;
}

function useRowsTableProps(
  view: ViewProps,
  loaded: readonly LedgerRow[],
  source: Pick<
    LedgerRowsTableProps,
    | 'status'
    | 'error'
    | 'onRetry'
    | 'warnings'
    | 'hasNextPage'
    | 'isFetchingNextPage'
    | 'onLoadMore'
  >,
): LedgerRowsTableProps {
  const { t } = useLoyaltyDisplay(en);
  const { props, state } = view;
  // The date range scopes what counts as loaded; the type and bill filters hide rows within it.
  const inRange = useMemo(
    () => filterRows(loaded, { ...state.applied, direction: 'all', billNumber: '' }),
    [loaded, state.applied],
  );
  const rows = useMemo(
    () => sortRows(filterRows(inRange, state.applied), state.sort),
    [inRange, state.applied, state.sort],
  );
  const { customerId } = props;
  const renderExpanded = useCallback(
    (row: LedgerRow) =>
      row.source === 'ledger' ? (
        <EventBreakupCard event={row.event} customerId={customerId} />
      ) : (
        <ImportedEntryDetails row={row} />
      ),
    [customerId],
  );
  return {
    ...source,
    rows,
    loadedCount: inRange.length,
    columns: props.columns ?? DEFAULT_COLUMNS,
    renderCell: props.renderCell,
    renderExpanded: props.expandable === false ? undefined : renderExpanded,
    sort: state.sort,
    onSortChange: state.setSort,
    emptyMessage: state.isDefault ? t('table.empty') : t('table.emptyFiltered'),
    onClearFilters: state.isDefault ? undefined : state.clearFilters,
    paging: props.paging ?? 'button',
  };
}

/** An imported entry has no breakup: its card repeats what the legacy system recorded. */
function ImportedEntryDetails({ row }: { row: LedgerRow }) {
  const { t } = useLoyaltyDisplay(en);
  if (row.source !== 'history') return null;
  const { entry } = row;
  return (
    <dl className="clw-details">
      <dt>{t('table.column.source')}</dt>
      <dd>{t('table.source.imported')}</dd>
      {entry.programName ? (
        <>
          <dt>{t('table.source.programme')}</dt>
          <dd>{entry.programName}</dd>
        </>
      ) : null}
      {entry.billNumber ? (
        <>
          <dt>{t('breakup.bill.number')}</dt>
          <dd>{entry.billNumber}</dd>
        </>
      ) : null}
    </dl>
  );
}

const NO_WARNINGS: never[] = [];

function ActivityView({ view, customer }: { view: ViewProps; customer: CustomerIdentifier }) {
  const { props, state } = view;
  const ledger = useLedgerEvents({
    customer,
    include: props.include ?? LEDGER_PARTS,
    pageSize: props.pageSize ?? 50,
  });
  const loaded = useMemo(() => ledgerRows(ledger.events), [ledger.events]);
  const hasNextPage = ledgerHasMoreSince(ledger, state.applied.from.getTime());
  const tableProps = useRowsTableProps(view, loaded, {
    status: ledger.status,
    error: ledger.error,
    onRetry: ledger.retry,
    warnings: ledger.warnings,
    hasNextPage,
    isFetchingNextPage: ledger.isFetchingNextPage,
    onLoadMore: ledger.fetchNextPage as () => void,
  });
  // Filters apply to what has loaded; keep loading while they leave less than a page to show.
  const { fetchNextPage, isFetching } = ledger;
  const shown = tableProps.rows.length;
  const pageSize = props.pageSize ?? 50;
  useEffect(() => {
    if (hasNextPage && !isFetching && shown < pageSize) void fetchNextPage();
  }, [hasNextPage, isFetching, shown, pageSize, fetchNextPage]);
  return <LedgerRowsTable {...tableProps} />;
}

function historyFilter(filters: LedgerFilters): HistoryFilter {
  // The API takes one filter at a time: send the most selective, apply the rest to what arrives.
  if (filters.billNumber.trim())
    return { filterType: 'BILL_NUMBER', filterValues: [filters.billNumber.trim()] };
  if (filters.direction !== 'all') {
    return {
      filterType: 'TRANSACTION_TYPE',
      filterValues: [filters.direction === 'earned' ? 'CREDIT' : 'DEBIT'],
    };
  }
  return { filterType: 'DATE', from: filters.from, to: filters.to };
}

function HistoryView({ view, customerId }: { view: ViewProps; customerId: string | number }) {
  const history = useHistoricalPoints(customerId, {
    filter: historyFilter(view.state.applied),
    pageSize: view.props.pageSize ?? 50,
  });
  const loaded = useMemo(() => history.entries.map(historyRow), [history.entries]);
  const tableProps = useRowsTableProps(view, loaded, {
    status: history.status,
    error: history.error,
    onRetry: history.retry,
    warnings: history.warnings,
    hasNextPage: Boolean(history.hasNextPage),
    isFetchingNextPage: history.isFetchingNextPage,
    onLoadMore: history.fetchNextPage as () => void,
  });
  return <LedgerRowsTable {...tableProps} />;
}

function AllView({
  view,
  customer,
  customerId,
}: {
  view: ViewProps;
  customer: CustomerIdentifier;
  customerId: string | number;
}) {
  const { props, state } = view;
  const range = useMemo(
    () => ({ from: state.applied.from, to: state.applied.to }),
    [state.applied.from, state.applied.to],
  );
  const timeline = usePointsTimeline({
    customer,
    customerId,
    range,
    include: props.include ?? LEDGER_PARTS,
    pageSize: props.pageSize ?? 50,
  });
  const loaded = useMemo(() => timeline.rows.map(timelineRow), [timeline.rows]);
  const tableProps = useRowsTableProps(
    {
      props: {
        ...props,
        columns: props.columns ?? ['date', 'activity', 'source', 'reference', 'points', 'status'],
      },
      state,
    },
    loaded,
    {
      status: timeline.status,
      error: timeline.error,
      onRetry: timeline.retry,
      warnings: timeline.warnings,
      hasNextPage: timeline.hasNextPage,
      isFetchingNextPage: timeline.isFetchingNextPage,
      onLoadMore: timeline.fetchNextPage,
    },
  );
  return <LedgerRowsTable {...tableProps} />;
}

function GivenEventsView({ view, rows }: { view: ViewProps; rows: readonly LedgerRow[] }) {
  const tableProps = useRowsTableProps(view, rows, {
    status: 'success',
    error: null,
    onRetry: () => {},
    warnings: NO_WARNINGS,
    hasNextPage: false,
    isFetchingNextPage: false,
    onLoadMore: () => {},
  });
  return <LedgerRowsTable {...tableProps} />;
}

/** Whether the organisation imported any history for this member (one tiny request). */
function useHasImportedHistory(customerId: string | number | undefined): boolean {
  const probe = useHistoricalPoints(customerId ?? '', {
    filter: { filterType: 'NONE' },
    pageSize: 1,
    enabled: customerId !== undefined,
  });
  return probe.entries.length > 0;
}

// Layout effects warn during server rendering in React 18; there is no layout to read there anyway.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/** The text direction the table is laid out in, read from the page and kept up to date. */
function useInheritedDirection(element: RefObject<HTMLElement | null>, initial: 'ltr' | 'rtl') {
  const [direction, setDirection] = useState(initial);
  useIsomorphicLayoutEffect(() => {
    const node = element.current;
    if (!node) return;
    const read = () => setDirection(getComputedStyle(node).direction === 'rtl' ? 'rtl' : 'ltr');
    read();
    // A language switch flips `dir` on the page or a wrapper without remounting the table.
    const observer = new MutationObserver(read);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['dir'],
      subtree: true,
    });
    return () => observer.disconnect();
  }, [element]);
  return direction;
}

function ConnectedTable({
  props,
  state,
  customer,
  direction,
}: ViewProps & { customer: CustomerIdentifier; direction: 'ltr' | 'rtl' }) {
  const { t } = useLoyaltyDisplay(en);
  const hasHistory = useHasImportedHistory(props.customerId);
  const [uncontrolled, setUncontrolled] = useState<PointsLedgerTab>(
    props.defaultValue ?? 'activity',
  );
  const requested = props.value ?? uncontrolled;
  const tab = hasHistory ? requested : 'activity';
  const view = { props, state };
  const onValueChange = (value: string) => {
    setUncontrolled(value as PointsLedgerTab);
    props.onValueChange?.(value as PointsLedgerTab);
  };
  const customerId = props.customerId;
  // One tree whether or not the tabs show, so the Activity view keeps its state (and open rows)
  // when the history probe answers after the first rows.
  const showTabs = hasHistory && customerId !== undefined;
  // Without its tab a panel would be an unnamed "tab panel" labelled by a missing element.
  const panelRole = showTabs ? {} : { role: undefined, 'aria-labelledby': undefined };
  return (
    <Tabs.Root value={tab} onValueChange={onValueChange} dir={direction} className="clw-tabs">
      {showTabs ? (
        <Tabs.List className="clw-tab-list" aria-label={t('table.caption')}>
          <Tabs.Trigger value="activity" className="clw-tab">
            {t('table.tab.activity')}
          </Tabs.Trigger>
          <Tabs.Trigger value="history" className="clw-tab">
            {t('table.tab.imported')}
          </Tabs.Trigger>
          <Tabs.Trigger value="all" className="clw-tab">
            {t('table.tab.all')}
          </Tabs.Trigger>
        </Tabs.List>
      ) : null}
      {/* Panels leave the tab order to the table inside them: one stop, not two in a row. */}
      <Tabs.Content
        value="activity"
        className={showTabs ? 'clw-tab-panel' : undefined}
        tabIndex={-1}
        {...panelRole}
      >
        <ActivityView view={view} customer={customer} />
      </Tabs.Content>
      {showTabs ? (
        <>
          <Tabs.Content value="history" className="clw-tab-panel" tabIndex={-1}>
            <HistoryView view={view} customerId={customerId} />
          </Tabs.Content>
          <Tabs.Content value="all" className="clw-tab-panel" tabIndex={-1}>
            <AllView view={view} customer={customer} customerId={customerId} />
          </Tabs.Content>
        </>
      ) : null}
    </Tabs.Root>
  );
}

/**
 * A member's points ledger: where points came from, where they went and when they expire. Loads
 * everything itself inside a `LoyaltyProvider`, or shows the `events` it is given.
 */
export function PointsLedgerTable(props: PointsLedgerTableProps) {
  const { t, locale, timeZone } = useLoyaltyDisplay(en, props);
  // The rows, filters and breakup cards inside read the display without being handed the props.
  const display = useMemo(() => ({ locale, timeZone }), [locale, timeZone]);
  const { customer, events } = props;
  const given = useMemo(() => (events ? readGivenEvents(events) : null), [events]);
  const state = useTableState(given, timeZone);
  const rootRef = useRef<HTMLElement>(null);
  useStylesheetCheck(rootRef);
  // Radix Tabs lays out left to right unless told otherwise; follow the page (or the locale).
  const direction = useInheritedDirection(rootRef, textDirection(locale));
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
  let content: ReactNode;
  if (given?.error) content = <ErrorNotice error={given.error} title={t('table.error.title')} />;
  else if (given) content = <GivenEventsView view={{ props, state }} rows={given.rows} />;
  else if (customer) {
    content = (
      <ConnectedTable props={props} state={state} customer={customer} direction={direction} />
    );
  } else content = <ErrorNotice error={missingCustomer} title={t('table.error.title')} />;
  return (
    <DisplayOverridesContext.Provider value={display}>
      <section
        ref={rootRef}
        className={['clw-root', 'clw-ledger', props.className].filter(Boolean).join(' ')}
        data-slot="points-ledger-table"
      >
        <LedgerFiltersBar filters={state.filters} onChange={state.setFilters} />
        {content}
      </section>
    </DisplayOverridesContext.Provider>
  );
}
