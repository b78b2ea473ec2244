import { EVENT_TYPES } from '../eventTypes.js';
import { LoyaltyApiError } from './LoyaltyApiError.js';
import type {
  HistoricalPointsQuery,
  LedgerEventsQuery,
  LedgerInclude,
  PointsAllocationQuery,
} from './queries.js';

/** A request the client is about to send, checked against the API documents. */
export interface PreparedRequest {
  method: 'get' | 'post';
  path: string;
  searchParams?: URLSearchParams;
  json?: unknown;
  headers?: Record<string, string>;
}

export const LEDGER_PATH = 'v2/pointsLedger/getLedgerExplodeInfo';
export const ALLOCATION_PATH = 'x/neo/pointsAllocation/event';
export const HISTORY_PATH = 'v2/historicalPoints/getHistoricalPoints';

const IDENTIFIER_NAMES = ['mobile', 'id', 'email', 'customerid', 'primaryuserid', 'externalid'];
const INCLUDE_FLAGS: Record<LedgerInclude, string> = {
  billDetails: 'getBillDetails',
  pointsEarnedBreakup: 'getPointsEarnedBreakup',
  customFields: 'getCustomFields',
  extendedFields: 'getExtendedFields',
  maxConversionDetails: 'getMaxConversionDetails',
  paymentModes: 'getPaymentModes',
  alternateCurrencies: 'includeAlternateCurrencies',
};
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function refuse(path: string, field: string, problem: string): never {
  throw new LoyaltyApiError({
    kind: 'invalid-query',
    path,
    message: `Invalid query: ${field} ${problem}`,
  });
}

function requireText(path: string, field: string, value: unknown): string {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || text.trim() === '') refuse(path, field, 'is required');
  return text.trim();
}

function checkInteger(path: string, field: string, value: number, min: number, max = Infinity) {
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Infinity ? `at least ${min}` : `from ${min} to ${max}`;
    // A string from untyped code shows as one: "10", not 10.
    const got = typeof value === 'string' ? `"${value}"` : String(value);
    refuse(path, field, `must be a whole number ${range}, got ${got}`);
  }
}

/** Checks a ledger query and spells it as the explode-info API expects. */
export function buildLedgerRequest(query: LedgerEventsQuery): PreparedRequest {
  const path = LEDGER_PATH;
  const customer = query.customer ?? ({} as LedgerEventsQuery['customer']);
  const identifierName = requireText(path, 'customer.identifierName', customer.identifierName);
  if (!IDENTIFIER_NAMES.includes(identifierName.toLowerCase())) {
    refuse(
      path,
      'customer.identifierName',
      `must be one of mobile, id, email, customerId, primaryUserId, externalId, got "${identifierName}"`,
    );
  }
  const params = new URLSearchParams({
    identifierName,
    identifierValue: requireText(path, 'customer.identifierValue', customer.identifierValue),
    source: requireText(path, 'customer.source', customer.source),
  });
  if (customer.accountId) params.set('accountId', customer.accountId);
  if (query.eventIds?.length) params.set('eventIds', query.eventIds.join(','));
  if (query.eventName) params.set('eventName', query.eventName);
  if (query.eventReferenceIds?.length) {
    if (!query.eventName) refuse(path, 'eventReferenceIds', 'needs an eventName');
    if (query.eventReferenceIds.length > 10)
      refuse(path, 'eventReferenceIds', 'takes at most 10 ids');
    params.set('eventReferenceIds', query.eventReferenceIds.join(','));
  }
  // From plain JavaScript an object may come: iterating it would fail as a TypeError, which reads
  // like a network failure to the widgets.
  const parts: readonly LedgerInclude[] = query.include ?? [];
  if (!Array.isArray(parts as unknown)) refuse(path, 'include', 'must be a list of parts');
  for (const part of parts) {
    const flag = INCLUDE_FLAGS[part];
    if (!flag) refuse(path, 'include', `has an unknown part "${String(part)}"`);
    params.set(flag, 'true');
  }
  if (query.alternateCurrencyNames?.length) {
    // The document: with includeAlternateCurrencies=true every currency comes back, names or not.
    params.set('includeAlternateCurrencies', 'false');
    params.set('alternateCurrencyNames', query.alternateCurrencyNames.join(','));
  }
  if (query.type) params.set('type', query.type);
  if (query.isPrimaryUser !== undefined) params.set('isPrimaryUser', String(query.isPrimaryUser));
  if (query.includeLastOneYearData !== undefined) {
    params.set('includeLastOneYearData', String(query.includeLastOneYearData));
  }
  const offset = query.offset ?? 0;
  const limit = query.limit ?? 20;
  checkInteger(path, 'offset', offset, 0);
  checkInteger(path, 'limit', limit, 1);
  params.set('offset', String(offset));
  params.set('limit', String(limit));
  return { method: 'get', path, searchParams: params };
}

