'use client';
import { TZDate } from '@date-fns/tz/date';
import { endOfDay, startOfDay } from 'date-fns';
import { useEffect, useId, useRef, useState } from 'react';
import { useHydrated } from '../shared/useHydrated.js';
import { useLoyaltyDisplay } from '../shared/useLoyaltyDisplay.js';
import type { LedgerFilters, PointsDirectionFilter } from './ledgerRows.js';
import { en } from '../../i18n/en.js';

/** `YYYY-MM-DD` of an instant in a time zone, for a date input. */
function toDateInput(date: Date, timeZone: string): string {
  const local = new TZDate(date.getTime(), timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/**
 * The first or last instant of a date input's day in a time zone; `null` for an empty input or a
 * year still being typed.
 */
function fromDateInput(value: string, timeZone: string, edge: 'start' | 'end'): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  // Chrome reports the year after each digit typed (0002, 0020, 0202, 2025), and `TZDate` would
  // read a year below 100 as 19xx: wait for the fourth digit.
  if (!match || Number(match[1]) < 1000) return null;
  const day = new TZDate(Number(match[1]), Number(match[2]) - 1, Number(match[3]), timeZone);
  return new Date((edge === 'start' ? startOfDay(day) : endOfDay(day)).getTime());
}

/** Props of one date field. */
interface DateFieldProps {
  label: string;
  date: Date;
  edge: 'start' | 'end';
  min?: Date;
  max?: Date;
  onChange: (date: Date) => void;
  clears: number;
}

/**
 * A date input that keeps what the member types and reports only complete dates within its
 * `min` and `max`: a date past the range's other end is explained, not applied.
 */
function DateField({ label, date, edge, min, max, onChange, clears }: DateFieldProps) {
  const { t, timeZone } = useLoyaltyDisplay(en);
  const id = useId();
  // The range's other end moves with today: a prerendered page would keep the day it was built.
  const hydrated = useHydrated();
  const applied = toDateInput(date, timeZone);
  // The field shows what the member typed, even a half-typed date: writing anything else back
  // mid-typing would reset Chrome's typing of the segment.
  const [typed, setTyped] = useState(applied);
  const [previous, setPrevious] = useState({ applied, clears });
  if (applied !== previous.applied || clears !== previous.clears) {
    // Clear filters, or another time zone, moved the date: show that.
    setPrevious({ applied, clears });
    setTyped(applied);
  }
  const typedDate = fromDateInput(typed, timeZone, edge);
  const outside = typedDate !== null && ((min && typedDate < min) || (max && typedDate > max));
  // Said once the member leaves the field: typing a month first passes through dates past the
  // other end that the member does not mean.
  const [left, setLeft] = useState(false);
  const explained = outside && left;
  // A whole date within the range applies: as it is typed, or once the other end moves past one
  // that was outside. Each typed date is sent once, so a range that reads it back otherwise (a
  // time-zone change, say) cannot loop.
  const sent = useRef<string | null>(null);
  useEffect(() => {
    if (typedDate === null || outside || typed === applied || sent.current === typed) return;
    sent.current = typed;
    onChange(typedDate);
  });
  return (
    <div className="clw-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={typed}
        min={hydrated && min ? toDateInput(min, timeZone) : undefined}
        // Chromium sizes the year by `max`, leaving six digits' room without one: From and To
        // would differ in width.
        max={hydrated && max ? toDateInput(max, timeZone) : '9999-12-31'}
        aria-invalid={explained || undefined}
        aria-describedby={explained ? `${id}-error` : undefined}
        onChange={(event) => {
          sent.current = null;
          setLeft(false);
          setTyped(event.target.value);
        }}
        // A date left half typed never reached the table: show the one it uses. A whole one stays:
        // it applies, or, past the other end, is explained for the member to correct.
        onBlur={() => {
          setLeft(true);
          setTyped((value) => (fromDateInput(value, timeZone, edge) ? value : applied));
        }}
      />
      {/* An alert, read as it appears: it appears once focus has left for the next field. */}
      {explained ? (
        <span id={`${id}-error`} role="alert" className="clw-field-error">
          {t('table.filter.reversed')}
        </span>
      ) : null}
    </div>
  );
}

/** Props of the filter bar. */
interface LedgerFiltersBarProps {
  filters: LedgerFilters;
  onChange: (filters: LedgerFilters) => void;
  /** How many times the filters were cleared: each clear drops dates typed but not applied. */
  clears: number;
}

const DIRECTIONS: readonly PointsDirectionFilter[] = ['all', 'earned', 'redeemed'];

/** Date range, earned / redeemed / all, and bill number: the filters the APIs support. */
export function LedgerFiltersBar({ filters, onChange, clears }: LedgerFiltersBarProps) {
  const { t } = useLoyaltyDisplay(en);
  const id = useId();
  return (
    <fieldset className="clw-filters" data-slot="filters">
      <legend className="clw-sr-only">{t('table.filter.label')}</legend>
      <DateField
        label={t('table.filter.from')}
        date={filters.from}
        edge="start"
        max={filters.to}
        onChange={(from) => onChange({ ...filters, from })}
        clears={clears}
      />
      <DateField
        label={t('table.filter.to')}
        date={filters.to}
        edge="end"
        min={filters.from}
        onChange={(to) => onChange({ ...filters, to })}
        clears={clears}
      />
      <div className="clw-field">
        <label htmlFor={`${id}-type`}>{t('table.filter.type')}</label>
        <select
          id={`${id}-type`}
          value={filters.direction}
          onChange={(event) =>
            onChange({ ...filters, direction: event.target.value as PointsDirectionFilter })
          }
        >
          {DIRECTIONS.map((direction) => (
            <option key={direction} value={direction}>
              {t(`table.filter.${direction}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="clw-field">
        <label htmlFor={`${id}-bill`}>{t('table.filter.billNumber')}</label>
        <input
          id={`${id}-bill`}
          type="search"
          value={filters.billNumber}
          placeholder={t('table.filter.billNumberPlaceholder')}
          onChange={(event) => onChange({ ...filters, billNumber: event.target.value })}
        />
      </div>
    </fieldset>
  );
}
