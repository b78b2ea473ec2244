import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ImportedEntryDetails } from '../../src/components/PointsLedgerTable/ImportedEntryDetails.js';
import { normalizeHistoricalPointsPage } from '../../src/core/history/normalizeHistoricalPointsPage.js';
import documented from '../fixtures/history/date-filter-debit.json' with { type: 'json' };

// Rendered on its own: the table's virtualized rows, which hold it, do not render in jsdom.
const [entry] = normalizeHistoricalPointsPage(documented, {
  timeZone: 'UTC',
  offset: 0,
  limit: 10,
}).entries;

describe('ImportedEntryDetails', () => {
  it('shows the reference an entry was imported under, for support to find it in the legacy system', () => {
    if (!entry) throw new Error('fixture has no entry');
    render(<ImportedEntryDetails entry={entry} />);
    expect(screen.getByText('Import reference').nextElementSibling).toHaveTextContent('test3');
  });

  it('leaves the import reference out when none was imported', () => {
    if (!entry) throw new Error('fixture has no entry');
    render(<ImportedEntryDetails entry={{ ...entry, externalUniqueId: null }} />);
    expect(screen.queryByText('Import reference')).not.toBeInTheDocument();
  });
});
