/** Basic auth: a Capillary API user's name and password. */
export interface LoyaltyProxyBasicCredentials {
  /** Selects basic authentication. */
  type: 'basic';
  /** The API user's name. */
  username: string;
  /**
   * The API user's password, sent as given in `Authorization: Basic base64(username:password)`.
   * Where your Capillary set-up expects the password's MD5 hash there, pass the hash.
   */
  password: string;
}

/** OAuth client credentials, exchanged by the proxy for a token it caches and renews. */
export interface LoyaltyProxyOAuthCredentials {
  /** Selects OAuth: the token goes upstream in the `X-CAP-API-OAUTH-TOKEN` header. */
  type: 'oauth';
  /** The OAuth client key Capillary issued. */
  clientKey: string;
  /** The OAuth client secret Capillary issued. */
  clientSecret: string;
  /**
   * Where tokens are generated (`POST`, JSON body `{ key, secret }`).
   * @defaultValue `${upstream}/v3/oauth/token/generate`
   */
  tokenUrl?: string;
}

/** Capillary credentials the proxy adds to every upstream request. They never reach a browser. */
export type LoyaltyProxyCredentials = LoyaltyProxyBasicCredentials | LoyaltyProxyOAuthCredentials;

/** The signed-in member, as the brand's session knows them: the only customer they may read. */
export interface LoyaltyMember {
  /** Capillary's customer id: checked against `customer_id` and the historical-points path. */
  customerId: string | number;
  /**
   * The identifier type the widgets name the member by (their `customer.identifierName`, e.g.
   * `mobile`, `email`, `externalId`), with `identifierValue`. Without it, only ledger requests by
   * customer id (`id`) are answered: a request by another type cannot be checked, and is refused.
   */
  identifierName?: string;
  /** The member's value of `identifierName`, e.g. their mobile number. */
  identifierValue?: string;
  /**
   * The source the identifier lives in (e.g. `INSTORE`); replaces the `source` a request names.
   * Needed for every identifier but the customer id: the same number in another source may be
   * another customer's, so without it such requests are refused.
   */
  source?: string;
  /**
   * The account of `source` the identifier lives in, where the source has several (e.g. a WeChat
   * account). A request's own `accountId` is never passed on.
   */
  accountId?: string;
}

/**
 * Options of `createLoyaltyProxy`. `Context` is whatever the host passes as the handler's second
 * argument (e.g. Express's `req`, to read `req.session` in `resolveCustomer`).
 */
export interface LoyaltyProxyOptions<Context = unknown> {
  /** Capillary's API host, e.g. `https://eu.api.capillarytech.com`. Never shown to a browser. */
  upstream: string;
  /** The credentials the proxy adds upstream. */
  credentials: LoyaltyProxyCredentials;
  /**
   * Who is signed in, read from the brand's own session (cookie, header…). Return `null` when
   * nobody is: the proxy answers 401. A member may read only their own customer's data.
   * `context` is the handler's second argument, if the host passed one.
   */
  resolveCustomer: (
    request: Request,
    context: Context | undefined,
  ) => LoyaltyMember | null | undefined | Promise<LoyaltyMember | null | undefined>;
  /**
   * Origins of pages on other hosts allowed to call the proxy (CORS, with credentials), e.g.
   * `['https://shop.example.com']`. Same-origin pages need no entry. http(s) only: an app scheme
   * (`capacitor://localhost`) has the origin `null`, which every sandboxed page sends, and throws.
   * @defaultValue []
   */
  allowedOrigins?: readonly string[];
  /** The fetch used upstream, e.g. for tests. @defaultValue globalThis.fetch */
  fetch?: typeof fetch;
  /** Largest request body accepted, in bytes; larger ones get 413. @defaultValue 16384 */
  maxRequestBytes?: number;
  /** Largest upstream answer passed on, in bytes; larger ones become 502. @defaultValue 5242880 */
  maxResponseBytes?: number;
  /** Time allowed upstream (token, request and answer), in milliseconds; then 504. @defaultValue 15000 */
  timeoutMs?: number;
  /**
   * Told about every failure answered with a 5xx (unreachable or slow upstream, token refused,
   * oversized answer, a throwing `resolveCustomer`), for the server's logs: the browser only gets
   * a generic message. Also told when Capillary answered allocation rows of another customer
   * (answered 403): someone asked for another customer's event, and Capillary did not scope it;
   * and when a request names the member by an identifier `resolveCustomer` did not return
   * (answered 403), with what to return.
   */
  onError?: (error: unknown) => void;
}

/**
 * A Fetch-standard request handler: mounts in Next.js route handlers, Hono, Workers, Deno, Bun.
 * The optional `context` is handed to `resolveCustomer` unchanged.
 */
export type LoyaltyProxyHandler<Context = unknown> = (
  request: Request,
  context?: Context,
) => Promise<Response>;
