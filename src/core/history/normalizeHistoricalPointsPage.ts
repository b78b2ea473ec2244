import * as v from 'valibot';
import { normalizeEach } from '../parse/normalizeEach.js';
import { emptyIfUnreadable, parseWire, parseWireLeniently } from '../parse/parseWire.js';
import { readCapillaryMessages } from '../parse/readCapillaryMessages.js';
import {
  wireList,
  wireNumber,
  wireOptionalDate,
  wireOptionalNumber,
  wireOptionalText,
} from '../parse/wireFields.js';
import type { HistoricalPointsEntry, HistoricalPointsPage } from './HistoricalPointsEntry.js';

function entrySchema(timeZone: string, lenient: boolean) {
  // Organisations import dates in their own format (`12/01/2026 00:00:00`): leniently read, one
  // that cannot be read is kept as text, and the entry with its points is never lost over it.
  const date = emptyIfUnreadable(lenient, wireOptionalDate(timeZone));
  // Descriptive texts too; only the entry's type and points make it.
  const text = emptyIfUnreadable(lenient, wireOptionalText);
  return v.pipe(
    v.unknown(),
    v.transform((raw) =>
      raw && typeof raw === 'object'
        ? { ...raw, eventDateText: (raw as { eventDate?: unknown }).eventDate }
        : raw,
    ),
    v.object({
      entryType: v.pipe(
        v.string(),
        v.transform((type) => type.trim().toUpperCase()),
        v.picklist(['CREDIT', 'DEBIT'], 'expected CREDIT or DEBIT'),
      ),
      points: wireNumber,
      pointsActivity: text,
      loyaltyProgramName: text,
      billNumber: text,
      eventDate: date,
      eventDateText: v.fallback(wireOptionalText, null),
      externalUniqueId: text,
    }),
    v.transform((raw): HistoricalPointsEntry => {
      const points = Math.abs(raw.points);
      return {
        entryType: raw.entryType === 'CREDIT' ? 'credit' : 'debit',
        points,
        // A debit always takes points, whichever way it was imported. A credit imported as a
        // negative number took points too (a legacy correction): its sign is kept, not dropped.
        signedPoints: raw.entryType === 'CREDIT' ? raw.points : -points,
        activity: raw.pointsActivity,
        programName: raw.loyaltyProgramName,
        billNumber: raw.billNumber,
        eventDate: raw.eventDate,
        eventDateText: raw.eventDateText,
        externalUniqueId: raw.externalUniqueId,
      };
    }),
  );
}

const pageSchema = v.object({
  orgId: wireOptionalNumber,
  customerId: wireOptionalNumber,
  historicalPointsData: wireList(v.unknown()),
});

/**
 * Normalizes the historical-points answer. Entries whose type or points do not fit are left out
 * and reported in `warnings`, as are event dates (the entry keeps them as `eventDateText`) and
 * texts that cannot be read, which are left `null`; a body without the documented shape throws
 * `LoyaltyParseError`.
 */
export function normalizeHistoricalPointsPage(
  body: unknown,
  options: {
    /** IANA time zone in which the imported zone-less dates are read: your organisation's. */
    timeZone: string;
    /** Offset the page was asked for. */
    offset: number;
    /** Limit the page was asked for: a full page means another may follow (`hasMore`). */
    limit: number;
  },
): HistoricalPointsPage {
  const page = parseWire(pageSchema, body);
  const schemas = {
    strict: entrySchema(options.timeZone, false),
    lenient: entrySchema(options.timeZone, true),
  };
  const { items, warnings } = normalizeEach(
    page.historicalPointsData,
    'historicalPointsData',
    (entry, path, warn) => parseWireLeniently(schemas, entry, path, warn),
  );
  return {
    orgId: page.orgId,
    customerId: page.customerId,
    entries: items,
    warnings: [...readCapillaryMessages((body as { warnings?: unknown }).warnings), ...warnings],
    offset: options.offset,
    limit: options.limit,
    hasMore: page.historicalPointsData.length >= options.limit,
  };
}
