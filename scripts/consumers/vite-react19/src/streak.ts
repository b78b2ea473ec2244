import {
  parseLoyaltyWebhook,
  reduceStreaks,
  type StreakState,
} from 'capillary-loyalty-widgets/core';

// The webhook document's streakStart sample, folded the way an app would fold what its server
// relays: the consumer exercises the /core entry as well as the widget.
const streakStart = {
  eventName: 'streakStart',
  eventId: '7e0c5f62-4a65-4dd9-8324-78461258dfa9',
  orgId: 51512,
  refId: '51512_c9b01aa8-cb98-4dd4-be66-586f34c44b97',
  apiRequestId: 'c9b01aa8-cb98-4dd4-be66-586f34c44b97',
  createdAt: 1721912551142,
  data: {
    customerIdentifiers: { customerId: 374819205 },
    targetDetails: {
      id: 65260,
      name: 'Streak 24 July',
      targetGroupId: 36006,
      targetGroupName: 'Streak 24 July',
      targetPeriodId: 49006,
      targetPeriodName: 'Cycle_1',
    },
    streakStartData: [
      {
        streakName: 'Streak 24 July',
        descriptionOfTheStreak: 'Shop three days in a row',
        numberOfLevel: 2,
        levelValues: ['3', '5'],
        userStreakValueAtTheStart: '0',
        startDate: '2024-07-24 14:15:59',
      },
    ],
    triggeringActivity: {
      name: 'streakStartEvent',
      identifiers: [{ key: 'TargetRuleId', value: '65260' }],
      additionalAttributes: [],
    },
  },
  loyaltyEventId: '',
};

/** The member's streak, from the sample payload. */
export function sampleStreak(): StreakState {
  const parsed = parseLoyaltyWebhook(streakStart, { timeZone: 'Asia/Kolkata' });
  if (!parsed.ok) throw parsed.error;
  const [streak] = reduceStreaks([parsed.event]);
  if (!streak) throw new Error('The sample holds no streak');
  return streak;
}
