import { roundPoints } from '../parse/roundPoints.js';
import type { LedgerPointsEntry } from './LedgerEvent.js';

/** The points of some entries together, to Capillary's three decimals (never 300.00000000000006). */
export function sumPoints(entries: readonly LedgerPointsEntry[]): number {
  let total = 0;
  for (const entry of entries) total += entry.value ?? 0;
  return roundPoints(total);
}
