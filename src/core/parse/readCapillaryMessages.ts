import type { CapillaryMessage } from '../client/LoyaltyApiError.js';
import { parseLoyaltyNumber } from './parseLoyaltyNumber.js';

/**
 * Reads Capillary's `warnings` / `errors` arrays, whose entries are strings or objects such as
 * `{ code: 8015, message: "Customer not found…", status: false }`. Anything unreadable is skipped.
 */
export function readCapillaryMessages(value: unknown): CapillaryMessage[] {
  if (!Array.isArray(value)) return [];
  const messages: CapillaryMessage[] = [];
  for (const entry of value) {
    if (typeof entry === 'string') messages.push({ code: null, message: entry });
    else if (entry && typeof entry === 'object') {
      const { code, message } = entry as { code?: unknown; message?: unknown };
      messages.push({
        code: parseLoyaltyNumber(code) ?? null,
        message: typeof message === 'string' ? message : '',
      });
    }
  }
  return messages;
}
