'use client';
// Virtualized rows are absolutely positioned, which table layout cannot do: the table is built
// from divs carrying the ARIA table roles (as TanStack Virtual's own examples do).
import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import {
  type CSSProperties,
  type MouseEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { CapillaryMessage, LoyaltyApiError } from '../../core/client/LoyaltyApiError.js';
import { ErrorNotice } from '../shared/ErrorNotice.js';
import { useLoyaltyDisplay } from '../shared/useLoyaltyDisplay.js';
import {
  isSkippedEntry,
  WarningsNotice,
  warningsDetail,
  warningsSentence,
} from '../shared/WarningsNotice.js';
import {
  activityLabel,
  COLUMNS,
  dateLabel,
  type LedgerCellContext,
  type LedgerColumnId,
} from './ledgerColumns.js';
import type { LedgerRow, LedgerSort } from './ledgerRows.js';
import { en } from '../../i18n/en.js';

/** Props of the rows part of the points table: everything below the tabs and filters. */
export interface LedgerRowsTableProps {
  rows: readonly LedgerRow[];
  /** How many loaded rows are in the date range: the footer says when other filters hide some. */
  loadedCount: number;
  columns: readonly LedgerColumnId[];
  renderCell?: (column: LedgerColumnId, context: LedgerCellContext) => ReactNode | undefined;
  renderExpanded?: (row: LedgerRow) => ReactNode;
  sort: LedgerSort;
  onSortChange: (sort: LedgerSort) => void;
  status: 'pending' | 'error' | 'success';
  error: LoyaltyApiError | null;
  onRetry: () => void;
  warnings: readonly CapillaryMessage[];
  emptyMessage: string;
  /** Resets the filters; offered when they leave nothing to show. */
  onClearFilters?: () => void;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  paging: 'button' | 'scroll';
}

/**
 * A row's height in the full-width layout: 0.5rem padding each side and a 1px border around a line
 * of text, the 1.75rem expand toggle, or earned and promised points on two lines. An estimate off
 * by a pixel re-lays out every row after each row measured, on every frame of a scroll.
 */
function rowEstimate(row: LedgerRow | undefined, expandable: boolean): number {
  if (row && row.promised !== 0 && !row.promisedOnly) return 59;
  return expandable ? 45 : 38;
}
const SKELETON_ROWS = 6;
/**
 * Up to this many rows are all rendered: a screen reader's browse mode reads only rows in the page,
 * and a member's few pages cost little. Longer lists render the rows near the view.
 */
const EVERY_ROW_UP_TO = 200;
const PROMISED_POINTS_WIDTH = 'minmax(10.25em, 1.25fr)';

/** The compact sort control's choices, each a column and direction of the table's sort. */
const SORT_CHOICES = [
  { id: 'newestFirst', column: 'date', direction: 'descending' },
  { id: 'oldestFirst', column: 'date', direction: 'ascending' },
  { id: 'mostPoints', column: 'points', direction: 'descending' },
  { id: 'fewestPoints', column: 'points', direction: 'ascending' },
] as const satisfies readonly (LedgerSort & { id: string })[];

/** Whether focus fell to the page, as it does when the focused element unmounts. */
function focusWasLost(element: HTMLElement | null): boolean {
  const active = element?.ownerDocument.activeElement;
  return !active || active === element?.ownerDocument.body;
}

/** The virtualized rows of the points table, with its loading, empty and error states. */
export function LedgerRowsTable(props: LedgerRowsTableProps) {
  const {
    rows,
    columns,
    sort,
    status,
    error,
    hasNextPage,
    isFetchingNextPage,
    onLoadMore,
    onRetry,
    onClearFilters,
    paging,
  } = props;
  const display = useLoyaltyDisplay(en);
  const { t } = display;
  const rootRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const getScrollElement = useCallback(() => scrollRef.current, []);
  const panelPrefix = useId();
  const sortId = useId();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const expandable = Boolean(props.renderExpanded);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const focusedIndex = useMemo(
    () => (focusedKey === null ? -1 : rows.findIndex((row) => row.key === focusedKey)),
    [rows, focusedKey],
  );
  // The row that last had focus stays rendered when scrolled away: unmounting it would drop focus
  // to the page, and a screen reader would start again from the top.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      return focusedIndex < 0 || indexes.includes(focusedIndex)
        ? indexes
        : [...indexes, focusedIndex].sort((a, b) => a - b);
    },
    [focusedIndex],
  );
  // The rows a member's sort was made over. The sort is said while they stay, and forgotten once
  // they change: a filter bringing the same rows back would otherwise say it again.
  const [sortedOver, setSortedOver] = useState<{ loaded: number; shown: number } | null>(null);
  if (sortedOver && (sortedOver.loaded !== props.loadedCount || sortedOver.shown !== rows.length))
    setSortedOver(null);

  // Stable callbacks: a new getItemKey makes the virtualizer re-measure every row on each render,
  // which turns every scroll frame into O(rows) work.
  const getItemKey = useCallback((index: number) => rows[index]?.key ?? index, [rows]);
  const estimateSize = useCallback(
    (index: number) => rowEstimate(rows[index], expandable),
    [rows, expandable],
  );
  // TanStack Virtual is not React Compiler-compatible; this component is not compiled.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement,
    estimateSize,
    getItemKey,
    rangeExtractor,
    overscan: rows.length <= EVERY_ROW_UP_TO ? EVERY_ROW_UP_TO : 6,
    // Rows for the first screen on the server and before the first measurement.
    initialRect: { width: 0, height: 480 },
  });
  const items = virtualizer.getVirtualItems();
  // The last row in view, not the last rendered: short lists render every row.
  const lastIndex = virtualizer.range?.endIndex ?? -1;

  useEffect(() => {
    if (
      paging === 'scroll' &&
      hasNextPage &&
      !isFetchingNextPage &&
      lastIndex >= rows.length - 5 &&
      rows.length > 0
    ) {
      onLoadMore();
    }
  }, [paging, hasNextPage, isFetchingNextPage, lastIndex, rows.length, onLoadMore]);

  // Keys loaded when the member pressed Load more: the rows after them are the new ones.
  const keysBeforeLoad = useRef<ReadonlySet<string> | null>(null);
  const focusRowOnRender = useRef(false);
  function loadMore(event: MouseEvent<HTMLButtonElement>) {
    if (isFetchingNextPage) return;
    // Only focus the button held is looked after: a click in Safari leaves focus where it was.
    const button = event.currentTarget;
    const focused = (button.getRootNode() as Document | ShadowRoot).activeElement === button;
    keysBeforeLoad.current = focused ? new Set(rows.map((row) => row.key)) : null;
    onLoadMore();
  }
  // After the last page Load more goes away, taking focus with it: focus moves on to the first
  // row it brought in (or, if the page failed or brought nothing in, to the rows' region).
  useEffect(() => {
    const before = keysBeforeLoad.current;
    if (!before || isFetchingNextPage) return;
    keysBeforeLoad.current = null;
    if (!focusWasLost(rootRef.current)) return;
    const index = status === 'success' ? rows.findIndex((row) => !before.has(row.key)) : -1;
    const first = rows[index];
    if (!first) rootRef.current?.focus();
    else {
      focusRowOnRender.current = true;
      setFocusedKey(first.key);
    }
  }, [isFetchingNextPage, rows, status]);
  // The row is rendered once it is the focused one (see rangeExtractor).
  useEffect(() => {
    if (!focusRowOnRender.current || focusedIndex < 0) return;
    focusRowOnRender.current = false;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${focusedIndex}"]`);
    const toggle = row?.querySelector<HTMLElement>('.clw-toggle');
    if (toggle) toggle.focus();
    else {
      // Rows without a toggle have nothing to focus: the table takes it, with the row in view.
      scrollRef.current?.focus({ preventScroll: true });
      row?.scrollIntoView({ block: 'start' });
    }
  }, [focusedIndex]);

  // Clear filters goes away once pressed (as Retry does, through ErrorNotice's focusOnRetry):
  // focus waits on the rows' region, which stays.
  const clearFilters =
    onClearFilters &&
    (() => {
      rootRef.current?.focus();
      onClearFilters();
    });

  function changeSort(next: LedgerSort) {
    // Only a change the member made is announced, not the sort the table starts with.
    setSortedOver({ loaded: props.loadedCount, shown: rows.length });
    props.onSortChange(next);
  }

  const toggle = useCallback((key: string) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  }, []);

  // Untyped code can name any column: say which, for the notice the widget's boundary shows.
  const unknownColumn = columns.find((id) => !Object.hasOwn(COLUMNS, id));
  if (unknownColumn !== undefined) {
    throw new TypeError(
      `columns: there is no column "${String(unknownColumn)}"; the columns are ${Object.keys(COLUMNS).join(', ')}.`,
    );
  }
  // "+15 promised" stays on one line: the points column makes room for the word after numbers.
  const hasPromised = rows.some((row) => row.promised !== 0);
  const widthOf = (id: LedgerColumnId) =>
    id === 'points' && hasPromised ? PROMISED_POINTS_WIDTH : COLUMNS[id].width;
  const template = [expandable ? '2.75rem' : null, ...columns.map(widthOf)]
    .filter(Boolean)
    .join(' ');
  const busy = status === 'pending' || isFetchingNextPage;
  // An open row's details are a row of their own, after it: the rows after it count one more.
  const openIndexes = useMemo(
    () =>
      expanded.size === 0
        ? []
        : rows.flatMap((row, index) => (expanded.has(row.key) ? [index] : [])),
    [rows, expanded],
  );
  const rowIndex = (index: number) => index + 2 + openIndexes.filter((open) => open < index).length;

  function sortBy(column: LedgerSort['column']) {
    const direction =
      sort.column === column && sort.direction === 'descending' ? 'ascending' : 'descending';
    changeSort({ column, direction });
  }

  const header = (
    <div role="row" aria-rowindex={1} className="clw-ledger-row" data-slot="header-row">
      {expandable ? (
        <div role="columnheader" className="clw-ledger-toggle-cell">
          <span className="clw-sr-only">{t('breakup.title')}</span>
        </div>
      ) : null}
      {columns.map((id) => {
        const column = COLUMNS[id];
        const label = t(column.header);
        const sorted = column.sort && sort.column === column.sort;
        return (
          <div
            role="columnheader"
            key={id}
            data-column={id}
            aria-sort={sorted ? sort.direction : column.sort ? 'none' : undefined}
          >
            {column.sort ? (
              <button
                type="button"
                className="clw-sort-button"
                data-state={sorted ? sort.direction : 'none'}
                onClick={() => column.sort && sortBy(column.sort)}
              >
                {label}
              </button>
            ) : (
              label
            )}
          </div>
        );
      })}
    </div>
  );

  // Narrow layouts hide the header row: the same sort, as one labelled select.
  const sortControl = (
    <div className="clw-ledger-sort clw-field" data-slot="sort">
      <label htmlFor={sortId}>{t('table.sort.label')}</label>
      <select
        id={sortId}
        value={
          SORT_CHOICES.find(
            (choice) => choice.column === sort.column && choice.direction === sort.direction,
          )?.id
        }
        onChange={(event) => {
          const choice = SORT_CHOICES.find(({ id }) => id === event.target.value);
          if (choice) changeSort({ column: choice.column, direction: choice.direction });
        }}
      >
        {SORT_CHOICES.map(({ id }) => (
          <option key={id} value={id}>
            {t(`table.sort.${id}`)}
          </option>
        ))}
      </select>
    </div>
  );

  const notice =
    status === 'error' && error ? (
      <ErrorNotice
        error={error}
        title={t('table.error.title')}
        onRetry={onRetry}
        focusOnRetry={rootRef}
      />
    ) : null;
  // Nothing loaded but entries left out as unreadable: "No points activity" would be untrue, and
  // the warning says what happened instead. Under filters, "nothing matches" stays true.
  const unreadable =
    !onClearFilters && props.loadedCount === 0 && props.warnings.some(isSkippedEntry);
  const emptyMessage = unreadable ? warningsSentence(t, props.warnings) : props.emptyMessage;
  // An error or an empty result replaces the table: there is nothing to lay out in rows.
  let replacement: ReactNode = null;
  if (notice && rows.length === 0) replacement = notice;
  else if (status === 'success' && rows.length === 0) {
    replacement = (
      // A notice as every widget's empty state is (base.css).
      <div className="clw-notice" data-slot="empty">
        <p data-detail={unreadable ? warningsDetail(props.warnings) : undefined}>{emptyMessage}</p>
        {clearFilters ? (
          <button type="button" className="clw-button" onClick={clearFilters}>
            {t('table.filter.clear')}
          </button>
        ) : null}
      </div>
    );
  }

  let body: ReactNode;
  if (status === 'pending') {
    // The same cells as a real row, so each bar sits under its column.
    body = Array.from({ length: SKELETON_ROWS }, (_, index) => (
      // Keyed by position: placeholders have no identity.
      <div key={index} className="clw-ledger-row clw-skeleton-row" aria-hidden="true">
        {expandable ? <div className="clw-ledger-toggle-cell" /> : null}
        {columns.map((id) => (
          <div key={id} data-column={id}>
            <div className="clw-skeleton" />
          </div>
        ))}
      </div>
    ));
  } else {
    body = (
      <div
        role="rowgroup"
        className="clw-ledger-body"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const context: LedgerCellContext = { row, ...display };
          const isExpanded = expanded.has(row.key);
          const panelId = `${panelPrefix}-${item.index}`;
          return (
            // The keyboard path is the row's toggle button; a click anywhere on the row is a shortcut.
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions -- see above
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              style={{ transform: `translateY(${item.start}px)` }}
              onFocus={() => setFocusedKey(row.key)}
              onClick={
                expandable
                  ? (event) => {
                      const target = event.target as Element;
                      // Clicks inside the opened card (links, its own buttons) are the card's.
                      if (target.closest('[data-slot="expanded"]')) return;
                      // A drag that selected text (to copy a bill number) is no click on the row.
                      const selecting = window.getSelection()?.isCollapsed === false;
                      if (selecting && !target.closest('.clw-toggle')) return;
                      toggle(row.key);
                    }
                  : undefined
              }
            >
              <div
                role="row"
                aria-rowindex={rowIndex(item.index)}
                className="clw-ledger-row"
                data-source={row.source}
                data-state={isExpanded ? 'expanded' : 'collapsed'}
              >
                {expandable ? (
                  <div role="cell" className="clw-ledger-toggle-cell">
                    <button
                      type="button"
                      className="clw-toggle"
                      aria-expanded={isExpanded}
                      aria-controls={isExpanded ? panelId : undefined}
                      aria-label={t('table.row.name', {
                        action: t(isExpanded ? 'table.row.collapse' : 'table.row.expand'),
                        activity: activityLabel(context),
                        date: dateLabel(context),
                      })}
                      onClick={(event) => {
                        event.stopPropagation();
                        toggle(row.key);
                      }}
                      // The chevron heads its row, a card below 800 px: tabbing to it brings
                      // the whole card into view, however tall a brand's type or a phone makes
                      // it. (Test DOMs such as jsdom have no scrollIntoView.)
                      onFocus={(event) =>
                        event.target
                          .closest('.clw-ledger-row')
                          ?.scrollIntoView?.({ block: 'nearest' })
                      }
                    />
                  </div>
                ) : null}
                {columns.map((id) => (
                  <div role="cell" key={id} data-column={id} data-label={t(COLUMNS[id].header)}>
                    {props.renderCell?.(id, context) ?? COLUMNS[id].cell(context)}
                  </div>
                ))}
              </div>
              {isExpanded ? (
                // A row of its own, one cell across every column: moving along the row above
                // meets only its columns, and the details are read as the next row.
                <div role="row" aria-rowindex={rowIndex(item.index) + 1} className="clw-ledger-row">
                  <div
                    role="cell"
                    aria-colspan={columns.length + 1}
                    id={panelId}
                    className="clw-ledger-expanded"
                    data-slot="expanded"
                  >
                    {props.renderExpanded?.(row)}
                  </div>
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
    );
  }

  let count = '';
  if (status === 'pending') count = t('table.loading');
  else if (rows.length < props.loadedCount)
    count = t('table.shownOfLoaded', { count: rows.length, loaded: props.loadedCount });
  else if (rows.length > 0) count = t('table.loaded', { count: rows.length });
  // The empty result, the skipped-entries note and a new sort show elsewhere; the status region,
  // there from the start, says them too: text in a freshly mounted element is not reliably read.
  const notes = [
    status === 'success' && rows.length === 0 ? emptyMessage : '',
    unreadable ? '' : warningsSentence(t, props.warnings),
    sortedOver ? t(`table.sort.${sort.direction}`, { column: t(COLUMNS[sort.column].header) }) : '',
  ].filter(Boolean);

  return (
    <div
      ref={rootRef}
      role="region"
      aria-label={t('table.caption')}
      // Where focus waits when the control that had it goes away (Retry, Clear filters).
      tabIndex={-1}
      className="clw-ledger-rows"
      style={{ '--clw-ledger-columns': template } as CSSProperties}
      data-promised={hasPromised || undefined}
    >
      {replacement ? null : sortControl}
      {replacement ?? (
        <div
          ref={scrollRef}
          role="table"
          aria-label={t('table.caption')}
          aria-rowcount={rows.length + 1 + openIndexes.length}
          aria-busy={busy}
          className="clw-ledger-scroll"
          data-slot="table"
          // A scrollable region must take focus so keyboard users can scroll it (axe: scrollable-region-focusable).
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above
          tabIndex={0}
        >
          {header}
          {body}
        </div>
      )}
      <div className="clw-ledger-footer" data-slot="footer">
        {/* Only what changed is read: a new count, not the notes again with it. */}
        <span role="status" aria-atomic={false} className="clw-ledger-count">
          {count}
          {notes.map((note, index) => (
            <span key={note} className="clw-sr-only">
              {/* Apart from what comes before it: "50 loaded. An entry…", not "50 loadedAn entry…". */}
              {count || index > 0 ? `. ${note}` : note}
            </span>
          ))}
        </span>
        {rows.length > 0 && notice}
        {paging === 'button' && hasNextPage && status === 'success' ? (
          // aria-disabled, not disabled, while loading: a disabled button drops focus to the page.
          <button
            type="button"
            className="clw-button"
            onClick={loadMore}
            aria-disabled={isFetchingNextPage || undefined}
          >
            {isFetchingNextPage ? t('table.loadingMore') : t('table.loadMore')}
          </button>
        ) : null}
        {unreadable ? null : <WarningsNotice warnings={props.warnings} />}
      </div>
    </div>
  );
}
