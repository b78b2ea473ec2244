import type { LoyaltyApiErrorKind } from '../core/client/LoyaltyApiError.js';
import type { MessageId } from './messages.js';

/** The parts of a `LoyaltyApiError` that decide how it is worded. */
interface ErrorMessageSource {
  /** What kind of failure it is. */
  kind: LoyaltyApiErrorKind;
  /** HTTP status, when the API answered. */
  status: number | null;
  /** Capillary's error code, when it sent one. */
  code: number | null;
}

/** Capillary codes with wording of their own. */
const CODES = [8015, 9022, 11012, 11014, 11023] as const;

/**
 * Statuses with wording of their own, when no Capillary code came: the allocation document's bare
 * 400 (a bad query) and 404 (an event that allocated nothing); a 401 or 403 from the brand's proxy
 * (nobody signed in; not the member's own data); too many requests.
 */
const STATUSES = [400, 401, 403, 404, 429] as const;

const isOneOf = <T extends number>(list: readonly T[], value: number | null): value is T =>
  list.includes(value as T);

/**
 * The most specific message for a failure: Capillary's code first (8015 "customer not found"),
 * then the status (400, 401, 403, 404, 429, 5xx), then the kind of failure.
 */
export function errorMessageId({ kind, status, code }: ErrorMessageSource): MessageId {
  if (isOneOf(CODES, code)) return `error.code.${code}`;
  if (isOneOf(STATUSES, status)) return `error.status.${status}`;
  if (status !== null && status >= 500) return 'error.status.5xx';
  return `error.kind.${kind}`;
}
