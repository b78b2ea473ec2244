import { HttpResponse, http, type JsonBodyType } from 'msw';
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
  // Stories' provider is in Kolkata: so is their organisation.
  return mswHandlers(
    createMockCapillary({ customers, organizationTimeZone: 'Asia/Kolkata', ...options }),
  );
}

/** Handlers whose endpoints fail with `fault` (every time, unless `fault.times` says otherwise). */
export function failingHandlers(fault: Omit<MockFault, 'endpoint'> & { endpoint?: string }) {
  return storyHandlers({ faults: [{ endpoint: '*', ...fault }] });
}

/** The mock's handlers, with the ledger's (0) or history's (2) answers rewritten by `rewrite`. */
function rewritten(index: 0 | 2, rewrite: (body: Record<string, unknown>) => JsonBodyType) {
  const api = createMockCapillary({ customers, organizationTimeZone: 'Asia/Kolkata' });
  const handlers = mswHandlers(api);
  const [method, path] =
    index === 0
      ? (['get', '*/v2/pointsLedger/getLedgerExplodeInfo'] as const)
      : (['post', '*/v2/historicalPoints/getHistoricalPoints/:customerId'] as const);
  handlers[index] = http[method](path, async ({ request }) => {
    const body = (await (await api.handle(request)).json()) as Record<string, unknown>;
    return HttpResponse.json(rewrite(body));
  });
  return handlers;
}

/**
 * Handlers whose ledger pages each carry one event that does not fit the documented shape and a
 * warning from Capillary, as a partly broken page would.
 */
export function partialPageHandlers() {
  return rewritten(0, (page) => ({
    events: [
      ...((page.events as unknown[] | undefined) ?? []),
      { eventLogId: 'not-a-number', eventName: 'TransactionAdd' },
    ],
    warnings: [{ code: 9033, message: 'Data older than one year is not included' }],
  }));
}

/** Handlers whose ledger holds a single event, whose points are written in words: none can be read. */
export function unreadableOnlyHandlers() {
  return rewritten(0, () => ({
    events: [
      {
        eventLogId: 1,
        eventName: 'TransactionAdd',
        eventDetails: { eventTime: '2026-01-05 10:00:00.0' },
        pointsEarned: { regular: [{ value: 'lots' }], promo: [], promised: [] },
      },
    ],
  }));
}

/** Handlers whose ledger bills state their amounts with thousands separators ("1,100.00"). */
export function unreadableDetailHandlers() {
  return rewritten(0, (page) => ({
    ...page,
    events: ((page.events as Record<string, unknown>[] | undefined) ?? []).map((event) =>
      event.billDetails
        ? { ...event, billDetails: { ...(event.billDetails as object), billAmount: '1,100.00' } }
        : event,
    ),
  }));
}

/**
 * Handlers whose imported history carries dates "in the format you imported the data" (the
 * document's words): day first, `12/01/2026 00:00:00`.
 */
export function importedDateFormatHandlers() {
  return rewritten(2, (page) => ({
    ...page,
    historicalPointsData: (
      (page.historicalPointsData as Record<string, unknown>[] | undefined) ?? []
    ).map((entry) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}:\d{2}:\d{2})/.exec(String(entry.eventDate));
      return match
        ? { ...entry, eventDate: `${match[3]}/${match[2]}/${match[1]} ${match[4]}` }
        : entry;
    }),
  }));
}

/** Handlers that never reach the server, as when the member is offline. */
export function offlineHandlers() {
  return [
    http.get('*/v2/pointsLedger/getLedgerExplodeInfo', () => HttpResponse.error()),
    http.get('*/x/neo/pointsAllocation/event', () => HttpResponse.error()),
    http.post('*/v2/historicalPoints/getHistoricalPoints/:customerId', () => HttpResponse.error()),
  ];
}
