import * as v from 'valibot';
import { normalizeEach } from '../parse/normalizeEach.js';
import { parseWire } from '../parse/parseWire.js';
import { readCapillaryMessages } from '../parse/readCapillaryMessages.js';
import type { LedgerPage } from './LedgerEvent.js';
import { readLedgerEvent } from './normalizeLedgerEvent.js';

/** Options of `normalizeLedgerPage`. */
export interface NormalizeLedgerPageOptions {
  /** IANA time zone in which Capillary's zone-less dates are read, e.g. `Asia/Kolkata`. */
  timeZone: string;
  /** Offset the page was asked for. @defaultValue 0 */
  offset?: number | undefined;
  /**
   * Limit the page was asked for: a full page means another may follow (`hasMore`).
   * @defaultValue the number of events on the page, with `hasMore` false
   */
  limit?: number | undefined;
}

const pageSchema = v.object({
  // Null where a Java service writes an empty list; a body with no `events` at all is no page.
  events: v.pipe(
    v.nullable(v.array(v.unknown())),
    v.transform((events) => events ?? []),
  ),
  warnings: v.optional(v.unknown()),
});

/**
 * Validates a `getLedgerExplodeInfo` response body. An event that does not fit is skipped and
 * reported in `warnings`, so one bad event does not hide the rest of the page.
 * @throws LoyaltyParseError when the body itself has no `events` list.
 */
export function normalizeLedgerPage(
  body: unknown,
  options: NormalizeLedgerPageOptions,
): LedgerPage {
  const { offset = 0, limit, timeZone } = options;
  const page = parseWire(pageSchema, body);
  const { items: events, warnings } = normalizeEach(page.events, 'events', (raw, path, warn) =>
    readLedgerEvent(raw, timeZone, path, warn),
  );
  return {
    events,
    warnings: [...readCapillaryMessages(page.warnings), ...warnings],
    offset,
    limit: limit ?? page.events.length,
    // Skipped events still count: a full page from the API means another may follow.
    hasMore: limit !== undefined && limit > 0 && page.events.length >= limit,
  };
}
