import ky, { HTTPError, type KyInstance, TimeoutError } from 'ky';
import { normalizePointsAllocationPage } from '../allocation/normalizePointsAllocationPage.js';
import type { PointsAllocationPage } from '../allocation/PointsAllocation.js';
import type { HistoricalPointsPage } from '../history/HistoricalPointsEntry.js';
import { normalizeHistoricalPointsPage } from '../history/normalizeHistoricalPointsPage.js';
import type { LedgerPage } from '../ledger/LedgerEvent.js';
import { normalizeLedgerPage } from '../ledger/normalizeLedgerPage.js';
import { LoyaltyParseError } from '../parse/LoyaltyParseError.js';
import { readCapillaryMessages } from '../parse/readCapillaryMessages.js';
import {
  buildAllocationRequest,
  buildHistoryRequest,
  buildLedgerRequest,
  type PreparedRequest,
} from './buildRequests.js';
import { type CapillaryMessage, LoyaltyApiError } from './LoyaltyApiError.js';
import type { HistoricalPointsQuery, LedgerEventsQuery, PointsAllocationQuery } from './queries.js';

/** How the client authenticates. */
export type LoyaltyAuth =
  /** No credentials: the browser talks to the brand's proxy, which adds them. */
  | { type: 'none' }
  /**
   * An OAuth token header. `getToken` is called before the first request and again, once, with
   * `forceRefresh: true` when the API answers 401.
   */
  | {
      type: 'oauth';
      /** Returns the current token; `forceRefresh` asks for a new one after a 401. */
      getToken: (options: { forceRefresh: boolean }) => string | Promise<string>;
      /** The header the token is sent in. @defaultValue 'X-CAP-API-OAUTH-TOKEN' */
      headerName?: string | undefined;
    }
  /** Basic credentials: for servers only (refused in a browser unless explicitly allowed). */
  | {
      type: 'basic';
      /** The Capillary API user (till) name. */
      username: string;
      /** Its password, as Capillary issued it (the client never logs it). */
      password: string;
    };

/** How a failed request is retried. */
export interface LoyaltyRetryOptions {
  /** Retries after the first attempt. @defaultValue 2 */
  limit?: number | undefined;
  /** The longest wait a `Retry-After` header may ask for, in milliseconds; a longer one is cut to it. @defaultValue 10000 */
  maxRetryAfterMs?: number | undefined;
  /** Wait before retry `attempt` (from 1), in milliseconds. @defaultValue ky's exponential backoff */
  delayMs?: ((attempt: number) => number) | undefined;
}

/** Options of `createLoyaltyClient`. */
export interface LoyaltyClientOptions {
  /** Capillary's API host (on a server) or your proxy's path (in a browser), e.g. `/api/loyalty`. */
  baseUrl: string;
  /** How requests are authorised: none behind your proxy, or OAuth / Basic on a server. @defaultValue `{ type: 'none' }` */
  auth?: LoyaltyAuth | undefined;
  /** Extra headers for every request. */
  headers?: Record<string, string> | undefined;
  /** A fetch implementation, e.g. for tests or server runtimes. @defaultValue globalThis.fetch */
  fetch?: typeof fetch | undefined;
  /** Time allowed for one attempt, in milliseconds. @defaultValue 15000 */
  timeoutMs?: number | undefined;
  /**
   * Retries of a failed request (network errors, 408, 429, 5xx; never other 4xx), with exponential
   * backoff that honours `Retry-After` up to `maxRetryAfterMs`. `0` turns retrying off.
   * @defaultValue `{ limit: 2, maxRetryAfterMs: 10000 }`
   */
  retry?: number | LoyaltyRetryOptions | undefined;
  /**
   * The time zone in which Capillary writes zone-less dates (`2024-10-25 22:59:12.0`), usually
   * your organisation's. @defaultValue 'UTC'
   */
  timeZone?: string | undefined;
  /** Allow `basic` credentials where `window` exists. Anyone who opens the page can read them. */
  dangerouslyAllowBrowserCredentials?: boolean | undefined;
}

/** Per-call options. */
export interface RequestOptions {
  /**
   * Cancels the request (TanStack Query passes one for every fetch). A cancelled request rejects
   * with the signal's reason, as fetch does (an `AbortError` `DOMException` unless `abort(reason)`
   * gave one), never with a `LoyaltyApiError`.
   */
  signal?: AbortSignal | undefined;
}

