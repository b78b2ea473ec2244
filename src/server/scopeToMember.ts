import { ALLOCATION_PATH, HISTORY_PATH, LEDGER_PATH } from '../core/client/buildRequests.js';
import type { LoyaltyMember } from './LoyaltyProxyOptions.js';
import type { LoyaltyEndpoint } from './matchLoyaltyEndpoint.js';
import { PROXY_MESSAGES, ProxyRefusal } from './ProxyRefusal.js';

/** What the proxy sends upstream, built from scratch: nothing of the incoming request is copied. */
export interface UpstreamRequest {
  /** The endpoint path under the upstream host, without a leading slash. */
  path: string;
  /** The query, of whitelisted names only. */
  search: URLSearchParams;
  /** The JSON body of a POST, re-serialized from the fields the API documents. */
  body: string | null;
}

/** The ledger's documented query parameters; any other name is dropped. */
const LEDGER_PARAMETERS = [
  'identifierName',
  'identifierValue',
  'source',
  'accountId',
  'eventIds',
  'eventName',
  'eventReferenceIds',
  'getBillDetails',
  'getPointsEarnedBreakup',
  'getCustomFields',
  'getExtendedFields',
  'getMaxConversionDetails',
  'getPaymentModes',
  'type',
  'isPrimaryUser',
  'includeAlternateCurrencies',
  'alternateCurrencyNames',
  'includeLastOneYearData',
  'offset',
  'limit',
];
const ALLOCATION_PARAMETERS = ['entity_id', 'customer_id', 'event_type_id', 'page', 'count'];
/**
 * The filter types the historical-points document lists (the client sends no other). An
 * undocumented one might read its customer from `filterValues` rather than from the path.
 */
const HISTORY_FILTER_TYPES: readonly unknown[] = [
  'NONE',
  'DATE',
  'TRANSACTION_TYPE',
  'BILL_NUMBER',
];

// Identifier types that name a customer by Capillary's customer id.
const CUSTOMER_ID_NAMES = ['id', 'customerid'];

function otherCustomer(): never {
  throw new ProxyRefusal(403, PROXY_MESSAGES.otherCustomer);
}

/**
 * Copies the whitelisted parameters. A name given twice is refused: the proxy would check one
 * value while upstream might read the other.
 */
function pickParameters(search: URLSearchParams, names: readonly string[]): URLSearchParams {
  const picked = new URLSearchParams();
  for (const name of names) {
    const values = search.getAll(name);
    if (values.length > 1) {
      throw new ProxyRefusal(400, `The query parameter ${name} is given more than once.`);
    }
    const [value] = values;
    if (value !== undefined && value !== '') picked.set(name, value);
  }
  return picked;
}

/** The member's identifiers by lower-cased identifier type. */
function memberIdentifiers(member: LoyaltyMember): Map<string, string> {
  const identifiers = new Map<string, string>();
  if (member.identifierName && member.identifierValue) {
    identifiers.set(member.identifierName.toLowerCase(), member.identifierValue);
  }
  // The customer id is authoritative for the types that name it.
  for (const name of CUSTOMER_ID_NAMES) identifiers.set(name, String(member.customerId));
  return identifiers;
}

function sameIdentifier(name: string, requested: string, known: string): boolean {
  const value = requested.trim();
  return name.toLowerCase() === 'email'
    ? value.toLowerCase() === known.toLowerCase()
    : value === known;
}

function scopeLedger(search: URLSearchParams, member: LoyaltyMember): UpstreamRequest {
  const params = pickParameters(search, LEDGER_PARAMETERS);
  const requestedName = params.get('identifierName');
  const requestedValue = params.get('identifierValue');
  const name = requestedName?.trim() || member.identifierName || 'id';
  const known = memberIdentifiers(member).get(name.toLowerCase());
  // An identifier type the member record lacks cannot be checked, so it is refused; that is the
  // brand's setup, not the member's doing, so onError says what to return.
  if (known === undefined) {
    // The name comes from the request: only a plain word goes into the server's logs.
    const type = /^[A-Za-z]{1,40}$/.test(name) ? name : 'that type';
    throw new ProxyRefusal(
      403,
      PROXY_MESSAGES.uncheckableIdentifier,
      {},
      `A ledger request names the member by ${type}, but resolveCustomer returned no ${type} to check it against: return identifierName: '${type}' and identifierValue (and source) with the customerId.`,
    );
  }
  if (requestedValue !== null && !sameIdentifier(name, requestedValue, known)) otherCustomer();
  // The same number in another source or account may be another customer's: where the record
  // names none, only the customer id needs neither.
  const byCustomerId = CUSTOMER_ID_NAMES.includes(name.toLowerCase());
  if (!member.source && !byCustomerId) {
    throw new ProxyRefusal(
      403,
      PROXY_MESSAGES.uncheckableIdentifier,
      {},
      'A ledger request names the member by an identifier that lives in a source, but resolveCustomer returned no source: return the source (e.g. INSTORE) with the identifier.',
    );
  }
  params.set('identifierName', name);
  params.set('identifierValue', known);
  if (member.source) params.set('source', member.source);
  params.delete('accountId');
  if (member.accountId) params.set('accountId', member.accountId);
  // USERGROUP2 reads a group's ledger by the group's id, which is no member's customer id; the
  // primary member of a group is another customer.
  const type = params.get('type');
  if (type !== null && type.toUpperCase() !== 'CUSTOMER') otherCustomer();
  const primary = params.get('isPrimaryUser');
  if (primary !== null && primary.toLowerCase() !== 'false') otherCustomer();
  return { path: LEDGER_PATH, search: params, body: null };
}

