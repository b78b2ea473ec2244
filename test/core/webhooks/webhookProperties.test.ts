import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LoyaltyWebhookEvent } from '../../../src/core/webhooks/LoyaltyWebhookEvent.js';
import { parseLoyaltyWebhook } from '../../../src/core/webhooks/parseLoyaltyWebhook.js';
import { reduceStreaks } from '../../../src/core/webhooks/reduceStreaks.js';
import { reduceTargets } from '../../../src/core/webhooks/reduceTargets.js';
import { type Envelope, envelop, STREAK_ENTRIES, TIME } from '../../utils/webhookArbitraries.js';
import { webhookFixture, webhookFixtureNames } from './webhookFixtures.js';

function parsed(payload: unknown): LoyaltyWebhookEvent {
  const result = parseLoyaltyWebhook(payload);
  if (!result.ok) throw result.error;
  return result.event;
}

// Few customers, targets and times, so that events collide on the same state and the same instant.
const common = {
  envelope: fc.constantFrom<Envelope>('flat', 'attributes', 'body'),
  minute: fc.integer({ min: 0, max: 4 }),
  customerId: fc.constantFrom(1, 2),
  targetId: fc.constantFrom(10, 11),
  periodId: fc.constantFrom(100, 101),
  value: fc.option(fc.integer({ min: 0, max: 5000 }).map(String), { nil: null }),
  activity: fc.constantFrom('TransactionAdd', 'ReturnBill'),
};

const targetPayload = fc
  .record({
    ...common,
    name: fc.constantFrom(
      'targetAchievedValueUpdated',
      'targetValueUpdated',
      'targetValueAchieved',
      'targetPeriodStarted',
      'targetPeriodCompleted',
      'targetCustomerEnrolment',
      'unifiedTargetsAchieved',
      'unifiedTargetsUnAchieved',
    ),
    defined: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: null }),
    current: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
    milestoneAchieved: fc.boolean(),
  })
  .map((draw) => (eventId: string) => {
    const target = { targetId: draw.targetId, targetPeriodId: draw.periodId };
    return envelop(
      draw.envelope,
      { eventName: draw.name, eventId, createdAt: TIME + draw.minute * 60_000, orgId: 1000 },
      {
        customerIdentifiers: { customerId: draw.customerId },
        triggeringActivity: { name: draw.activity, identifiers: [] },
        // Every target event reads its own fields from this superset.
        targetDetails: {
          id: draw.targetId,
          targetPeriodId: draw.periodId,
          name: `T${draw.targetId}`,
        },
        ...target,
        defaultTargetValue: draw.defined,
        achievedTargetValue: draw.value,
        definedTargetValue: draw.defined,
        currentEventTargetValue: draw.current,
        milestoneDetails: [
          {
            id: draw.targetId * 10,
            valueType: 'COUNT',
            definedValue: 3,
            achievedDate: draw.milestoneAchieved ? TIME : null,
          },
        ],
        targetData: [
          { ...target, achievedTargetValue: draw.value, definedTargetValue: draw.defined },
        ],
        unifiedTargetGroupDetails: {
          targetGroupId: draw.targetId + 1000,
          unifiedTargetsAchievementCondition: { aggregation: 'SUM', thresholdValue: draw.defined },
        },
      },
    );
  });

const streakPayload = fc
  .record({
    ...common,
    name: fc.constantFrom(...(Object.keys(STREAK_ENTRIES) as Array<keyof typeof STREAK_ENTRIES>)),
    level: fc.constantFrom('L_1', 'L_2', 'L_3', null),
    levelValues: fc.constantFrom([], ['3', '5'], ['2', '4', '6']),
  })
  .map(
    (draw) => (eventId: string) =>
      envelop(
        draw.envelope,
        { eventName: draw.name, eventId, createdAt: TIME + draw.minute * 60_000 },
        {
          customerIdentifiers: { customerId: draw.customerId },
          targetData: [{ id: draw.targetId, targetPeriodName: `Cycle_${draw.periodId}` }],
          [STREAK_ENTRIES[draw.name]]: [
            {
              streakName: `S${draw.targetId}`,
              streakLevelName: draw.level,
              numberOfLevel: draw.levelValues.length,
              levelValues: draw.levelValues,
              userCurrentStreakValue: draw.value,
              userStreakValueAtTheStart: draw.value,
              userStreakValueByTheEnd: draw.value,
              streakLevelAchievedDate: draw.minute % 2 ? TIME : null,
              startDate: '2024-07-24 14:15:59',
              endDate: '2024-07-25 23:59:59',
            },
          ],
        },
      ),
  );

