import type { MessageValue } from './messages.js';

/**
 * The English messages of the progress widgets (`streak.*`, `target.*`, `progress.*`): part of
 * `en`, and on their own the fallback of StreakProgress and TargetMilestoneBar, so an app that
 * shows only those widgets does not bundle the rest of the catalogue.
 */
export const enProgress = {
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

  'progress.ends': 'Ends {relative}',
  'progress.ended': 'Ended',
  'progress.enrolled': 'Enrolled',
  'progress.notEnrolled': 'Not enrolled',
  'progress.complete': 'Complete',
  'progress.active': 'In progress',
  'progress.starts': 'Starts {relative}',
  'progress.startedOn': 'Started {date}',
  'progress.endsOn': 'Ends {date}',
  'progress.endedOn': 'Ended {date}',
  'progress.dateRange': '{start} – {end}',
  'progress.pair': '{first}, {second}',
  'progress.reached': 'Reached',
  'progress.reachedOn': 'Reached {date}',
  'progress.notReached': 'Not reached',
  'progress.lostOn': 'Lost {date}',
  'progress.unreadable': 'This progress could not be shown.',
} as const satisfies Record<string, MessageValue>;
