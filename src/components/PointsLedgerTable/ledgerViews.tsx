'use client';
import { useEffect, useMemo, useState } from 'react';
import type { CapillaryMessage, LoyaltyApiError } from '../../core/client/LoyaltyApiError.js';
import type { CustomerIdentifier } from '../../core/client/queries.js';
import { historyEntryKeys } from '../../core/history/historyEntryKeys.js';
import { en } from '../../i18n/en.js';
import { type HistoryFilter, useHistoricalPoints } from '../../react/useHistoricalPoints.js';
import {
  LEDGER_PAGE_SIZE,
  useLedgerEvents,
  useLedgerHasMoreSince,
} from '../../react/useLedgerEvents.js';
import { usePointsTimeline } from '../../react/usePointsTimeline.js';
import { EventBreakupCard } from '../EventBreakupCard/EventBreakupCard.js';
import { useLoyaltyDisplay } from '../shared/useLoyaltyDisplay.js';
import { ImportedEntryDetails } from './ImportedEntryDetails.js';
import { LedgerRowsTable, type LedgerRowsTableProps } from './LedgerRowsTable.js';
import { DEFAULT_COLUMNS } from './ledgerColumns.js';
import {
  filterRows,
  historyRow,
  type LedgerFilters,
  type LedgerRow,
  ledgerRows,
  sortRows,
  timelineRow,
} from './ledgerRows.js';
import type { PointsLedgerTableOptions } from './PointsLedgerTable.js';
import type { LedgerTableState } from './useLedgerTableState.js';

/** What every view of the points table is given: the table's props and its shared state. */
export interface ViewProps {
  /** The table's props. */
  props: PointsLedgerTableOptions;
  /** The filters and sort every tab shares. */
  state: LedgerTableState;
}

/**
 * How a view's rows are loading, under the names the data hooks use, so a hook's result passes as
 * it is: copying it would read every field, and TanStack Query re-renders for any field read.
 */
interface RowsSource {
  /** `pending` until the first answer, `error` when loading failed, else `success`. */
  status: 'pending' | 'error' | 'success';
  /** What failed, if anything. */
  error: LoyaltyApiError | null;
  /** Tries again what failed. */
  retry: () => void;
  /** Warnings of everything loaded. */
  warnings: readonly CapillaryMessage[];
  /** Whether a further page may hold rows. */
  hasNextPage: boolean;
  /** Whether a further page is loading. */
  isFetchingNextPage: boolean;
  /** Loads the next page. */
  fetchNextPage: () => unknown;
}

/**
 * Props of the rows table for a view's `loaded` rows: filtered, sorted and labelled.
 * @param hasNextPage The view's own answer, where it knows better than its source.
 */
function useRowsTableProps(
  view: ViewProps,
  loaded: readonly LedgerRow[],
  source: RowsSource,
  hasNextPage = source.hasNextPage,
): LedgerRowsTableProps {
  const { t } = useLoyaltyDisplay(en);
  const { props, state } = view;
  // The date range scopes what counts as loaded; the type and bill filters hide rows within it.
  const { from, to } = state.applied;
  const inRange = useMemo(
    () => filterRows(loaded, { from, to, direction: 'all', billNumber: '' }),
    [loaded, from, to],
  );
  const rows = useMemo(
    () => sortRows(filterRows(inRange, state.applied), state.sort),
    [inRange, state.applied, state.sort],
  );
  const renderExpanded = (row: LedgerRow) =>
    row.source === 'ledger' ? (
      <EventBreakupCard event={row.event} customerId={props.customerId} />
    ) : (
      <ImportedEntryDetails entry={row.entry} />
    );
  return {
    status: source.status,
    error: source.error,
    onRetry: source.retry,
    warnings: source.warnings,
    hasNextPage,
    isFetchingNextPage: source.isFetchingNextPage,
    onLoadMore: source.fetchNextPage,
    rows,
    loadedCount: inRange.length,
    // No columns would leave an empty frame.
    columns: props.columns?.length ? props.columns : DEFAULT_COLUMNS,
    renderCell: props.renderCell,
    renderExpanded: props.expandable === false ? undefined : renderExpanded,
    sort: state.sort,
    onSortChange: state.setSort,
    emptyMessage: t(state.isDefault ? 'table.empty' : 'table.emptyFiltered'),
    onClearFilters: state.isDefault ? undefined : state.clearFilters,
    paging: props.paging ?? 'button',
  };
}

