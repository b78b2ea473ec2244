/**
 * One entry of Capillary's `errors` or `warnings` arrays. A page's `warnings` also hold the
 * library's own notes, with `code` null: one whose `message` begins `Skipped an entry: ` is an
 * entry left out because it did not fit (its points are missing from the page, and the widgets
 * say so); the others name a detail left empty.
 */
export interface CapillaryMessage {
  /** Capillary's numeric code, e.g. `8015` (customer not found), when it sent one. */
  code: number | null;
  /** Capillary's text for it. */
  message: string;
}

/**
 * What went wrong, so a UI can word it and decide whether trying again may help:
 * - `http`: the API answered with an error status (see `status` and `code`);
 * - `network`: no answer at all (offline, DNS, CORS, connection reset);
 * - `timeout`: no answer within `timeoutMs`;
 * - `invalid-query`: the query was refused before any request was sent;
 * - `invalid-response`: the API answered, but not with the documented shape.
 */
export type LoyaltyApiErrorKind =
  'http' | 'network' | 'timeout' | 'invalid-query' | 'invalid-response';

/** Options of the `LoyaltyApiError` constructor. */
export interface LoyaltyApiErrorOptions {
  /** What kind of failure this is. */
  kind: LoyaltyApiErrorKind;
  /** For developers: what failed and why. Widgets show members translated text instead. */
  message: string;
  /** The request path, without host or query: it must never hold credentials. */
  path: string;
  /** HTTP status, when the API answered. @defaultValue null */
  status?: number | null;
  /** Capillary's error code, when it sent one. @defaultValue null */
  code?: number | null;
  /** Capillary's `errors` array. @defaultValue [] */
  errors?: CapillaryMessage[];
  /** Capillary's `warnings` array. @defaultValue [] */
  warnings?: CapillaryMessage[];
  /** The underlying failure (a fetch `TypeError`, a ky error, a parse error). */
  cause?: unknown;
}

/** Every failure of the loyalty client and hooks is one of these. */
export class LoyaltyApiError extends Error {
  override readonly name = 'LoyaltyApiError';
  /** What kind of failure this is. */
  readonly kind: LoyaltyApiErrorKind;
  /** HTTP status, when the API answered. */
  readonly status: number | null;
  /** Capillary's error code (e.g. 8015, 9022, 11014, 11023, 11012), when it sent one. */
  readonly code: number | null;
  /** The request path, without host or query (never holds credentials). */
  readonly path: string;
  /** Capillary's `errors` and `warnings` arrays as it sent them. */
  readonly details: { errors: CapillaryMessage[]; warnings: CapillaryMessage[] };

  constructor(options: LoyaltyApiErrorOptions) {
    super(options.message, { cause: options.cause });
    this.kind = options.kind;
    this.status = options.status ?? null;
    this.code = options.code ?? null;
    this.path = options.path;
    this.details = { errors: options.errors ?? [], warnings: options.warnings ?? [] };
  }

  /** Whether the same request may succeed later: network failures, timeouts, 408, 429 and 5xx. */
  get retryable(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true;
    if (this.kind !== 'http' || this.status === null) return false;
    return this.status === 408 || this.status === 429 || this.status >= 500;
  }
}
