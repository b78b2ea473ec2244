import * as v from 'valibot';
import { normalizeEach } from '../parse/normalizeEach.js';
import { parseWire } from '../parse/parseWire.js';
import { readCapillaryMessages } from '../parse/readCapillaryMessages.js';
import {
  wireList,
  wireNumber,
  wireOptionalDate,
  wireOptionalNumber,
  wireOptionalText,
} from '../parse/wireFields.js';
import type { HistoricalPointsEntry, HistoricalPointsPage } from './HistoricalPointsEntry.js';

function entrySchema(timeZone: string) {
  return v.pipe(
    v.object({
      entryType: v.pipe(
        v.string(),
        v.transform((type) => type.trim().toUpperCase()),
        v.picklist(['CREDIT', 'DEBIT'], 'expected CREDIT or DEBIT'),
      ),
      points: wireNumber,
      pointsActivity: wireOptionalText,
      loyaltyProgramName: wireOptionalText,
      billNumber: wireOptionalText,
      eventDate: wireOptionalDate(timeZone),
      externalUniqueId: wireOptionalText,
    }),
    v.transform((raw): HistoricalPointsEntry => {
      const points = Math.abs(raw.points);
      return {
        entryType: raw.entryType === 'CREDIT' ? 'credit' : 'debit',
        points,
        signedPoints: raw.entryType === 'CREDIT' ? points : -points,
        activity: raw.pointsActivity,
        programName: raw.loyaltyProgramName,
        billNumber: raw.billNumber,
        eventDate: raw.eventDate,
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
 * Normalizes the historical-points answer. Entries that do not fit are left out and reported in
 * `warnings`; a body without the documented shape throws `LoyaltyParseError`.
 */
export function normalizeHistoricalPointsPage(
  body: unknown,
  options: { timeZone: string; offset: number; limit: number },
): HistoricalPointsPage {
  const page = parseWire(pageSchema, body);
  const schema = entrySchema(options.timeZone);
  const { items, warnings } = normalizeEach(
    page.historicalPointsData,
    'historicalPointsData',
    (entry, path) => parseWire(schema, entry, path),
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
