import { generateLedgerEvents, type WireLedgerEvent } from '../fixtures/generateLedger.js';
import alternateCurrencies from '../fixtures/ledger/alternate-currencies.json' with { type: 'json' };
import customerRegistration from '../fixtures/ledger/customer-registration.json' with { type: 'json' };
import genericEvent from '../fixtures/ledger/generic-event.json' with { type: 'json' };
import goodwill from '../fixtures/ledger/goodwill.json' with { type: 'json' };
import pointsRedemption from '../fixtures/ledger/points-redemption.json' with { type: 'json' };
import targetCompleted from '../fixtures/ledger/target-completed.json' with { type: 'json' };
import transactionAdd from '../fixtures/ledger/transaction-add.json' with { type: 'json' };
import { allocationsFor } from './allocationsFor.js';
import type { MockCustomer } from './createMockCapillary.js';
import { generateHistory } from './generateHistory.js';

const DAY = 86_400_000;

/** Every sample event of the explode-info document, at the dates the document gives them. */
export const documentEvents = [
  transactionAdd,
  genericEvent,
  alternateCurrencies,
  pointsRedemption,
  targetCompleted,
  goodwill,
  customerRegistration,
].flatMap((page) => page.events as WireLedgerEvent[]);

function customer(
  id: number,
  mobile: string,
  ledger: WireLedgerEvent[],
  history: Record<string, unknown>[],
): MockCustomer {
  return {
    customerId: id,
    mobile,
    email: `member${id}@example.com`,
    externalId: `EXT-${id}`,
    ledger,
    history,
    allocations: allocationsFor(ledger, id),
  };
}

/**
 * The members the mock API knows, with data dated up to `now` so that the default
 * "last 6 months" views have something to show.
 */
export function mockCustomers(now = new Date()): MockCustomer[] {
  const end = new Date(Math.floor(now.getTime() / DAY) * DAY);
  const recent = (count: number, seed: number, days: number) =>
    generateLedgerEvents(count, seed, { end, start: new Date(end.getTime() - days * DAY) });
  return [
    // A regular member: eight months of activity, then the document's own samples.
    customer(
      374819205,
      '917406401004',
      [...recent(120, 7, 240), ...documentEvents],
      generateHistory(24, 7, end, 400),
    ),
    // A second member, for switching customers.
    customer(566135941, '919800000002', recent(40, 11, 200), generateHistory(6, 11, end, 300)),
    // A member who just joined: nothing yet.
    customer(566135942, '919800000003', [], []),
    // A long-time member with ten thousand events.
    customer(
      566135943,
      '919800010000',
      recent(10_000, 13, 170),
      generateHistory(200, 13, end, 170),
    ),
    // A member whose history holds only the document's samples (older than six months).
    customer(348918999, '919800000005', documentEvents, []),
  ];
}

/** Mobile numbers of the mock members, for stories and tests. */
export const MEMBERS = {
  regular: {
    identifierName: 'mobile',
    identifierValue: '917406401004',
    source: 'INSTORE',
    customerId: 374819205,
  },
  second: {
    identifierName: 'mobile',
    identifierValue: '919800000002',
    source: 'INSTORE',
    customerId: 566135941,
  },
  newcomer: {
    identifierName: 'mobile',
    identifierValue: '919800000003',
    source: 'INSTORE',
    customerId: 566135942,
  },
  longTime: {
    identifierName: 'mobile',
    identifierValue: '919800010000',
    source: 'INSTORE',
    customerId: 566135943,
  },
  documentOnly: {
    identifierName: 'mobile',
    identifierValue: '919800000005',
    source: 'INSTORE',
    customerId: 348918999,
  },
} as const;
