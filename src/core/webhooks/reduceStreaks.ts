import type {
  LoyaltyWebhookEvent,
  StreakEntry,
  StreakWebhookEvent,
  TargetDetails,
} from './LoyaltyWebhookEvent.js';
import { orderWebhookEvents } from './orderWebhookEvents.js';

/** One level of a streak. */
export interface StreakLevel {
  /** Position of the level, from 1. */
  number: number;
  /** Name of the level, once a level event named it. */
  name: string | null;
  /** Streak value that reaches the level (from `levelValues`), when known. */
  value: number | null;
  /** `achieved`, `lost` (achieved, then un-achieved, e.g. after a return) or still `pending`. */
  status: 'pending' | 'achieved' | 'lost';
  /** When the level was achieved (kept when it is lost). */
  achievedAt: Date | null;
  /** When the level was lost; `null` unless `status` is `lost`. */
  lostAt: Date | null;
}

/** A customer's progress in one streak. */
export interface StreakState {
  /** Stable identity of this state (customer and streak). */
  key: string;
  /** Capillary's id of the customer. */
  customerId: number | null;
  /** Id of the target behind the streak. */
  targetId: number | null;
  /** Id of the streak, once a level event named it. */
  streakId: string | null;
  /** Name of the streak. */
  name: string | null;
  /** Description of the streak. */
  description: string | null;
  /** Name of the current cycle (target period), e.g. `Cycle_1`. */
  cycle: string | null;
  /** How many levels the streak has, when the payload says. */
  levelCount: number | null;
  /** The levels with their values, and which are achieved or lost. */
  levels: StreakLevel[];
  /** The customer's current streak value. */
  currentValue: number | null;
  /** When the streak starts. */
  startDate: Date | null;
  /** When the streak ends. */
  endDate: Date | null;
  /**
   * `enrolled`, `active` (started or a level reached), `ended`, or `unenrolled`, as the events
   * say. No event comes when `endDate` simply goes by: an `enrolled` or `active` streak whose
   * `endDate` has passed is over (`StreakProgress` reads it "Ended").
   */
  status: 'enrolled' | 'active' | 'ended' | 'unenrolled';
  /** Created-at of the latest event folded in. */
  updatedAt: Date | null;
}

const STREAK_EVENTS: Record<StreakWebhookEvent['name'], true> = {
  streakLevelAchieved: true,
  streakLevelUnAchieved: true,
  streakCustomerEnrolment: true,
  streakCustomerUnEnrolment: true,
  streakStart: true,
  streakEnd: true,
};

/** Whether `event` is one of the streak events `reduceStreaks` folds. */
export function isStreakEvent(event: LoyaltyWebhookEvent): event is StreakWebhookEvent {
  return Object.hasOwn(STREAK_EVENTS, event.name);
}

/** More levels than any streak has: a count above it is a corrupt payload, not a plan. */
export const MAX_LEVELS = 1000;

const BLANK_ENTRY: StreakEntry = {
  streakName: null,
  streakId: null,
  userStreakId: null,
  descriptionOfTheStreak: null,
  numberOfLevel: null,
  levelValues: [],
  startDate: null,
  endDate: null,
  streakLevelName: null,
  streakLevelAchievedDate: null,
  userCurrentStreakValue: null,
  userStreakValueAtTheStart: null,
  userStreakValueByTheEnd: null,
  numberOfLevelsAchievedByTheUser: null,
  levelsAchievedByTheUser: [],
};

/**
 * Folds streak events into one `StreakState` per customer and streak. Pure: events that are not
 * streak events are ignored, redeliveries (same name and event id) count once, and the events are
 * applied in the order they happened, whatever order they arrive in.
 */
export function reduceStreaks(events: readonly LoyaltyWebhookEvent[]): StreakState[] {
  const ordered = orderWebhookEvents(events).filter(isStreakEvent);
  const periods = periodTimes(ordered);
  const states = new Map<string, StreakState>();
  for (const event of ordered) {
    for (const { key, entry, target } of streakEntries(event)) {
      const state = states.get(key) ?? initialState(key, event.customerId);
      // A cycle's end (stamped when it is processed, not at the cycle's end) or a return's loss can
      // arrive after the next cycle started: it is about a run the state no longer shows. Leaving
      // a streak ends every cycle, whichever one the event names.
      const cycle = target?.targetPeriodName ?? null;
      if (state.cycle !== null && cycle !== null && isEarlier(periods, key, cycle, state.cycle)) {
        if (event.name === 'streakCustomerUnEnrolment') {
          states.set(key, { ...state, status: 'unenrolled', updatedAt: event.createdAt });
        }
        continue;
      }
      states.set(key, streakReducer(withPlan(state, event, entry, target), event, entry));
    }
  }
  return [...states.values()];
}

function streakEntries(event: StreakWebhookEvent) {
  const entries = event.streaks.length > 0 ? event.streaks : [BLANK_ENTRY];
  return entries.map((entry, index) => {
    const target = event.targets[index] ?? event.targets[0] ?? null;
    // Only level events name the streak's id, and names differ between event kinds; the
    // target behind the streak is what every streak event names.
    const key = [event.customerId, target?.id ?? entry.streakId ?? entry.streakName].join('|');
    return { key, entry, target };
  });
}

