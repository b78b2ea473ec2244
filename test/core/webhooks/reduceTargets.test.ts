import { describe, expect, it } from 'vitest';
import type { LoyaltyWebhookEvent } from '../../../src/core/webhooks/LoyaltyWebhookEvent.js';
import { parseLoyaltyWebhook } from '../../../src/core/webhooks/parseLoyaltyWebhook.js';
import { reduceTargets } from '../../../src/core/webhooks/reduceTargets.js';
import { webhookFixture } from './webhookFixtures.js';

function parsed(payload: unknown): LoyaltyWebhookEvent {
  const result = parseLoyaltyWebhook(payload);
  if (!result.ok) throw result.error;
  return result.event;
}

const DAY = 86_400_000;
const START = Date.UTC(2024, 5, 1);
const target = {
  id: 243,
  name: 'Spend 10,000',
  targetGroupId: 163,
  targetGroupName: 'Lifetime purchases',
  targetPeriodId: 61,
  targetPeriodName: 'L1',
};

/** A flat-envelope target event about `target` for customer 7, `day` days after START. */
function targetEvent(name: string, day: number, data: Record<string, unknown> = {}) {
  return parsed({
    eventName: name,
    eventId: `${name}-${day}`,
    orgId: 1000006,
    createdAt: START + day * DAY,
    data: {
      customerIdentifiers: { customerId: 7 },
      targetDetails: target,
      triggeringActivity: { name: 'TransactionAdd', identifiers: [] },
      ...data,
    },
  });
}

const enrolment = parsed({
  eventName: 'targetCustomerEnrolment',
  eventId: 'enrol',
  createdAt: START,
  data: {
    customerIdentifiers: { customerId: 7 },
    targetId: 243,
    targetName: 'Spend 10,000',
    targetGroupId: 163,
    targetPeriodId: 61,
    targetPeriodName: 'L1',
    targetPeriodStartDate: '2024-06-01',
    defaultTargetValue: '10000.000',
    milestoneDetails: [
      { id: 1, name: 'Half way', valueType: 'AMOUNT', definedValue: '5000', achievedDate: null },
    ],
  },
});

/** The documented targetValueAchieved sample (3 of 3 orders) sent as `name`, `day` days later. */
function achievedSample(name: string, day: number, data: Record<string, unknown> = {}) {
  const payload = structuredClone(webhookFixture('targetValueAchieved'));
  const attributes = payload.attributes as { createdAt: number; data: object };
  return parsed({
    ...payload,
    eventId: `${name}-${day}`,
    eventType: `2013_${name}`,
    attributes: {
      ...attributes,
      eventName: name,
      createdAt: attributes.createdAt + day * DAY,
      data: { ...attributes.data, ...data },
    },
  });
}
const returnBill = { name: 'ReturnBill', identifiers: [] };
/** A return of one order, stating the value it leaves. */
const returnedOne = { triggeringActivity: returnBill, achievedTargetValue: '2.000' };

/**
 * The document's `unifiedTargetsUnAchieved` sample with another rule over other member targets
 * (ids from 49272): its rule names those members, and no others.
 */
function unifiedSample(
  combinationType: 'ANY' | 'ALL',
  members: [achieved: number, defined: number][],
) {
  const payload = structuredClone(webhookFixture('unifiedTargetsUnAchieved'));
  const data = (payload.event as { body: { data: Record<string, unknown> } }).body.data;
  const [sample] = data.targetData as Record<string, unknown>[];
  data.targetData = members.map(([achieved, defined], index) => ({
    ...sample,
    targetId: 49272 + index,
    targetName: `Target ${index + 1}`,
    achievedTargetValue: String(achieved),
    definedTargetValue: String(defined),
  }));
  const group = data.unifiedTargetGroupDetails as Record<string, Record<string, unknown>>;
  const ids = members.map((_, index) => 49272 + index);
  group.unifiedTargetsAchievementCondition = {
    ...group.unifiedTargetsAchievementCondition,
    combinationType,
    ruleExpression: `(${ids.join(combinationType === 'ALL' ? ' & ' : ' | ')})`,
  };
  return parsed(payload);
}

type Member = [targetId: number, targetName: string, achieved: number, defined: number];

/**
 * A flat-envelope unified target event for customer 7, `day` days after START: group 25780, whose
 * rule is `ruleExpression` (threshold 3,000), listing `members`.
 */
