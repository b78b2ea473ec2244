import { describe, expect, it } from 'vitest';
import { parseLoyaltyDate } from '../../../src/core/parse/parseLoyaltyDate.js';

describe('parseLoyaltyDate', () => {
  it.each([
    ['2024-10-25 22:59:12.0', 'UTC', '2024-10-25T22:59:12.000Z'],
    ['2024-10-25 22:59:12.0', 'Asia/Kolkata', '2024-10-25T17:29:12.000Z'],
    ['2024-07-01T13:40:26.172+0000', 'Asia/Kolkata', '2024-07-01T13:40:26.172Z'],
    ['2024-06-30T00:00:00+05:30', 'UTC', '2024-06-29T18:30:00.000Z'],
    ['2024-08-05 01:30:00', 'Europe/Berlin', '2024-08-04T23:30:00.000Z'],
    ['2023-06-19', 'America/New_York', '2023-06-19T04:00:00.000Z'],
    [1648489472000, 'UTC', '2022-03-28T17:44:32.000Z'],
    ['1648489472000', 'UTC', '2022-03-28T17:44:32.000Z'],
    [1648489472, 'UTC', '2022-03-28T17:44:32.000Z'],
    // Nine digits are epoch seconds too: every instant before September 2001.
    ['999999999', 'UTC', '2001-09-09T01:46:39.000Z'],
    // A fraction is of a second: .5 is half of one, not 5 milliseconds.
    ['2024-10-25 22:59:12.5', 'UTC', '2024-10-25T22:59:12.500Z'],
    ['2024-10-25 23:59:59', 'UTC', '2024-10-25T23:59:59.000Z'],
  ])('reads %j in %s as %s', (input, timeZone, expected) => {
    expect(parseLoyaltyDate(input, timeZone)?.toISOString()).toBe(expected);
  });

  it('reads a bare date given as the end of something as the last moment of that day, in its zone', () => {
    expect(parseLoyaltyDate('2024-08-31', 'Asia/Kolkata', true)?.toISOString()).toBe(
      '2024-08-31T18:29:59.999Z',
    );
    // The day the clocks go forward has 23 hours.
    expect(parseLoyaltyDate('2024-03-31', 'Europe/London', true)?.toISOString()).toBe(
      '2024-03-31T22:59:59.999Z',
    );
    // A time of day says when it ends: it is kept.
    expect(parseLoyaltyDate('2024-08-31 10:00', 'UTC', true)?.toISOString()).toBe(
      '2024-08-31T10:00:00.000Z',
    );
  });

  it('reads a wall-clock time in the skipped hour of a daylight-saving change without drifting a day', () => {
    // 02:30 does not exist in Berlin on 2024-03-31; any instant within the hour is acceptable.
    const date = parseLoyaltyDate('2024-03-31 02:30:00', 'Europe/Berlin');
    expect(date?.toISOString().slice(0, 13)).toMatch(/^2024-03-31T0[01]$/);
  });

  // Capillary runs on Java: its ZonedDateTime moves a time in a gap forward by the gap's length and
  // gives a time in an overlap the earlier offset, whatever side of UTC the zone lies.
  it.each([
    ['2024-03-10 02:30:00', 'America/New_York', '2024-03-10T07:30:00.000Z'],
    ['2024-10-06 02:15:00', 'Australia/Adelaide', '2024-10-05T16:45:00.000Z'],
    ['2024-03-31 01:30:00', 'Europe/London', '2024-03-31T01:30:00.000Z'],
    ['2024-10-06 02:15:00', 'Australia/Lord_Howe', '2024-10-05T15:45:00.000Z'],
  ])(
    'moves %s, a time skipped by the clocks in %s, forward by the gap as Java does',
    (input, zone, expected) => {
      expect(parseLoyaltyDate(input, zone)?.toISOString()).toBe(expected);
    },
  );

  it.each([
    ['2024-11-03 01:30:00', 'America/New_York', '2024-11-03T05:30:00.000Z'],
    ['2024-10-27 01:30:00', 'Europe/London', '2024-10-27T00:30:00.000Z'],
    ['2024-04-07 02:15:00', 'Australia/Adelaide', '2024-04-06T15:45:00.000Z'],
  ])(
    'reads %s, a time the clocks in %s show twice, as its first occurrence as Java does',
    (input, zone, expected) => {
      expect(parseLoyaltyDate(input, zone)?.toISOString()).toBe(expected);
    },
  );

  it('reads the times either side of a half-hour-offset change right, in any order', () => {
    const zone = 'Australia/Adelaide';
    // The change is at 16:30 UTC: times read just before it must not lend their offset to after.
    expect(parseLoyaltyDate('2024-04-07 02:15:00', zone)?.toISOString()).toBe(
      '2024-04-06T15:45:00.000Z',
    );
    expect(parseLoyaltyDate('2024-04-07 03:15:00', zone)?.toISOString()).toBe(
      '2024-04-06T17:45:00.000Z',
    );
    expect(parseLoyaltyDate('2024-04-07 02:45:00', zone)?.toISOString()).toBe(
      '2024-04-06T16:15:00.000Z',
    );
  });

  it.each([null, undefined, '', 'null'])('treats %j as absent', (input) => {
    expect(parseLoyaltyDate(input, 'UTC')).toBeNull();
  });

  it.each([
    '2024-02-31',
    '25/10/2024',
    'yesterday',
    '2024-10-25 25:00:00',
    // No clock reads these: not the next hour, nor the next minute.
    '2024-10-25 10:60:00',
    '2024-10-25 10:59:60',
    // An imported yyyyMMddHHmmss, not the epoch milliseconds of the year 2612.
    '20260112000000',
    20260112000000,
    true,
    {},
  ])('refuses %j', (input) => {
    expect(parseLoyaltyDate(input, 'UTC')).toBeUndefined();
  });
});
