import type { LedgerEvent, LedgerPointsEarned } from '../../core/ledger/LedgerEvent.js';
import { plainDate, plainNumber } from '../shared/plainValues.js';
import type { TargetMilestoneBarProps } from './TargetMilestoneBar.js';

/** A milestone as the bar shows it: in order of value, numbered from 1, with its reward. */
interface MilestoneView {
  number: number;
  name: string | null;
  value: number;
  achievedAt: Date | null;
  reached: boolean;
  points: number | null;
}

/** A milestone with its values read; one whose value cannot be read is left out. */
interface MilestoneInput {
  name: string | null;
  value: number;
  achievedAt: Date | null;
  points: number | null;
}

/** The spendable points (regular and promo; promised ones are not yet) listed in `earned`. */
function listedPoints(earned: LedgerPointsEarned | null | undefined): number[] {
  return [...(earned?.regular ?? []), ...(earned?.promo ?? [])].flatMap(({ value }) => value ?? []);
}

/** The points a `TargetCompleted` ledger event awarded for this milestone, if one matches. */
function ledgerPoints(
  events: readonly LedgerEvent[],
  milestone: MilestoneInput,
  targetId: number | null,
): number | null {
  for (const event of events) {
    // Events not passed through normalizeLedgerPage have no `targets` list: they say nothing here.
    if (!Array.isArray(event?.targets)) continue;
    for (const target of event.targets) {
      if (targetId !== null && target.targetId !== null && target.targetId !== String(targetId)) {
        continue;
      }
      const byName = Boolean(milestone.name) && target.milestoneName === milestone.name;
      const byValue = target.triggerValue !== null && target.triggerValue === milestone.value;
      if (!byName && !byValue) continue;
      // Capillary may send a target an empty `pointsEarned` and the points at the event's top
      // level; those are this target's only when it is the event's one target.
      let points = listedPoints(target.pointsEarned);
      if (points.length === 0 && event.targets.length === 1) {
        points = listedPoints(event.pointsEarned);
      }
      // No points listed is no reward known: "+0 points" would say it earned nothing.
      if (points.length > 0) return points.reduce((sum, value) => sum + value);
    }
  }
  return null;
}

/**
 * The milestones of a target's plain props (else of its `target`), reached once dated or once
 * `achieved` passes them. A reward comes from the milestone's own `points`, else `rewards` by name
 * or value, else a matching `TargetCompleted` ledger event.
 */
export function targetMilestones(
  props: TargetMilestoneBarProps,
  achieved: number | null,
  timeZone: string,
): MilestoneView[] {
  const targetId = props.target?.targetId ?? null;
  const reward = (key: string) => plainNumber(props.rewards?.[key]);
  const given =
    props.milestones ??
    (props.target?.milestones ?? []).map((milestone) => ({
      name: milestone.name,
      value: milestone.definedValue,
      achievedAt: milestone.achievedDate,
      points: null,
    }));
  return given
    .flatMap((milestone): MilestoneInput[] => {
      const value = plainNumber(milestone.value);
      return value === null
        ? []
        : [
            {
              name: milestone.name ?? null,
              value,
              achievedAt: plainDate(milestone.achievedAt, timeZone),
              points: plainNumber(milestone.points),
            },
          ];
    })
    .sort((first, second) => first.value - second.value)
    .map((milestone, index) => ({
      ...milestone,
      number: index + 1,
      reached: milestone.achievedAt !== null || (achieved !== null && achieved >= milestone.value),
      points:
        milestone.points ??
        (milestone.name === null ? null : reward(milestone.name)) ??
        reward(String(milestone.value)) ??
        ledgerPoints(props.ledgerEvents ?? [], milestone, targetId),
    }));
}
