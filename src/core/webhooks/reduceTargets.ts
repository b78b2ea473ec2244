import type {
  LoyaltyWebhookEvent,
  TargetMilestone,
  TargetProgressFields,
  TargetWebhookEvent,
  UnifiedTargetData,
  UnifiedTargetsAchievedEvent,
  UnifiedTargetsUnAchievedEvent,
} from './LoyaltyWebhookEvent.js';
import { orderWebhookEvents } from './orderWebhookEvents.js';

/** The combination rule of a unified target and its member targets. */
export interface UnifiedTargetRule {
  /** `ANY` (one member suffices) or `ALL` (every member must be achieved). */
  combinationType: string | null;
  /** How member values add up, e.g. `SUM`. */
  aggregation: string | null;
  /** The rule over member target ids, e.g. `(49272 | 49273 | 49274)`. */
  ruleExpression: string | null;
  /** The aggregated value to reach. */
  threshold: number | null;
  /**
   * The member targets with their latest values; of an ANY target, less any an event showed at its
   * value before a later un-achievement said none is.
   */
  members: UnifiedTargetData[];
}

/** A customer's progress towards one target (or unified target) in one period. */
export interface TargetState {
  /** Stable identity of this state (customer, target, period). */
  key: string;
  /** `target` for a regular target, `unified` for a unified target (a group of targets). */
  kind: 'target' | 'unified';
  /** Capillary's id of the customer. */
  customerId: number | null;
  /** Id of the target; `null` for a unified target (see `group.id`). */
  targetId: number | null;
  /** Name of the target (of the group, for a unified target). */
  name: string | null;
  /** Description of the target. */
  description: string | null;
  /** The target group. */
  group: {
    /** Id of the group (the unified target's id). */
    id: number | null;
    /** Name of the group. */
    name: string | null;
  };
  /** The period (cycle) this state covers. */
  period: {
    /** Id of the period. */
    id: number | null;
    /** Name of the period, e.g. `Cycle_2`. */
    name: string | null;
    /** When it started: the enrolment's period start date, else when `targetPeriodStarted` came. */
    start: Date | null;
    /** When it ended: when `targetPeriodCompleted` came. */
    end: Date | null;
  };
  /** The value to reach; for a unified target, as `unifiedProgress` works it out from its members. */
  definedValue: number | null;
  /** The value achieved; for a unified target, as `unifiedProgress` works it out from its members. */
  achievedValue: number | null;
  /** For a unified ANY target, the name of the member target the values are of; else `null`. */
  progressOf: string | null;
  /** What the values count, when the payload says (from the milestones' `valueType`). */
  unit: 'amount' | 'count' | null;
  /** The target's milestones with their values and achieved dates. */
  milestones: TargetMilestone[];
  /** When the customer was enrolled; `null` when no enrolment event was seen. */
  enrolledAt: Date | null;
  /**
   * `achieved`, `unachieved` (missed when the period completed, or a unified target lost), or in
   * progress, as Capillary's events say: `inProgress` until `targetValueAchieved` or the period's
   * end comes, even once `achievedValue` reaches `definedValue` (`TargetMilestoneBar` shows such a
   * target as complete).
   */
  status: 'inProgress' | 'achieved' | 'unachieved';
  /** When the target was achieved; `null` while it is not. */
  achievedAt: Date | null;
  /** Whether the period is over. */
  periodCompleted: boolean;
  /** For a unified target, how its members combine; `null` for a regular target. */
  unified: UnifiedTargetRule | null;
  /** Created-at of the latest event folded in. */
  updatedAt: Date | null;
}

// A record rather than a list, so adding a target event to the union without listing it here fails.
const TARGET_EVENTS: Record<TargetWebhookEvent['name'], true> = {
  targetAchievedValueUpdated: true,
  targetValueUpdated: true,
  targetValueAchieved: true,
  targetPeriodStarted: true,
  targetPeriodCompleted: true,
  targetCustomerEnrolment: true,
  unifiedTargetsAchieved: true,
  unifiedTargetsUnAchieved: true,
};

/** Whether `event` is one of the target events `reduceTargets` folds. */
export function isTargetEvent(event: LoyaltyWebhookEvent): event is TargetWebhookEvent {
  return Object.hasOwn(TARGET_EVENTS, event.name);
}

interface TargetIdentity {
  kind: TargetState['kind'];
  targetId: number | null;
  name: string | null;
  description: string | null;
  groupId: number | null;
  groupName: string | null;
  periodId: number | null;
  periodName: string | null;
}

