import { describe, expect, it } from 'vitest';
import type { LoyaltyWebhookEvent } from '../../../src/core/webhooks/LoyaltyWebhookEvent.js';
import { parseLoyaltyWebhook } from '../../../src/core/webhooks/parseLoyaltyWebhook.js';
import { reduceStreaks } from '../../../src/core/webhooks/reduceStreaks.js';
import { webhookFixture } from './webhookFixtures.js';

function parsed(payload: unknown): LoyaltyWebhookEvent {
  const result = parseLoyaltyWebhook(payload);
  if (!result.ok) throw result.error;
  return result.event;
}

const HOUR = 3_600_000;
const START = Date.UTC(2024, 6, 24, 14);
const target = {
  id: 65260,
  name: 'Streak 24 July',
  targetPeriodId: 49006,
  targetPeriodName: 'Cycle_1',
};

/** A streak event for customer 7 in the flat envelope, `hour` hours after START. */
function streakEvent(
  name: string,
  hour: number,
  entries: string,
  entry: Record<string, unknown>,
  cycle = 'Cycle_1',
  eventId = `${name}-${hour}`,
) {
  return parsed({
    eventName: name,
    eventId,
    createdAt: START + hour * HOUR,
    data: {
      customerIdentifiers: { customerId: 7 },
      targetData: [{ ...target, targetPeriodName: cycle }],
      [entries]: [entry],
    },
  });
}

const enrolled = streakEvent('streakCustomerEnrolment', 0, 'streakEnrolmentData', {
  streakName: 'Streak 24 July',
  numberOfLevel: 2,
  levelValues: ['3', '5'],
  startDate: '2024-07-24 14:15:59',
  endDate: '2024-07-25 23:59:59',
});
const started = streakEvent('streakStart', 1, 'streakStartData', {
  streakName: 'Streak 24 July',
  descriptionOfTheStreak: 'Buy on consecutive days',
  userStreakValueAtTheStart: '0',
});
const levelEntry = (name: string, value: string, achievedAt: string) => ({
  streakName: name,
  streakLevelName: name,
  streakId: '5717',
  userCurrentStreakValue: value,
  streakLevelAchievedDate: achievedAt,
});
const firstLevel = streakEvent(
  'streakLevelAchieved',
  2,
  'streakData',
  levelEntry('Streak 24 July_1', '3', '2024-07-24T16:00:00.000+0000'),
);
const secondLevel = streakEvent(
  'streakLevelAchieved',
  3,
  'streakData',
  levelEntry('Streak 24 July_2', '5', '2024-07-24T17:00:00.000+0000'),
);
const secondLevelLost = streakEvent(
  'streakLevelUnAchieved',
  4,
  'streakData',
  levelEntry('Streak 24 July_2', '4', '2024-07-24T17:00:00.000+0000'),
);

/** The documented streakStart or streakEnd sample for customer 7, `hour` hours after START. */
function runSample(
  name: 'streakStart' | 'streakEnd',
  hour: number,
  changes = {},
  cycle = 'Cycle_1',
) {
  const payload = structuredClone(webhookFixture(name));
  const data = payload.data as Record<string, unknown> & { targetDetails: object };
  const [entry] = data[`${name}Data`] as [object];
  return parsed({
    ...payload,
    eventId: `${name}-${hour}`,
    createdAt: START + hour * HOUR,
    data: {
      ...data,
      customerIdentifiers: { customerId: 7 },
      targetDetails: { ...data.targetDetails, targetPeriodName: cycle },
      [`${name}Data`]: [{ ...entry, ...changes }],
    },
  });
}

