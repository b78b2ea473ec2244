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
 * rule is `ruleExpression` (threshold 3,000), listing `members`; `group` sets another group id or
 * changes its condition.
 */
function unifiedEvent(
  name: 'unifiedTargetsAchieved' | 'unifiedTargetsUnAchieved',
  day: number,
  combinationType: 'ANY' | 'ALL',
  ruleExpression: string,
  members: Member[],
  group: { targetGroupId?: number; condition?: Record<string, unknown> } = {},
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
        targetGroupId: group.targetGroupId ?? 25780,
        targetGroupName: 'Shoes, bags and hats',
        unifiedTargetsAchievementCondition: {
          aggregation: 'SUM',
          combinationType,
          ruleExpression,
          thresholdValue: 3000,
          ...group.condition,
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

  it('keeps two targets of one group apart', () => {
    const other = { ...target, id: 244, name: 'Visit 5 times' };
    const states = reduceTargets([
      targetEvent('targetValueUpdated', 1, { definedTargetValue: '10000' }),
      targetEvent('targetValueUpdated', 2, { targetDetails: other, definedTargetValue: '5' }),
    ]);
    expect(states.map((state) => [state.name, state.definedValue])).toEqual([
      ['Spend 10,000', 10000],
      ['Visit 5 times', 5],
    ]);
  });

  it('keeps targets that give no id apart by their names', () => {
    const { id: _id, ...unnamed } = target;
    const states = reduceTargets([
      targetEvent('targetValueUpdated', 1, { targetDetails: unnamed, definedTargetValue: '10' }),
      targetEvent('targetValueUpdated', 2, {
        targetDetails: { ...unnamed, name: 'Visit 5 times' },
        definedTargetValue: '5',
      }),
    ]);
    expect(states.map((state) => [state.name, state.definedValue])).toEqual([
      ['Spend 10,000', 10],
      ['Visit 5 times', 5],
    ]);
  });

  it('keeps periods that give no id apart by their names', () => {
    const { targetPeriodId: _id, ...noPeriodId } = target;
    const states = reduceTargets([
      targetEvent('targetValueUpdated', 1, { targetDetails: noPeriodId, definedTargetValue: '10' }),
      targetEvent('targetValueUpdated', 2, {
        targetDetails: { ...noPeriodId, targetPeriodName: 'L2' },
        definedTargetValue: '12',
      }),
    ]);
    expect(states.map((state) => [state.period.name, state.definedValue])).toEqual([
      ['L1', 10],
      ['L2', 12],
    ]);
  });

  it('follows one period through an event that leaves out its name', () => {
    const { targetPeriodName: _name, ...noPeriodName } = target;
    const states = reduceTargets([
      enrolment,
      targetEvent('targetAchievedValueUpdated', 1, {
        targetDetails: noPeriodName,
        achievedTargetValue: '3000',
      }),
    ]);
    expect(states).toHaveLength(1);
    expect(states[0]).toMatchObject({ achievedValue: 3000, definedValue: 10000 });
    expect(states[0]?.period.name).toBe('L1');
  });

  it('keeps unified targets of the same name apart by their group ids', () => {
    const shoes = unifiedEvent('unifiedTargetsUnAchieved', 1, 'ANY', '(1 | 2)', [
      [1, 'Shoes', 100, 1000],
    ]);
    const otherGroup = unifiedEvent(
      'unifiedTargetsUnAchieved',
      2,
      'ANY',
      '(3 | 4)',
      [[3, 'Hats', 200, 1000]],
      { targetGroupId: 25781 },
    );
    const states = reduceTargets([shoes, otherGroup]);
    expect(states.map((state) => [state.group.id, state.progressOf])).toEqual([
      [25780, 'Shoes'],
      [25781, 'Hats'],
    ]);
  });

  it('starts the period on the date the enrolment gives, not when the period-started event came', () => {
    const [state] = reduceTargets([enrolment, targetEvent('targetPeriodStarted', 2)]);
    expect(state?.period.start).toEqual(new Date('2024-06-01'));
  });

  it('ends the period when it first completed, though its completion is notified again', () => {
    const [state] = reduceTargets([
      targetEvent('targetAchievedValueUpdated', 1, {
        achievedTargetValue: '3000',
        definedTargetValue: '10000',
      }),
      targetEvent('targetPeriodCompleted', 30),
      targetEvent('targetPeriodCompleted', 31),
    ]);
    expect(state?.period.end).toEqual(new Date(START + 30 * DAY));
  });

  it('shows a target achieved when its period completes, though no event gave its values', () => {
    const [state] = reduceTargets([
      targetEvent('targetValueAchieved', 1),
      targetEvent('targetPeriodCompleted', 30),
    ]);
    expect(state).toMatchObject({
      status: 'achieved',
      periodCompleted: true,
      achievedAt: new Date(START + DAY),
    });
  });

  it('shows a target missed when its period completes unachieved, though no event gave its values', () => {
    const [state] = reduceTargets([
      targetEvent('targetPeriodStarted', 0),
      targetEvent('targetPeriodCompleted', 30),
    ]);
    expect(state).toMatchObject({ status: 'unachieved', periodCompleted: true, achievedAt: null });
  });

  it('keeps the date Capillary gives a milestone the purchase reached', () => {
    const [state] = reduceTargets([
      enrolment,
      targetEvent('targetAchievedValueUpdated', 1, { achievedTargetValue: '1000' }),
      targetEvent('targetAchievedValueUpdated', 3, {
        achievedTargetValue: '6000',
        milestoneDetails: [
          {
            id: 1,
            name: 'Half way',
            valueType: 'AMOUNT',
            definedValue: '5000',
            achievedDate: START + 2 * DAY,
          },
        ],
      }),
    ]);
    expect(state?.milestones[0]?.achievedDate).toEqual(new Date(START + 2 * DAY));
  });

  it('does not date a milestone by a later purchase when the value was already at it', () => {
    // The value reached 5,000 with the first event seen, which gave no date: when is not known.
    const [state] = reduceTargets([
      enrolment,
      targetEvent('targetAchievedValueUpdated', 1, { achievedTargetValue: '5000' }),
      targetEvent('targetAchievedValueUpdated', 2, { achievedTargetValue: '6000' }),
    ]);
    expect(state?.achievedValue).toBe(6000);
    expect(state?.milestones[0]?.achievedDate).toBeNull();
  });

  it('updates a renamed milestone by its id rather than adding another', () => {
    const [state] = reduceTargets([
      enrolment,
      targetEvent('targetValueUpdated', 1, {
        milestoneDetails: [
          { id: 1, name: 'Halfway there', valueType: 'AMOUNT', definedValue: '5000' },
        ],
      }),
    ]);
    expect(state?.milestones.map((milestone) => milestone.name)).toEqual(['Halfway there']);
  });

  it('keeps milestones that give no id apart by their names', () => {
    const [state] = reduceTargets([
      targetEvent('targetValueUpdated', 1, {
        milestoneDetails: [
          { name: 'Bronze', valueType: 'AMOUNT', definedValue: '1000' },
          { name: 'Silver', valueType: 'AMOUNT', definedValue: '5000' },
        ],
      }),
    ]);
    expect(state?.milestones.map((milestone) => milestone.name)).toEqual(['Bronze', 'Silver']);
  });

  it('keeps what a target counts when a later event leaves out the milestone value type', () => {
    const [state] = reduceTargets([
      enrolment,
      targetEvent('targetValueUpdated', 1, {
        milestoneDetails: [{ id: 1, name: 'Half way', valueType: null, definedValue: '5000' }],
      }),
    ]);
    expect(state?.unit).toBe('amount');
  });

  it.each([
    ['VISIT_COUNT', 'count'],
    ['count', 'count'],
    ['QUANTITY', 'count'],
    ['Frequency', 'count'],
    ['VISITS', 'count'],
    ['NUMBER_OF_BILLS', 'count'],
    ['AMOUNT', 'amount'],
    ['amount', 'amount'],
    ['BILL_VALUE', 'amount'],
    ['SPEND', 'amount'],
    ['NET_SALES', 'amount'],
    ['Revenue', 'amount'],
    ['CURRENCY', 'amount'],
    ['LYV', null],
  ])('reads a milestone value type %s as counting %s', (valueType, unit) => {
    const [state] = reduceTargets([
      targetEvent('targetValueUpdated', 1, {
        milestoneDetails: [{ id: 1, name: 'Half way', valueType, definedValue: '5' }],
      }),
    ]);
    expect(state?.unit).toBe(unit);
  });

  it('reads a unified target whose combination is in lower case', () => {
    const [state] = reduceTargets([
      unifiedEvent('unifiedTargetsAchieved', 1, 'any' as 'ANY', '(1 | 2)', [
        [1, 'Shoes', 3000, 1000],
      ]),
      unifiedEvent('unifiedTargetsUnAchieved', 2, 'any' as 'ANY', '(1 | 2)', [
        [2, 'Bags', 100, 1000],
      ]),
    ]);
    expect(state?.unified?.members.map((member) => member.targetName)).toEqual(['Bags']);
    expect(state).toMatchObject({ progressOf: 'Bags', achievedValue: 100, definedValue: 1000 });
  });

  it('keeps every member at its value when a unified ANY target is achieved again by another', () => {
    const [state] = reduceTargets([
      unifiedEvent('unifiedTargetsAchieved', 1, 'ANY', '(1 | 2)', [[1, 'Shoes', 1000, 1000]]),
      unifiedEvent('unifiedTargetsAchieved', 2, 'ANY', '(1 | 2)', [[2, 'Bags', 1000, 1000]]),
    ]);
    expect(state?.unified?.members.map((member) => member.targetName)).toEqual(['Shoes', 'Bags']);
  });

  it('dates the achievement of a unified target by the event that achieved it', () => {
    const [state] = reduceTargets([
      unifiedEvent('unifiedTargetsAchieved', 1, 'ANY', '(1 | 2)', [[1, 'Shoes', 1000, 1000]]),
    ]);
    expect(state?.achievedAt).toEqual(new Date(START + DAY));
  });

  it('drops a member exactly at its value when a unified ANY target is then lost', () => {
    const [state] = reduceTargets([
      unifiedEvent('unifiedTargetsAchieved', 1, 'ANY', '(1 | 2)', [[1, 'Shoes', 1000, 1000]]),
      unifiedEvent('unifiedTargetsUnAchieved', 2, 'ANY', '(1 | 2)', [[2, 'Bags', 100, 1000]]),
    ]);
    expect(state?.unified?.members.map((member) => member.targetName)).toEqual(['Bags']);
  });

  it('does not switch the member a unified ANY target shows when another only draws level', () => {
    const [state] = reduceTargets([
      unifiedEvent('unifiedTargetsUnAchieved', 1, 'ANY', '(1 | 2)', [
        [1, 'Shoes', 500, 1000],
        [2, 'Bags', 500, 1000],
      ]),
    ]);
    expect(state?.progressOf).toBe('Shoes');
  });

  it('counts a member of a unified ALL target that gives no achieved value as not started', () => {
    const event = unifiedEvent('unifiedTargetsUnAchieved', 1, 'ALL', '(1 & 2)', [
      [1, 'Shoes', 0, 1000],
      [2, 'Bags', 500, 1000],
    ]);
    if (event.name !== 'unifiedTargetsUnAchieved') throw new Error('unexpected event');
    const noValue = {
      ...event,
      targetData: event.targetData.map((member, index) =>
        index === 0 ? { ...member, achievedTargetValue: null } : member,
      ),
    };
    expect(reduceTargets([noValue])[0]).toMatchObject({ achievedValue: 500, definedValue: 2000 });
  });

  it('shows the threshold of a unified ALL target when a member gives no value of its own', () => {
    const event = unifiedEvent('unifiedTargetsUnAchieved', 1, 'ALL', '(1 & 2)', [
      [1, 'Shoes', 200, 1000],
      [2, 'Bags', 500, 1000],
    ]);
    if (event.name !== 'unifiedTargetsUnAchieved') throw new Error('unexpected event');
    const noGoal = {
      ...event,
      targetData: event.targetData.map((member, index) =>
        index === 0 ? { ...member, definedTargetValue: null } : member,
      ),
    };
    // The members' SUM out of the threshold is all there is to show.
    expect(reduceTargets([noGoal])[0]).toMatchObject({ achievedValue: 700, definedValue: 3000 });
  });

  it('shows the threshold of a unified target whose combination is not given', () => {
    const unknown = unifiedEvent(
      'unifiedTargetsUnAchieved',
      1,
      'ALL',
      '(1 & 2)',
      [
        [1, 'Shoes', 200, 1000],
        [2, 'Bags', 500, 1000],
      ],
      { condition: { combinationType: null } },
    );
    expect(reduceTargets([unknown])[0]).toMatchObject({ achievedValue: 700, definedValue: 3000 });
  });

  it('leaves the goal of a unified ALL target unknown when members listed so far are exactly at its threshold', () => {
    // "3,000 of 3,000" would read as reached while Hats is still to list.
    const [state] = reduceTargets([
      unifiedEvent('unifiedTargetsUnAchieved', 1, 'ALL', '(1 & 2 & 3)', [
        [1, 'Shoes', 2000, 2000],
        [2, 'Bags', 1000, 1000],
      ]),
    ]);
    expect(state).toMatchObject({ achievedValue: 3000, definedValue: null });
  });

  it('ignores events that are not about targets', () => {
    const others = ['pointsIssued', 'streakStart', 'loyaltyCustomerMerge'].map((name) =>
      parsed(webhookFixture(name)),
    );
    expect(reduceTargets(others)).toEqual([]);
    expect(reduceTargets([...others, enrolment])).toEqual(reduceTargets([enrolment]));
  });
});