function identify(event: TargetWebhookEvent): TargetIdentity {
  switch (event.name) {
    case 'targetCustomerEnrolment':
      return {
        kind: 'target',
        targetId: event.targetId,
        name: event.targetName,
        description: event.description,
        groupId: event.targetGroupId,
        groupName: event.targetGroupName,
        periodId: event.targetPeriodId,
        periodName: event.targetPeriodName,
      };
    case 'unifiedTargetsAchieved':
    case 'unifiedTargetsUnAchieved': {
      // A unified target has no period of its own; its members' period stands for it.
      const member = event.targetData[0];
      return {
        kind: 'unified',
        targetId: null,
        name: event.unifiedTargetGroupDetails?.targetGroupName ?? null,
        description: null,
        groupId: event.unifiedTargetGroupDetails?.targetGroupId ?? null,
        groupName: event.unifiedTargetGroupDetails?.targetGroupName ?? null,
        periodId: member?.targetPeriodId ?? null,
        periodName: member?.targetPeriodName ?? null,
      };
    }
    case 'targetAchievedValueUpdated':
    case 'targetValueUpdated':
    case 'targetValueAchieved':
    case 'targetPeriodStarted':
    case 'targetPeriodCompleted': {
      const target = event.targetDetails;
      return {
        kind: 'target',
        targetId: target?.id ?? null,
        name: target?.name ?? null,
        description: target?.description ?? null,
        groupId: target?.targetGroupId ?? null,
        groupName: target?.targetGroupName ?? null,
        periodId: target?.targetPeriodId ?? null,
        periodName: target?.targetPeriodName ?? null,
      };
    }
    default:
      return event satisfies never;
  }
}

function keyOf(customerId: number | null, identity: TargetIdentity): string {
  const id = identity.kind === 'unified' ? identity.groupId : (identity.targetId ?? identity.name);
  return [customerId, identity.kind, id, identity.periodId ?? identity.periodName].join('|');
}

function initialState(
  key: string,
  customerId: number | null,
  identity: TargetIdentity,
): TargetState {
  return {
    key,
    kind: identity.kind,
    customerId,
    targetId: null,
    name: null,
    description: null,
    group: { id: null, name: null },
    period: { id: null, name: null, start: null, end: null },
    definedValue: null,
    achievedValue: null,
    progressOf: null,
    unit: null,
    milestones: [],
    enrolledAt: null,
    status: 'inProgress',
    achievedAt: null,
    periodCompleted: false,
    unified: null,
    updatedAt: null,
  };
}

/**
 * Folds target events into one `TargetState` per customer, target and period. Pure: events that
 * are not target events are ignored, redeliveries (same name and event id) count once, and the
 * events are applied in the order they happened, whatever order they arrive in.
 */
export function reduceTargets(events: readonly LoyaltyWebhookEvent[]): TargetState[] {
  const states = new Map<string, TargetState>();
  for (const event of orderWebhookEvents(events)) {
    if (!isTargetEvent(event)) continue;
    const identity = identify(event);
    const key = keyOf(event.customerId, identity);
    const state = states.get(key) ?? initialState(key, event.customerId, identity);
    states.set(key, targetReducer(withIdentity(state, identity, event), event));
  }
  return [...states.values()];
}

function withIdentity(
  state: TargetState,
  identity: TargetIdentity,
  event: TargetWebhookEvent,
): TargetState {
  return {
    ...state,
    targetId: identity.targetId ?? state.targetId,
    name: identity.name ?? state.name,
    description: identity.description ?? state.description,
    group: { id: identity.groupId ?? state.group.id, name: identity.groupName ?? state.group.name },
    period: {
      ...state.period,
      id: identity.periodId ?? state.period.id,
      name: identity.periodName ?? state.period.name,
    },
    updatedAt: event.createdAt ?? state.updatedAt,
  };
}

