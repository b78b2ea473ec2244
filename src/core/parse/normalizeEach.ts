import type { CapillaryMessage } from '../client/LoyaltyApiError.js';
import { LoyaltyParseError } from './LoyaltyParseError.js';

/**
 * Normalizes every item of a page, dropping the ones that do not fit instead of losing the whole
 * page: each dropped item becomes a warning that names its path and problem.
 */
export function normalizeEach<T>(
  items: readonly unknown[],
  path: string,
  normalize: (item: unknown, path: string) => T,
): { items: T[]; warnings: CapillaryMessage[] } {
  const normalized: T[] = [];
  const warnings: CapillaryMessage[] = [];
  items.forEach((item, index) => {
    const itemPath = `${path}[${index}]`;
    try {
      normalized.push(normalize(item, itemPath));
    } catch (error) {
      if (!(error instanceof LoyaltyParseError)) throw error;
      warnings.push({ code: null, message: `Skipped an entry: ${error.message}` });
    }
  });
  return { items: normalized, warnings };
}
