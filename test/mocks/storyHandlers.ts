import { HttpResponse, http } from 'msw';
import {
  createMockCapillary,
  type MockCapillaryOptions,
  type MockFault,
} from './createMockCapillary.js';
import { mockCustomers } from './mockCustomers.js';
import { mswHandlers } from './mswHandlers.js';

const customers = mockCustomers();

/**
 * MSW handlers for Storybook: the mock Capillary over the mock members, with optional faults or
 * a delay. Each call makes a fresh mock, so faults are consumed per story.
 */
export function storyHandlers(options: Partial<MockCapillaryOptions> = {}) {
  return mswHandlers(createMockCapillary({ customers, ...options }));
}

/** Handlers whose endpoints fail with `fault` (every time, unless `fault.times` says otherwise). */
export function failingHandlers(fault: Omit<MockFault, 'endpoint'> & { endpoint?: string }) {
  return storyHandlers({ faults: [{ endpoint: '*', ...fault }] });
}

/**
 * Handlers whose ledger pages each carry one event that does not fit the documented shape and a
 * warning from Capillary, as a partly broken page would.
 */
export function partialPageHandlers() {
  const api = createMockCapillary({ customers });
  return [
    http.get('*/v2/pointsLedger/getLedgerExplodeInfo', async ({ request }) => {
      const page = (await (await api.handle(request)).json()) as { events?: unknown[] };
      return HttpResponse.json({
        events: [
          ...(page.events ?? []),
          { eventLogId: 'not-a-number', eventName: 'TransactionAdd' },
        ],
        warnings: [{ code: 9033, message: 'Data older than one year is not included' }],
      });
    }),
    ...mswHandlers(api).slice(1),
  ];
}

/** Handlers that never reach the server, as when the member is offline. */
export function offlineHandlers() {
  return [
    http.get('*/v2/pointsLedger/getLedgerExplodeInfo', () => HttpResponse.error()),
    http.get('*/x/neo/pointsAllocation/event', () => HttpResponse.error()),
    http.post('*/v2/historicalPoints/getHistoricalPoints/:customerId', () => HttpResponse.error()),
  ];
}
