import type { DemoMemberKey } from './demoMembers.js';

/** What the member page's query string can change (for demos and the end-to-end tests). */
export interface PageSettings {
  /** Whose page to show: `?member=second` asks for another member's data, which the proxy refuses. */
  member: DemoMemberKey;
  /** Time allowed for one API attempt, in milliseconds (`?timeoutMs=`). */
  timeoutMs: number;
  /** Automatic retries of a failed request (`?retry=`); `0` leaves it all to the Retry button. */
  retry: number;
}

const DEFAULTS: PageSettings = { member: 'regular', timeoutMs: 15_000, retry: 2 };

/** A whole number within bounds, else `fallback`: the query string is the visitor's to write. */
function readInteger(value: string | null, min: number, max: number, fallback: number): number {
  if (value === null || !/^\d+$/.test(value)) return fallback;
  const number = Number(value);
  return number >= min && number <= max ? number : fallback;
}

/** Reads the page's settings from its query string (e.g. `location.search`). */
export function readPageSettings(search: string): PageSettings {
  const params = new URLSearchParams(search);
  return {
    member: params.get('member') === 'second' ? 'second' : DEFAULTS.member,
    timeoutMs: readInteger(params.get('timeoutMs'), 100, 120_000, DEFAULTS.timeoutMs),
    retry: readInteger(params.get('retry'), 0, 5, DEFAULTS.retry),
  };
}