/** The earliest times the events give for a cycle of a streak. */
interface PeriodTime {
  /** Earliest start or end date (sent without a time zone, so compared only with each other). */
  date: number;
  /** Earliest instant: an event's created-at or a level's achieved date. */
  instant: number;
}

function periodTimes(events: readonly StreakWebhookEvent[]): Map<string, PeriodTime> {
  const times = new Map<string, PeriodTime>();
  const earliest = (dates: Array<Date | null>, since: number) =>
    Math.min(since, ...dates.map((date) => date?.getTime() ?? Infinity));
  for (const event of events) {
    for (const { key, entry, target } of streakEntries(event)) {
      if (!target?.targetPeriodName) continue;
      const period = `${key}|${target.targetPeriodName}`;
      const time = times.get(period) ?? { date: Infinity, instant: Infinity };
      times.set(period, {
        date: earliest([entry.startDate, entry.endDate], time.date),
        instant: earliest([event.createdAt, entry.streakLevelAchievedDate], time.instant),
      });
    }
  }
  return times;
}

/**
 * Whether cycle `a` of a streak ran before cycle `b`. Cycles do not overlap, so the one with the
 * earlier dates came first; failing dates that tell them apart, the one seen earlier did.
 */
function isEarlier(periods: Map<string, PeriodTime>, key: string, a: string, b: string): boolean {
  const first = periods.get(`${key}|${a}`);
  const second = periods.get(`${key}|${b}`);
  if (!first || !second || a === b) return false;
  if (Number.isFinite(first.date) && Number.isFinite(second.date) && first.date !== second.date) {
    return first.date < second.date;
  }
  return first.instant < second.instant;
}

function initialState(key: string, customerId: number | null): StreakState {
  return {
    key,
    customerId,
    targetId: null,
    streakId: null,
    name: null,
    description: null,
    cycle: null,
    levelCount: null,
    levels: [],
    currentValue: null,
    startDate: null,
    endDate: null,
    status: 'enrolled',
    updatedAt: null,
  };
}

function withPlan(
  state: StreakState,
  event: StreakWebhookEvent,
  entry: StreakEntry,
  target: TargetDetails | null,
): StreakState {
  // All cycles of a streak fold into one state, so a start or an enrolment after the last run
  // ended, or in another cycle, begins a new run: nothing of the old one is reached or due in it.
  const cycle = target?.targetPeriodName ?? state.cycle;
  const newRun =
    (event.name === 'streakStart' || event.name === 'streakCustomerEnrolment') &&
    (state.status === 'ended' || (state.cycle !== null && cycle !== state.cycle));
  // A level count no streak could have (a corrupt `numberOfLevel` of 2147483647) would build that
  // many levels and run the page out of memory: beyond MAX_LEVELS, only the values listed count.
  const claimed = (entry.numberOfLevel ?? 0) <= MAX_LEVELS ? (entry.numberOfLevel ?? 0) : 0;
  const count = Math.max(claimed, entry.levelValues.length, state.levels.length);
  const levels: StreakLevel[] = [];
  for (let index = 0; index < count; index++) {
    const known = state.levels[index];
    // A level keeps its name across runs: later level events find it by that name.
    const level =
      known && !newRun ? known : { ...pendingLevel(index + 1), name: known?.name ?? null };
    levels.push({ ...level, value: entry.levelValues[index] ?? known?.value ?? null });
  }
  const run = newRun ? { currentValue: null, startDate: null, endDate: null } : state;
  const isLevelEvent =
    event.name === 'streakLevelAchieved' || event.name === 'streakLevelUnAchieved';
  return {
    ...state,
    targetId: target?.id ?? state.targetId,
    streakId: entry.streakId ?? state.streakId,
    // Level events repeat the level's name as the streak's; the other events name the streak.
    name: isLevelEvent ? (state.name ?? entry.streakName) : (entry.streakName ?? state.name),
    description: entry.descriptionOfTheStreak ?? state.description,
    cycle,
    levelCount: entry.numberOfLevel ?? state.levelCount,
    levels,
    currentValue: run.currentValue,
    startDate: entry.startDate ?? run.startDate,
    endDate: entry.endDate ?? run.endDate,
    updatedAt: event.createdAt ?? state.updatedAt,
  };
}

function pendingLevel(number: number): StreakLevel {
  return { number, name: null, value: null, status: 'pending', achievedAt: null, lostAt: null };
}

