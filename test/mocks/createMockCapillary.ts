import { EVENT_TYPES } from '../../src/core/eventTypes.js';
import { parseLoyaltyDate } from '../../src/core/parse/parseLoyaltyDate.js';

/** A customer the mock API knows, with their raw (wire-format) data. */
export interface MockCustomer {
  customerId: number;
  mobile: string;
  email?: string;
  externalId?: string;
  /** Raw ledger events as the explode-info API sends them, newest first. */
  ledger: readonly Record<string, unknown>[];
  /** Raw historical-points entries as the history API sends them. */
  history: readonly Record<string, unknown>[];
  /** Raw allocation rows as the Neo API sends them (matched on entity, customer and event type). */
  allocations: readonly Record<string, unknown>[];
}

/** A request the mock API received, for tests that count or inspect requests. */
export interface RecordedRequest {
  method: string;
  path: string;
  search: URLSearchParams;
  headers: Headers;
  body: unknown;
}

/** A fault to answer with instead of data, for error stories and retry tests. */
export interface MockFault {
  /** Which endpoint fails: part of its path, e.g. `pointsLedger`, or `*` for all. */
  endpoint: string;
  /** HTTP status to answer with. */
  status: number;
  /** Capillary error code to put in the body. */
  code?: number;
  /** Error message to put in the body. */
  message?: string;
  /** Headers to add, e.g. `{ 'Retry-After': '1' }`. */
  headers?: Record<string, string>;
  /** How many requests fail before the endpoint answers normally again. @defaultValue Infinity */
  times?: number;
  /** Answer after this many milliseconds. */
  delayMs?: number;
}

/** Options of `createMockCapillary`. */
export interface MockCapillaryOptions {
  customers: readonly MockCustomer[];
  /** Faults, consumed in order. */
  faults?: MockFault[];
  /** Delay every answer, to show loading states. */
  delayMs?: number;
  /** Check a credential header: answer 401 when this returns false. */
  authorize?: (headers: Headers) => boolean;
  /**
   * The organisation's zone, in which Capillary keeps imported dates (zone-less) and so compares
   * them with a DATE filter's range. @defaultValue 'UTC'
   */
  organizationTimeZone?: string;
}

const LEDGER = '/v2/pointsLedger/getLedgerExplodeInfo';
const ALLOCATION = '/x/neo/pointsAllocation/event';
const HISTORY = '/v2/historicalPoints/getHistoricalPoints/';

// Parts of an event the explode-info API includes only when its `get…` flag is set.
const OPTIONAL_PARTS: Record<string, string[]> = {
  getBillDetails: ['billDetails'],
  getPointsEarnedBreakup: ['pointsBreakup'],
  getCustomFields: ['customFields'],
  getExtendedFields: ['extendedFields'],
  includeAlternateCurrencies: ['alternateCurrencies'],
};

