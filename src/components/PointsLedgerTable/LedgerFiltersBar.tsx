'use client';
import { TZDate } from '@date-fns/tz/date';
import { endOfDay, startOfDay } from 'date-fns';
import { useId } from 'react';
import { useLoyaltyDisplay } from '../shared/useLoyaltyDisplay.js';
import type { LedgerFilters, PointsDirectionFilter } from './ledgerRows.js';
import { en } from '../../i18n/en.js';

/** `YYYY-MM-DD` of an instant in a time zone, for a date input. */
function toDateInput(date: Date, timeZone: string): string {
  const local = new TZDate(date.getTime(), timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/** The first or last instant of a date input's day in a time zone; `null` for an empty input. */
function fromDateInput(value: string, timeZone: string, edge: 'start' | 'end'): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const day = new TZDate(Number(match[1]), Number(match[2]) - 1, Number(match[3]), timeZone);
  return new Date((edge === 'start' ? startOfDay(day) : endOfDay(day)).getTime());
}

/** Props of the filter bar. */
interface LedgerFiltersBarProps {
  filters: LedgerFilters;
  onChange: (filters: LedgerFilters) => void;
}

const DIRECTIONS: readonly PointsDirectionFilter[] = ['all', 'earned', 'redeemed'];

/** Date range, earned / redeemed / all, and bill number: the filters the APIs support. */
export function LedgerFiltersBar({ filters, onChange }: LedgerFiltersBarProps) {
  const { t, timeZone } = useLoyaltyDisplay(en);
  const id = useId();
  return (
    <fieldset className="clw-filters" data-slot="filters">
      <legend className="clw-sr-only">{t('table.filter.label')}</legend>
      <div className="clw-field">
        <label htmlFor={`${id}-from`}>{t('table.filter.from')}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={toDateInput(filters.from, timeZone)}
          max={toDateInput(filters.to, timeZone)}
          onChange={(event) => {
            const from = fromDateInput(event.target.value, timeZone, 'start');
            if (from) onChange({ ...filters, from });
          }}
        />
      </div>
      <div className="clw-field">
        <label htmlFor={`${id}-to`}>{t('table.filter.to')}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={toDateInput(filters.to, timeZone)}
          min={toDateInput(filters.from, timeZone)}
          onChange={(event) => {
            const to = fromDateInput(event.target.value, timeZone, 'end');
            if (to) onChange({ ...filters, to });
          }}
        />
      </div>
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
