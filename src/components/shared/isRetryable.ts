import type { LoyaltyApiError } from '../../core/client/LoyaltyApiError.js';

/** Whether asking again may help: the API error says so; any other failure (network) may pass. */
export function isRetryable(error: LoyaltyApiError | Error): boolean {
  return 'retryable' in error ? Boolean(error.retryable) : true;
}
