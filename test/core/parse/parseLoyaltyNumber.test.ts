import { describe, expect, it } from 'vitest';
import { parseLoyaltyNumber } from '../../../src/core/parse/parseLoyaltyNumber.js';

describe('parseLoyaltyNumber', () => {
  it.each([
    [100, 100],
    ['101.000', 101],
    [' 20.5 ', 20.5],
    ['-7', -7],
    [0, 0],
  ])('reads %j as %d', (input, expected) => {
    expect(parseLoyaltyNumber(input)).toBe(expected);
  });

  it.each([null, undefined, '', 'null'])('treats %j as absent', (input) => {
    expect(parseLoyaltyNumber(input)).toBeNull();
  });

  it.each(['abc', '0x10', '1,000', Number.NaN, Number.POSITIVE_INFINITY, true, []])(
    'refuses %j',
    (input) => {
      expect(parseLoyaltyNumber(input)).toBeUndefined();
    },
  );
});