function streakReducer(
  state: StreakState,
  event: StreakWebhookEvent,
  entry: StreakEntry,
): StreakState {
  switch (event.name) {
    case 'streakCustomerEnrolment':
      return { ...state, status: 'enrolled' };
    case 'streakCustomerUnEnrolment':
      return { ...state, status: 'unenrolled' };
    case 'streakStart':
      return {
        ...state,
        status: 'active',
        currentValue: entry.userStreakValueAtTheStart ?? state.currentValue,
      };
    case 'streakEnd':
      return {
        ...state,
        levels: levelsAtEnd(state.levels, entry, event.createdAt),
        status: 'ended',
        currentValue: entry.userStreakValueByTheEnd ?? state.currentValue,
      };
    case 'streakLevelAchieved':
    case 'streakLevelUnAchieved': {
      const lost = event.name === 'streakLevelUnAchieved';
      const currentValue = entry.userCurrentStreakValue ?? state.currentValue;
      const status = state.status === 'enrolled' ? 'active' : state.status;
      const levels = [...state.levels];
      const index = levelIndex(levels, entry.streakLevelName, currentValue, lost);
      // A streak has only so many levels: a level event beyond them changes none.
      const most =
        state.levelCount !== null && state.levelCount > 0 ? state.levelCount : MAX_LEVELS;
      if (index === levels.length && index >= Math.min(most, MAX_LEVELS)) {
        return { ...state, currentValue, status };
      }
      const level = levels[index] ?? pendingLevel(levels.length + 1);
      if (!lost) {
        // Levels are reached in order of value: one reached means every level below it, and every
        // level the current value reaches, is reached too, though its own event may never have
        // come (a delivery lost, or one event for a jump of several levels). When is not known.
        levels.forEach((other, at) => {
          if (
            other.status !== 'achieved' &&
            (at < index ||
              (other.value !== null && currentValue !== null && other.value <= currentValue))
          ) {
            levels[at] = { ...other, status: 'achieved', achievedAt: null, lostAt: null };
          }
        });
      }
      // One purchase reaching several levels sends their events in level order. The first went to
      // the highest level the value reached (the events below may never come); each next one takes
      // its place there, and the names before it move down a level. A name that ends in its
      // level's number (`…_2`) has its place already.
      let at = index;
      const numbered = /_\d+$/.test(entry.streakLevelName ?? '');
      while (!lost && !numbered && level.name === null && entry.streakLevelName !== null) {
        const above: StreakLevel | undefined = levels[at + 1];
        if (
          !above?.name ||
          above.status !== 'achieved' ||
          above.value === null ||
          currentValue === null ||
          above.value > currentValue
        )
          break;
        levels[at] = {
          ...(levels[at] as StreakLevel),
          name: above.name,
          achievedAt: above.achievedAt,
        };
        at++;
      }
      levels[at] = lost
        ? {
            ...level,
            name: level.name ?? entry.streakLevelName,
            status: 'lost',
            achievedAt: level.achievedAt ?? entry.streakLevelAchievedDate,
            lostAt: event.createdAt,
          }
        : {
            ...(levels[at] ?? level),
            // The name of the level it moved to went down a level with the rest.
            name: (at === index ? level.name : null) ?? entry.streakLevelName,
            status: 'achieved',
            achievedAt: entry.streakLevelAchievedDate ?? event.createdAt,
            lostAt: null,
          };
      return { ...state, levels, currentValue, status };
    }
    default:
      return event satisfies never;
  }
}

/**
 * The levels as the end of the run counts them, when it does: its count settles a level event
 * that never came. Levels are reached in order of value, so the count names them; the list's
 * shape is undocumented, so only its length is read.
 */
function levelsAtEnd(levels: StreakLevel[], entry: StreakEntry, at: Date | null): StreakLevel[] {
  const count =
    entry.numberOfLevelsAchievedByTheUser ??
    (entry.levelsAchievedByTheUser.length > 0 ? entry.levelsAchievedByTheUser.length : null);
  if (count === null) return levels;
  return levels.map((level): StreakLevel => {
    if (level.number <= count) return { ...level, status: 'achieved', lostAt: null };
    return level.status === 'achieved' ? { ...level, status: 'lost', lostAt: at } : level;
  });
}

/**
 * Which level a level event is about; the number of levels when it is about a new one. Level
 * events name the level but not its number: a level already named matches by name, and an unnamed
 * level by the number its name ends in (`…_EN_1`). Failing these, levels are reached in order: an
 * achievement goes to the highest unnamed level whose value the current value reaches (every level
 * up to the current value is reached, so the event is about the last of them, even when the events
 * of the ones below never came), else the lowest unnamed pending one; a loss goes to the highest
 * unnamed achieved level (or, when its achievement never came, the lowest unnamed pending one above
 * those reached).
 */
function levelIndex(
  levels: StreakLevel[],
  name: string | null,
  currentValue: number | null,
  lost: boolean,
): number {
  const named = name === null ? -1 : levels.findIndex((level) => level.name === name);
  if (named >= 0) return named;
  const unnamed = levels.filter((level) => level.name === null);
  const number = Number(/_(\d+)$/.exec(name ?? '')?.[1]);
  const reached = levels.findLast((level) => level.status !== 'pending')?.number ?? 0;
  const candidate =
    unnamed.find((level) => level.number === number) ??
    (lost
      ? (unnamed.findLast((level) => level.status === 'achieved') ??
        unnamed.find((level) => level.status === 'pending' && level.number > reached))
      : (unnamed.findLast(
          (level) => level.value !== null && currentValue !== null && level.value <= currentValue,
        ) ?? unnamed.find((level) => level.status === 'pending')));
  return candidate ? candidate.number - 1 : levels.length;
}
