import { describe, expect, it } from 'vitest';
import {
  filterRows,
  ledgerRows,
  sortRows,
} from '../../src/components/PointsLedgerTable/ledgerRows.js';
// From the public entry: apps key their own lists of events with it.
import { ledgerEventKey } from '../../src/core/index.js';
import { normalizeLedgerPage } from '../../src/core/ledger/normalizeLedgerPage.js';
import pointsRedemption from '../fixtures/ledger/points-redemption.json' with { type: 'json' };
import registration from '../fixtures/ledger/quirks/customer-registration-as-documented.json' with { type: 'json' };
import transactionAdd from '../fixtures/ledger/transaction-add.json' with { type: 'json' };

const [purchase, wire] = [transactionAdd.events[0], structuredClone(transactionAdd.events[0])];
// The same purchase, but its 50 points are still only promised.
if (wire?.pointsEarned) {
  wire.pointsEarned.regular = [];
  wire.pointsEarned.promo = [];
}
const page = normalizeLedgerPage(
  { events: [purchase, { ...wire, eventLogId: 1 }] },
  { timeZone: 'UTC', offset: 0, limit: 20 },
);
const [earnedRow, promisedRow] = ledgerRows(page.events);
const everything = { from: new Date(0), to: new Date(8.64e15), billNumber: '' };