function scopeAllocation(search: URLSearchParams, member: LoyaltyMember): UpstreamRequest {
  const params = pickParameters(search, ALLOCATION_PARAMETERS);
  const requested = params.get('customer_id');
  if (requested !== null && requested.trim() !== String(member.customerId)) otherCustomer();
  params.set('customer_id', String(member.customerId));
  return { path: ALLOCATION_PATH, search: params, body: null };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keeps the documented fields of a historical-points query: `filter` and `pageDetails`. */
function historyBody(bytes: Uint8Array): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new ProxyRefusal(400, PROXY_MESSAGES.notJson);
  }
  const refuse = (): never => {
    throw new ProxyRefusal(400, PROXY_MESSAGES.notHistoryQuery);
  };
  if (!isRecord(parsed) || !isRecord(parsed.filter) || !isRecord(parsed.pageDetails)) refuse();
  const { filter, pageDetails } = parsed as {
    filter: Record<string, unknown>;
    pageDetails: Record<string, unknown>;
  };
  const filterValues = filter.filterValues ?? [];
  if (
    !HISTORY_FILTER_TYPES.includes(filter.filterType) ||
    !Array.isArray(filterValues) ||
    !filterValues.every((value) => typeof value === 'string') ||
    typeof pageDetails.limit !== 'number' ||
    (pageDetails.offset !== undefined && typeof pageDetails.offset !== 'number')
  ) {
    refuse();
  }
  return JSON.stringify({
    filter: { filterType: filter.filterType, filterValues },
    pageDetails: { offset: pageDetails.offset, limit: pageDetails.limit },
  });
}

/**
 * Builds the upstream request for `endpoint` as the signed-in member: their identifiers replace
 * missing ones, and a request naming any other customer is refused with 403.
 */
export function scopeToMember(
  endpoint: LoyaltyEndpoint,
  search: URLSearchParams,
  body: Uint8Array | null,
  member: LoyaltyMember,
): UpstreamRequest {
  switch (endpoint.name) {
    case 'ledger':
      return scopeLedger(search, member);
    case 'allocation':
      return scopeAllocation(search, member);
    case 'history':
      if (endpoint.customerId !== String(member.customerId)) otherCustomer();
      return {
        path: `${HISTORY_PATH}/${String(member.customerId)}`,
        search: new URLSearchParams(),
        body: historyBody(body ?? new Uint8Array(0)),
      };
    default:
      return endpoint satisfies never;
  }
}

/** Whose data a successful answer holds, as far as the answer itself says. */
export type AnswerOwner = 'member' | 'other customer' | 'unreadable';

/**
 * Checks a successful answer against the member, where the answer names its customer. Neo's
 * allocation rows each carry `customer_id`: should Capillary look an event up by `entity_id`
 * alone, another customer's entity would bring their rows, and the whole answer is refused. A row
 * without `customer_id` names nobody and passes. The ledger's events name no customer, and the
 * historical points are read by the member's id in the path, so those answers pass as they are.
 */
export function answerOwner(
  endpoint: LoyaltyEndpoint,
  body: unknown,
  member: LoyaltyMember,
): AnswerOwner {
  if (endpoint.name !== 'allocation') return 'member';
  // The endpoint answers a list; anything else cannot be checked row by row.
  if (!Array.isArray(body)) return 'unreadable';
  const own = String(member.customerId);
  const foreign = body.some(
    (row) =>
      isRecord(row) &&
      row.customer_id !== undefined &&
      row.customer_id !== null &&
      String(row.customer_id) !== own,
  );
  return foreign ? 'other customer' : 'member';
}