describe('reduceStreaks', () => {
  it('shows a streak with its levels, values and the levels reached', () => {
    expect(reduceStreaks([enrolled, started, firstLevel, secondLevel])).toEqual([
      {
        key: '7|65260',
        customerId: 7,
        targetId: 65260,
        streakId: '5717',
        name: 'Streak 24 July',
        description: 'Buy on consecutive days',
        cycle: 'Cycle_1',
        levelCount: 2,
        levels: [
          {
            number: 1,
            name: 'Streak 24 July_1',
            value: 3,
            status: 'achieved',
            achievedAt: new Date('2024-07-24T16:00:00Z'),
            lostAt: null,
          },
          {
            number: 2,
            name: 'Streak 24 July_2',
            value: 5,
            status: 'achieved',
            achievedAt: new Date('2024-07-24T17:00:00Z'),
            lostAt: null,
          },
        ],
        currentValue: 5,
        startDate: new Date('2024-07-24T14:15:59Z'),
        endDate: new Date('2024-07-25T23:59:59Z'),
        status: 'active',
        updatedAt: new Date(START + 3 * HOUR),
      },
    ]);
  });

  it('keeps a level lost after it was achieved, whatever order the events arrive in', () => {
    for (const events of [
      [enrolled, firstLevel, secondLevel, secondLevelLost],
      [secondLevelLost, secondLevel, enrolled, firstLevel],
    ]) {
      const [streak] = reduceStreaks(events);
      expect(streak?.levels.map((level) => [level.status, level.lostAt])).toEqual([
        ['achieved', null],
        ['lost', new Date(START + 4 * HOUR)],
      ]);
      expect(streak?.levels[1]?.achievedAt).toEqual(new Date('2024-07-24T17:00:00Z'));
      expect(streak?.currentValue).toBe(4);
    }
  });

  it('shows a level achieved again after it was lost', () => {
    const again = streakEvent(
      'streakLevelAchieved',
      5,
      'streakData',
      levelEntry('Streak 24 July_2', '5', '2024-07-24T19:00:00.000+0000'),
    );
    const [streak] = reduceStreaks([enrolled, secondLevel, secondLevelLost, again]);
    expect(streak?.levels[1]).toMatchObject({ status: 'achieved', lostAt: null });
  });

  it('follows the documented samples from start to end', () => {
    const [streak] = reduceStreaks([
      parsed(webhookFixture('streakEnd')),
      parsed(webhookFixture('streakStart')),
    ]);
    expect(streak).toMatchObject({
      name: 'Streak 24 July',
      levels: [
        { number: 1, value: 3, status: 'pending' },
        { number: 2, value: 5, status: 'pending' },
      ],
      currentValue: 0,
      startDate: new Date('2024-07-24T14:15:59Z'),
      endDate: new Date('2024-07-25T23:59:59Z'),
      status: 'ended',
    });
  });

  it('starts a new run with no level reached after the last run ended', () => {
    const [streak] = reduceStreaks([
      runSample('streakStart', 1),
      firstLevel,
      runSample('streakEnd', 3, {
        numberOfLevelsAchievedByTheUser: '1',
        userStreakValueByTheEnd: 3,
      }),
      runSample('streakStart', 30, { startDate: '2024-07-26 14:00:00' }, 'Cycle_2'),
    ]);
    expect(streak).toMatchObject({
      status: 'active',
      cycle: 'Cycle_2',
      currentValue: 0,
      startDate: new Date('2024-07-26T14:00:00Z'),
      // The old run's end would read as "ended on" under the new run.
      endDate: null,
    });
    expect(streak?.levels.map((level) => [level.status, level.achievedAt])).toEqual([
      ['pending', null],
      ['pending', null],
    ]);
  });

  it('starts the next cycle when its start is stamped with the same instant as the last end', () => {
    const end = runSample('streakEnd', 30, { numberOfLevelsAchievedByTheUser: '1' });
    const next = runSample('streakStart', 30, { startDate: '2024-07-26 00:00:00' }, 'Cycle_2');
    for (const events of [
      [started, firstLevel, end, next],
      [next, end, firstLevel, started],
    ]) {
      expect(reduceStreaks(events)[0]).toMatchObject({
        status: 'active',
        cycle: 'Cycle_2',
        startDate: new Date('2024-07-26T00:00:00Z'),
      });
    }
  });

  it('shows the levels reached as the end of the run counts them', () => {
    // The documented end sample counts no level reached: the level event's achievement was undone.
    const [unreached] = reduceStreaks([started, firstLevel, runSample('streakEnd', 3)]);
    expect(unreached?.levels.map((level) => [level.status, level.lostAt])).toEqual([
      ['lost', new Date(START + 3 * HOUR)],
      ['pending', null],
    ]);
    const [reached] = reduceStreaks([
      started,
      firstLevel,
      runSample('streakEnd', 3, { numberOfLevelsAchievedByTheUser: '2' }),
    ]);
    expect(reached?.levels.map((level) => level.status)).toEqual(['achieved', 'achieved']);
  });

  it("keeps the running cycle active when the previous cycle's end arrives late", () => {
    const nextStart = runSample('streakStart', 34, { startDate: '2024-07-26 00:00:00' }, 'Cycle_2');
    const nextLevel = streakEvent(
      'streakLevelAchieved',
      34.5,
      'streakData',
      levelEntry('Streak 24 July_1', '3', '2024-07-26T00:30:00.000+0000'),
      'Cycle_2',
    );
    // Processed after the next cycle started, though its cycle ended at 23:59:59.
    const lateEnd = runSample('streakEnd', 34.1, { numberOfLevelsAchievedByTheUser: '1' });
    const events = [runSample('streakStart', 1), firstLevel, nextStart, nextLevel, lateEnd];
    for (const order of [events, [...events].reverse()]) {
      const [streak] = reduceStreaks(order);
      expect(streak).toMatchObject({
        status: 'active',
        cycle: 'Cycle_2',
        startDate: new Date('2024-07-26T00:00:00Z'),
        endDate: null,
      });
      expect(streak?.levels.map((level) => [level.status, level.achievedAt])).toEqual([
        ['achieved', new Date('2024-07-26T00:30:00Z')],
        ['pending', null],
      ]);
    }
  });

  it('does not show a level lost in the previous cycle as lost in the running one', () => {
    const lateLoss = streakEvent(
      'streakLevelUnAchieved',
      35,
      'streakData',
      levelEntry('Streak 24 July_1', '2', '2024-07-24T16:00:00.000+0000'),
    );
    const [streak] = reduceStreaks([
      runSample('streakStart', 1),
      firstLevel,
      runSample('streakEnd', 30, { numberOfLevelsAchievedByTheUser: '1' }),
      runSample('streakStart', 34, { startDate: '2024-07-26 00:00:00' }, 'Cycle_2'),
      lateLoss,
    ]);
    expect(streak).toMatchObject({ status: 'active', cycle: 'Cycle_2', currentValue: 0 });
    expect(streak?.levels.map((level) => level.status)).toEqual(['pending', 'pending']);
  });

  it('shows a streak left after the next cycle started as left, whichever cycle it names', () => {
    const left = streakEvent('streakCustomerUnEnrolment', 36, 'streakUnEnrolmentData', {
      streakName: 'Streak 24 July',
      startDate: '2024-07-24 14:15:59',
      endDate: '2024-07-25 23:59:59',
    });
    const [streak] = reduceStreaks([
      runSample('streakStart', 1),
      runSample('streakStart', 34, { startDate: '2024-07-26 00:00:00' }, 'Cycle_2'),
      left,
    ]);
    expect(streak).toMatchObject({ status: 'unenrolled', cycle: 'Cycle_2' });
  });

  it('shows a level lost before its achievement arrived as lost, not as an extra level', () => {
    for (const [first, second] of [
      ['S_1', 'S_2'],
      ['Bronze', 'Silver'],
    ] as const) {
      const [streak] = reduceStreaks([
        runSample('streakStart', 1),
        streakEvent(
          'streakLevelAchieved',
          2,
          'streakData',
          levelEntry(first, '3', '2024-07-24T16:00:00.000+0000'),
        ),
        streakEvent(
          'streakLevelUnAchieved',
          3,
          'streakData',
          levelEntry(second, '4', '2024-07-24T16:30:00.000+0000'),
        ),
      ]);
      expect(streak?.levels.map((level) => [level.number, level.name, level.status])).toEqual([
        [1, first, 'achieved'],
        [2, second, 'lost'],
      ]);
    }
  });

  it('names each level right when one purchase reaches two levels at once', () => {
    const reach = (level: string, eventId: string) =>
      streakEvent(
        'streakLevelAchieved',
        2,
        'streakData',
        levelEntry(level, '6', '2024-07-24T16:00:00.000+0000'),
        'Cycle_1',
        eventId,
      );
    const lossOfSecond = streakEvent(
      'streakLevelUnAchieved',
      3,
      'streakData',
      levelEntry('Streak 24 July_2', '4', '2024-07-24T16:00:00.000+0000'),
    );
    // Event ids are random: which of the two sorts first must not matter.
    for (const [idOfFirst, idOfSecond] of [
      ['a', 'b'],
      ['b', 'a'],
    ]) {
      const [streak] = reduceStreaks([
        runSample('streakStart', 1),
        reach('Streak 24 July_1', `${idOfFirst}`),
        reach('Streak 24 July_2', `${idOfSecond}`),
        lossOfSecond,
      ]);
      expect(streak?.levels.map((level) => [level.name, level.status])).toEqual([
        ['Streak 24 July_1', 'achieved'],
        ['Streak 24 July_2', 'lost'],
      ]);
    }
  });

  it('gives a level event to the highest level the streak value reaches when the lower level event never came', () => {
    const gold = streakEvent(
      'streakLevelAchieved',
      3,
      'streakData',
      levelEntry('Gold', '5', '2024-07-24T17:00:00.000+0000'),
    );
    const [streak] = reduceStreaks([runSample('streakStart', 1), gold]);
    expect(streak?.levels.map((level) => [level.name, level.status, level.achievedAt])).toEqual([
      // Reached on the way to 5 days; when, no event said.
      [null, 'achieved', null],
      ['Gold', 'achieved', new Date('2024-07-24T17:00:00Z')],
    ]);
    // Losing it later loses that level, not the one below.
    const goldLost = streakEvent(
      'streakLevelUnAchieved',
      4,
      'streakData',
      levelEntry('Gold', '4', '2024-07-24T17:00:00.000+0000'),
    );
    const [afterLoss] = reduceStreaks([runSample('streakStart', 1), gold, goldLost]);
    expect(afterLoss?.levels.map((level) => level.status)).toEqual(['achieved', 'lost']);
  });

  it('names each unnumbered level right when one purchase reaches two, and loses the right one', () => {
    const reach = (name: string, order: number) =>
      streakEvent(
        'streakLevelAchieved',
        order,
        'streakData',
        levelEntry(name, '5', '2024-07-24T16:00:00.000+0000'),
      );
    const silverLost = streakEvent(
      'streakLevelUnAchieved',
      5,
      'streakData',
      levelEntry('Silver', '4', '2024-07-24T18:00:00.000+0000'),
    );
    const [streak] = reduceStreaks([
      runSample('streakStart', 1),
      reach('Bronze', 2),
      reach('Silver', 3),
    ]);
    expect(streak?.levels.map((level) => [level.name, level.status])).toEqual([
      ['Bronze', 'achieved'],
      ['Silver', 'achieved'],
    ]);
    const [afterLoss] = reduceStreaks([
      runSample('streakStart', 1),
      reach('Bronze', 2),
      reach('Silver', 3),
      silverLost,
    ]);
    expect(afterLoss?.levels.map((level) => [level.name, level.status])).toEqual([
      ['Bronze', 'achieved'],
      ['Silver', 'lost'],
    ]);
  });

  it('counts every level up to the one reached as reached, when one event jumps several levels', () => {
    const [streak] = reduceStreaks([
      runSample('streakStart', 1, { numberOfLevel: 3, levelValues: ['3', '5', '7'] }),
      streakEvent(
        'streakLevelAchieved',
        3,
        'streakData',
        levelEntry('Streak 24 July_3', '7', '2024-07-24T17:00:00.000+0000'),
      ),
    ]);
    expect(streak?.levels.map((level) => [level.number, level.status, level.achievedAt])).toEqual([
      [1, 'achieved', null],
      [2, 'achieved', null],
      [3, 'achieved', new Date('2024-07-24T17:00:00Z')],
    ]);
  });

  it('survives a corrupt level count instead of building two billion levels', () => {
    const corrupt = runSample('streakStart', 1, { numberOfLevel: 2147483647 });
    expect(reduceStreaks([corrupt])[0]?.levels).toHaveLength(2);
  });

  it('counts a level reached when the streak value equals its value, though its own event never came', () => {
    const jump = streakEvent(
      'streakLevelAchieved',
      2,
      'streakData',
      levelEntry('Streak 24 July_1', '5', '2024-07-24T16:00:00.000+0000'),
    );
    const [streak] = reduceStreaks([enrolled, started, jump]);
    expect(streak?.levels.map((level) => [level.value, level.status])).toEqual([
      [3, 'achieved'],
      [5, 'achieved'],
    ]);
  });

  it('dates a level by when it was achieved, not by when its webhook was sent', () => {
    const late = streakEvent(
      'streakLevelAchieved',
      5,
      'streakData',
      levelEntry('Streak 24 July_1', '3', '2024-07-24T16:00:00.000+0000'),
    );
    const [streak] = reduceStreaks([enrolled, started, late]);
    expect(streak?.levels[0]?.achievedAt).toEqual(new Date('2024-07-24T16:00:00Z'));
  });

  it('shows a streak as active once a level is reached, even when its start never arrived', () => {
    expect(reduceStreaks([enrolled, firstLevel])[0]?.status).toBe('active');
  });

  it('keeps the last streak value when the end of the run does not state one', () => {
    const ended = streakEvent('streakEnd', 5, 'streakEndData', { streakName: 'Streak 24 July' });
    expect(reduceStreaks([enrolled, started, firstLevel, ended])[0]).toMatchObject({
      status: 'ended',
      currentValue: 3,
    });
  });

  it('adds no level beyond the number the streak has, when a level event names one more', () => {
    const third = streakEvent(
      'streakLevelAchieved',
      4,
      'streakData',
      levelEntry('Streak 24 July_3', '7', '2024-07-24T18:00:00.000+0000'),
    );
    const [streak] = reduceStreaks([enrolled, started, firstLevel, secondLevel, third]);
    expect(streak?.levels).toHaveLength(2);
    expect(streak?.currentValue).toBe(7);
  });

  it('shows a streak the customer was unenrolled from', () => {
    const unenrolled = streakEvent('streakCustomerUnEnrolment', 6, 'streakUnEnrolmentData', {
      streakName: 'Streak 24 July',
    });
    expect(reduceStreaks([started, unenrolled, enrolled])[0]?.status).toBe('unenrolled');
  });

  it('counts an event delivered twice once', () => {
    const redelivered = parsed(structuredClone(webhookFixture('streakLevelAchieved')));
    const once = reduceStreaks([parsed(webhookFixture('streakLevelAchieved'))]);
    expect(reduceStreaks([redelivered, parsed(webhookFixture('streakLevelAchieved'))])).toEqual(
      once,
    );
    expect(once[0]?.levels).toHaveLength(1);
  });

  it('starts a new run when the streak starts again in the same cycle after it ended, keeping its level names', () => {
    const [streak] = reduceStreaks([
      enrolled,
      started,
      firstLevel,
      runSample('streakEnd', 5, { numberOfLevelsAchievedByTheUser: '1' }),
      streakEvent('streakStart', 6, 'streakStartData', { userStreakValueAtTheStart: '0' }),
    ]);
    expect(streak).toMatchObject({ status: 'active', cycle: 'Cycle_1', currentValue: 0 });
    expect(streak?.levels.map((level) => [level.name, level.status])).toEqual([
      ['Streak 24 July_1', 'pending'],
      [null, 'pending'],
    ]);
  });

  it('starts a new run when the customer is enrolled in the next cycle', () => {
    const [streak] = reduceStreaks([
      enrolled,
      started,
      firstLevel,
      streakEvent(
        'streakCustomerEnrolment',
        30,
        'streakEnrolmentData',
        { numberOfLevel: 2, levelValues: ['3', '5'], startDate: '2024-07-26 00:00:00' },
        'Cycle_2',
      ),
    ]);
    expect(streak).toMatchObject({ status: 'enrolled', cycle: 'Cycle_2', currentValue: null });
    expect(streak?.levels.map((level) => level.status)).toEqual(['pending', 'pending']);
  });

  it('counts the levels reached from the list the end of the run gives, when it gives no count', () => {
    const [streak] = reduceStreaks([
      started,
      firstLevel,
      secondLevel,
      runSample('streakEnd', 5, {
        numberOfLevelsAchievedByTheUser: null,
        levelsAchievedByTheUser: ['Streak 24 July_1'],
      }),
    ]);
    expect(streak?.levels.map((level) => level.status)).toEqual(['achieved', 'lost']);
  });

  it('keeps the levels reached when the end of the run gives neither a count nor a list', () => {
    const [streak] = reduceStreaks([
      started,
      firstLevel,
      runSample('streakEnd', 5, {
        numberOfLevelsAchievedByTheUser: null,
        levelsAchievedByTheUser: [],
      }),
    ]);
    expect(streak?.levels.map((level) => level.status)).toEqual(['achieved', 'pending']);
  });

  it('gives unnamed level events to the levels their values reach and loses them top down', () => {
    const unnamed = (name: string, hour: number, value: string | null) =>
      streakEvent(name, hour, 'streakData', {
        streakLevelName: null,
        streakId: '5717',
        userCurrentStreakValue: value,
      });
    const reached = [enrolled, started, unnamed('streakLevelAchieved', 2, '5')];
    // The event is about the highest level the value reaches; the one below it was reached too.
    expect(
      reduceStreaks(reached)[0]?.levels.map((level) => [level.status, level.achievedAt]),
    ).toEqual([
      ['achieved', null],
      ['achieved', new Date(START + 2 * HOUR)],
    ]);
    const [streak] = reduceStreaks([
      ...reached,
      unnamed('streakLevelUnAchieved', 3, '4'),
      unnamed('streakLevelUnAchieved', 4, '2'),
    ]);
    expect(streak?.levels.map((level) => level.status)).toEqual(['lost', 'lost']);
  });

  it('gives an unnamed level achievement with no streak value to the lowest level still to reach', () => {
    const [streak] = reduceStreaks([
      enrolled,
      started,
      streakEvent('streakLevelAchieved', 2, 'streakData', {
        streakLevelName: null,
        streakId: '5717',
      }),
    ]);
    expect(streak?.levels.map((level) => level.status)).toEqual(['achieved', 'pending']);
  });

  it('gives an unnamed loss to the level above those already lost, not to one never reached below', () => {
    const threeLevels = streakEvent('streakCustomerEnrolment', 0, 'streakEnrolmentData', {
      streakName: 'Streak 24 July',
      numberOfLevel: 3,
      levelValues: ['3', '5', '7'],
    });
    const [streak] = reduceStreaks([
      threeLevels,
      started,
      streakEvent('streakLevelUnAchieved', 2, 'streakData', {
        streakLevelName: 'Streak 24 July_2',
        streakId: '5717',
        userCurrentStreakValue: '4',
      }),
      streakEvent('streakLevelUnAchieved', 3, 'streakData', {
        streakLevelName: null,
        streakId: '5717',
        userCurrentStreakValue: '6',
      }),
    ]);
    expect(streak?.levels.map((level) => level.status)).toEqual(['pending', 'lost', 'lost']);
  });

  it('shows a lost level as reached again, not lost, when a higher level is reached', () => {
    const [streak] = reduceStreaks([
      enrolled,
      started,
      firstLevel,
      streakEvent(
        'streakLevelUnAchieved',
        3,
        'streakData',
        levelEntry('Streak 24 July_1', '0', '2024-07-24T16:00:00.000+0000'),
      ),
      streakEvent(
        'streakLevelAchieved',
        4,
        'streakData',
        levelEntry('Streak 24 July_2', '5', '2024-07-24T18:00:00.000+0000'),
      ),
    ]);
    expect(streak?.levels.map((level) => [level.status, level.lostAt])).toEqual([
      ['achieved', null],
      ['achieved', null],
    ]);
  });

  it('keeps apart two streaks one event lists with their own targets', () => {
    const states = reduceStreaks([
      parsed({
        eventName: 'streakStart',
        eventId: 'two-streaks',
        createdAt: START,
        data: {
          customerIdentifiers: { customerId: 7 },
          targetData: [target, { ...target, id: 65261, name: 'Streak 25 July' }],
          streakStartData: [{ streakName: 'Streak 24 July' }, { streakName: 'Streak 25 July' }],
        },
      }),
    ]);
    expect(states.map((state) => [state.targetId, state.name])).toEqual([
      [65260, 'Streak 24 July'],
      [65261, 'Streak 25 July'],
    ]);
  });

  it('follows a streak by its id, or else its name, when its events name no target', () => {
    const noTarget = (name: string, hour: number, entries: string, entry: object) =>
      parsed({
        eventName: name,
        eventId: `${name}-${hour}`,
        createdAt: START + hour * HOUR,
        data: { customerIdentifiers: { customerId: 7 }, [entries]: [entry] },
      });
    const levels = reduceStreaks([
      noTarget('streakLevelAchieved', 2, 'streakData', levelEntry('L_1', '3', '2024-07-24')),
      noTarget('streakLevelAchieved', 3, 'streakData', levelEntry('L_2', '5', '2024-07-24')),
    ]);
    expect(levels).toHaveLength(1);
    const streaks = reduceStreaks([
      noTarget('streakStart', 1, 'streakStartData', { streakName: 'Streak 24 July' }),
      noTarget('streakStart', 2, 'streakStartData', { streakName: 'Streak 25 July' }),
    ]);
    expect(streaks.map((streak) => streak.name)).toEqual(['Streak 24 July', 'Streak 25 July']);
  });

  it('shows every level of a streak that has as many levels as the most it can show', () => {
    const [streak] = reduceStreaks([
      streakEvent('streakCustomerEnrolment', 0, 'streakEnrolmentData', { numberOfLevel: 1000 }),
    ]);
    expect(streak?.levels).toHaveLength(1000);
  });

  it('keeps a streak ended when a level event of the run comes after its end', () => {
    const [streak] = reduceStreaks([
      enrolled,
      started,
      runSample('streakEnd', 2, { numberOfLevelsAchievedByTheUser: '0' }),
      streakEvent(
        'streakLevelAchieved',
        3,
        'streakData',
        levelEntry('Streak 24 July_1', '3', '2024-07-24T16:00:00.000+0000'),
      ),
    ]);
    expect(streak?.status).toBe('ended');
  });

  it('shows a level reached of a streak whose level count reads 0', () => {
    const [streak] = reduceStreaks([
      streakEvent('streakCustomerEnrolment', 0, 'streakEnrolmentData', { numberOfLevel: 0 }),
      firstLevel,
    ]);
    expect(streak?.levels.map((level) => [level.name, level.status])).toEqual([
      ['Streak 24 July_1', 'achieved'],
    ]);
  });

  it('keeps the date a level was achieved when its loss gives another', () => {
    const [streak] = reduceStreaks([
      enrolled,
      started,
      firstLevel,
      secondLevel,
      streakEvent(
        'streakLevelUnAchieved',
        4,
        'streakData',
        levelEntry('Streak 24 July_2', '4', '2024-07-24T18:30:00.000+0000'),
      ),
    ]);
    expect(streak?.levels[1]).toMatchObject({
      status: 'lost',
      achievedAt: new Date('2024-07-24T17:00:00.000Z'),
    });
  });

  it('keeps the start date when the start names the cycle the enrolment did not', () => {
    const enrolment = parsed({
      eventName: 'streakCustomerEnrolment',
      eventId: 'enrolment-without-cycle',
      createdAt: START,
      data: {
        customerIdentifiers: { customerId: 7 },
        targetData: [{ id: target.id, name: target.name }],
        streakEnrolmentData: [
          { numberOfLevel: 2, levelValues: ['3', '5'], startDate: '2024-07-24 14:15:59' },
        ],
      },
    });
    const [streak] = reduceStreaks([enrolment, started]);
    expect(streak).toMatchObject({
      status: 'active',
      cycle: 'Cycle_1',
      startDate: new Date('2024-07-24T14:15:59Z'),
    });
  });

  it('ignores events that are not about streaks', () => {
    const others = ['pointsIssued', 'targetValueAchieved', 'unifiedTargetsAchieved'].map((name) =>
      parsed(webhookFixture(name)),
    );
    expect(reduceStreaks(others)).toEqual([]);
  });
});
