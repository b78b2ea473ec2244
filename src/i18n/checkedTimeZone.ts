import { resolveTimeZone } from './intlCache.js';

const warned = new Set<string>();

/**
 * A zone given as `prop`, as given (`Asia/Kolkata` stays so, though Intl may say `Asia/Calcutta`:
 * query keys must match a client's spelling); `undefined` when none was given or it is not an IANA
 * zone. A developer's typo is said once in the console, and the caller falls back to the next zone
 * it knows: a typo must not take a page down, nor go by unnoticed.
 */
export function checkedTimeZone(prop: string, timeZone: string | undefined): string | undefined {
  const resolved = resolveTimeZone(timeZone);
  if (timeZone !== undefined && resolved === undefined && !warned.has(timeZone)) {
    warned.add(timeZone);
    console.warn(
      `capillary-loyalty-widgets: ${prop} "${timeZone}" is not an IANA time zone name, such as "Asia/Kolkata"; it is ignored.`,
    );
  }
  return resolved && timeZone;
}
