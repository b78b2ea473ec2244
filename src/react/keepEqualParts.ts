function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Returns `next`, except that every part deep-equal to the same part of `previous` is the previous
 * object (dates compare by time): when nothing changed, `previous` itself comes back, so React sees
 * no change and memoized children do not re-render.
 */
export function keepEqualParts<T>(previous: unknown, next: T): T {
  if (Object.is(previous, next)) return next;
  if (previous instanceof Date && next instanceof Date) {
    return (previous.getTime() === next.getTime() ? previous : next) as T;
  }
  const arrays = Array.isArray(previous) && Array.isArray(next);
  if (!arrays && !(isPlainObject(previous) && isPlainObject(next))) return next;

  const before = previous as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  const keys = Object.keys(after);
  const result: Record<string, unknown> = arrays ? ([] as unknown as Record<string, unknown>) : {};
  let same = keys.length === Object.keys(before).length;
  for (const key of keys) {
    const value = keepEqualParts(before[key], after[key]);
    result[key] = value;
    if (value !== before[key] || !Object.hasOwn(before, key)) same = false;
  }
  return (same ? previous : result) as T;
}
