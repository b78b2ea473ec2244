// The documents' samples carry keys like " timeStamp", "points Redeemed", "apiRe questId",
// "loyaltyProgram Details" and "Instore". Removing white space and lower-casing the first letter
// gives the documented camelCase key in every one of those cases.
const WHITE_SPACE = /\s+/g;
const HAS_WHITE_SPACE = /\s/;

function cleanKey(key: string): string {
  const first = key.charCodeAt(0);
  // Most keys need nothing: test the cheap things first.
  if ((first < 65 || first > 90) && !HAS_WHITE_SPACE.test(key)) return key;
  const compact = key.replace(WHITE_SPACE, '');
  return compact.charAt(0).toLowerCase() + compact.slice(1);
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  // A "__proto__" key must become an own property, not replace the prototype.
  if (key === '__proto__') {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    target[key] = value;
  }
}

/**
 * Returns `value` with every object key normalized (see above). Parts that need no change are
 * returned as they are, so a well-formed payload is not copied at all.
 */
export function normalizeWireKeys(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      const normalized = normalizeWireKeys(item);
      if (normalized !== item) {
        copy ??= value.slice();
        copy[index] = normalized;
      }
    }
    return copy ?? value;
  }

  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let copy: Record<string, unknown> | undefined;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string;
    const item = record[key];
    const normalized = normalizeWireKeys(item);
    const cleaned = cleanKey(key);
    if (!copy && (normalized !== item || cleaned !== key)) {
      copy = {};
      for (let earlier = 0; earlier < index; earlier++) {
        const earlierKey = keys[earlier] as string;
        define(copy, earlierKey, record[earlierKey]);
      }
    }
    if (copy) define(copy, cleaned, normalized);
  }
  return copy ?? value;
}
