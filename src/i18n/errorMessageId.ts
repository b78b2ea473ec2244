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
const CODE_MESSAGES: Readonly<Record<number, MessageId>> = {
  8015: 'error.code.8015',
  9022: 'error.code.9022',
  11012: 'error.code.11012',
  11014: 'error.code.11014',
  11023: 'error.code.11023',
};

/**
 * The most specific message for a failure: Capillary's code first (8015 "customer not found"),
 * then the status (400, 401, 403, 404, 429, 5xx), then the kind of failure.
 */
export function errorMessageId(error: ErrorMessageSource): MessageId {
  const byCode = error.code === null ? undefined : CODE_MESSAGES[error.code];
  if (byCode !== undefined) return byCode;
  // The allocation document answers a bad query with a bare 400 and an unknown event with 404.
  if (error.status === 400) return 'error.status.400';
  // Without a Capillary code, a 401 comes from the brand's proxy: nobody is signed in.
  if (error.status === 401) return 'error.status.401';
  if (error.status === 404) return 'error.status.404';
  // Without a Capillary code, a 403 comes from the brand's proxy: not the member's own data.
  if (error.status === 403) return 'error.status.403';
  if (error.status === 429) return 'error.status.429';
  if (error.status !== null && error.status >= 500) return 'error.status.5xx';
  switch (error.kind) {
    case 'http':
      return 'error.kind.http';
    case 'network':
      return 'error.kind.network';
    case 'timeout':
      return 'error.kind.timeout';
    case 'invalid-query':
      return 'error.kind.invalid-query';
    case 'invalid-response':
      return 'error.kind.invalid-response';
    default:
      return error.kind satisfies never;
  }
}