describe('ledger rows', () => {
  it('keeps promised points apart from the spendable points of a row', () => {
    expect(promisedRow).toMatchObject({
      points: 0,
      promised: 50,
      promisedOnly: true,
      status: 'pending',
    });
    expect(earnedRow).toMatchObject({
      points: 135.5,
      promised: 50,
      promisedOnly: false,
      status: 'completed',
    });
  });

  it('filters a promised-only row by the "+50 promised" it shows', () => {
    const rows = [promisedRow, earnedRow].filter((row) => row !== undefined);
    expect(filterRows(rows, { ...everything, direction: 'earned' })).toEqual(rows);
    expect(filterRows(rows, { ...everything, direction: 'redeemed' })).toEqual([]);
  });

  it('shows promised points taken back by a return as "-50 promised", not as 0', () => {
    const returned = structuredClone(transactionAdd.events[0]);
    if (!returned) throw new Error('fixture missing');
    returned.pointsEarned.regular = [];
    returned.pointsEarned.promo = [];
    returned.eventName = 'ReturnBill';
    const [promised] = returned.pointsEarned.promised;
    if (!promised) throw new Error('fixture has no promised points');
    promised.value = -50;
    const [row] = ledgerRows(
      normalizeLedgerPage({ events: [returned] }, { timeZone: 'UTC', offset: 0, limit: 20 }).events,
    );
    expect(row).toMatchObject({ points: 0, promised: -50, promisedOnly: true, status: 'reversed' });
    if (!row) throw new Error('no row');
    expect(filterRows([row], { ...everything, direction: 'redeemed' })).toEqual([row]);
  });

  it('keeps a row dated exactly on the first or the last instant of the chosen range', () => {
    if (!earnedRow?.date) throw new Error('fixture row has no date');
    const at = earnedRow.date;
    expect(filterRows([earnedRow], { ...everything, from: at, to: at, direction: 'all' })).toEqual([
      earnedRow,
    ]);
  });

  it('shows a row of no points neither among points earned nor among points redeemed', () => {
    const rows = ledgerRows(
      normalizeLedgerPage(registration, { timeZone: 'UTC', offset: 0, limit: 20 }).events,
    );
    expect(rows.map((row) => row.points)).toEqual([0, 0]);
    expect(filterRows(rows, { ...everything, direction: 'earned' })).toEqual([]);
    expect(filterRows(rows, { ...everything, direction: 'redeemed' })).toEqual([]);
  });

  it('finds a bill by number whatever its case or the spaces typed around it', () => {
    if (!earnedRow) throw new Error('fixture row missing');
    expect(
      filterRows([earnedRow], { ...everything, direction: 'all', billNumber: ' bill2403 ' }),
    ).toEqual([earnedRow]);
  });

  it('finds a redemption, which has no bill, by the transaction number it shows', () => {
    const [redemption] = ledgerRows(
      normalizeLedgerPage(pointsRedemption, { timeZone: 'UTC', offset: 0, limit: 20 }).events,
    );
    if (!redemption?.reference) throw new Error('fixture redemption has no reference');
    expect(redemption).toMatchObject({ status: 'completed' });
    expect(
      filterRows([redemption], {
        ...everything,
        direction: 'all',
        billNumber: redemption.reference,
      }),
    ).toEqual([redemption]);
  });

  it("finds an event by any of its redemptions' transaction numbers, not only the first's", () => {
    // Found by the filters' property: redemptionDetails is a list, each with its bill number.
    const [event] = pointsRedemption.events;
    if (!event) throw new Error('fixture redemption missing');
    const twice = {
      ...event,
      eventDetails: {
        ...event.eventDetails,
        redemptionDetails: [
          { pointsRedeemed: '10', groupRedemption: false },
          { pointsRedeemed: '5', transactionNumber: 'BILL-77', groupRedemption: false },
        ],
      },
    };
    const [row] = ledgerRows(
      normalizeLedgerPage({ events: [twice] }, { timeZone: 'UTC', offset: 0, limit: 20 }).events,
    );
    if (!row) throw new Error('the event was not read');
    expect(filterRows([row], { ...everything, direction: 'all', billNumber: 'bill-77' })).toEqual([
      row,
    ]);
  });

  it('marks points that expired as expired, not as a completed entry', () => {
    const [expiry] = ledgerRows(
      normalizeLedgerPage(
        { events: [{ ...purchase, eventName: 'PointsExpiry' }] },
        { timeZone: 'UTC', offset: 0, limit: 20 },
      ).events,
    );
    expect(expiry?.status).toBe('expired');
  });

  it('lists a row without a date after the dated ones, newest first', () => {
    if (!earnedRow) throw new Error('fixture row missing');
    const undated = { ...earnedRow, key: 'undated', date: null };
    const sorted = sortRows([undated, earnedRow], { column: 'date', direction: 'descending' });
    expect(sorted.map((row) => row.key)).toEqual([earnedRow.key, 'undated']);
  });

  it('sorts a promised-only row by the promised points it shows, so the column reads in order', () => {
    if (!promisedRow || !earnedRow) throw new Error('fixture rows missing');
    const smaller = { ...earnedRow, key: 'smaller', points: 20 };
    const redeemed = { ...earnedRow, key: 'redeemed', points: -10 };
    const sorted = sortRows([redeemed, smaller, promisedRow, earnedRow], {
      column: 'points',
      direction: 'descending',
    });
    expect(sorted.map((row) => row.key)).toEqual([
      earnedRow.key,
      promisedRow.key,
      'smaller',
      'redeemed',
    ]);
  });
});

describe('ledger row keys', () => {
  it('gives the two documented CustomerRegistration events, which share an eventLogId, a row key each', () => {
    const { events } = normalizeLedgerPage(registration, {
      timeZone: 'UTC',
      offset: 0,
      limit: 20,
    });
    expect(events).toHaveLength(2);
    // Keyed by the events' own identities, not told apart by a repeat's `#2`.
    expect(ledgerRows(events).map((row) => row.key)).toEqual(events.map(ledgerEventKey));
    expect(new Set(events.map(ledgerEventKey)).size).toBe(2);
  });

  it('keeps row keys unique, and stable, when a page holds the same event twice', () => {
    const twice = page.events.slice(0, 1).concat(page.events.slice(0, 1));
    const keys = ledgerRows(twice).map((row) => row.key);
    expect(new Set(keys).size).toBe(2);
    expect(ledgerRows(twice).map((row) => row.key)).toEqual(keys);
  });
});