/** The Activity tab: the member's points ledger, loaded page by page. */
export function ActivityView({
  view,
  customer,
  waiting,
}: {
  view: ViewProps;
  customer: CustomerIdentifier;
  /**
   * Whether the table around the rows is still settling: the first rows wait for it, a second at
   * most, so a slow history service does not hold up the activity.
   */
  waiting?: boolean;
}) {
  const { props, state } = view;
  const pageSize = props.pageSize ?? LEDGER_PAGE_SIZE;
  const ledger = useLedgerEvents({ customer, include: props.include, pageSize });
  const loaded = useMemo(() => ledgerRows(ledger.events), [ledger.events]);
  // The ledger cannot be asked for a date range: pages past the range's start hold nothing to show.
  const hasNextPage = useLedgerHasMoreSince(ledger, state.applied.from.getTime());
  const tableProps = useRowsTableProps(view, loaded, ledger, hasNextPage);
  useFillPage(tableProps, ledger.isFetching, pageSize);
  // Rows there from the first render (prefetched, or rendered on the server) never wait.
  const [mayWait, setMayWait] = useState(tableProps.status === 'pending');
  useEffect(() => {
    const timer = setTimeout(() => setMayWait(false), 1000);
    return () => clearTimeout(timer);
  }, []);
  const held = waiting && mayWait && tableProps.status === 'success';
  return <LedgerRowsTable {...tableProps} status={held ? 'pending' : tableProps.status} />;
}

/**
 * Filters apply to what has loaded: keeps loading while they leave less than a page to show, so a
 * match on a later page is found (and "no matches" is not said while pages remain). A failed page
 * waits for Retry.
 */
function useFillPage(table: LedgerRowsTableProps, isFetching: boolean, pageSize: number) {
  const { hasNextPage, onLoadMore, status } = table;
  const shown = table.rows.length;
  useEffect(() => {
    if (hasNextPage && !isFetching && status === 'success' && shown < pageSize) void onLoadMore();
  }, [hasNextPage, isFetching, status, shown, pageSize, onLoadMore]);
}

function historyFilter(filters: LedgerFilters): HistoryFilter {
  // The API takes one filter at a time: a bill number is the most selective. Not the type: the API
  // files an imported correction by its CREDIT or DEBIT, the table by its sign, as the member reads it.
  if (filters.billNumber.trim())
    return { filterType: 'BILL_NUMBER', filterValues: [filters.billNumber.trim()] };
  return { filterType: 'DATE', from: filters.from, to: filters.to };
}

/** The Imported history tab: what the organisation imported from its legacy system. */
export function HistoryView({
  view,
  customerId,
}: {
  view: ViewProps;
  customerId: string | number;
}) {
  const pageSize = view.props.pageSize ?? LEDGER_PAGE_SIZE;
  const history = useHistoricalPoints(customerId, {
    filter: historyFilter(view.state.applied),
    pageSize,
  });
  const loaded = useMemo(() => {
    const keys = historyEntryKeys(history.entries);
    return history.entries.map((entry, index) => historyRow(entry, keys[index] as string));
  }, [history.entries]);
  const tableProps = useRowsTableProps(view, loaded, history);
  useFillPage(tableProps, history.isFetching, pageSize);
  return <LedgerRowsTable {...tableProps} />;
}

/** The All tab: the ledger and the imported history as one timeline. */
export function AllView({
  view,
  customer,
  customerId,
}: {
  view: ViewProps;
  customer: CustomerIdentifier;
  customerId: string | number;
}) {
  const { props, state } = view;
  const timeline = usePointsTimeline({
    customer,
    customerId,
    range: state.applied,
    include: props.include,
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
    timeline,
  );
  useFillPage(tableProps, timeline.isFetching, props.pageSize ?? 50);
  return <LedgerRowsTable {...tableProps} />;
}

const nothing = () => {};
// Given events are all there is: nothing to retry, no page to load.
const LOADED: RowsSource = {
  status: 'success',
  error: null,
  retry: nothing,
  warnings: [],
  hasNextPage: false,
  isFetchingNextPage: false,
  fetchNextPage: nothing,
};

/** The rows of the events an app passed in. */
export function GivenEventsView({ view, rows }: { view: ViewProps; rows: readonly LedgerRow[] }) {
  const tableProps = useRowsTableProps(view, rows, LOADED);
  return <LedgerRowsTable {...tableProps} />;
}
