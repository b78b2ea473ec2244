import type { MessageValue } from './messages.js';

/** The words both progress widgets use. */
const shared = {
  'progress.ends': 'Ends {relative}',
  'progress.startedOn': 'Started {date}',
  'progress.endedOn': 'Ended {date}',
  'progress.pair': '{first}, {second}',
  'progress.reached': 'Reached',
  'progress.reachedOn': 'Reached {date}',
  'progress.notReached': 'Not reached',
  'progress.unreadable': 'This progress could not be shown.',
} as const satisfies Record<string, MessageValue>;

/** The words only StreakProgress uses. */
const streak = {
  'streak.title': 'Streak',
  'streak.progress': {
    select: 'total',
    one: '{current} of {total} day',
    other: '{current} of {total} days',
  },
  'streak.days': { one: '{count} day', other: '{count} days' },
  'streak.levelReached': 'Level {level} reached',
  'streak.levelLost': 'Level {level} lost',
  'streak.level': 'Level {level}',
  'streak.levels': 'Streak levels',
  'streak.levelsReached': {
    select: 'total',
    one: '{count} of {total} level reached',
    other: '{count} of {total} levels reached',
  },
  'progress.ended': 'Ended',
  'progress.enrolled': 'Enrolled',
  'progress.notEnrolled': 'Not enrolled',
  'progress.active': 'In progress',
  'progress.starts': 'Starts {relative}',
  'progress.lostOn': 'Lost {date}',
} as const satisfies Record<string, MessageValue>;

/** The words only TargetMilestoneBar uses. */
const target = {
  'target.title': 'Target',
  'target.progress': '{current} of {total}',
  'target.toGo': '{amount} to go',
  'target.anyOf': 'Any of these targets',
  'target.allOf': 'All of these targets',
  'target.members': 'Targets in this group',
  'target.notAchieved': 'Not achieved',
  'target.period': 'Period {name}',
  'target.milestones': 'Milestones',
  'target.milestone': 'Milestone {number}',
  'target.milestonesReached': {
    select: 'total',
    one: '{count} of {total} milestone reached',
    other: '{count} of {total} milestones reached',
  },
  'target.reward': { select: 'points', one: '+{points} point', other: '+{points} points' },
  'progress.complete': 'Complete',
  'progress.endsOn': 'Ends {date}',
  'progress.dateRange': '{start} – {end}',
} as const satisfies Record<string, MessageValue>;

// Each widget's fallback is its own object, so an app that shows one widget does not bundle the
// other's words. Object.assign marked pure, not a spread: a bundler keeps an unused spread (it
// could run getters), and with it every word it spreads.

/** The English fallback of StreakProgress without a provider. */
export const enStreakProgress = /* @__PURE__ */ Object.assign({}, shared, streak);

/** The English fallback of TargetMilestoneBar without a provider. */
export const enTargetProgress = /* @__PURE__ */ Object.assign({}, shared, target);

/**
 * The English messages of the progress widgets (`streak.*`, `target.*`, `progress.*`): part of
 * `en`, and apart from the rest of it so an app that shows only those widgets does not bundle the
 * rest of the catalogue.
 */
export const enProgress = /* @__PURE__ */ Object.assign({}, shared, streak, target);