/** Drops the parts inside an event that `getPaymentModes` and `getMaxConversionDetails` add. */
function withNestedParts(event: Record<string, unknown>, search: URLSearchParams) {
  const copy = structuredClone(event) as Record<string, unknown> & {
    billDetails?: {
      paymentModes?: unknown;
      maxConversionDate?: unknown;
      pointsEarned?: { promised?: object[] };
    };
    pointsEarned?: { promised?: object[] };
  };
  if (search.get('getPaymentModes') !== 'true' && copy.billDetails) {
    delete copy.billDetails.paymentModes;
  }
  if (search.get('getMaxConversionDetails') !== 'true') {
    if (copy.billDetails) delete copy.billDetails.maxConversionDate;
    for (const promised of [
      copy.pointsEarned?.promised,
      copy.billDetails?.pointsEarned?.promised,
    ]) {
      for (const entry of promised ?? [])
        delete (entry as { maxConversionDate?: unknown }).maxConversionDate;
    }
  }
  return copy;
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

function capillaryError(status: number, code: number, message: string): Response {
  return json({ errors: [{ code, message, status: false }], warnings: [] }, status);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * A Fetch-standard implementation of the three points endpoints over in-memory customers: the one
 * implementation behind the MSW handlers (tests, Storybook) and the local HTTP mock API.
 */
export function createMockCapillary(options: MockCapillaryOptions) {
  const requests: RecordedRequest[] = [];
  const faults = (options.faults ?? []).map((fault) => ({ ...fault }));

  function findCustomer(name: string, value: string): MockCustomer | undefined {
    return options.customers.find((customer) => {
      switch (name.toLowerCase()) {
        case 'mobile':
          return customer.mobile === value;
        case 'id':
        case 'customerid':
        case 'primaryuserid':
          return String(customer.customerId) === value;
        case 'email':
          return customer.email === value;
        case 'externalid':
          return customer.externalId === value;
        default:
          return false;
      }
    });
  }

  function ledger(search: URLSearchParams): Response {
    const name = search.get('identifierName');
    const value = search.get('identifierValue');
    if (!name || !value || !search.get('source')) {
      return capillaryError(400, 11023, 'Valid identifiers not found');
    }
    if (['id', 'customerid'].includes(name.toLowerCase()) && !/^\d+$/.test(value)) {
      return capillaryError(400, 11012, 'Invalid userId passed in request');
    }
    const customer = findCustomer(name, value);
    if (!customer) return capillaryError(400, 11023, 'Valid identifiers not found');

    let events = customer.ledger;
    const eventName = search.get('eventName');
    if (eventName) {
      if (EVENT_TYPES.idOf(eventName) === undefined)
        return capillaryError(400, 11014, 'Event name not found');
      events = events.filter((event) => event.eventName === eventName);
    }
    const referenceIds = search.get('eventReferenceIds')?.split(',').filter(Boolean);
    if (referenceIds?.length) {
      events = events.filter((event) => referenceIds.includes(String(event.eventReferenceId)));
      if (events.length === 0) return capillaryError(400, 9022, 'Event reference IDs are invalid');
    }
    const eventIds = search.get('eventIds')?.split(',').filter(Boolean);
    if (eventIds?.length)
      events = events.filter((event) => eventIds.includes(String(event.eventLogId)));

    const offset = Number(search.get('offset') ?? 0);
    const limit = Number(search.get('limit') ?? 10);
    // The document: names filter the alternate currencies, with includeAlternateCurrencies=false;
    // with true, every currency is listed.
    const currencyNames = search.get('alternateCurrencyNames')?.split(',').filter(Boolean);
    const page = events.slice(offset, offset + limit).map((event) => {
      const copy: Record<string, unknown> = { ...event };
      for (const [flag, keys] of Object.entries(OPTIONAL_PARTS)) {
        if (search.get(flag) !== 'true') for (const key of keys) delete copy[key];
      }
      if (currencyNames?.length && search.get('includeAlternateCurrencies') !== 'true') {
        const currencies = (event.alternateCurrencies ?? []) as {
          name?: string;
          currencyName?: string;
        }[];
        copy.alternateCurrencies = currencies.filter((currency) =>
          currencyNames.includes(currency.name ?? currency.currencyName ?? ''),
        );
      }
      return withNestedParts(copy, search);
    });
    return json({ events: page, warnings: [] });
  }

  function allocation(search: URLSearchParams, headers: Headers): Response {
    const badRequest = json({ status: 400, message: 'Bad Request' }, 400);
    if (headers.get('x-cap-neo-dag-scope') !== 'global') return badRequest;
    const entityId = search.get('entity_id');
    const customerId = search.get('customer_id');
    const eventTypeId = Number(search.get('event_type_id'));
    const page = Number(search.get('page') ?? 1);
    const count = Number(search.get('count') ?? 10);
    if (!entityId || !customerId || !Number.isInteger(eventTypeId) || eventTypeId < 1)
      return badRequest;
    if (
      !Number.isInteger(page) ||
      page < 1 ||
      !Number.isInteger(count) ||
      count < 1 ||
      count > 100
    ) {
      return badRequest;
    }
    const customer = options.customers.find(
      (candidate) => String(candidate.customerId) === customerId,
    );
    if (!customer) return json({ status: 404, message: 'Not Found' }, 404);
    // The document does not say what `entity_id` is. Here it is the event's reference: a numeric
    // one is the rows' points source; any other (a behavioural event's UUID) finds its event's rows.
    const events = new Set(
      customer.ledger
        .filter((event) => event.eventReferenceId === entityId)
        .map((event) => event.eventLogId),
    );
    const rows = customer.allocations.filter(
      (row) =>
        (String(row.points_source_id) === entityId || events.has(row.event_log_id)) &&
        Number(row.event_type_id) === eventTypeId,
    );
    return json(rows.slice((page - 1) * count, page * count));
  }

  function history(customerId: string, body: unknown): Response {
    const customer = options.customers.find(
      (candidate) => String(candidate.customerId) === customerId,
    );
    if (!customer) return capillaryError(400, 8015, 'Customer not found for the given identifiers');
    const request = (body ?? {}) as {
      filter?: { filterType?: string; filterValues?: string[] };
      pageDetails?: { offset?: number; limit?: number };
    };
    const type = request.filter?.filterType;
    const values = request.filter?.filterValues ?? [];
    const limit = request.pageDetails?.limit;
    if (!type || typeof limit !== 'number')
      return capillaryError(400, 400, 'filter and pageDetails.limit are required');
    let entries = customer.history;
    switch (type) {
      case 'NONE':
        break;
      case 'DATE': {
        const [from, to] = values.map((value) => Date.parse(value));
        if (values.length !== 2 || Number.isNaN(from) || Number.isNaN(to)) {
          return capillaryError(400, 400, 'DATE takes two ISO-8601 date-times');
        }
        entries = entries.filter((entry) => {
          // Capillary keeps imported dates zone-less, in the organisation's zone.
          const time =
            parseLoyaltyDate(entry.eventDate, options.organizationTimeZone ?? 'UTC')?.getTime() ??
            Number.NaN;
          return time >= (from as number) && time <= (to as number);
        });
        break;
      }
      case 'TRANSACTION_TYPE':
        entries = entries.filter((entry) => entry.entryType === values[0]);
        break;
      case 'BILL_NUMBER':
        entries = entries.filter((entry) => entry.billNumber === values[0]);
        break;
      default:
        return capillaryError(400, 400, `Unknown filterType ${type}`);
    }
    const offset = request.pageDetails?.offset ?? 0;
    return json({
      orgId: 50224,
      customerId: customer.customerId,
      historicalPointsData: entries.slice(offset, offset + limit),
      warnings: [],
    });
  }

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const body =
      request.method === 'POST' ? await request.json().catch(() => undefined) : undefined;
    requests.push({
      method: request.method,
      path: url.pathname,
      search: url.searchParams,
      headers: request.headers,
      body,
    });

    if (options.delayMs) await sleep(options.delayMs, request.signal);
    const faultIndex = faults.findIndex(
      (fault) => fault.endpoint === '*' || url.pathname.includes(fault.endpoint),
    );
    const fault = faults[faultIndex];
    if (fault) {
      if (fault.times !== undefined && --fault.times <= 0) faults.splice(faultIndex, 1);
      if (fault.delayMs) await sleep(fault.delayMs, request.signal);
      const response = fault.code
        ? capillaryError(fault.status, fault.code, fault.message ?? 'Error')
        : json({ status: fault.status, message: fault.message ?? 'Error' }, fault.status);
      for (const [name, value] of Object.entries(fault.headers ?? {}))
        response.headers.set(name, value);
      return response;
    }
    if (options.authorize && !options.authorize(request.headers)) {
      return json({ status: 401, message: 'Unauthorized' }, 401);
    }

    if (request.method === 'GET' && url.pathname.endsWith(LEDGER)) return ledger(url.searchParams);
    if (request.method === 'GET' && url.pathname.endsWith(ALLOCATION))
      return allocation(url.searchParams, request.headers);
    const historyAt = url.pathname.indexOf(HISTORY);
    if (request.method === 'POST' && historyAt !== -1) {
      return history(decodeURIComponent(url.pathname.slice(historyAt + HISTORY.length)), body);
    }
    return json({ status: 404, message: 'Not Found' }, 404);
  }

  return {
    /** Answers one request like Capillary would. */
    handle,
    /** Every request received, oldest first. */
    requests,
    /** Adds faults to answer with, consumed in order. */
    fail(...more: MockFault[]) {
      faults.push(...more.map((fault) => ({ ...fault })));
    },
  };
}

/** The mock API's type, for helpers that take one. */
export type MockCapillary = ReturnType<typeof createMockCapillary>;
