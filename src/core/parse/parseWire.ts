import * as v from 'valibot';
import { LoyaltyParseError } from './LoyaltyParseError.js';
import type { WarnOfItem } from './normalizeEach.js';

/** Formats a valibot issue path as `events[3].eventDetails.eventTime`. */
function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === 'number') path += `[${key}]`;
    else path += path ? `.${String(key)}` : String(key);
  }
  return path;
}

function parseError(issue: v.BaseIssue<unknown>, pathPrefix: string): LoyaltyParseError {
  const path = issuePath(issue);
  const fullPath =
    pathPrefix && path
      ? `${pathPrefix}${path.startsWith('[') ? '' : '.'}${path}`
      : pathPrefix || path;
  return new LoyaltyParseError(fullPath, issue.message);
}

/** Validates and normalizes `input` with `schema`, or throws a `LoyaltyParseError` naming the field. */
export function parseWire<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
  pathPrefix = '',
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, input, { abortEarly: true });
  if (result.success) return result.output;
  throw parseError(result.issues[0], pathPrefix);
}

/**
 * `schema` as the lenient schema of `parseWireLeniently` reads a descriptive field: when `lenient`,
 * a value it cannot read becomes `null` (and `parseWireLeniently` names it) instead of losing the
 * record. Fields a record cannot do without (its points, its time) are never wrapped.
 */
export function emptyIfUnreadable<TInput, TOutput>(
  lenient: boolean,
  schema: v.GenericSchema<TInput, TOutput | null>,
) {
  return lenient ? v.fallback(schema, null) : schema;
}

/**
 * Like `parseWire`, for a record that an unreadable descriptive field must not lose: `lenient` is
 * `strict` with those fields falling back to `null`. Each field so left empty is reported, with
 * its path, through `warn`.
 * @throws LoyaltyParseError when a field that makes the record does not fit.
 */
export function parseWireLeniently<TSchema extends v.GenericSchema>(
  schemas: { strict: TSchema; lenient: TSchema },
  input: unknown,
  pathPrefix: string,
  warn: WarnOfItem,
): v.InferOutput<TSchema> {
  // The strict pass, with every issue, names the fields the lenient pass left empty.
  const result = v.safeParse(schemas.strict, input);
  if (result.success) return result.output;
  const output = parseWire(schemas.lenient, input, pathPrefix);
  for (const issue of result.issues) {
    warn(`Left a value empty: ${parseError(issue, pathPrefix).message}`);
  }
  return output;
}
