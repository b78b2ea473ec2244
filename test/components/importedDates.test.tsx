import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { activityLabel, COLUMNS } from '../../src/components/PointsLedgerTable/ledgerColumns.js';
import { historyRow } from '../../src/components/PointsLedgerTable/ledgerRows.js';
import { normalizeHistoricalPointsPage } from '../../src/core/history/normalizeHistoricalPointsPage.js';
import { ar } from '../../src/i18n/ar.js';
import { createTranslator } from '../../src/i18n/createTranslator.js';

/** The table's cell context of one imported entry, as the history API sends it. */
function importedContext(wire: Record<string, unknown>) {
  const { entries } = normalizeHistoricalPointsPage(
    { historicalPointsData: [wire] },
    { timeZone: 'UTC', offset: 0, limit: 10 },
  );
  const [entry] = entries;
  if (!entry) throw new Error('the entry was not kept');
  return {
    row: historyRow(entry, 'history:0:'),
    t: createTranslator(),
    locale: 'en-GB',
    dateLocale: 'en-GB',
    timeZone: 'UTC',
  };
}

/** The Date and Points cells of an imported entry dated `eventDate`, as the table renders them. */
function renderCells(eventDate: string) {
  const context = importedContext({
    entryType: 'CREDIT',
    points: 120,
    billNumber: 'B1',
    eventDate,
  });
  return {
    date: render(<>{COLUMNS.date.cell(context)}</>).container,
    points: render(<>{COLUMNS.points.cell(context)}</>).container,
  };
}

describe('imported history in the points table', () => {
  it('dates an entry imported in the organisation’s own date format as imported, with its points', () => {
    const { date, points } = renderCells('12/01/2026 00:00:00');
    expect(date).toHaveTextContent(/^12\/01\/2026 00:00:00$/);
    expect(points).toHaveTextContent('+120');
  });

  it('still dates an entry whose date it reads in the widget’s own format', () => {
    const { date } = renderCells('2026-01-12 00:00:00');
    expect(date).not.toHaveTextContent('2026-01-12 00:00:00');
    expect(date).toHaveTextContent(/2026/);
  });

  it('names an unnamed imported correction after the Type filter that finds it, with its minus sign', () => {
    const context = importedContext({
      entryType: 'CREDIT',
      points: -15,
      pointsActivity: 'null',
      eventDate: '2026-01-12',
    });
    expect(activityLabel(context)).toBe('Redeemed');
    expect(render(<>{COLUMNS.points.cell(context)}</>).container).toHaveTextContent('-15');
    // In Arabic the filter's word names the points ("redeemed points"), so it reads as an activity.
    const arabic = { ...context, t: createTranslator({ locale: 'ar', messages: ar }) };
    expect(activityLabel(arabic)).toBe('النقاط المستبدلة');
  });
  it('says an imported credit came from the import, without calling its empty expiry "No expiry"', () => {
    const context = importedContext({
      entryType: 'CREDIT',
      points: 120,
      billNumber: 'B1',
      eventDate: '2026-01-12',
    });
    expect(render(<>{COLUMNS.expires.cell(context)}</>).container).toHaveTextContent(/^$/);
    expect(render(<>{COLUMNS.source.cell(context)}</>).container).toHaveTextContent(/^Imported$/);
  });
});