function targetReducer(state: TargetState, event: TargetWebhookEvent): TargetState {
  switch (event.name) {
    case 'targetCustomerEnrolment':
      return {
        ...withMilestones(state, event.milestoneDetails),
        enrolledAt: event.createdAt ?? state.enrolledAt,
        definedValue: event.defaultTargetValue ?? state.definedValue,
        period: {
          ...state.period,
          start: event.targetPeriodStartDate ?? event.targetCycleStartDate ?? state.period.start,
        },
      };
    case 'targetPeriodStarted': {
      const next = withProgress(state, event);
      // The payload has no start date; its arrival time stands in unless the enrolment gave one.
      return { ...next, period: { ...next.period, start: next.period.start ?? event.createdAt } };
    }
    case 'targetAchievedValueUpdated':
    case 'targetValueUpdated':
      return withProgress(state, event);
    case 'targetValueAchieved':
      return {
        ...withProgress(state, event),
        status: 'achieved',
        achievedAt: event.createdAt ?? state.achievedAt,
      };
    case 'targetPeriodCompleted': {
      const next = withProgress(state, event);
      // The final values decide; the status only stands in when they are unknown.
      const reached =
        next.achievedValue !== null && next.definedValue !== null
          ? next.achievedValue >= next.definedValue
          : next.status === 'achieved';
      return {
        ...next,
        periodCompleted: true,
        period: { ...next.period, end: next.period.end ?? event.createdAt },
        status: reached ? 'achieved' : 'unachieved',
        achievedAt: reached ? (next.achievedAt ?? event.createdAt) : null,
      };
    }
    case 'unifiedTargetsAchieved':
    case 'unifiedTargetsUnAchieved':
      return withUnified(state, event);
    default:
      return event satisfies never;
  }
}

function withProgress(state: TargetState, event: TargetProgressFields): TargetState {
  // webhook-events.txt, "return of purchases": on a ReturnBill, currentEventTargetValue is how
  // much the achieved value went down (sent as a positive number). A group's return (GroupReturnBill,
  // in the document's list of activities) takes back a group purchase alike. The document says
  // brands are notified "about the decreased milestone value": the achieved value a return states
  // is that value (right even after a missed event); only without one does the amount come off.
  const returned =
    /^(group)?returnbill$/i.test(event.triggeringActivity?.name ?? '') &&
    event.currentEventTargetValue !== null &&
    state.achievedValue !== null &&
    event.achievedTargetValue === null;
  const next = {
    ...withMilestones(state, event.milestoneDetails),
    achievedValue: returned
      ? Math.max(0, (state.achievedValue ?? 0) - (event.currentEventTargetValue ?? 0))
      : (event.achievedTargetValue ?? state.achievedValue),
    definedValue: event.definedTargetValue ?? state.definedValue,
  };
  const achieved = next.achievedValue;
  const before = state.achievedValue;
  if (achieved === null || before === null || achieved === before) return next;
  if (achieved > before) {
    // The activity that carried the value past a milestone reached it then. Payloads after a
    // return may leave the date out, and a milestone reached again would read as undated.
    const crossed = ({ definedValue, achievedDate }: TargetMilestone) =>
      achievedDate === null &&
      definedValue !== null &&
      before < definedValue &&
      definedValue <= achieved;
    return {
      ...next,
      milestones: next.milestones.map((milestone) =>
        crossed(milestone) ? { ...milestone, achievedDate: event.createdAt } : milestone,
      ),
    };
  }
  // A return takes back what the purchase counted (the document: the value "will also be decreased
  // accordingly"; the activity list has ReturnTargetCompletedEvent): what lies above the new value
  // is no longer reached.
  const above = (value: number | null) => value !== null && achieved < value;
  const lost = next.status === 'achieved' && above(next.definedValue);
  return {
    ...next,
    milestones: next.milestones.map((milestone) =>
      above(milestone.definedValue) ? { ...milestone, achievedDate: null } : milestone,
    ),
    status: lost ? (next.periodCompleted ? 'unachieved' : 'inProgress') : next.status,
    achievedAt: lost ? null : next.achievedAt,
  };
}

function withMilestones(state: TargetState, incoming: TargetMilestone[]): TargetState {
  if (incoming.length === 0) return state;
  const milestones = [...state.milestones];
  for (const milestone of incoming) {
    const index = milestones.findIndex((known) =>
      milestone.id !== null ? known.id === milestone.id : known.name === milestone.name,
    );
    if (index >= 0) milestones[index] = milestone;
    else milestones.push(milestone);
  }
  return { ...state, milestones, unit: unitOf(milestones) ?? state.unit };
}

function unitOf(milestones: TargetMilestone[]): TargetState['unit'] {
  for (const { valueType } of milestones) {
    if (!valueType) continue;
    if (/count|quantity|frequency|visit|number/i.test(valueType)) return 'count';
    if (/amount|value|spend|sales|revenue|currency/i.test(valueType)) return 'amount';
  }
  return null;
}

