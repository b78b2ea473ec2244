import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { wireOptionalBoolean } from '../../../src/core/parse/wireFields.js';

describe('wireOptionalBoolean', () => {
  // Java services send flags in any of these spellings.
  it.each([true, 'true', 'TRUE', 'True', ' true ', 'Y', 'y', '1', 1])(
    'reads %j as true',
    (input) => {
      expect(v.parse(wireOptionalBoolean, input)).toBe(true);
    },
  );

  it.each([false, 'false', 'FALSE', 'N', 'n', '0', 0])('reads %j as false', (input) => {
    expect(v.parse(wireOptionalBoolean, input)).toBe(false);
  });

  it.each([undefined, null, '', 'null'])('treats %j as absent', (input) => {
    expect(v.parse(wireOptionalBoolean, input)).toBeNull();
  });

  it.each(['yes', 'maybe', 2, 'constructor', {}, []])('refuses %j', (input) => {
    expect(v.safeParse(wireOptionalBoolean, input).success).toBe(false);
  });
});