/** A typed client of the three points endpoints the widgets read. */
export interface LoyaltyClient {
  /** Where requests go: Capillary's host or your proxy's path. */
  readonly baseUrl: string;
  /** The time zone zone-less dates are read in. */
  readonly timeZone: string;
  /** A page of the customer's ledger events, normalized. */
  getLedgerEvents(query: LedgerEventsQuery, options?: RequestOptions): Promise<LedgerPage>;
  /** A page of the allocation rows behind one event, normalized. */
  getPointsAllocation(
    query: PointsAllocationQuery,
    options?: RequestOptions,
  ): Promise<PointsAllocationPage>;
  /** A page of points imported from a legacy programme, normalized. */
  getHistoricalPoints(
    customerId: string | number,
    query?: HistoricalPointsQuery,
    options?: RequestOptions,
  ): Promise<HistoricalPointsPage>;
}

function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Creates a client of Capillary's points APIs (or of your proxy in front of them). */
export function createLoyaltyClient(options: LoyaltyClientOptions): LoyaltyClient {
  const auth = options.auth ?? { type: 'none' };
  if (
    auth.type === 'basic' &&
    typeof window !== 'undefined' &&
    !options.dangerouslyAllowBrowserCredentials
  ) {
    throw new Error(
      'capillary-loyalty-widgets: basic credentials were given to a client running in a browser, where anyone can read them. Call Capillary through your server (see createLoyaltyProxy), or pass dangerouslyAllowBrowserCredentials: true.',
    );
  }
  const timeZone = options.timeZone ?? 'UTC';
  // Fail at creation, not on the first date of the first response, naming the option.
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new RangeError(
      `capillary-loyalty-widgets: timeZone "${timeZone}" is not an IANA time zone name, such as "Asia/Kolkata".`,
    );
  }

  const retry =
    typeof options.retry === 'number' ? { limit: options.retry } : (options.retry ?? {});
  const http: KyInstance = ky.create({
    prefixUrl: options.baseUrl,
    headers: options.headers,
    fetch: options.fetch,
    timeout: options.timeoutMs ?? 15_000,
    throwHttpErrors: true,
    retry: {
      limit: retry.limit ?? 2,
      // The historical endpoint reads with POST; every request here is safe to repeat.
      methods: ['get', 'post'],
      statusCodes: [408, 429, 500, 502, 503, 504],
      afterStatusCodes: [429, 503],
      maxRetryAfter: retry.maxRetryAfterMs ?? 10_000,
      ...(retry.delayMs ? { delay: retry.delayMs } : {}),
    },
    hooks: {
      // ky leaves a failed answer unread, and an app's tests waiting for the network to go quiet
      // would wait for ever.
      beforeRetry: [({ error }) => release((error as Partial<HTTPError>).response)],
    },
  });

  let token: Promise<string> | undefined;
  /**
   * The headers that authenticate a request. After a 401, `rejected` is the token it carried: a
   * fresh one is fetched only if that is still the one held, so requests refused together share
   * one refresh (a token server may revoke each token as it issues the next).
   */
  async function authHeaders(
    rejected?: Promise<string>,
  ): Promise<{ headers: Record<string, string>; sent?: Promise<string> }> {
    switch (auth.type) {
      case 'none':
        return { headers: {} };
      case 'basic':
        return {
          headers: { Authorization: `Basic ${base64(`${auth.username}:${auth.password}`)}` },
        };
      case 'oauth': {
        if (!token || token === rejected) {
          const next = Promise.resolve(auth.getToken({ forceRefresh: !!rejected }));
          // A failed token fetch must not poison the next attempt, nor clear a newer token.
          next.catch(() => {
            if (token === next) token = undefined;
          });
          token = next;
        }
        const sent = token;
        return { headers: { [auth.headerName ?? 'X-CAP-API-OAUTH-TOKEN']: await sent }, sent };
      }
      default:
        return auth satisfies never;
    }
  }

  async function send(
    request: PreparedRequest,
    signal?: AbortSignal,
  ): Promise<{ body: unknown; errors: CapillaryMessage[] }> {
    // A proxy path such as `/api/loyalty` needs a page to resolve against; on a server, fetch
    // would fail with a parse error that reads like a network failure.
    if (typeof location === 'undefined' && !URL.canParse(options.baseUrl)) {
      throw new LoyaltyApiError({
        kind: 'invalid-query',
        path: request.path,
        message: `baseUrl "${options.baseUrl}" is not an absolute URL, and there is no page to resolve it against here: on a server, give the full URL.`,
      });
    }
    let sent: Promise<string> | undefined;
    const call = async (rejected?: Promise<string>) => {
      const credentials = await authHeaders(rejected);
      sent = credentials.sent;
      return http(request.path, {
        method: request.method,
        searchParams: request.searchParams,
        json: request.json,
        headers: { ...request.headers, ...credentials.headers },
        signal,
      });
    };
    let response: Response;
    try {
      try {
        response = await call();
      } catch (error) {
        if (!sent || !(error instanceof HTTPError) || error.response.status !== 401) throw error;
        release(error.response);
        response = await call(sent);
      }
    } catch (error) {
      // Cancelling is not failing: the caller gets back what fetch rejected with, its signal's
      // reason (an AbortError unless it gave one; a TimeoutError from AbortSignal.timeout), not a
      // network failure that says to try again.
      throw signal?.aborted ? error : await toLoyaltyApiError(error, request.path, options.baseUrl);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch (cause) {
      if (signal?.aborted) throw cause;
      throw new LoyaltyApiError({
        kind: 'invalid-response',
        path: request.path,
        status: response.status,
        message: notJson(response, options.baseUrl),
        cause,
      });
    }
    // Capillary may answer 200 with an `errors` array: a failure when no data came with it, and
    // something the page must still report when some did.
    const errors = readCapillaryMessages((body as { errors?: unknown } | null)?.errors);
    if (errors.length > 0 && !hasData(body)) {
      throw new LoyaltyApiError({
        kind: 'http',
        path: request.path,
        status: response.status,
        code: errors[0]?.code,
        message: errors[0]?.message || 'The loyalty API reported an error.',
        errors,
        warnings: readCapillaryMessages((body as { warnings?: unknown }).warnings),
      });
    }
    return { body, errors };
  }

  function normalized<T extends { warnings: CapillaryMessage[] }>(
    path: string,
    { body, errors }: { body: unknown; errors: CapillaryMessage[] },
    normalize: (body: unknown) => T,
  ): T {
    let page: T;
    try {
      page = normalize(body);
    } catch (cause) {
      if (!(cause instanceof LoyaltyParseError)) throw cause;
      throw new LoyaltyApiError({ kind: 'invalid-response', path, message: cause.message, cause });
    }
    return errors.length ? { ...page, warnings: [...page.warnings, ...errors] } : page;
  }

  return {
    baseUrl: options.baseUrl,
    timeZone,
    async getLedgerEvents(query, { signal } = {}) {
      const request = buildLedgerRequest(query);
      return normalized(request.path, await send(request, signal), (body) =>
        normalizeLedgerPage(body, {
          timeZone,
          offset: query.offset ?? 0,
          limit: query.limit ?? 20,
        }),
      );
    },
    async getPointsAllocation(query, { signal } = {}) {
      const request = buildAllocationRequest(query);
      return normalized(request.path, await send(request, signal), (body) =>
        normalizePointsAllocationPage(body, { page: query.page ?? 1, count: query.count ?? 10 }),
      );
    },
    async getHistoricalPoints(customerId, query = {}, { signal } = {}) {
      const request = buildHistoryRequest(customerId, query);
      return normalized(request.path, await send(request, signal), (body) =>
        normalizeHistoricalPointsPage(body, {
          timeZone,
          offset: query.offset ?? 0,
          limit: query.limit ?? 20,
        }),
      );
    },
  };
}

