const DAY = 86_400_000;
// Legacy activity names by entry type: a credit is never "Burned". "null" is an absent name.
const CREDIT_ACTIVITIES = ['Earned', 'Bonus', 'null'];
const pad = (value: number) => String(value).padStart(2, '0');

/**
 * `count` imported legacy entries over the `days` days before `end`, newest first, in the
 * history API's wire format (`yyyy-MM-dd HH:mm:ss` dates, the string "null" for absent text).
 */
export function generateHistory(
  count: number,
  seed: number,
  end: Date,
  days: number,
): Record<string, unknown>[] {
  let state = seed;
  const random = () => {
    state = (state * 16_807) % 2_147_483_647;
    return state / 2_147_483_647;
  };
  const entries: Record<string, unknown>[] = [];
  for (let index = 0; index < count; index++) {
    const date = new Date(end.getTime() - ((index + random()) / count) * days * DAY);
    const credit = random() > 0.35;
    entries.push({
      entryType: credit ? 'CREDIT' : 'DEBIT',
      points: Math.round(random() * 400 + 10),
      pointsActivity: credit ? (CREDIT_ACTIVITIES[index % 3] ?? 'Earned') : 'Burned',
      loyaltyProgramName: 'Legacy Rewards',
      billNumber: `LEG${String(seed).padStart(2, '0')}${String(index).padStart(5, '0')}`,
      eventDate: `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:00`,
      externalUniqueId: `legacy-${seed}-${index}`,
    });
  }
  return entries;
}
