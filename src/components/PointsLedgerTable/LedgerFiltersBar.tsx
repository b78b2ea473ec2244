'use client';
import { TZDate } from '@date-fns/tz/date';
import { endOfDay, startOfDay } from 'date-fns';
import { useId, useState } from 'react';
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
}

/** A date input that keeps what the member types and reports only complete, plausible dates. */
function DateField({ label, date, edge, min, max, onChange }: DateFieldProps) {
  const { timeZone } = useLoyaltyDisplay(en);
  const id = useId();
  // The range's other end moves with today: a prerendered page would keep the day it was built.
  const hydrated = useHydrated();
  const applied = toDateInput(date, timeZone);
  // The field shows what the member typed, even a half-typed date: writing anything else back
  // mid-typing would reset Chrome's typing of the segment.
  const [typed, setTyped] = useState(applied);
  const [previous, setPrevious] = useState(applied);
  if (applied !== previous) {
    // Clear filters, or another time zone, moved the date: show that.
    setPrevious(applied);
    setTyped(applied);
  }
  return (
    <div className="clw-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={typed}
        min={hydrated && min ? toDateInput(min, timeZone) : undefined}
        max={hydrated && max ? toDateInput(max, timeZone) : undefined}
        onChange={(event) => {
          setTyped(event.target.value);
          const next = fromDateInput(event.target.value, timeZone, edge);
          if (next) onChange(next);
        }}
        // A date left half typed never reached the table: show the one it uses.
        onBlur={() => setTyped(applied)}
      />
    </div>
  );
}

/** Props of the filter bar. */
interface LedgerFiltersBarProps {
  filters: LedgerFilters;
  onChange: (filters: LedgerFilters) => void;
}

const DIRECTIONS: readonly PointsDirectionFilter[] = ['all', 'earned', 'redeemed'];

/** Date range, earned / redeemed / all, and bill number: the filters the APIs support. */
export function LedgerFiltersBar({ filters, onChange }: LedgerFiltersBarProps) {
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
      />
      <DateField
        label={t('table.filter.to')}
        date={filters.to}
        edge="end"
        min={filters.from}
        onChange={(to) => onChange({ ...filters, to })}
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
