import { describe, expect, it } from 'vitest';
import { toIsoWithOffset } from '../../../src/core/parse/toIsoWithOffset.js';

describe('toIsoWithOffset', () => {
  const instant = new Date('2024-06-29T18:30:00.000Z');

  it.each([
    ['Asia/Kolkata', '2024-06-30T00:00:00+05:30'],
    // RFC 3339 reads "-00:00" as "offset unknown": UTC is written "+00:00".
    ['UTC', '2024-06-29T18:30:00+00:00'],
    // West of UTC the offset is negative, whole and in half hours alike.
    ['America/New_York', '2024-06-29T14:30:00-04:00'],
    ['America/St_Johns', '2024-06-29T16:00:00-02:30'],
  ])('writes the instant as the wall clock and offset of %s: %s', (timeZone, expected) => {
    expect(toIsoWithOffset(instant, timeZone)).toBe(expected);
  });
});
