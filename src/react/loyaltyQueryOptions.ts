/**
 * What every loyalty query sets over an app's QueryClient defaults. The API client already retries
 * what is worth retrying. Errors stay in `error`, where the widgets show them with Retry: thrown to
 * a boundary, a passing outage would read "not set up correctly". And no placeholder:
 * `keepPreviousData` would show one member's points to the next while theirs load.
 */
export const loyaltyQueryOptions = {
  retry: false,
  throwOnError: false,
  placeholderData: undefined,
} as const;
