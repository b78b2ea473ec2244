import type { LedgerEvent } from '../../core/ledger/LedgerEvent.js';
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
      // The event's own points are this target's only when it is the event's one target.
      const promo =
        target.pointsEarned?.promo ??
        (event.targets.length === 1 ? event.pointsEarned?.promo : null);
      return promo && promo.reduce((sum, entry) => sum + (entry.value ?? 0), 0);
    }
  }
  return null;
}

function milestoneInputs(props: TargetMilestoneBarProps, timeZone: string): MilestoneInput[] {
  if (props.milestones !== undefined) {
    return props.milestones.flatMap((milestone) => {
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
    });
  }
  return (props.target?.milestones ?? []).flatMap((milestone) =>
    milestone.definedValue === null
      ? []
      : [
          {
            name: milestone.name,
            value: milestone.definedValue,
            achievedAt: milestone.achievedDate,
            points: null,
          },
        ],
  );
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
  return milestoneInputs(props, timeZone)
    .sort((first, second) => first.value - second.value)
    .map((milestone, index) => {
      const { name, value, achievedAt } = milestone;
      return {
        number: index + 1,
        name,
        value,
        achievedAt,
        reached: achievedAt !== null || (achieved !== null && achieved >= value),
        points:
          milestone.points ??
          (name === null ? null : reward(name)) ??
          reward(String(value)) ??
          ledgerPoints(props.ledgerEvents ?? [], milestone, targetId),
      };
    });
}