function hasData(body: unknown): boolean {
  const record = body as Record<string, unknown> | null;
  const data = Array.isArray(body) ? body : (record?.events ?? record?.historicalPointsData);
  return Array.isArray(data) && data.length > 0;
}

/** Lets go of an answer not read: a browser holds a connection open until its body is done with. */
function release(response: Response | undefined): void {
  void response?.body?.cancel().catch(() => undefined);
}

/** Why an answer is not JSON, as far as one can tell: usually a wrong baseUrl, answered by the app. */
function notJson(response: Response, baseUrl: string): string {
  return `The loyalty API answered ${response.status} ${response.headers.get('content-type') ?? 'without a content type'}, not JSON: is baseUrl "${baseUrl}" right?`;
}

async function toLoyaltyApiError(error: unknown, path: string, baseUrl: string): Promise<unknown> {
  if (error instanceof LoyaltyApiError) return error;
  if (error instanceof TimeoutError) {
    return new LoyaltyApiError({
      kind: 'timeout',
      path,
      message: 'The loyalty API did not answer in time.',
      cause: error,
    });
  }
  if (error instanceof HTTPError) {
    const { response } = error;
    const body: unknown = await response.json().catch(() => undefined);
    const record = (body ?? {}) as { errors?: unknown; warnings?: unknown; message?: unknown };
    const errors = readCapillaryMessages(record.errors);
    const first = errors[0];
    return new LoyaltyApiError({
      kind: 'http',
      path,
      status: response.status,
      code: first?.code,
      message:
        first?.message ||
        (typeof record.message === 'string' && record.message) ||
        (body === undefined
          ? notJson(response, baseUrl)
          : `The loyalty API answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`),
      errors,
      warnings: readCapillaryMessages(record.warnings),
      cause: error,
    });
  }
  return new LoyaltyApiError({
    kind: 'network',
    path,
    message: 'The loyalty API could not be reached.',
    cause: error,
  });
}
