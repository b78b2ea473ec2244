import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { wireOptionalBoolean, wireOptionalDate } from '../../../src/core/parse/wireFields.js';

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

describe('wireOptionalDate for an expiry', () => {
  const expiry = wireOptionalDate('Asia/Kolkata', true);

  it('reads a bare date as the end of its day, as Capillary writes an expiry with its time', () => {
    expect(v.parse(expiry, '2023-06-19')?.toISOString()).toBe('2023-06-19T18:29:59.999Z');
    expect(v.parse(expiry, '2023-06-19 23:59:59.0')?.toISOString()).toBe(
      '2023-06-19T18:29:59.000Z',
    );
  });

  it('reads a date with its time as it is, even at midnight', () => {
    expect(v.parse(expiry, '2023-06-19 00:00:00')?.toISOString()).toBe('2023-06-18T18:30:00.000Z');
  });
});

describe('wireOptionalDate for a date that is no expiry', () => {
  const date = wireOptionalDate('Asia/Kolkata');

  it('reads a bare date as the start of its day: only an expiry runs to its end', () => {
    expect(v.parse(date, '2023-06-19')?.toISOString()).toBe('2023-06-18T18:30:00.000Z');
  });
});
