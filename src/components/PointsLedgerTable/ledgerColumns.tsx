'use client';
import type { ReactNode } from 'react';
import type { Translator } from '../../i18n/createTranslator.js';
import { eventLabel } from '../../i18n/eventLabel.js';
import { formatDate, formatSignedPoints } from '../../i18n/format.js';
import type { MessageId } from '../../i18n/messages.js';
import type { LedgerRow, LedgerSortColumn } from './ledgerRows.js';

/** A column of the points table. */
export type LedgerColumnId =
  'date' | 'activity' | 'reference' | 'points' | 'expires' | 'status' | 'source';

/** The columns shown when none are chosen, in order. */
export const DEFAULT_COLUMNS: readonly LedgerColumnId[] = [
  'date',
  'activity',
  'reference',
  'points',
  'expires',
  'status',
];

/** What a cell renderer gets. */
export interface LedgerCellContext {
  /** The row. */
  row: LedgerRow;
  /** Message lookup in the widget's language, with numbers written in `locale`. */
  t: Translator;
  /** The widget's locale: how numbers are written. */
  locale: string;
  /**
   * The locale for dates: the language of `t`'s words, with `locale`'s digits, so a date's month
   * names are in the language of the words around it.
   */
  dateLocale: string;
  /** The widget's time zone. */
  timeZone: string;
}

interface ColumnDefinition {
  header: MessageId;
  /** CSS grid track of the column. */
  width: string;
  sort?: LedgerSortColumn;
  cell: (context: LedgerCellContext) => ReactNode;
}

/** The member-facing name of a row's activity: a label per event, never the raw event name. */
export function activityLabel({ row, t }: Pick<LedgerCellContext, 'row' | 't'>): string {
  if (row.source === 'history') {
    // Without a name, an entry goes by the Type filter it is found under: its sign, not its type.
    return (
      row.entry.activity ?? t(row.points < 0 ? 'table.filter.redeemed' : 'table.filter.earned')
    );
  }
  return eventLabel(row.event, t);
}

/** The row's date as the Date column shows it. */
export function dateLabel({ row, dateLocale, timeZone }: LedgerCellContext): string {
  if (row.date) return formatDate(row.date, { locale: dateLocale, timeZone });
  // Imported history keeps dates in the organisation's own format, which is not guessed at
  // (12/01 may be either month): its text still tells the member when.
  return row.source === 'history' ? (row.entry.eventDateText ?? '') : '';
}

/** One number of the Points column, with the words a screen reader says for it. */
function pointsLine(
  value: number,
  promised: boolean,
  row: LedgerRow,
  t: Translator,
  locale: string,
): ReactNode {
  const state = promised ? 'pending' : value > 0 ? 'credit' : value < 0 ? 'debit' : 'none';
  // A bare "-1" reads as "minus 1": screen readers hear what happened to the points instead.
  let spoken: string | null = null;
  if (promised) {
    spoken = t(value < 0 ? 'table.promisedTakenBack' : 'table.promised', {
      points: Math.abs(value),
    });
  } else if (state === 'credit') spoken = t('table.credit', { points: value });
  else if (state === 'debit') {
    // Points that expired or were taken back were not redeemed.
    const taken = row.status === 'expired' || row.status === 'reversed';
    spoken = t(taken ? 'table.deducted' : 'table.debit', { points: -value });
  }
  return (
    <span className="clw-points-cell">
      <span className="clw-points" data-state={state} aria-hidden={spoken ? true : undefined}>
        {formatSignedPoints(value, locale)}
      </span>
      {spoken ? <span className="clw-sr-only">{spoken}</span> : null}
      <span className="clw-points-suffix clw-muted" aria-hidden="true">
        {promised ? t('table.points.promised') : null}
      </span>
    </span>
  );
}

export const COLUMNS: Record<LedgerColumnId, ColumnDefinition> = {
  date: {
    header: 'table.column.date',
    width: 'minmax(7.5em, 1fr)',
    sort: 'date',
    cell: dateLabel,
  },
  activity: {
    header: 'table.column.activity',
    width: 'minmax(9em, 2fr)',
    cell: activityLabel,
  },
  reference: {
    header: 'table.column.reference',
    width: 'minmax(7em, 1.5fr)',
    cell: ({ row }) => row.reference ?? '',
  },
  points: {
    header: 'table.column.points',
    width: 'minmax(5.75em, 1fr)',
    sort: 'points',
    // A line per kind of points: the number, then a muted word where points are only promised.
    // Every line keeps the same trailing slot so the numbers line up at the column's end in
    // either direction. A purchase that earned points and promised more shows both, one above
    // the other, so the promised ones are not missing from the member's activity.
    cell: ({ row, t, locale }) => {
      const spendable = row.promisedOnly ? null : pointsLine(row.points, false, row, t, locale);
      const promised = row.promised ? pointsLine(row.promised, true, row, t, locale) : null;
      return spendable && promised ? (
        <>
          {spendable}
          <br />
          {promised}
        </>
      ) : (
        (spendable ?? promised)
      );
    },
  },
  expires: {
    header: 'table.column.expires',
    width: 'minmax(7.5em, 1fr)',
    // Earned ledger points without an expiry say so; points taken away have none to speak of, and
    // imported history never records one, so those empty cells mean nothing, not "never".
    cell: ({ row, t, dateLocale, timeZone }) =>
      row.expiry ? (
        formatDate(row.expiry, { locale: dateLocale, timeZone })
      ) : row.source === 'ledger' && row.points > 0 ? (
        <span className="clw-sr-only">{t('table.noExpiry')}</span>
      ) : (
        ''
      ),
  },
  status: {
    header: 'table.column.status',
    width: 'minmax(7em, 1fr)',
    cell: ({ row, t }) => (
      <span className="clw-badge" data-state={row.status}>
        {t(`table.status.${row.status}`)}
      </span>
    ),
  },
  source: {
    header: 'table.column.source',
    width: 'minmax(6.25em, 1fr)',
    cell: ({ row, t }) => (
      <span className="clw-badge" data-state={row.source}>
        {t(row.source === 'ledger' ? 'table.source.ledger' : 'table.source.imported')}
      </span>
    ),
  },
};
