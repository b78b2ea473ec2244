import { type CredentialHeader, createCredentialSource } from './createCredentialSource.js';
import type {
  LoyaltyMember,
  LoyaltyProxyHandler,
  LoyaltyProxyOptions,
} from './LoyaltyProxyOptions.js';
import { type LoyaltyEndpoint, matchLoyaltyEndpoint } from './matchLoyaltyEndpoint.js';
import { PROXY_MESSAGES, ProxyRefusal } from './ProxyRefusal.js';
import { readCappedBody } from './readCappedBody.js';
import { answerOwner, scopeToMember, type UpstreamRequest } from './scopeToMember.js';
import { untilAborted } from './untilAborted.js';

const DEFAULT_MAX_REQUEST_BYTES = 16 * 1024;
const DEFAULT_MAX_RESPONSE_BYTES = 5 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 15_000;

/** Thrown into the upstream signal when the time limit passes. */
class UpstreamTimeout extends Error {
  override readonly name = 'UpstreamTimeout';
}

/** A message of Capillary's `errors` / `warnings` arrays, as the widgets read them. */
interface CapillaryMessage {
  code: number | null;
  message: string;
}

/** An absolute http(s) URL without trailing slashes; `name` says which option was wrong. */
function checkHttpUrl(name: string, address: string): string {
  let url: URL | undefined;
  try {
    url = new URL(address);
  } catch {
    // Reported below, without echoing the address.
  }
  if (url?.protocol !== 'https:' && url?.protocol !== 'http:') {
    throw new Error(`createLoyaltyProxy: \`${name}\` must be an absolute http(s) URL.`);
  }
  // fetch refuses such a URL with an error that quotes it, which would put them in the logs.
  if (url.username !== '' || url.password !== '') {
    throw new Error(
      `createLoyaltyProxy: \`${name}\` must not hold credentials; pass them as \`credentials\`.`,
    );
  }
  return url.href.replace(/\/+$/, '');
}

function checkCredentials(credentials: LoyaltyProxyOptions['credentials']): void {
  const names =
    credentials?.type === 'basic'
      ? (['username', 'password'] as const)
      : credentials?.type === 'oauth'
        ? (['clientKey', 'clientSecret'] as const)
        : null;
  if (!names) {
    throw new Error(
      'createLoyaltyProxy: `credentials` must be { type: "basic", username, password } or { type: "oauth", clientKey, clientSecret }.',
    );
  }
  // Named, never shown: the usual cause is an environment variable missing where the server (or
  // a framework's build step) runs.
  const fields = credentials as unknown as Record<string, unknown>;
  for (const name of names) {
    const value = fields[name];
    if (typeof value !== 'string' || value === '') {
      throw new Error(
        `createLoyaltyProxy: \`credentials.${name}\` is ${value === '' ? 'empty' : typeof value}; it must be a non-empty string (is its environment variable set where this code runs?).`,
      );
    }
  }
}

function checkLimit(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`createLoyaltyProxy: \`${name}\` must be a positive number.`);
  }
  return value;
}

function normalizeOrigin(origin: string): string {
  let url: URL | undefined;
  try {
    url = new URL(origin);
  } catch {
    // Reported below.
  }
  // Schemes without an origin of their own (capacitor:, file:…) serialize to "null": the Origin
  // every sandboxed iframe and data: page sends, so allowing it would let any site read. Others
  // (ftp:, ws:) have one, but no page is served from them.
  if (url?.protocol !== 'https:' && url?.protocol !== 'http:') {
    const opaque =
      url?.origin === 'null'
        ? ': its origin is "null", which every sandboxed page sends, so it cannot be allowed'
        : '';
    throw new Error(
      `createLoyaltyProxy: "${origin}" in \`allowedOrigins\` is not an http(s) origin${opaque}.`,
    );
  }
  return url.origin;
}

/** The member as `resolveCustomer` gave it, or `null`; a malformed member is a server bug. */
function checkMember(member: LoyaltyMember | null | undefined): LoyaltyMember | null {
  if (member === null || member === undefined) return null;
  // Capillary customer ids are numeric; anything else would end up in the upstream path.
  if (!/^\d+$/.test(String(member.customerId))) {
    throw new Error(
      'createLoyaltyProxy: resolveCustomer returned a customerId that is not numeric.',
    );
  }
  return member;
}

