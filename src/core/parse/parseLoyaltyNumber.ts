/**
 * Reads a number as Capillary sends it: a JSON number, or a string such as `"101.000"`.
 * Absent values (`null`, `undefined`, `""`, the string `"null"`) give `null`; anything else
 * that is not a finite number gives `undefined`, so a schema can report it.
 */
export function parseLoyaltyNumber(value: unknown): number | null | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '' || text === 'null') return null;
  // Number('') and Number('0x10') are too lenient for money and points.
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return undefined;
  return Number(text);
}
