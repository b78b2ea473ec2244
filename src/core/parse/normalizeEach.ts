import type { CapillaryMessage } from '../client/LoyaltyApiError.js';
import { LoyaltyParseError } from './LoyaltyParseError.js';

/** How a page's warning about an item left out begins: widgets count these as entries not shown. */
export const SKIPPED_ENTRY = 'Skipped an entry: ';

/** Reports a field an item left empty: its page lists it in `warnings`. */
export type WarnOfItem = (message: string) => void;

/**
 * Normalizes every item of a page, dropping the ones that do not fit instead of losing the whole
 * page: each dropped item becomes a warning that names its path and problem, as does each field
 * an item reports left empty through `warn`.
 */
export function normalizeEach<T>(
  items: readonly unknown[],
  path: string,
  normalize: (item: unknown, path: string, warn: WarnOfItem) => T,
): { items: T[]; warnings: CapillaryMessage[] } {
  const normalized: T[] = [];
  const warnings: CapillaryMessage[] = [];
  items.forEach((item, index) => {
    // A skipped item's field warnings would only repeat why it was skipped.
    const own: CapillaryMessage[] = [];
    try {
      normalized.push(
        normalize(item, `${path}[${index}]`, (message) => own.push({ code: null, message })),
      );
      warnings.push(...own);
    } catch (error) {
      if (!(error instanceof LoyaltyParseError)) throw error;
      warnings.push({ code: null, message: `${SKIPPED_ENTRY}${error.message}` });
    }
  });
  return { items: normalized, warnings };
}