function readMessages(value: unknown): CapillaryMessage[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown): CapillaryMessage[] => {
    if (typeof entry === 'string') return [{ code: null, message: entry }];
    if (typeof entry !== 'object' || entry === null) return [];
    const { code, message } = entry as { code?: unknown; message?: unknown };
    const number = typeof code === 'string' && code.trim() !== '' ? Number(code) : code;
    return [
      {
        code: typeof number === 'number' && Number.isFinite(number) ? number : null,
        message: typeof message === 'string' ? message : '',
      },
    ];
  });
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}

/** `Retry-After` as delta-seconds or an HTTP date; anything else is dropped. */
function readRetryAfter(value: string | null): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  return /^\d{1,9}$/.test(trimmed) || !Number.isNaN(Date.parse(trimmed)) ? trimmed : null;
}

/**
 * Creates the proxy between the widgets in a member's browser and Capillary: it holds the
 * credentials, forwards only the three points endpoints, and only for the signed-in member.
 */
export function createLoyaltyProxy<Context = unknown>(
  options: LoyaltyProxyOptions<Context>,
): LoyaltyProxyHandler<Context> {
  const upstream = checkHttpUrl('upstream', options.upstream);
  checkCredentials(options.credentials);
  if (typeof options.resolveCustomer !== 'function') {
    throw new Error('createLoyaltyProxy: `resolveCustomer` must be a function.');
  }
  const maxRequestBytes = checkLimit(
    'maxRequestBytes',
    options.maxRequestBytes,
    DEFAULT_MAX_REQUEST_BYTES,
  );
  const maxResponseBytes = checkLimit(
    'maxResponseBytes',
    options.maxResponseBytes,
    DEFAULT_MAX_RESPONSE_BYTES,
  );
  const timeoutMs = checkLimit('timeoutMs', options.timeoutMs, DEFAULT_TIMEOUT_MS);
  const allowedOrigins = new Set((options.allowedOrigins ?? []).map(normalizeOrigin));
  const fetchUpstream: typeof fetch =
    options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const credentials = createCredentialSource(options.credentials, {
    upstream,
    fetch: fetchUpstream,
    timeoutMs,
  });
  const tokenUrl =
    options.credentials.type === 'oauth' && options.credentials.tokenUrl !== undefined
      ? checkHttpUrl('credentials.tokenUrl', options.credentials.tokenUrl)
      : undefined;
  const hosts = [upstream, tokenUrl].flatMap((address) =>
    address ? [new URL(address).host, new URL(address).hostname] : [],
  );

  function report(error: unknown): void {
    try {
      options.onError?.(error);
    } catch {
      // A failing logger must not turn a clear answer into a crash.
    }
  }

  /**
   * Whether a text shows a host name, credential or token, however Capillary came to echo it.
   * `used` is the credential the answer was asked with: a token renewed since is no longer among
   * the current secrets, yet stays valid upstream for up to a minute.
   */
  function revealsSecret(text: string, used: CredentialHeader): boolean {
    const lower = text.toLowerCase();
    return [...hosts, ...credentials.secrets(), used.value].some(
      (secret) => secret.length >= 4 && lower.includes(secret.toLowerCase()),
    );
  }

  function answer(
    status: number,
    body: BodyInit | null,
    origin: string | null,
    extra: Record<string, string> = {},
  ): Response {
    const headers = new Headers({
      'Cache-Control': 'private, no-store',
      Vary: 'Origin',
      'X-Content-Type-Options': 'nosniff',
      ...extra,
    });
    if (body !== null) headers.set('Content-Type', 'application/json; charset=utf-8');
    if (origin !== null) {
      headers.set('Access-Control-Allow-Origin', origin);
      headers.set('Access-Control-Allow-Credentials', 'true');
      headers.set('Access-Control-Expose-Headers', 'Retry-After');
    }
    return new Response(body, { status, headers });
  }

  function errorAnswer(
    status: number,
    errors: CapillaryMessage[],
    origin: string | null,
    extra: Record<string, string> = {},
    warnings: CapillaryMessage[] = [],
  ): Response {
    return answer(status, JSON.stringify({ errors, warnings }), origin, extra);
  }

  const fail = (
    status: number,
    message: string,
    origin: string | null,
    extra?: Record<string, string>,
  ) => errorAnswer(status, [{ code: null, message }], origin, extra);

  /** Asks Capillary; resolves its answer and the credential that answer was asked with. */
  async function sendUpstream(
    upstreamRequest: UpstreamRequest,
    endpoint: LoyaltyEndpoint,
    signal: AbortSignal,
  ): Promise<{ response: Response; credential: CredentialHeader }> {
    // Nobody is left to read the answer: not even a token is fetched.
    signal.throwIfAborted();
    const query = upstreamRequest.search.toString();
    const url = `${upstream}/${upstreamRequest.path}${query ? `?${query}` : ''}`;
    const send = (credential: CredentialHeader) => {
      const headers: Record<string, string> = {
        Accept: 'application/json',
        [credential.name]: credential.value,
      };
      if (upstreamRequest.body !== null) headers['Content-Type'] = 'application/json';
      if (endpoint.name === 'allocation') headers['x-cap-neo-dag-scope'] = 'global';
      return untilAborted(
        fetchUpstream(url, {
          method: endpoint.method,
          headers,
          body: upstreamRequest.body,
          // A redirect would carry the token header to wherever it points.
          redirect: 'manual',
          signal,
        }),
        signal,
      );
    };
    const credential = await untilAborted(credentials.header(), signal);
    const response = await send(credential);
    if (response.status !== 401 || !credentials.renewable) return { response, credential };
    await response.body?.cancel().catch(() => undefined);
    const renewed = await untilAborted(credentials.header(credential), signal);
    return { response: await send(renewed), credential: renewed };
  }

  /**
   * Turns Capillary's answer into the browser's: JSON only, no upstream header but Retry-After,
   * nothing that names another customer than `member`, no secret in an error message.
   */
  async function relay(
    { response, credential }: { response: Response; credential: CredentialHeader },
    endpoint: LoyaltyEndpoint,
    member: LoyaltyMember,
    origin: string | null,
    signal: AbortSignal,
  ): Promise<Response> {
    const unavailable = (reason: string) => {
      report(new Error(`Capillary answer refused: ${reason}.`));
      return fail(502, PROXY_MESSAGES.unavailable, origin);
    };
    const declared = Number(response.headers.get('Content-Length') ?? Number.NaN);
    if (declared > maxResponseBytes) {
      await response.body?.cancel().catch(() => undefined);
      return unavailable(`declared ${declared} bytes, over maxResponseBytes`);
    }
    const bytes = await untilAborted(readCappedBody(response.body, maxResponseBytes), signal);
    if (bytes === null) return unavailable('over maxResponseBytes');
    const body = parseJson(bytes);
    if (response.status >= 200 && response.status < 300) {
      if (body === undefined) return unavailable('a success that is not JSON');
      switch (answerOwner(endpoint, body, member)) {
        case 'member':
          return answer(response.status, bytes, origin);
        case 'unreadable':
          return unavailable(`a ${endpoint.name} success of an unexpected shape`);
        case 'other customer':
          // Someone asked for another customer's entity, and Capillary did not scope it.
          report(new Error(`Capillary answered another customer's ${endpoint.name} rows.`));
          return fail(403, PROXY_MESSAGES.otherCustomer, origin);
      }
    }
    // 401 here means the proxy's own credentials were refused: the member can do nothing about it.
    if (
      response.status < 400 ||
      response.status === 401 ||
      response.status === 407 ||
      response.status > 599
    ) {
      return unavailable(`status ${response.status}`);
    }
    if (body === undefined) return unavailable(`status ${response.status} without JSON`);
    const record = (typeof body === 'object' && body !== null ? body : {}) as Record<
      string,
      unknown
    >;
    let errors = readMessages(record.errors);
    // Neo endpoints answer `{ status, message }` instead of an `errors` array.
    if (errors.length === 0 && typeof record.message === 'string' && record.message !== '') {
      errors = [{ code: null, message: record.message }];
    }
    if (errors.length === 0) errors = [{ code: null, message: PROXY_MESSAGES.upstreamRefused }];
    const scrub = (entry: CapillaryMessage): CapillaryMessage =>
      revealsSecret(entry.message, credential)
        ? { code: entry.code, message: PROXY_MESSAGES.upstreamRefused }
        : entry;
    const retryAfter = readRetryAfter(response.headers.get('Retry-After'));
    return errorAnswer(
      response.status,
      errors.map(scrub),
      origin,
      retryAfter === null ? {} : { 'Retry-After': retryAfter },
      readMessages(record.warnings).map(scrub),
    );
  }

  async function forward(
    request: Request,
    endpoint: LoyaltyEndpoint,
    upstreamRequest: UpstreamRequest,
    member: LoyaltyMember,
    origin: string | null,
  ): Promise<Response> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new UpstreamTimeout()), timeoutMs);
    const stop = () => controller.abort(request.signal.reason);
    // The member may have left while their session or the body was read: that event has passed.
    if (request.signal.aborted) stop();
    else request.signal.addEventListener('abort', stop, { once: true });
    try {
      const sent = await sendUpstream(upstreamRequest, endpoint, controller.signal);
      return await relay(sent, endpoint, member, origin, controller.signal);
    } catch (error) {
      report(error);
      if (controller.signal.reason instanceof UpstreamTimeout) {
        return fail(504, PROXY_MESSAGES.timeout, origin);
      }
      return fail(502, PROXY_MESSAGES.unavailable, origin);
    } finally {
      clearTimeout(timer);
      request.signal.removeEventListener('abort', stop);
    }
  }

  async function handle(
    request: Request,
    context: Context | undefined,
    origin: string | null,
  ): Promise<Response> {
    const url = new URL(request.url);
    const endpoint = matchLoyaltyEndpoint(url.pathname);
    if (!endpoint) throw new ProxyRefusal(404, PROXY_MESSAGES.notFound);
    const allow = `${endpoint.method}, OPTIONS`;

    if (request.method === 'OPTIONS') {
      // Without Origin this is no preflight, just a question about the methods.
      if (!request.headers.has('Origin')) return answer(204, null, null, { Allow: allow });
      if (origin === null) throw new ProxyRefusal(403, PROXY_MESSAGES.originNotAllowed);
      return answer(204, null, origin, {
        Allow: allow,
        'Access-Control-Allow-Methods': allow,
        'Access-Control-Allow-Headers': 'Content-Type',
        'Access-Control-Max-Age': '600',
      });
    }
    if (request.method !== endpoint.method) {
      throw new ProxyRefusal(405, PROXY_MESSAGES.methodNotAllowed, { Allow: allow });
    }

    const member = checkMember(await options.resolveCustomer(request, context));
    if (!member) throw new ProxyRefusal(401, PROXY_MESSAGES.signedOut);

    let body: Uint8Array | null = null;
    if (endpoint.method === 'POST') {
      if (Number(request.headers.get('Content-Length') ?? 0) > maxRequestBytes) {
        throw new ProxyRefusal(413, PROXY_MESSAGES.tooLarge);
      }
      body = await readCappedBody(request.body, maxRequestBytes);
      if (body === null) throw new ProxyRefusal(413, PROXY_MESSAGES.tooLarge);
    }
    const upstreamRequest = scopeToMember(endpoint, url.searchParams, body, member);
    return forward(request, endpoint, upstreamRequest, member, origin);
  }

  return async function loyaltyProxy(request: Request, context?: Context): Promise<Response> {
    const requestOrigin = request.headers.get('Origin');
    const origin =
      requestOrigin !== null && allowedOrigins.has(requestOrigin) ? requestOrigin : null;
    try {
      return await handle(request, context, origin);
    } catch (error) {
      if (error instanceof ProxyRefusal) {
        if (error.setupProblem) report(new Error(error.setupProblem));
        return fail(error.status, error.message, origin, error.headers);
      }
      report(error);
      return fail(500, PROXY_MESSAGES.internal, origin);
    }
  };
}
