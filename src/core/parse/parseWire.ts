import * as v from 'valibot';
import { LoyaltyParseError } from './LoyaltyParseError.js';

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

/** Validates and normalizes `input` with `schema`, or throws a `LoyaltyParseError` naming the field. */
export function parseWire<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
  pathPrefix = '',
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, input, { abortEarly: true });
  if (result.success) return result.output;
  const [issue] = result.issues;
  const path = issuePath(issue);
  const fullPath =
    pathPrefix && path
      ? `${pathPrefix}${path.startsWith('[') ? '' : '.'}${path}`
      : pathPrefix || path;
  throw new LoyaltyParseError(fullPath, issue.message);
}
