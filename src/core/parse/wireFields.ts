import * as v from 'valibot';
import { parseLoyaltyDate } from './parseLoyaltyDate.js';
import { parseLoyaltyNumber } from './parseLoyaltyNumber.js';

// Leaf schemas for Capillary's wire JSON. Each one accepts every spelling the documents show
// for its kind of value and outputs the clean type; `null` stands for "absent" everywhere.

function describe(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'an array';
  return value === null ? 'null' : typeof value;
}

function leaf<T>(expected: string, read: (value: unknown) => T | undefined) {
  return v.pipe(
    v.unknown(),
    v.rawTransform<unknown, T>(({ dataset, addIssue, NEVER }) => {
      const result = read(dataset.value);
      if (result === undefined) {
        addIssue({ message: `expected ${expected}, received ${describe(dataset.value)}` });
        return NEVER;
      }
      return result;
    }),
  );
}

const numberOrNull = leaf('a number', parseLoyaltyNumber);

/** A number, also when sent as a string (`"101.000"`). Required. */
export const wireNumber = leaf('a number', (value) => parseLoyaltyNumber(value) ?? undefined);

/** A number or `null` when missing, `null`, `""` or `"null"`. */
export const wireOptionalNumber = v.optional(numberOrNull, null);

function readText(value: unknown): string | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value !== 'string') return undefined;
  return value === '' || value === 'null' ? null : value;
}

/** A string, or `null` when missing, `null`, `""` or `"null"`. Numeric ids become strings. */
export const wireOptionalText = v.optional(leaf('a string', readText), null);

/** A string that must be present (numeric ids become strings). */
export const wireText = leaf('a string', (value) => readText(value) ?? undefined);

function readBoolean(value: unknown): boolean | null | undefined {
  if (typeof value === 'boolean') return value;
  if (value === null || value === undefined || value === '' || value === 'null') return null;
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  // Java services write flags as "TRUE", "Y" or "1" as often as true.
  const flag = String(value).trim();
  if (/^(true|y|1)$/i.test(flag)) return true;
  if (/^(false|n|0)$/i.test(flag)) return false;
  return undefined;
}

/**
 * A boolean, also written `"true"` / `"false"`, `"Y"` / `"N"` or `1` / `0` in any case, or `null`
 * when missing.
 */
export const wireOptionalBoolean = v.optional(leaf('true or false', readBoolean), null);

/**
 * A date of any documented shape, or `null` when missing; zone-less shapes are read in `timeZone`.
 * With `endOfDay` (an expiry: Capillary writes them as the day's last second), a bare date is read
 * at the end of its day, not at its start.
 */
export function wireOptionalDate(timeZone: string, endOfDay?: boolean) {
  return v.optional(
    leaf('a date', (value) => parseLoyaltyDate(value, timeZone, endOfDay)),
    null,
  );
}

/** A required date of any documented shape. */
export function wireDate(timeZone: string) {
  return leaf('a date', (value) => parseLoyaltyDate(value, timeZone) ?? undefined);
}

/** An array of `item`, or `[]` when missing or `null`. */
export function wireList<TItem extends v.GenericSchema>(item: TItem) {
  return v.optional(
    v.pipe(
      v.nullable(v.array(item)),
      v.transform((list) => list ?? []),
    ),
    [],
  );
}