function unifiedEvent(
  name: 'unifiedTargetsAchieved' | 'unifiedTargetsUnAchieved',
  day: number,
  combinationType: 'ANY' | 'ALL',
  ruleExpression: string,
  members: Member[],
) {
  return parsed({
    eventName: name,
    eventId: `${name}-${day}`,
    createdAt: START + day * DAY,
    data: {
      customerIdentifiers: { customerId: 7 },
      targetData: members.map(([targetId, targetName, achieved, defined]) => ({
        targetId,
        targetName,
        achievedTargetValue: `${achieved}.000`,
        definedTargetValue: `${defined}.000`,
        targetPeriodId: 5,
        targetPeriodName: 'P1',
      })),
      unifiedTargetGroupDetails: {
        targetGroupId: 25780,
        targetGroupName: 'Shoes, bags and hats',
        unifiedTargetsAchievementCondition: {
          aggregation: 'SUM',
          combinationType,
          ruleExpression,
          thresholdValue: 3000,
        },
      },
    },
  });
}

describe('reduceTargets', () => {
  it('follows a target from enrolment to achievement and the end of its period', () => {
    const events = [
      enrolment,
      targetEvent('targetAchievedValueUpdated', 1, {
        currentEventTargetValue: '6000',
        achievedTargetValue: '6000.000',
        definedTargetValue: '10000.000',
        milestoneDetails: [
          {
            id: 1,
            name: 'Half way',
            valueType: 'AMOUNT',
            definedValue: '5000',
            achievedDate: START + DAY,
          },
        ],
      }),
      targetEvent('targetValueAchieved', 2, {
        currentEventTargetValue: '4000',
        achievedTargetValue: '10000.000',
        definedTargetValue: '10000.000',
      }),
      targetEvent('targetPeriodCompleted', 30, { achievedTargetValue: '10000.000' }),
    ];
    expect(reduceTargets(events)).toEqual([
      expect.objectContaining({
        kind: 'target',
        customerId: 7,
        targetId: 243,
        name: 'Spend 10,000',
        group: { id: 163, name: 'Lifetime purchases' },
        period: { id: 61, name: 'L1', start: new Date(START), end: new Date(START + 30 * DAY) },
        definedValue: 10000,
        achievedValue: 10000,
        unit: 'amount',
        milestones: [
          {
            id: 1,
            name: 'Half way',
            valueType: 'AMOUNT',
            definedValue: 5000,
            achievedDate: new Date(START + DAY),
          },
        ],
        enrolledAt: new Date(START),
        status: 'achieved',
        achievedAt: new Date(START + 2 * DAY),
        periodCompleted: true,
      }),
    ]);
  });

  it('lowers the achieved value by the returned amount when a purchase is returned', () => {
    // The document's example: 3000 achieved, then a ReturnBill of 400.
    const purchase = structuredClone(webhookFixture('targetAchievedValueUpdated'));
    const data = (purchase.attributes as { data: Record<string, unknown> }).data;
    data.achievedTargetValue = '3000.000';
    data.definedTargetValue = '10000.000';
    const returned = structuredClone(purchase);
    returned.eventId = 'return-1';
    const returnData = returned.attributes as { createdAt: number; data: Record<string, unknown> };
    returnData.createdAt += DAY;
    // A return that does not state the value it left.
    delete returnData.data.achievedTargetValue;
    returnData.data.currentEventTargetValue = '400';
    (returnData.data.triggeringActivity as { name: string }).name = 'ReturnBill';

    const [state] = reduceTargets([parsed(returned), parsed(purchase)]);
    expect(state?.achievedValue).toBe(2600);
  });

  it('shows the achieved value a return states, even when an earlier purchase never arrived', () => {
    const states = reduceTargets([
      targetEvent('targetAchievedValueUpdated', 1, { achievedTargetValue: '1000' }),
      // A purchase on day 2 took it to 3000; its event was lost on a reconnect.
      targetEvent('targetAchievedValueUpdated', 3, {
        currentEventTargetValue: '400',
        achievedTargetValue: '2600',
        triggeringActivity: { name: 'ReturnBill', identifiers: [] },
      }),
    ]);
    expect(states[0]?.achievedValue).toBe(2600);
  });

  it('shows the value a return states after returning the purchase whose event was lost', () => {
    const states = reduceTargets([
      targetEvent('targetAchievedValueUpdated', 1, { achievedTargetValue: '3000' }),
      // A purchase of 400 on day 2 took it to 3400; its event was lost. Day 3 returns it.
      targetEvent('targetAchievedValueUpdated', 3, {
        currentEventTargetValue: '400',
        achievedTargetValue: '3000',
        triggeringActivity: { name: 'ReturnBill', identifiers: [] },
      }),
    ]);
    expect(states[0]?.achievedValue).toBe(3000);
  });

  it('never shows a negative achieved value after a return', () => {
    const states = reduceTargets([
      targetEvent('targetAchievedValueUpdated', 1, { achievedTargetValue: '300' }),
      targetEvent('targetAchievedValueUpdated', 2, {
        currentEventTargetValue: '400',
        achievedTargetValue: null,
        triggeringActivity: { name: 'ReturnBill', identifiers: [] },
      }),
    ]);
    expect(states[0]?.achievedValue).toBe(0);
  });

  it('shows a unified target as unachieved when that came after its achievement, in any arrival order', () => {
    const achieved = webhookFixture('unifiedTargetsAchieved');
    const unachieved = structuredClone(webhookFixture('unifiedTargetsUnAchieved'));
    // The document's two samples share one event id and time; make them two real events.
    const body = (unachieved.event as { body: Record<string, unknown> }).body;
    body.eventId = 'unachieved-1';
    body.createdAt = (body.createdAt as number) + DAY;

    for (const events of [
      [parsed(achieved), parsed(unachieved)],
      [parsed(unachieved), parsed(achieved)],
    ]) {
      expect(reduceTargets(events)).toEqual([
        expect.objectContaining({
          kind: 'unified',
          targetId: null,
          name: 'uniFIEDTargetsANYCase',
          group: { id: 25780, name: 'uniFIEDTargetsANYCase' },
          period: { id: 32436, name: 'Period1', start: null, end: null },
          status: 'unachieved',
          achievedAt: null,
          definedValue: 3000,
          achievedValue: 1000,
          progressOf: 'TARGETSFORUNIFIED1',
          unified: {
            combinationType: 'ANY',
            aggregation: 'SUM',
            ruleExpression: '(49272 | 49273 | 49274)',
            threshold: 5000,
            members: [
              {
                targetId: 49272,
                targetName: 'TARGETSFORUNIFIED1',
                targetPeriodId: 32436,
                targetPeriodName: 'Period1',
                achievedTargetValue: 1000,
                definedTargetValue: 3000,
              },
            ],
          },
        }),
      ]);
    }
  });

  it('lowers the achieved value when a group purchase is returned', () => {
    const states = reduceTargets([
      targetEvent('targetAchievedValueUpdated', 1, { achievedTargetValue: '3000' }),
      targetEvent('targetAchievedValueUpdated', 2, {
        currentEventTargetValue: '400',
        achievedTargetValue: null,
        triggeringActivity: { name: 'GroupReturnBill', identifiers: [] },
      }),
    ]);
    expect(states[0]?.achievedValue).toBe(2600);
  });

  it('shows a unified ANY target as far as the member target that completed it', () => {
    // The document's sample: achieved with one member at 3,000 of its 1,000, though the members'
    // sum (3,000) is short of the group's threshold (5,000).
    const [state] = reduceTargets([parsed(webhookFixture('unifiedTargetsAchieved'))]);
    expect(state).toMatchObject({
      status: 'achieved',
      progressOf: 'TARGETSFORUNIFIED1',
      achievedValue: 3000,
      definedValue: 1000,
    });
    // Under way, it is as far as its nearest member.
    const [underWay] = reduceTargets([
      unifiedSample('ANY', [
        [300, 1000],
        [2000, 4000],
      ]),
    ]);
    expect(underWay).toMatchObject({
      progressOf: 'Target 2',
      achievedValue: 2000,
      definedValue: 4000,
    });
  });

  it('counts each member of a unified ALL target only up to its own value', () => {
    // What one member overshoots does not make up for what another still lacks.
    const [state] = reduceTargets([
      unifiedSample('ALL', [
        [3000, 1000],
        [400, 2000],
      ]),
    ]);
    expect(state).toMatchObject({ progressOf: null, achievedValue: 1400, definedValue: 3000 });
  });

  it('does not work out a unified ALL target as complete while a member its rule names is unlisted', () => {
    // One of the three members, at its value: the other two are still to reach.
    const shoes = unifiedEvent('unifiedTargetsUnAchieved', 1, 'ALL', '(1 & 2 & 3)', [
      [1, 'Shoes', 1000, 1000],
    ]);
    const [state] = reduceTargets([shoes]);
    expect(state).toMatchObject({
      status: 'unachieved',
      progressOf: null,
      achievedValue: 1000,
      definedValue: 3000,
    });
    // Once every member is listed, their own values decide.
    const others = unifiedEvent('unifiedTargetsUnAchieved', 2, 'ALL', '(1 & 2 & 3)', [
      [2, 'Bags', 200, 1000],
      [3, 'Hats', 0, 500],
    ]);
    expect(reduceTargets([shoes, others])[0]).toMatchObject({
      achievedValue: 1200,
      definedValue: 2500,
    });
  });

  it('leaves the goal of a unified ALL target unknown when members listed so far pass its threshold', () => {
    // 3,500 of the 3,000 threshold, with Hats still to list: "3,500 of 3,000" would read as reached.
    const [state] = reduceTargets([
      unifiedEvent('unifiedTargetsUnAchieved', 1, 'ALL', '(1 & 2 & 3)', [
        [1, 'Shoes', 2000, 2000],
        [2, 'Bags', 1500, 1500],
      ]),
    ]);
    expect(state).toMatchObject({ status: 'unachieved', achievedValue: 3500, definedValue: null });
  });

  it('shows a unified ALL target Capillary says is achieved as complete, though it lists one member', () => {
    const [state] = reduceTargets([
      unifiedEvent('unifiedTargetsAchieved', 1, 'ALL', '(1 & 2 & 3)', [[1, 'Shoes', 1000, 1000]]),
    ]);
    expect(state).toMatchObject({ status: 'achieved', achievedValue: 1000, definedValue: 1000 });
  });

  it('shows a unified ANY target lost again as far as the members the loss leaves, not the one that completed it', () => {
    const [state] = reduceTargets([
      unifiedEvent('unifiedTargetsAchieved', 1, 'ANY', '(1 | 2 | 3)', [[1, 'Shoes', 3000, 1000]]),
      unifiedEvent('unifiedTargetsUnAchieved', 2, 'ANY', '(1 | 2 | 3)', [[2, 'Bags', 100, 1000]]),
      unifiedEvent('unifiedTargetsUnAchieved', 3, 'ANY', '(1 | 2 | 3)', [[3, 'Hats', 400, 1000]]),
    ]);
    // Missed means no member is at its value: the one that was is no longer (its value now is not
    // known), while the ones short of theirs stay.
    expect(state?.unified?.members.map((member) => member.targetName)).toEqual(['Bags', 'Hats']);
    expect(state).toMatchObject({
      status: 'unachieved',
      progressOf: 'Hats',
      achievedValue: 400,
      definedValue: 1000,
    });
  });

  it('shows a target as in progress again after a return takes it below the goal', () => {
    const [state] = reduceTargets([
      achievedSample('targetValueAchieved', 0),
      achievedSample('targetAchievedValueUpdated', 1, returnedOne),
    ]);
    expect(state).toMatchObject({
      achievedValue: 2,
      definedValue: 3,
      status: 'inProgress',
      achievedAt: null,
    });
  });

  it('shows a target as missed when its period completes after a return took it below the goal', () => {
    const [state] = reduceTargets([
      achievedSample('targetValueAchieved', 0),
      achievedSample('targetAchievedValueUpdated', 1, returnedOne),
      achievedSample('targetPeriodCompleted', 30, { achievedTargetValue: '2.000' }),
    ]);
    expect(state).toMatchObject({ achievedValue: 2, status: 'unachieved', achievedAt: null });
    // The completion alone says so too, should the return's event never arrive.
    const [unnoticed] = reduceTargets([
      achievedSample('targetValueAchieved', 0),
      achievedSample('targetPeriodCompleted', 30, { achievedTargetValue: '2.000' }),
    ]);
    expect(unnoticed).toMatchObject({ status: 'unachieved', achievedAt: null });
  });

  it('shows a milestone as not reached once a return takes the value below it', () => {
    const milestones = (achievedDate: number | null) => ({
      milestoneDetails: [
        { id: 1, name: 'Two orders', valueType: 'COUNT', definedValue: '2', achievedDate: null },
        { id: 2, name: 'Three orders', valueType: 'COUNT', definedValue: '3', achievedDate },
      ],
    });
    const [state] = reduceTargets([
      achievedSample('targetValueAchieved', 0, milestones(START)),
      achievedSample('targetAchievedValueUpdated', 1, returnedOne),
    ]);
    expect(state?.milestones.map((milestone) => milestone.achievedDate)).toEqual([null, null]);
  });

  it('dates a milestone reached again after a return by the purchase that reached it', () => {
    const milestones = {
      milestoneDetails: [
        { id: 2, name: 'Three orders', valueType: 'COUNT', definedValue: '3', achievedDate: null },
      ],
    };
    const [state] = reduceTargets([
      achievedSample('targetValueAchieved', 0, milestones),
      achievedSample('targetAchievedValueUpdated', 1, returnedOne),
      achievedSample('targetValueAchieved', 5, { ...milestones, currentEventTargetValue: '1' }),
    ]);
    const reachedAgain = reduceTargets([achievedSample('targetValueAchieved', 5)])[0]?.updatedAt;
    expect(state?.milestones[0]?.achievedDate).toEqual(reachedAgain);
    expect(state).toMatchObject({ achievedValue: 3, status: 'achieved' });
  });

  it('keeps a milestone reached when a return leaves the value exactly at it', () => {
    const milestones = {
      milestoneDetails: [
        { id: 1, name: 'Two orders', valueType: 'COUNT', definedValue: '2', achievedDate: START },
      ],
    };
    const [state] = reduceTargets([
      achievedSample('targetValueAchieved', 0, milestones),
      achievedSample('targetAchievedValueUpdated', 1, returnedOne),
    ]);
    expect(state?.achievedValue).toBe(2);
    expect(state?.milestones[0]?.achievedDate).toEqual(new Date(START));
  });

  it('shows a target as missed, not in progress, when a return after its period ended takes it below the goal', () => {
    const [state] = reduceTargets([
      achievedSample('targetValueAchieved', 0),
      achievedSample('targetPeriodCompleted', 30),
      achievedSample('targetAchievedValueUpdated', 31, returnedOne),
    ]);
    expect(state).toMatchObject({
      achievedValue: 2,
      periodCompleted: true,
      status: 'unachieved',
      achievedAt: null,
    });
  });

  it("starts the period on the enrolment's cycle start date when it gives no period start date", () => {
    const payload = {
      eventName: 'targetCustomerEnrolment',
      eventId: 'enrol-cycle',
      createdAt: START + 3 * DAY,
      data: {
        customerIdentifiers: { customerId: 7 },
        targetId: 243,
        targetPeriodId: 61,
        targetCycleStartDate: '2024-06-01',
      },
    };
    const [expected] = reduceTargets([enrolment]);
    const [state] = reduceTargets([parsed(payload)]);
    expect(expected?.period.start).not.toBeNull();
    expect(state?.period.start).toEqual(expected?.period.start);
  });

  it('marks a target missed when its period completes short of the value', () => {
    const [state] = reduceTargets([
      targetEvent('targetAchievedValueUpdated', 1, {
        achievedTargetValue: '300',
        definedTargetValue: '1000',
      }),
      targetEvent('targetPeriodCompleted', 30),
    ]);
    expect(state).toMatchObject({
      status: 'unachieved',
      periodCompleted: true,
      achievedValue: 300,
    });
  });

  it('keeps targets of different periods and customers apart', () => {
    const nextPeriod = targetEvent('targetPeriodStarted', 31, {
      targetDetails: { ...target, targetPeriodId: 62, targetPeriodName: 'L2' },
      definedTargetValue: '12000',
    });
    const otherCustomer = targetEvent('targetValueUpdated', 3, {
      customerIdentifiers: { customerId: 8 },
      definedTargetValue: '500',
    });
    const states = reduceTargets([enrolment, nextPeriod, otherCustomer]);
    expect(
      states.map((state) => [state.customerId, state.period.name, state.definedValue]),
    ).toEqual([
      [7, 'L1', 10000],
      [8, 'L1', 500],
      [7, 'L2', 12000],
    ]);
    expect(states[2]?.period.start).toEqual(new Date(START + 31 * DAY));
  });

  it('ignores events that are not about targets', () => {
    const others = ['pointsIssued', 'streakStart', 'loyaltyCustomerMerge'].map((name) =>
      parsed(webhookFixture(name)),
    );
    expect(reduceTargets(others)).toEqual([]);
    expect(reduceTargets([...others, enrolment])).toEqual(reduceTargets([enrolment]));
  });
});