/** Payload lists whose events each have their own id (a redelivery is a copy of one of them). */
function payloadsOf(payload: fc.Arbitrary<(eventId: string) => unknown>) {
  return fc
    .array(payload, { maxLength: 25 })
    .map((makers) => makers.map((make, index) => make(`event-${index}`)));
}

describe.each([
  ['reduceTargets', reduceTargets, targetPayload],
  ['reduceStreaks', reduceStreaks, streakPayload],
] as const)('%s', (_name, reduce, payload) => {
  it('gives the same state when events are delivered more than once', () => {
    fc.assert(
      fc.property(
        payloadsOf(payload).chain((payloads) =>
          fc.tuple(
            fc.constant(payloads),
            fc.array(fc.nat({ max: Math.max(0, payloads.length - 1) })),
          ),
        ),
        ([payloads, repeats]) => {
          const events = payloads.map(parsed);
          // Redeliveries parse to new objects, as they would from the network.
          const redelivered = repeats.flatMap((index) =>
            payloads[index] ? [parsed(payloads[index])] : [],
          );
          expect(reduce([...events, ...redelivered])).toEqual(reduce(events));
        },
      ),
    );
  });

  it('gives the same state whatever order the events arrive in', () => {
    fc.assert(
      fc.property(
        payloadsOf(payload).chain((payloads) =>
          fc.tuple(
            fc.constant(payloads),
            fc.shuffledSubarray(payloads, {
              minLength: payloads.length,
              maxLength: payloads.length,
            }),
          ),
        ),
        ([payloads, shuffled]) => {
          expect(reduce(shuffled.map(parsed))).toEqual(reduce(payloads.map(parsed)));
        },
      ),
    );
  });
});

/** Every path to a value in a JSON document, e.g. `['attributes', 'data', 'targetDetails']`. */
function pathsOf(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value !== 'object' || value === null) return [path];
  const children = Array.isArray(value)
    ? value.map((item, index) => [index, item] as const)
    : Object.entries(value);
  return [path, ...children.flatMap(([key, child]) => pathsOf(child, [...path, key]))];
}

function mutate(
  document: unknown,
  path: Array<string | number>,
  replacement: unknown,
  remove: boolean,
) {
  if (path.length === 0) return replacement;
  const copy = structuredClone(document) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (remove) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

describe('parseLoyaltyWebhook on hostile input', () => {
  const neverThrows = (payload: unknown) => {
    const result = parseLoyaltyWebhook(payload);
    expect(typeof result.ok).toBe('boolean');
    if (result.ok) {
      reduceTargets([result.event]);
      reduceStreaks([result.event]);
    } else {
      expect(result.error.name).toBe('LoyaltyParseError');
    }
  };

  it('returns a result, never throws, for any value at all', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withObjectString: true,
          withBoxedValues: true,
          withDate: true,
        }),
        neverThrows,
      ),
      { numRuns: 500 },
    );
  });

  it('returns a result, never throws, for the documented samples with any field changed or removed', () => {
    const documents = webhookFixtureNames().map(webhookFixture);
    const mutation = fc
      .constantFrom(...documents)
      .chain((document) =>
        fc.tuple(
          fc.constant(document),
          fc.array(
            fc.tuple(
              fc.constantFrom(...pathsOf(document)),
              fc.anything({ maxDepth: 2 }),
              fc.boolean(),
            ),
            { minLength: 1, maxLength: 4 },
          ),
        ),
      );
    fc.assert(
      fc.property(mutation, ([document, changes]) => {
        let payload: unknown = document;
        for (const [path, replacement, remove] of changes) {
          // Later paths may no longer exist after an earlier change; skip those.
          try {
            payload = mutate(payload, path, replacement, remove);
          } catch {
            continue;
          }
        }
        neverThrows(payload);
      }),
      { numRuns: 500 },
    );
  });

  it('reads a key with a typo the way the documents show them', () => {
    fc.assert(
      fc.property(fc.constantFrom(' ', '  ', '\t'), fc.nat({ max: 5 }), (space, position) => {
        const document = structuredClone(webhookFixture('pointsExpired'));
        const data = document.data as Record<string, unknown>;
        const key = 'pointsExpired';
        const cut = Math.min(position, key.length);
        data[`${key.slice(0, cut)}${space}${key.slice(cut)}`] = data[key];
        delete data[key];
        expect(parsed(document)).toMatchObject({ pointsExpired: 1000 });
      }),
    );
  });
});
