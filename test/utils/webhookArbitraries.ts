import fc from 'fast-check';

/**
 * Arbitraries for sequences of target and streak webhook payloads, modelled on webhook-events.txt
 * and test/fixtures/webhooks: the three envelopes, numbers as numbers or strings ("14.000"),
 * absent values missing, `null` or `"null"`, events arriving in any order.
 */

export type Envelope = 'flat' | 'attributes' | 'body';

/** Wraps header fields and data in one of the three documented envelopes. */
export function envelop(
  envelope: Envelope,
  header: Record<string, unknown>,
  data: unknown,
): unknown {
  const { eventName, eventId, createdAt, ...rest } = header;
  switch (envelope) {
    case 'flat':
      return { ...header, data };
    case 'attributes':
      return { eventId, eventType: `1000_${eventName}`, attributes: { createdAt, data, ...rest } };
    case 'body':
      return { event: { body: { ...header, data } } };
    default:
      return envelope satisfies never;
  }
}

/** When the generated events happen, give or take a few minutes. */
export const TIME = 1_720_000_000_000;

/** A value in thousandths: zero, small, negative, decimal, up to a billion. */
const thousandths = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 20_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: -5_000, max: 0 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 1e12 }) },
);

/** A value as sent: its thousandths (null when absent) and the wire spelling. */
const sentValue = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.constantFrom(undefined, null, 'null').map((sent) => ({ value: null, sent })),
  },
  {
    weight: 4,
    arbitrary: fc.tuple(thousandths, fc.nat({ max: 2 })).map(([value, how]) => ({
      value: value as number | null,
      sent: how === 0 ? value / 1000 : how === 1 ? (value / 1000).toFixed(3) : String(value / 1000),
    })),
  },
);

const TARGET_EVENTS = [
  'targetCustomerEnrolment',
  'targetPeriodStarted',
  'targetAchievedValueUpdated',
  'targetValueUpdated',
  'targetValueAchieved',
  'targetPeriodCompleted',
] as const;

/** One target event of a sequence, as sent, with the values it states. */
export interface TargetDraw {
  name: (typeof TARGET_EVENTS)[number];
  minute: number;
  /** `achievedTargetValue`, in thousandths (not sent by an enrolment). */
  achieved: number | null;
  /** `definedTargetValue`, or an enrolment's `defaultTargetValue`, in thousandths. */
  defined: number | null;
  payload: unknown;
}

/**
 * Target events of one member, target and period, each at its own minute, so the order they
 * happened in is never in doubt. Returns are left out: they are what the document's words
 * decide, not the values stated.
 */
export const targetSequence = fc
  .uniqueArray(
    fc.record({
      name: fc.constantFrom(...TARGET_EVENTS),
      minute: fc.integer({ min: 0, max: 500 }),
      envelope: fc.constantFrom<Envelope>('flat', 'attributes', 'body'),
      achieved: sentValue,
      defined: sentValue,
      current: sentValue,
      targetName: fc.oneof(
        fc.constant(undefined),
        fc.constantFrom('League Stage Reward', 'تحدي الشهر', 'Spend ₹5,000 in June'),
      ),
    }),
    { selector: (draw) => draw.minute, minLength: 1, maxLength: 8 },
  )
  .map((draws) =>
    draws.map((draw, index): TargetDraw => {
      const enrolment = draw.name === 'targetCustomerEnrolment';
      const target = { id: 243, targetGroupId: 163, targetPeriodId: 61, targetPeriodName: 'L1' };
      const data: Record<string, unknown> = enrolment
        ? {
            customerIdentifiers: { customerId: 85950037 },
            targetId: target.id,
            targetName: draw.targetName,
            targetGroupId: target.targetGroupId,
            targetPeriodId: target.targetPeriodId,
            targetPeriodName: target.targetPeriodName,
            defaultTargetValue: draw.defined.sent,
            milestoneDetails: [],
          }
        : {
            customerIdentifiers: { customerId: 85950037 },
            targetDetails: { ...target, name: draw.targetName },
            currentEventTargetValue: draw.current.sent,
            achievedTargetValue: draw.achieved.sent,
            definedTargetValue: draw.defined.sent,
            triggeringActivity: { name: 'TransactionAdd', identifiers: [] },
            milestoneDetails: [],
          };
      for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key];
      return {
        name: draw.name,
        minute: draw.minute,
        achieved: enrolment ? null : draw.achieved.value,
        defined: draw.defined.value,
        payload: envelop(
          draw.envelope,
          {
            eventName: draw.name,
            eventId: `event-${index}`,
            createdAt: TIME + draw.minute * 60_000,
          },
          data,
        ),
      };
    }),
  );

/** Each streak event's name, and the key its data sits under. */
export const STREAK_ENTRIES = {
  streakLevelAchieved: 'streakData',
  streakLevelUnAchieved: 'streakData',
  streakCustomerEnrolment: 'streakEnrolmentData',
  streakCustomerUnEnrolment: 'streakUnEnrolmentData',
  streakStart: 'streakStartData',
  streakEnd: 'streakEndData',
} as const;

/** Streak events of one member and streak, over one or two cycles, in any order. */
export const streakSequence = fc
  .array(
    fc.record({
      name: fc.constantFrom(...(Object.keys(STREAK_ENTRIES) as (keyof typeof STREAK_ENTRIES)[])),
      minute: fc.integer({ min: 0, max: 50 }),
      envelope: fc.constantFrom<Envelope>('flat', 'attributes', 'body'),
      cycle: fc.constantFrom('Cycle_1', 'Cycle_2'),
      level: fc.constantFrom('L_1', 'L_2', 'L_3', 'Gold', null),
      levelValues: fc.constantFrom([], ['3', '5'], ['2', '4', '6'], ['-1', '0'], ['1e3']),
      numberOfLevel: fc.oneof(fc.constant(undefined), fc.constantFrom(0, 2, 3, 'null', 2147483647)),
      value: sentValue,
      achievedCount: fc.option(fc.integer({ min: -1, max: 5 }), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 10 },
  )
  .map((draws) =>
    draws.map((draw, index) => {
      const entry: Record<string, unknown> = {
        streakName: 'Coffee streak',
        streakLevelName: draw.level,
        numberOfLevel: draw.numberOfLevel ?? draw.levelValues.length,
        levelValues: draw.levelValues,
        userCurrentStreakValue: draw.value.sent,
        userStreakValueAtTheStart: draw.value.sent,
        userStreakValueByTheEnd: draw.value.sent,
        numberOfLevelsAchievedByTheUser: draw.achievedCount,
        streakLevelAchievedDate: draw.minute % 2 ? TIME : null,
        startDate: '2024-07-24 14:15:59',
        endDate: '2024-07-25 23:59:59',
      };
      return envelop(
        draw.envelope,
        { eventName: draw.name, eventId: `event-${index}`, createdAt: TIME + draw.minute * 60_000 },
        {
          customerIdentifiers: { customerId: 1 },
          targetData: [{ id: 10, targetPeriodName: draw.cycle }],
          [STREAK_ENTRIES[draw.name]]: [entry],
        },
      );
    }),
  );