/** Checks an allocation query and spells it as the Neo endpoint expects. */
export function buildAllocationRequest(query: PointsAllocationQuery): PreparedRequest {
  const path = ALLOCATION_PATH;
  let eventTypeId = query.eventTypeId;
  if (eventTypeId === undefined) {
    const name = requireText(path, 'eventTypeId or eventName', query.eventName);
    eventTypeId = EVENT_TYPES.idOf(name);
    if (eventTypeId === undefined) refuse(path, 'eventName', `"${name}" is not a known event type`);
  }
  checkInteger(path, 'eventTypeId', eventTypeId, 1, EVENT_TYPES.names.length);
  const page = query.page ?? 1;
  const count = query.count ?? 10;
  checkInteger(path, 'page', page, 1);
  checkInteger(path, 'count', count, 1, 100);
  return {
    method: 'get',
    path,
    searchParams: new URLSearchParams({
      entity_id: requireText(path, 'entityId', query.entityId),
      customer_id: requireText(path, 'customerId', query.customerId),
      event_type_id: String(eventTypeId),
      page: String(page),
      count: String(count),
    }),
    headers: { 'x-cap-neo-dag-scope': 'global' },
  };
}

/** Checks a historical-points query and builds the POST body the API documents. */
export function buildHistoryRequest(
  customerId: string | number,
  query: HistoricalPointsQuery,
): PreparedRequest {
  const id = requireText(HISTORY_PATH, 'customerId', customerId);
  if (!/^\d+$/.test(id))
    refuse(HISTORY_PATH, 'customerId', `must be a numeric customer id, got "${id}"`);
  const path = `${HISTORY_PATH}/${id}`;
  const filter = query.filter ?? { filterType: 'NONE' };
  const values = (filter.filterValues ?? []) as readonly string[];
  switch (filter.filterType) {
    case 'NONE':
      break;
    case 'DATE':
      if (values.length !== 2)
        refuse(
          path,
          'filter.filterValues',
          `for DATE takes exactly two date-times, got ${values.length}`,
        );
      for (const value of values) {
        if (!ISO_WITH_OFFSET.test(value)) {
          refuse(
            path,
            'filter.filterValues',
            `for DATE must be ISO-8601 date-times with an offset, got "${value}"`,
          );
        }
      }
      break;
    case 'TRANSACTION_TYPE':
      if (values.length !== 1 || (values[0] !== 'CREDIT' && values[0] !== 'DEBIT')) {
        refuse(path, 'filter.filterValues', 'for TRANSACTION_TYPE must be ["CREDIT"] or ["DEBIT"]');
      }
      break;
    case 'BILL_NUMBER':
      if (!values[0]?.trim())
        refuse(path, 'filter.filterValues', 'for BILL_NUMBER needs a bill number');
      break;
    default:
      refuse(
        path,
        'filter.filterType',
        `must be NONE, DATE, TRANSACTION_TYPE or BILL_NUMBER, got "${String((filter as { filterType: unknown }).filterType)}"`,
      );
  }
  const offset = query.offset ?? 0;
  const limit = query.limit ?? 20;
  checkInteger(path, 'offset', offset, 0);
  checkInteger(path, 'limit', limit, 1);
  return {
    method: 'post',
    path,
    json: {
      filter: {
        filterType: filter.filterType,
        filterValues: filter.filterType === 'NONE' ? [] : values,
      },
      pageDetails: { offset, limit },
    },
  };
}
