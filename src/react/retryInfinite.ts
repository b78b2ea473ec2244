import type { UseInfiniteQueryResult } from '@tanstack/react-query';

/**
 * Tries again what failed: the next page when loading more failed (a refetch would only reload
 * the pages already shown, and the member would have to ask again), otherwise every page.
 */
export function retryInfinite(result: UseInfiniteQueryResult<unknown, unknown>): () => void {
  return () => void (result.isFetchNextPageError ? result.fetchNextPage() : result.refetch());
}
