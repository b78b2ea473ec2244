/**
 * `keys` made unique with `#2`, `#3`… on a repeat: nothing stops one page from holding two alike
 * entries, and React needs a key per row.
 */
export function numberRepeats(keys: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((key) => {
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${key}#${count}`;
  });
}