function withUnified(
  state: TargetState,
  event: UnifiedTargetsAchievedEvent | UnifiedTargetsUnAchievedEvent,
): TargetState {
  const achieved = event.name === 'unifiedTargetsAchieved';
  const condition = event.unifiedTargetGroupDetails?.unifiedTargetsAchievementCondition;
  const combinationType = condition?.combinationType ?? state.unified?.combinationType ?? null;
  // webhook-events.txt: an un-achievement "notifies when a user does not meet the defined unified
  // target". For ANY, one member at its value would meet it, so a member an earlier event showed
  // there (and this one does not list) is there no longer (a return, say). Its value now is
  // unknown, so it leaves the list rather than show a reach Capillary has just denied. An ALL target
  // is missed by one member short: the others may well still be reached, and stay.
  const denied = !achieved && combinationType?.toUpperCase() === 'ANY';
  const members = (state.unified?.members ?? []).filter(
    (member) => !(denied && isMemberReached(member)),
  );
  for (const member of event.targetData) {
    const index = members.findIndex((known) => known.targetId === member.targetId);
    if (index >= 0) members[index] = member;
    else members.push(member);
  }
  const unified: UnifiedTargetRule = {
    combinationType,
    aggregation: condition?.aggregation ?? state.unified?.aggregation ?? null,
    ruleExpression: condition?.ruleExpression ?? state.unified?.ruleExpression ?? null,
    threshold: condition?.thresholdValue ?? state.unified?.threshold ?? null,
    members,
  };
  return {
    ...state,
    unified,
    ...unifiedProgress(unified, achieved),
    status: achieved ? 'achieved' : 'unachieved',
    achievedAt: achieved ? (event.createdAt ?? state.achievedAt) : null,
  };
}

/** Whether a unified target's member reached its own value, as its latest values say. */
export function isMemberReached({ achievedTargetValue, definedTargetValue }: UnifiedTargetData) {
  return (
    achievedTargetValue !== null &&
    definedTargetValue !== null &&
    achievedTargetValue >= definedTargetValue
  );
}

/**
 * How far a unified target is, from its member targets. The members' own values decide, not the
 * threshold: webhook-events.txt's `unifiedTargetsAchieved` sample is an ANY target
 * `(49272 | 49273 | 49274)` achieved by one member at 3,000 of its 1,000, while the members' SUM
 * (3,000) is short of `thresholdValue` (5,000). So ANY is as far as the member that completed it, or
 * else the nearest; ALL counts each member up to its own value, out of all of them, so that what one
 * overshoots does not hide what another lacks. That same sample lists one of the three members its
 * rule names, so the members listed may not be all of them, and the listed ones alone would read as
 * complete: while a member of its `ruleExpression` is unlisted, an ALL target counts the listed ones
 * up to their values out of the threshold (with no goal once they pass it), unless Capillary says
 * it is `achieved`. Only when the members do not give their values is the threshold (and, for SUM,
 * the members' sum) all there is to show.
 * @param achieved Whether Capillary says the unified target is achieved.
 */
export function unifiedProgress(
  rule: UnifiedTargetRule,
  achieved: boolean,
): Pick<TargetState, 'definedValue' | 'achievedValue' | 'progressOf'> {
  const members = rule.members.flatMap(({ targetName, achievedTargetValue, definedTargetValue }) =>
    definedTargetValue
      ? [
          {
            progressOf: targetName,
            achievedValue: achievedTargetValue ?? 0,
            definedValue: definedTargetValue,
          },
        ]
      : [],
  );
  const share = (member: (typeof members)[number]) => member.achievedValue / member.definedValue;
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const combination = members.length > 0 ? rule.combinationType?.toUpperCase() : null;
  if (combination === 'ANY') {
    return members.reduce((best, member) => (share(member) > share(best) ? member : best));
  }
  const all = combination === 'ALL' && members.length === rule.members.length;
  // The rule's ids are the member targets' (`(49272 & 49273)`); one no event has listed yet is
  // still to reach, however far the listed ones are.
  const listed = (rule.ruleExpression?.match(/\d+/g) ?? []).every((id) =>
    rule.members.some((member) => String(member.targetId) === id),
  );
  const capped = sum(members.map((member) => Math.min(member.achievedValue, member.definedValue)));
  return {
    progressOf: null,
    achievedValue: all
      ? capped
      : rule.aggregation?.toUpperCase() === 'SUM'
        ? sum(rule.members.map((member) => member.achievedTargetValue ?? 0))
        : null,
    // Listed members already past the threshold, with one still to list, leave the goal unknown:
    // "3,500 of 3,000" would read as reached while Capillary says it is not. (A missing threshold
    // is `Number(null)`, 0: no goal either way.)
    definedValue:
      all && (listed || achieved)
        ? sum(members.map((member) => member.definedValue))
        : all && capped >= Number(rule.threshold)
          ? null
          : rule.threshold,
  };
}
