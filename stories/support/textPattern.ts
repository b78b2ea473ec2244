/**
 * Stands for any text (or none) in a `textPattern`: pass it as a message's placeholder value,
 * `t('breakup.allocations.expires', { date: ANY })`, where the story does not pin the value.
 * A private-use character, which no widget text holds.
 */
export const ANY = '\uE000';

/**
 * A whole-text pattern for `text`, `ANY` matching anything: for a Testing Library query or
 * `toHaveTextContent`, where the rest of a translated sentence must match exactly. What each
 * `ANY` matched is captured, in order, for a story that reads the value.
 */
export function textPattern(text: string): RegExp {
  const escaped = text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&').replaceAll(ANY, '(.*)');
  return new RegExp(`^${escaped}$`);
}
